"""Answering the dialogs the app opens, the way a person does: when they appear, by clicking."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget


class Answer:
    """Waits for the next modal dialog of a kind, then answers it with ``respond``."""

    def __init__(self, kind: type[QWidget], respond: Callable[[QWidget], None]) -> None:
        self.kind = kind
        self.respond = respond
        self.seen: list[QWidget] = []
        #: What each dialog said (a message box's text, else its title), read as it showed.
        self.said: list[str] = []

    def look(self, deadline: float) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, self.kind) and dialog.isVisible() and dialog not in self.seen:
            self.seen.append(dialog)
            is_box = isinstance(dialog, QMessageBox)
            self.said.append(dialog.text() if is_box else dialog.windowTitle())
            self.respond(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(10, lambda: self.look(deadline))


def when_shown(kind: type[QWidget], respond: Callable[[QWidget], None], seconds=5.0) -> Answer:
    """Answer the next ``kind`` of dialog once it is shown; ``.seen`` tells whether it was."""
    answer = Answer(kind, respond)
    deadline = time.monotonic() + seconds
    QTimer.singleShot(0, lambda: answer.look(deadline))
    return answer


class SaveDialog:
    """Stands in for the system's save dialog: remembers what it proposed and answers the
    paths given, one per call (the last one again after that); None is Cancel."""

    def __init__(self, *answers) -> None:
        self.answers = answers
        self.proposed: list = []

    def __call__(self, parent, caption, proposed, file_filter) -> str:
        self.proposed.append(proposed)
        answer = self.answers[min(len(self.proposed), len(self.answers)) - 1]
        return str(answer) if answer else ""


class PrintDialog:
    """Stands in for the system's print dialog: a printer that writes a PDF to each of the
    paths given, one per call."""

    def __init__(self, *paths) -> None:
        self.paths = iter(paths)

    def __call__(self, parent):
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(next(self.paths)))
        return printer


def press(qtbot, button: QWidget | None) -> None:
    """Click ``button`` with the mouse."""
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_standard(qtbot, which: QDialogButtonBox.StandardButton) -> Callable[[QWidget], None]:
    """A response that clicks a dialog's standard button (OK, Cancel…)."""

    def respond(dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        press(qtbot, box.button(which))

    return respond


def answer_message_box(qtbot, which: QMessageBox.StandardButton) -> Answer:
    """Click ``which`` in the next message box (Có / Không, OK)."""
    return when_shown(QMessageBox, lambda box: press(qtbot, box.button(which)))


def fill_and_accept(qtbot, kind: type[QDialog], fields: dict[str, str] | None = None) -> Answer:
    """Type into the next ``kind`` of dialog's named fields, then click OK."""

    def respond(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QLineEdit

        from tests.gui.keys import type_text

        for name, text in (fields or {}).items():
            field = dialog.findChild(QLineEdit, name)
            field.selectAll()
            field.del_()
            type_text(qtbot, field, text)
        press_standard(qtbot, QDialogButtonBox.StandardButton.Ok)(dialog)

    return when_shown(kind, respond)


def shown_text(action) -> str:
    """An action's text as the menu shows it: "&&" is one "&", a lone "&" marks a key."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def pick_when_open(qtbot, menu, label: str) -> list[str]:
    """Click the item that shows ``label`` once ``menu`` opens; returns the labels it showed."""
    from PySide6.QtCore import Qt as _Qt

    seen: list[str] = []

    def click() -> None:
        seen.extend(shown_text(action) for action in menu.actions())
        action = next(a for a in menu.actions() if shown_text(a) == label)
        qtbot.mouseClick(menu, _Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    menu.aboutToShow.connect(
        lambda: QTimer.singleShot(0, click), _Qt.ConnectionType.SingleShotConnection
    )
    return seen


def read_menu(qtbot, menu, open_it: Callable[[], None]) -> list[QAction]:
    """Open ``menu`` as a person does (``open_it`` clicks or presses its shortcut), read its
    items while it is open (it runs its own event loop), and close it again."""
    from PySide6.QtCore import Qt as _Qt

    seen: list[list[QAction]] = []

    def look_and_close() -> None:
        seen.append(list(menu.actions()))
        menu.close()

    window = QApplication.activeWindow()
    menu.aboutToShow.connect(
        lambda: QTimer.singleShot(0, look_and_close), _Qt.ConnectionType.SingleShotConnection
    )
    open_it()
    qtbot.waitUntil(lambda: bool(seen) and not menu.isVisible())
    # A real screen gives the window its activation back when a menu closes; off-screen
    # Qt does not, so it is given back here.
    if window is not None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return seen[0]
