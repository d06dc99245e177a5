"""After a report, the warning for colleagues: offered beside "Vừa báo cáo", Ctrl+Shift+C and
the Báo cáo menu; previewed before it is copied; never sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.report import Kind
from tests.gui.dialogs import shown_text
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CONTENT = "Mạo danh công an tỉnh, đòi chuyển tiền"
EXPECTED_START = f"⚠️ Cảnh báo: số 0912345678 gọi điện lừa đảo: “{CONTENT}”."


def report(qtbot, window, number="0912 345 678", content=CONTENT):
    form = window.form
    form.set_kind(Kind.SCAM_CALL)
    type_text(qtbot, form.source_edit, number)
    type_text(qtbot, form.content_edit, content)
    qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, CTRL)
    return form


def test_right_after_a_report_the_warning_is_offered_and_copied_with_one_click(
    window, qtbot, clipboard
):
    form = window.form
    assert not form.warning_button.isVisible()  # nothing reported yet
    report(qtbot, window)
    button = form.warning_button
    assert button.isVisible() and button.text() == "Sao chép cảnh báo"
    assert EXPECTED_START in button.accessibleDescription()  # the preview, before copying
    assert "&lt;nội dung&gt;" in button.toolTip()  # shown as text, not as markup
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clipboard.text().startswith(EXPECTED_START)
    assert "soạn tin LD 0912345678 <nội dung> gửi 156" in clipboard.text()
    said = window.statusBar().currentMessage()
    assert said.startswith("Đã sao chép cảnh báo cho đồng nghiệp") and EXPECTED_START in said
    type_text(qtbot, form.source_edit, "9")  # another number: no longer the one reported
    assert not button.isVisible()


def test_ctrl_shift_c_copies_the_warning_with_diacritics_even_with_bo_dau_on(
    window, qtbot, clipboard
):
    form = report(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)  # Bỏ dấu: for the SMS only
    assert clipboard.text().startswith("LD 0912345678 ")
    clipboard.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, CTRL_SHIFT)
    assert clipboard.text().startswith(EXPECTED_START)
    assert form.preview_text().endswith("Mao danh cong an tinh, doi chuyen tien")


def choose_from_the_report_menu(qtbot, window, label):
    """Open the Báo cáo menu with the mouse and click ``label``."""
    bar = window.menuBar()
    top = bar.actions()[0]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    (action,) = [a for a in menu.actions() if shown_text(a) == label]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_the_menu_copies_the_warning_and_refuses_an_incomplete_report(window, qtbot, clipboard):
    form = window.form
    form.set_kind(Kind.SCAM_CALL)
    type_text(qtbot, form.source_edit, "0912")
    choose_from_the_report_menu(qtbot, window, "Sao chép cảnh báo cho đồng nghiệp")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Chưa sao chép"))
    assert clipboard.text() == ""
    type_text(qtbot, form.source_edit, "345678")
    type_text(qtbot, form.content_edit, CONTENT)
    choose_from_the_report_menu(qtbot, window, "Sao chép cảnh báo cho đồng nghiệp")
    qtbot.waitUntil(lambda: clipboard.text().startswith(EXPECTED_START))


def test_the_warning_follows_the_interface_language(window, qtbot, clipboard):
    assert window.set_language("en")
    report(qtbot, window)
    qtbot.mouseClick(window.form.warning_button, Qt.MouseButton.LeftButton)
    assert clipboard.text().startswith(
        f"⚠️ Warning: the number 0912345678 makes scam calls: “{CONTENT}”."
    )


def test_a_wording_the_install_lost_is_said_when_asked_for_not_at_every_keystroke(
    window, qtbot, clipboard, monkeypatch
):
    from desktop import colleague_warning

    def lost(_language):
        raise colleague_warning.WordingError("the wording file is missing")

    monkeypatch.setattr(colleague_warning, "load_wording", lost)
    refusals = []
    window.form.copy_refused.connect(refusals.append)
    form = report(qtbot, window)
    assert clipboard.text().startswith("LD 0912345678 ")  # the report itself is copied
    type_text(qtbot, form.content_edit, " nữa")  # each keystroke shows the report again
    assert refusals == []
    assert not form.warning_button.isVisible()  # nothing to offer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, CTRL_SHIFT)
    assert refusals == ["the wording file is missing"]
    assert clipboard.text().startswith("LD 0912345678 ")  # left as it was
