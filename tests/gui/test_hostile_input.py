"""Input no report needs, as it arrives in the window: huge pastes are cut, and said so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.sms import MAX_CONTENT_CHARS, MAX_CONTENT_INPUT
from desktop.ui.log_model import CONTENT
from tests.gui.keys import type_text
from tests.gui.log_table import row_count, shown

CTRL = Qt.KeyboardModifier.ControlModifier


def paste_into(qtbot, edit) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)


def test_a_megabyte_paste_is_cut_to_what_the_field_keeps_and_the_user_told(
    window, qtbot, clipboard
):
    # A scam SMS copied with the whole web page around it, on one line.
    pasted = "Lừa đảo " + "x" * 1_000_000
    clipboard.setText(pasted)
    content = window.form.content_edit
    paste_into(qtbot, content)
    assert content.toPlainText() == pasted[:MAX_CONTENT_INPUT]
    notice = window.statusBar().currentMessage()
    assert f"{MAX_CONTENT_INPUT} trong {len(pasted)}" in notice
    assert str(MAX_CONTENT_CHARS) in notice
    # Another paste adds nothing: the field never grows past its limit.
    paste_into(qtbot, content)
    assert len(content.toPlainText()) == MAX_CONTENT_INPUT
    # The whole field selected and pasted over is replaced, again up to the limit.
    content.selectAll()
    clipboard.setText("y" * (MAX_CONTENT_INPUT + 1))
    paste_into(qtbot, content)
    assert content.toPlainText() == "y" * MAX_CONTENT_INPUT


def test_a_paste_that_fits_goes_in_whole_at_the_cursor_without_a_word(window, qtbot, clipboard):
    content = window.form.content_edit
    type_text(qtbot, content, "Gọi  lúc 9 giờ")
    cursor = content.textCursor()
    cursor.setPosition(4)
    content.setTextCursor(cursor)
    clipboard.setText("mời vay tiền")
    window.statusBar().clearMessage()
    paste_into(qtbot, content)
    assert content.toPlainText() == "Gọi mời vay tiền lúc 9 giờ"
    assert window.statusBar().currentMessage() == ""


def test_a_row_the_app_cannot_read_neither_blocks_the_log_window_nor_copying(
    window, qtbot, data_dir
):
    from tests.gui.test_report_log import open_log_window, report
    from tests.test_report_log import spoil

    report(qtbot, window, content="Mạo danh công an tỉnh")
    spoil(data_dir, ("not-a-date", "LD", "0912345678", "hỏng", "156", "0.1.0"))
    report(qtbot, window, content="Đòi chuyển tiền")  # warned of repeats, logged, confirmed
    assert "Đã lưu vào nhật ký" in window.statusBar().currentMessage()
    assert window.form.repeat_warning.isVisible()
    dialog = open_log_window(qtbot, window)
    assert row_count(dialog) == 2
    assert "1 dòng không đọc được" in dialog.status.text()
    dialog.close()


HOSTILE = 'Trúng thưởng <img src="file://host/share/x.png"><b>bấm</b> &amp; <a href="x">link</a>'


def shown_as_rich_text(root) -> list[str]:
    """Every label, tooltip and title under ``root`` that would draw user text as markup."""
    from PySide6.QtGui import Qt as GuiQt  # where Qt keeps mightBeRichText
    from PySide6.QtWidgets import QLabel, QWidget

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.toolTip(), widget.windowTitle()]
        for text in texts:
            if "<b>bấm</b>" in text and GuiQt.mightBeRichText(text):
                found.append(f"{widget.objectName() or type(widget).__name__}: {text}")
        if isinstance(widget, QLabel) and "<b>bấm</b>" in widget.text():
            plain = widget.textFormat() == Qt.TextFormat.PlainText
            if not plain and GuiQt.mightBeRichText(widget.text()):
                found.append(f"{widget.objectName() or 'QLabel'}: {widget.text()}")
    return found


def test_markup_in_a_report_is_never_read_as_markup_anywhere_it_shows(window, qtbot, clipboard):
    from tests.gui.test_report_log import click, open_log_window, report

    report(qtbot, window, content=HOSTILE)
    assert HOSTILE in window.statusBar().currentMessage()  # said as typed
    assert shown_as_rich_text(window) == []
    dialog = open_log_window(qtbot, window)
    clipboard.clear()
    click(qtbot, dialog, "copyAgain")
    assert HOSTILE in dialog.status.text() and clipboard.text().endswith(HOSTILE)
    assert shown_as_rich_text(dialog) == []
    assert shown(dialog, CONTENT)[0].startswith("Trúng thưởng <img")  # as text
    dialog.close()
