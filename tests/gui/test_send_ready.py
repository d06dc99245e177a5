"""Send-ready: the SMS meter, Bỏ dấu, the QR code and the content templates, in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu

from desktop.report import Kind
from desktop.settings import WITHOUT_DIACRITICS, MappingStore
from desktop.ui.field_message import message_colors
from desktop.ui.main_window import MainWindow
from tests.gui.dialogs import pick_when_open, read_menu
from tests.gui.keys import type_text
from tests.readers import read_qr_on_screen

CTRL = Qt.KeyboardModifier.ControlModifier
CONTENT = "Mạo danh công an, đòi chuyển tiền"


def fill(qtbot, window, number: str, content: str) -> None:
    type_text(qtbot, window.form.source_edit, number)
    type_text(qtbot, window.form.content_edit, content)


def test_meter_shows_length_encoding_and_parts(window, qtbot):
    window.form.set_kind(Kind.SCAM_CALL)
    fill(qtbot, window, "0912345678", CONTENT)
    meter = window.form.preview_panel.meter.text()
    assert "47 ký tự" in meter  # "LD 0912345678 " + 33 characters of content
    assert "Unicode" in meter and "1 tin nhắn" in meter and "còn 23" in meter


def test_meter_warns_when_the_report_needs_several_sms(window, qtbot):
    window.form.set_kind(Kind.SCAM_CALL)
    fill(qtbot, window, "0912345678", CONTENT + ", " + CONTENT)
    meter = window.form.preview_panel.meter.text()
    assert "2 tin nhắn" in meter
    assert "Bỏ dấu" in meter  # the way to make it fit is offered
    meter = window.form.preview_panel.meter
    amber = message_colors(meter).warning
    assert meter.palette().color(QPalette.ColorRole.WindowText).name() == amber
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)  # Bỏ dấu: one SMS again
    assert "GSM-7" in meter.text() and "1 tin nhắn" in meter.text()
    text_colour = window.palette().color(QPalette.ColorRole.WindowText).name()
    assert meter.palette().color(QPalette.ColorRole.WindowText).name() == text_colour != amber


def test_bo_dau_changes_preview_meter_qr_and_copied_text(window, qtbot, clipboard, settings):
    window.form.set_kind(Kind.SCAM_CALL)
    fill(qtbot, window, "0912 345 678", CONTENT)
    assert window.form.preview_text() == f"LD 0912345678 {CONTENT}"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)
    plain = "LD 0912345678 Mao danh cong an, doi chuyen tien"
    assert window.form.preview_panel.diacritics_box.isChecked()
    assert window.form.preview_text() == plain
    assert "GSM-7" in window.form.preview_panel.meter.text()
    qr = window.form.preview_panel.qr
    qtbot.waitUntil(lambda: qr.text() == f"SMSTO:156:{plain}")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert clipboard.text() == plain
    # The typed content keeps its diacritics: turning Bỏ dấu off brings them back.
    assert window.form.content_edit.toPlainText() == CONTENT
    qtbot.mouseClick(window.form.preview_panel.diacritics_box, Qt.MouseButton.LeftButton)
    assert window.form.preview_text() == f"LD 0912345678 {CONTENT}"
    assert settings.mapping[WITHOUT_DIACRITICS] is False


def test_bo_dau_is_remembered_between_runs(qtbot, clipboard, data_dir):
    store = MappingStore()
    first = MainWindow(settings=store, it_settings=(), data_dir=data_dir)
    qtbot.addWidget(first)
    first.form.set_without_diacritics(True)
    first.close()
    second = MainWindow(settings=store, it_settings=(), data_dir=data_dir)
    qtbot.addWidget(second)
    assert second.form.without_diacritics()
    assert second.diacritics_action.isChecked()


def test_qr_is_hidden_while_invalid_and_decodes_to_the_report(window, qtbot):
    panel = window.form.preview_panel
    assert not panel.qr.isVisible() and panel.qr.text() is None
    assert not panel.enlarge_qr.isVisible()
    window.form.set_kind(Kind.SCAM_CALL)
    fill(qtbot, window, "+84 91 234 56 78", CONTENT)
    assert panel.qr.isVisible() and panel.enlarge_qr.isVisible()
    destination = window.form.findChild(QAbstractButton, "destination5656")
    qtbot.mouseClick(destination, Qt.MouseButton.LeftButton)
    expected = f"SMSTO:5656:LD 0912345678 {CONTENT}"
    qtbot.waitUntil(lambda: panel.qr.text() == expected)  # redrawn once typing pauses
    assert read_qr_on_screen(panel.qr) == expected
    # Spoil the number: the code goes away rather than show an invalid report.
    type_text(qtbot, window.form.source_edit, "x")
    assert not panel.qr.isVisible() and panel.qr.text() is None


def test_template_menu_offers_the_kinds_phrases_and_fills_the_content(window, qtbot):
    window.form.set_kind(Kind.SCAM_CALL)
    button = window.form.templates_button
    menu: QMenu = button.menu()
    seen = pick_when_open(qtbot, menu, "Mạo danh lãnh đạo Công an tỉnh")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.content_edit.toPlainText() != "")
    assert "Gọi mời vay tiền" not in seen  # a spam-call phrase
    assert "Mạo danh lãnh đạo Sở TT&TT" in seen  # "&" is a letter, not a mnemonic
    assert window.form.content_edit.toPlainText() == "Mạo danh lãnh đạo Công an tỉnh"
    pick_when_open(qtbot, menu, "Yêu cầu chuyển tiền")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chuyển" in window.form.content_edit.toPlainText())
    assert window.form.content_edit.toPlainText() == (
        "Mạo danh lãnh đạo Công an tỉnh. Yêu cầu chuyển tiền để không bị thu hồi số"
    )
    # (the window's own focus: off-screen, Qt does not give the window back its activation)
    assert window.focusWidget() is window.form.content_edit


def test_ctrl_t_opens_the_template_menu(window, qtbot):
    window.form.set_kind(Kind.SPAM_CALL)
    menu = window.form.templates_button.menu()
    ctrl_t = lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, CTRL)  # noqa: E731
    seen = [action.text() for action in read_menu(qtbot, menu, ctrl_t)]
    assert "Gọi mời vay tiền" in seen
    assert "Mạo danh lãnh đạo Công an tỉnh" not in seen


def test_a_missing_templates_file_says_so_in_the_menu(window, qtbot, monkeypatch):
    from desktop import resources
    from desktop.resources import ResourceError

    def lost(*parts):
        raise ResourceError(f"cannot read {'/'.join(parts)}")

    monkeypatch.setattr(resources, "read_text", lost)
    menu = window.form.templates_button.menu()
    button = window.form.templates_button
    click = lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731
    (only,) = read_menu(qtbot, menu, click)
    assert not only.isEnabled() and "Không đọc được" in only.text()
    assert window.form.content_edit.toPlainText() == ""


LONG_VIETNAMESE = (
    "Người gọi xưng là cán bộ Sở Thông tin và Truyền thông, nói số điện thoại của tôi sắp "
    "bị khóa vì liên quan một vụ án, yêu cầu tôi kết bạn Zalo để làm việc với công an tỉnh, "
    "sau đó gửi đường link cài ứng dụng dịch vụ công giả mạo và đòi chuyển tiền vào tài "
    "khoản để chứng minh tài sản, hẹn gọi lại lúc 9 giờ sáng mai"
)


def qr_scans_as(qtbot, view, expected) -> None:
    """The code on screen is whole, at 3 or more pixels per module, and reads as expected."""
    qtbot.waitUntil(lambda: view.text() == expected)
    assert view.module_pixels() >= 3
    assert read_qr_on_screen(view) == expected


def large_qr(qtbot, window):
    dialog = window.findChild(QDialog, "qrDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def test_a_short_report_scans_straight_from_the_window(window, qtbot):
    window.form.set_kind(Kind.SCAM_CALL)
    fill(qtbot, window, "0912 345 678", "Mạo danh công an")
    view = window.form.preview_panel.qr
    qs = "SMSTO:156:LD 0912345678 Mạo danh công an"
    qr_scans_as(qtbot, view, qs)
    assert view.width() == view.height() and view.modules() * view.module_pixels() <= view.width()


@pytest.mark.parametrize(
    "content",
    [LONG_VIETNAMESE, "请立即转账到安全账户否则您的电话号码将被冻结" * 23, "🚨💸📞" * 166],
    ids=["long Vietnamese", "500 Chinese characters", "emoji"],
)
def test_a_long_report_opens_large_enough_to_scan(window, qtbot, content):
    window.form.set_kind(Kind.SCAM_CALL)
    type_text(qtbot, window.form.source_edit, "0912 345 678")
    window.form.content_edit.setPlainText(content[:500])  # pasted
    message = window.form.preview_text()
    assert message.startswith("LD 0912345678 ")
    inline = window.form.preview_panel.qr
    qtbot.waitUntil(lambda: inline.text() == f"SMSTO:156:{message}")
    # Drawn whole in the window, however fine; Ctrl+R opens it at a size a phone reads.
    assert inline.modules() * inline.module_pixels() <= inline.width()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CTRL)
    dialog = large_qr(qtbot, window)
    qr_scans_as(qtbot, dialog.view, f"SMSTO:156:{message}")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "qrDialog") is None)


def test_the_code_opens_large_from_its_button_or_a_click_on_it(window, qtbot):
    fill(qtbot, window, "0912 345 678", "Quảng cáo")
    panel = window.form.preview_panel
    qtbot.waitUntil(lambda: panel.qr.text() is not None)
    for target in (panel.enlarge_qr, panel.qr):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        dialog = large_qr(qtbot, window)
        assert dialog.view.text() == panel.qr.text()
        dialog.close()
        qtbot.waitUntil(lambda: window.findChild(QDialog, "qrDialog") is None)
