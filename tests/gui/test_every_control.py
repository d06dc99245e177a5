"""Every button and every menu item does something when a person clicks it.

The controls are found, not listed: a new button or menu item is clicked by these tests the
day it is added. A click that changes nothing the user can see fails, and so does any
exception (pytest-qt fails a test on an exception raised inside a Qt slot).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QMessageBox

from desktop.report import Kind
from tests.gui.dialogs import PrintDialog, SaveDialog, shown_text
from tests.gui.keys import type_text
from tests.gui.log_table import row_count


class Watcher:
    """Closes what a click opens (a menu, a dialog) and remembers that it opened."""

    def __init__(self, window, keep: QDialog | None = None) -> None:
        self.window = window
        self.keep = keep  # the dialog under test stays open
        self.opened: list[str] = []
        self.paused = False  # while the test itself opens menus
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.close_what_opened)
        self.timer.start()

    def close_what_opened(self) -> None:
        if self.paused:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.opened.append(f"menu {popup.objectName()}")
            popup.close()
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.keep:
                self.opened.append(f"dialog {widget.objectName() or widget.windowTitle()}")
                # OK, Có: what the person asked for goes ahead.
                if isinstance(widget, QMessageBox):
                    yes = widget.button(QMessageBox.StandardButton.Yes)
                    (yes or widget.buttons()[0]).click()
                else:
                    widget.accept()

    def stop(self) -> None:
        self.timer.stop()


def state(window, watcher, clipboard) -> tuple:
    """What a user can see change."""
    form = window.form
    return (
        form.kind(),
        form.preview_text(),
        form.source_edit.text(),
        form.content_edit.toPlainText(),
        form.destination(),
        form.without_diacritics(),
        clipboard.text(),
        window.statusBar().currentMessage(),
        window.guidance.isVisible(),
        window.language,
        window.isVisible(),
        len(watcher.opened),
        QApplication.focusWidget(),
        # the tick beside a menu item
        tuple(a.isChecked() for a in window.findChildren(QAction) if a.isCheckable()),
    )


def fill_valid_report(qtbot, window) -> None:
    window.form.source_edit.clear()
    window.form.content_edit.clear()
    type_text(qtbot, window.form.source_edit, "0912 345 678")
    type_text(qtbot, window.form.content_edit, "Mạo danh công an")
    qtbot.waitUntil(lambda: window.form.preview_panel.qr.text() is not None)


def does_nothing_by_design(button: QAbstractButton) -> bool:
    """A checked button of an exclusive group: clicking it again keeps the choice."""
    group = button.group()
    return button.isChecked() and group is not None and group.exclusive()


def test_every_button_in_the_window_does_something(window, qtbot, clipboard):
    fill_valid_report(qtbot, window)
    watcher = Watcher(window)
    clicked: list[str] = []
    try:
        while True:
            buttons = [
                button
                for button in window.findChildren(QAbstractButton)
                if button.isVisible()
                and button.isEnabled()
                and button.objectName() not in clicked
                and window.isAncestorOf(button)
            ]
            if not buttons:
                break
            button = buttons[0]
            clicked.append(button.objectName())
            by_design = does_nothing_by_design(button)
            before = state(window, watcher, clipboard)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.wait(80)  # a menu or a dialog opens and is closed again
            after = state(window, watcher, clipboard)
            if by_design:
                assert button.isChecked(), button.objectName()
            else:
                assert after != before, f"clicking {button.objectName()} changed nothing"
            if not window.form.composition().ok:
                fill_valid_report(qtbot, window)
    finally:
        watcher.stop()
    expected = {
        "kindSpamSms", "kindSpamCall", "kindScamCall", "templatesButton", "withoutDiacritics",
        "destination156", "destination5656", "copyButton", "enlargeQr", "sourceEditClear",
    }  # fmt: skip
    assert expected <= set(clicked)
    assert all(clicked), "every button has an object name"


def menu_items(window) -> tuple[list[tuple[str, ...]], list[QAction]]:
    """The path of shown texts to every item of every menu, submenus included."""
    items = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                items += [(top, action, sub) for sub in action.menu().actions()]
            else:
                items.append((top, action))
    return [tuple(shown_text(a) for a in path) for path in items], [path[-1] for path in items]


def choose(qtbot, window, watcher, path: tuple[str, ...]) -> None:
    """Open the menus along ``path`` with the mouse and click its last item."""
    watcher.paused = True
    bar = window.menuBar()
    (top,) = [a for a in bar.actions() if shown_text(a) == path[0]]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu: QMenu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    for name in path[1:]:
        (action,) = [a for a in menu.actions() if shown_text(a) == name]
        assert action.isEnabled(), path
        centre: QPoint = menu.actionGeometry(action).center()
        if action.menu() is not None:
            # Down to the submenu's item, then the arrow key opens it.
            for _ in menu.actions():
                if menu.activeAction() is action:
                    break
                qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Right)
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)
        else:
            watcher.paused = False  # what the item opens is closed again
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)


def test_every_menu_item_does_something_when_chosen_with_the_mouse(window, qtbot, clipboard):
    fill_valid_report(qtbot, window)
    window.form.set_kind(Kind.SCAM_CALL)
    _, actions = menu_items(window)
    names = [action.objectName() for action in actions]
    assert all(names), "every menu item has an object name"
    # Quitting ends the walk and English renames the rest: English, back, then quit.
    last = ["actionLanguage_en", "actionLanguage_vi", "actionQuit"]
    names = [n for n in names if n not in last] + last
    watcher = Watcher(window)
    try:
        for name in names:
            paths, actions = menu_items(window)  # in the language of the moment
            path, action = next(
                (p, a) for p, a in zip(paths, actions, strict=True) if a.objectName() == name
            )
            exclusive_and_chosen = (
                action.isChecked()
                and action.actionGroup() is not None
                and action.actionGroup().isExclusive()
            )
            before = state(window, watcher, clipboard)
            choose(qtbot, window, watcher, path)
            qtbot.wait(80)
            after = state(window, watcher, clipboard)
            if not exclusive_and_chosen:
                assert after != before, f"choosing {' → '.join(path)} changed nothing"
            if name != "actionQuit" and not window.form.composition().ok:
                fill_valid_report(qtbot, window)
    finally:
        watcher.stop()
    assert not window.isVisible()  # Thoát, last, closed the window


def test_every_button_in_the_log_window_does_something(window, qtbot, clipboard, tmp_path):
    from tests.gui.test_report_log import open_log_window, report

    report(qtbot, window, number="0912 000 001")
    report(qtbot, window, number="0912 000 002")
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = SaveDialog(*(tmp_path / f"saved-{i}" for i in range(20)))
    dialog.files.choose_printer = PrintDialog(*(tmp_path / f"printed-{i}.pdf" for i in range(20)))
    type_text(qtbot, dialog.search, "0912")  # so the search's clear button shows

    def log_state():
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return ("closed",)
        return (
            row_count(dialog),
            dialog.status.text(),
            dialog.search.text(),
            clipboard.text(),
            sorted(p.name for p in tmp_path.iterdir()),
            dialog.isVisible(),
        )

    watcher = Watcher(window, keep=dialog)
    clicked: list[str] = []
    try:
        while log_state() != ("closed",):
            buttons = [
                b
                for b in dialog.findChildren(QAbstractButton)
                if b.isVisible() and b.isEnabled() and b.objectName() not in clicked
            ]
            # Clearing the log and closing the window end the walk: they come last.
            buttons.sort(key=lambda b: b.objectName() in ("clearLog", "closeLog"))
            if not buttons:
                break
            button = buttons[0]
            clicked.append(button.objectName())
            before = log_state()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.wait(80)
            assert log_state() != before, f"clicking {button.objectName()} changed nothing"
    finally:
        watcher.stop()
    assert {
        "copyAgain", "printSummary", "saveSummary", "deleteEntry", "undoDelete", "exportCsv",
        "clearLog", "logSearchClear",
    } <= set(clicked)  # fmt: skip
