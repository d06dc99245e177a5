"""Numbers as phones and people write them: a caution in amber, a one-click fix beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop.report import Kind
from desktop.ui.field_message import message_colors
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def colour(message):
    return message.palette().color(QPalette.ColorRole.WindowText).name()


def fill(qtbot, window, number, content="Mạo danh công an tỉnh, đòi chuyển tiền"):
    form = window.form
    form.set_kind(Kind.SCAM_CALL)
    type_text(qtbot, form.content_edit, content)
    form.source_edit.setFocus()
    type_text(qtbot, form.source_edit, number)
    return form


def test_a_new_range_is_copyable_with_an_amber_caution(window, qtbot, clipboard):
    form = fill(qtbot, window, "089 123 4567")
    message = form.source_message
    assert message.isVisible() and message.text().startswith("⚠ Số di động Việt Nam")
    assert "so lại từng chữ số" in message.text()
    assert colour(message) == message_colors(message).warning  # amber, not the green ✓
    assert not form.source_offer.isVisible()  # nothing to offer: the user checks the phone
    qtbot.keyClick(form.source_edit, Qt.Key.Key_Return, CTRL)
    assert clipboard.text() == "LD 0891234567 Mạo danh công an tỉnh, đòi chuyển tiền"


def test_an_old_landline_read_as_a_mobile_offers_the_landline_in_one_click(window, qtbot):
    form = fill(qtbot, window, "08 3822 3344")
    assert "ghi là 0838223344" in form.source_message.text()
    assert "028 3822 3344" in form.source_message.text()
    offer = form.source_offer
    assert offer.isVisible() and offer.text() == "Dùng 028 3822 3344"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert form.source_edit.text() == "028 3822 3344"
    assert form.source_message.text() == "✓ Số cố định Việt Nam: ghi là 02838223344"
    assert colour(form.source_message) == message_colors(form.source_message).ok
    assert not offer.isVisible()
    qtbot.keyClick(form.source_edit, Qt.Key.Key_Z, CTRL)  # and back, if it was a mobile
    assert form.source_edit.text() == "08 3822 3344"


def test_a_note_beside_the_number_is_refused_and_the_number_kept_in_one_click(
    window, qtbot, clipboard
):
    form = fill(qtbot, window, "0912 345 678 (anh Tuấn)")
    assert form.source_message.text() == (
        "Chỉ ghi số điện thoại, không ghi tên hay ghi chú bên cạnh."
    )
    qtbot.keyClick(form.source_edit, Qt.Key.Key_Return, CTRL)
    assert clipboard.text() == ""  # refused until the note is gone
    qtbot.mouseClick(form.source_offer, Qt.MouseButton.LeftButton)
    assert form.source_edit.text() == "0912 345 678"
    qtbot.keyClick(form.source_edit, Qt.Key.Key_Return, CTRL)
    assert clipboard.text().startswith("LD 0912345678 ")


def test_an_old_hanoi_landline_offers_the_number_today(window, qtbot):
    form = fill(qtbot, window, "(04) 3822 3344")
    assert "024 3822 3344" in form.source_message.text()
    qtbot.mouseClick(form.source_offer, Qt.MouseButton.LeftButton)
    assert form.source_message.text() == "✓ Số cố định Việt Nam: ghi là 02438223344"
