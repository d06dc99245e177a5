"""Keyboard order, names for assistive technology, and readable colours in any theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.colors import DARK, LIGHT
from desktop.ui.about import about_text
from tests.gui.keys import type_text

#: Visual order, top to bottom, left to right: the templates button is to the right of the
#: content, so the number's Tab goes straight to the content (SPEC) and on to the templates.
TAB_ORDER = [
    "sourceEdit",
    "contentEdit",
    "templatesButton",
    "withoutDiacritics",
    "destination156",
    "copyButton",
    "enlargeQr",
    "guidancePanel",
    "kindSpamSms",
]


def walk_tab_order(window, steps: int) -> list[str]:
    seen = []
    for _ in range(steps):
        seen.append(QApplication.focusWidget().objectName())
        window.focusNextChild()
        QApplication.processEvents()
    return seen


def test_tab_walks_the_window_in_visual_order(window, qtbot):
    type_text(qtbot, window.form.source_edit, "0912345678")
    type_text(qtbot, window.form.content_edit, "x")  # so that Sao chép can take focus
    window.form.source_edit.setFocus()
    assert walk_tab_order(window, len(TAB_ORDER) + 1) == [*TAB_ORDER, TAB_ORDER[0]]
    # Tab from the content goes on to the right, not back up to a button above it.
    content = window.form.content_edit.geometry()
    templates = window.form.templates_button.geometry()
    assert templates.left() > content.right() and templates.top() >= content.top()


def test_problems_are_in_the_fields_accessible_description(window, qtbot):
    type_text(qtbot, window.form.source_edit, "0912abc678")
    description = window.form.source_edit.accessibleDescription()
    assert "chữ cái" in description
    assert description == window.form.source_message.text()


def _message_color(window) -> str:
    return window.form.source_message.palette().color(QPalette.ColorRole.WindowText).name()


def test_messages_use_the_light_or_dark_colours_of_the_theme(window, qtbot):
    type_text(qtbot, window.form.source_edit, "0912abc678")
    assert _message_color(window) == LIGHT.error
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    window.setPalette(dark)  # the system switched to its dark theme
    assert _message_color(window) == DARK.error  # without waiting for the next key


def test_about_names_version_licences_and_the_circular(window):
    from desktop import __version__

    text = about_text()
    for expected in (__version__, "MIT", "LGPLv3", "Apache", "153/STTTT-TTra", "29/01/2024"):
        assert expected in text


def test_the_window_comes_back_where_it_was(make_window, settings):
    first = make_window()
    first.resize(first.minimumSizeHint().width(), 520)
    first.move(40, 30)
    first.close()
    assert settings.mapping["window/geometry"]
    second = make_window()
    assert second.height() == 520


def test_a_window_saved_on_a_screen_that_is_gone_comes_back_on_screen(make_window, settings):
    first = make_window()
    first.resize(first.minimumSizeHint().width(), 520)
    first.move(5000, 4000)  # a second monitor, since unplugged
    first.close()
    second = make_window()
    assert second.height() == 520  # restored…
    available = second.screen().availableGeometry()  # …where it can be seen
    assert available.intersects(second.frameGeometry())
    assert available.contains(second.frameGeometry().topLeft())


@pytest.fixture
def announcements(monkeypatch):
    """What the app asks screen readers to say: (text, urgent), in order."""
    said: list[tuple[str, bool]] = []

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), urgent))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


def test_copying_and_a_refused_copy_are_announced(window, qtbot, announcements):
    window.copy_action.trigger()  # nothing typed yet
    assert announcements and announcements[-1][1] is True
    assert announcements[-1][0].startswith("Chưa sao chép:")
    window.form.source_edit.setText("0912345678")
    window.form.content_edit.setPlainText("Mời vay tiền")
    announcements.clear()
    window.copy_action.trigger()
    assert announcements[-1] == (window.statusBar().currentMessage(), False)
    assert announcements[-1][0].startswith("Đã sao chép: S 0912345678 Mời vay tiền")


def test_a_field_message_is_announced_when_it_appears_not_at_every_keystroke(
    window, qtbot, announcements
):
    window.copy_action.trigger()  # reveals the problems under both fields
    problems = [text for text, urgent in announcements if urgent and text.startswith("Chưa nhập")]
    assert len(problems) == 2  # the number's and the content's, then the status bar's
    announcements.clear()
    window.form.source_edit.setFocus()
    type_text(qtbot, window.form.source_edit, "091234567")
    # The message changed at every digit, still a problem: said once at most, then the fix.
    assert len([a for a in announcements if a[1]]) <= 1
    announcements.clear()
    type_text(qtbot, window.form.source_edit, "8")
    assert announcements == [("✓ Số di động Việt Nam: ghi là 0912345678", False)]


def test_a_notice_in_the_status_bar_is_announced_too(window, announcements, monkeypatch, tmp_path):
    from desktop.ui import translation

    monkeypatch.setattr(translation, "app_translation_dir", lambda: tmp_path)
    assert not window.set_language("en")  # no English here: the status bar says so
    notice = window.statusBar().currentMessage()
    assert notice and announcements[-1] == (notice, False)


def accessible(widget):
    return QAccessible.queryAccessibleInterface(widget)


def labels_of(widget) -> list[str]:
    return [
        other.text(QAccessible.Text.Name)
        for other, _relation in accessible(widget).relations(QAccessible.RelationFlag.Label)
    ]


def test_choices_are_read_as_named_groups_of_options(window, qtbot):
    form = window.form
    kinds = window.findChild(QWidget, "kindChoice")
    assert accessible(kinds).role() == QAccessible.Role.Grouping
    assert accessible(kinds).text(QAccessible.Text.Name) == "Bạn muốn báo cáo gì?"
    assert labels_of(kinds) == ["Báo cáo:"]
    buttons = [accessible(button) for button in form.kind_selector.buttons()]
    assert [b.role() for b in buttons] == [QAccessible.Role.RadioButton] * 3
    assert [b.state().checked for b in buttons] == [True, False, False]
    assert all(b.parent().object() is kinds for b in buttons)
    destinations = window.findChild(QWidget, "destinationChoice")
    assert accessible(destinations).role() == QAccessible.Role.Grouping
    assert accessible(destinations).text(QAccessible.Text.Name) == "Số nhận báo cáo"
    assert labels_of(destinations) == ["Gửi tới:"]
    for number in ("156", "5656"):
        radio = accessible(window.findChild(QWidget, f"destination{number}"))
        assert radio.parent().object() is destinations
    assert labels_of(form.preview) == ["Tin nhắn báo cáo"]


def test_the_qr_code_is_a_picture_and_the_warning_signs_a_document(window, qtbot):
    type_text(qtbot, window.form.source_edit, "0912345678")
    type_text(qtbot, window.form.content_edit, "Mời vay tiền")
    qr = accessible(window.form.preview_panel.qr)
    assert qr.role() == QAccessible.Role.Graphic
    assert qr.text(QAccessible.Text.Name) == "Mã QR của tin nhắn báo cáo"
    guidance = accessible(window.guidance)
    assert guidance.role() == QAccessible.Role.EditableText
    assert guidance.state().readOnly and guidance.state().multiLine
    assert guidance.state().focusable
    text = guidance.textInterface()
    assert "Dấu hiệu" in text.text(0, text.characterCount())


def test_the_log_window_says_it_is_modal(window, qtbot):
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "logDialog") is not None)
    dialog = window.findChild(QDialog, "logDialog")
    assert accessible(dialog).role() == QAccessible.Role.Dialog
    assert accessible(dialog).state().modal
    assert accessible(dialog).text(QAccessible.Text.Name) == "Nhật ký báo cáo"
    dialog.close()
