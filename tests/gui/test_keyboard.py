"""SPEC "Keyboard": the window driven by keys alone, as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.report import Kind
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def type_into_focus(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_focus_starts_in_the_number_field(window):
    assert QApplication.focusWidget() is window.form.source_edit


@pytest.mark.parametrize(
    ("key", "kind"),
    [(Qt.Key.Key_2, Kind.SPAM_CALL), (Qt.Key.Key_3, Kind.SCAM_CALL), (Qt.Key.Key_1, Kind.SPAM_SMS)],
)
def test_ctrl_digit_chooses_the_kind(window, qtbot, key, kind):
    other = Kind.SCAM_CALL if kind is not Kind.SCAM_CALL else Kind.SPAM_SMS
    window.form.set_kind(other)
    press(qtbot, key, CTRL)
    assert window.form.kind() is kind
    assert window.form.preview_text().startswith(kind.keyword + " ")
    assert window.kind_actions[kind].isChecked()


def test_ctrl_digit_works_from_the_content_field(window, qtbot):
    window.form.content_edit.setFocus()
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.form.kind() is Kind.SCAM_CALL
    assert window.form.content_edit.toPlainText() == ""


def test_ctrl_l_focuses_and_selects_the_number(window, qtbot):
    type_into_focus(qtbot, "0912 345 678")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.content_edit
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is window.form.source_edit
    assert window.form.source_edit.selectedText() == "0912 345 678"
    type_into_focus(qtbot, "0987654321")
    assert window.form.source_edit.text() == "0987654321"


def test_tab_goes_from_number_to_content(window, qtbot):
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.content_edit


def test_enter_in_number_moves_to_content(window, qtbot):
    type_into_focus(qtbot, "0912345678")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.form.content_edit


def test_enter_in_content_is_a_new_line_cleaned_to_a_space(window, qtbot):
    type_into_focus(qtbot, "0912345678")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Mạo danh")
    press(qtbot, Qt.Key.Key_Return)
    type_into_focus(qtbot, "công an")
    assert window.form.content_edit.toPlainText() == "Mạo danh\ncông an"
    assert window.form.preview_text() == "S 0912345678 Mạo danh công an"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
@pytest.mark.parametrize("start", ["source", "content", "kind button"])
def test_ctrl_enter_copies_from_anywhere(window, qtbot, clipboard, key, start):
    press(qtbot, Qt.Key.Key_3, CTRL)
    type_into_focus(qtbot, "+84 91 234 56 78")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Đòi chuyển tiền")
    focus = {
        "source": window.form.source_edit,
        "content": window.form.content_edit,
        "kind button": window.form.kind_selector.button(Kind.SPAM_CALL),
    }[start]
    focus.setFocus()
    press(qtbot, key, CTRL)
    assert clipboard.text() == "LD 0912345678 Đòi chuyển tiền"
    assert clipboard.text() == window.form.preview_text()
    # Ctrl+Enter copies; it must not also type a new line into the content.
    assert window.form.content_edit.toPlainText() == "Đòi chuyển tiền"


def test_ctrl_enter_copies_nothing_while_invalid(window, qtbot, clipboard):
    clipboard.setText("what the user had before")
    type_into_focus(qtbot, "0912abc678")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Lừa đảo")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert clipboard.text() == "what the user had before"
    assert not window.form.copy_button.isEnabled()
    assert "chữ cái" in window.form.source_message.text()
    assert "Chưa sao chép" in window.statusBar().currentMessage()
    # The cursor goes back to what must be fixed.
    assert QApplication.focusWidget() is window.form.source_edit


def test_refused_copy_with_empty_form_shows_both_problems(window, qtbot, clipboard):
    assert window.form.source_message.text() == ""  # no scolding before anything is typed
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert clipboard.text() == ""
    assert window.form.source_message.text() != ""
    assert window.form.content_message.text() != ""


def test_f1_hides_and_shows_the_warning_panel(window, qtbot):
    assert window.guidance.isVisible()
    press(qtbot, Qt.Key.Key_F1)
    assert not window.guidance.isVisible()
    press(qtbot, Qt.Key.Key_F1)
    assert window.guidance.isVisible()
