"""The report log, repeat warning, printable summary and IT presets, in the window."""

from __future__ import annotations

import csv
import io
import re
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
)

from desktop.log_file import open_log
from desktop.presets import DESTINATION, GUIDANCE_PATH, LOG_ENABLED, ORGANISATION
from desktop.report import Kind
from desktop.report_log import DATABASE_NAME
from desktop.ui import log_model
from desktop.ui.log_model import CONTENT, SOURCE
from desktop.ui.log_model import DESTINATION as TO
from desktop.ui.reporter_dialog import ReporterDialog
from tests.gui.dialogs import (
    PrintDialog,
    SaveDialog,
    answer_message_box,
    fill_and_accept,
    press,
    press_standard,
    when_shown,
)
from tests.gui.keys import type_text
from tests.gui.log_table import chosen, click_row, row_count, shown
from tests.readers import read_pdf_text

CTRL = Qt.KeyboardModifier.ControlModifier


def report(qtbot, window, number="0912 345 678", content="Mạo danh công an tỉnh"):
    window.form.source_edit.clear()
    window.form.content_edit.clear()
    window.form.set_kind(Kind.SCAM_CALL)
    type_text(qtbot, window.form.source_edit, number)
    type_text(qtbot, window.form.content_edit, content)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)


def test_a_copied_report_appears_in_the_log(window, qtbot, data_dir):
    report(qtbot, window)
    assert "Đã lưu vào nhật ký" in window.statusBar().currentMessage()
    report(qtbot, window)  # the same again: still one entry
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    assert row_count(dialog) == 1
    assert [shown(dialog, column)[0] for column in (log_model.KIND, SOURCE, TO, CONTENT)] == [
        "LD",
        "0912345678",
        "156",
        "Mạo danh công an tỉnh",
    ]
    assert (data_dir / DATABASE_NAME).is_file()


def test_the_log_is_searchable_and_entries_can_be_copied_again_or_deleted(window, qtbot, clipboard):
    report(qtbot, window, content="Mạo danh công an tỉnh")
    report(qtbot, window, number="0987 654 321", content="Đòi chuyển tiền")
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    assert row_count(dialog) == 2
    type_text(qtbot, dialog.search, "chuyen tien")  # without diacritics still finds it
    assert row_count(dialog) == 1
    clipboard.clear()
    qtbot.mouseClick(dialog.buttons["copyAgain"], Qt.MouseButton.LeftButton)
    assert clipboard.text() == "LD 0987654321 Đòi chuyển tiền"
    qtbot.mouseClick(dialog.buttons["deleteEntry"], Qt.MouseButton.LeftButton)
    dialog.search.clear()
    assert row_count(dialog) == 1


def test_repeat_warning_says_when_and_how_often(window, qtbot):
    report(qtbot, window, content="lần một")
    report(qtbot, window, content="lần hai")
    window.form.source_edit.clear()
    type_text(qtbot, window.form.source_edit, "+84 91 234 56 78")  # another spelling
    warning = window.form.repeat_warning.text()
    assert "2 lần" in warning
    assert window.form.repeat_warning.isVisible()
    window.form.source_edit.clear()
    type_text(qtbot, window.form.source_edit, "0987654321")
    assert window.form.repeat_warning.text() == ""


def test_right_after_a_copy_the_warning_tells_of_earlier_reports_not_this_one(window, qtbot):
    report(qtbot, window, content="lần một")
    # Reported now, never before: said as done, not as a repeat.
    assert window.form.repeat_warning.text() == "✓ Vừa báo cáo số này."
    window.form.content_edit.setPlainText("lần hai")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert "Đã sao chép" in window.statusBar().currentMessage()
    warning = window.form.repeat_warning.text()
    assert warning.startswith("⚠ Vừa báo cáo; trước đó đã báo cáo 1 lần")  # not 2
    window.form.source_edit.clear()
    type_text(qtbot, window.form.source_edit, "0912 345 678")  # typed again later
    assert "đã được báo cáo 2 lần" in window.form.repeat_warning.text()


def open_log_window(qtbot, window):
    """Ctrl+H, as a person opens the log."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, CTRL)
    dialog = window.findChild(QDialog, "logDialog")
    qtbot.waitUntil(lambda: dialog is not None and QApplication.activeWindow() is dialog)
    return dialog


def no_log_window_opens(qtbot, window) -> str:
    """Press Ctrl+H where the log cannot open: no window, and what the status bar says."""
    window.statusBar().clearMessage()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert window.findChild(QDialog, "logDialog") is None
    return window.statusBar().currentMessage()


def click(qtbot, dialog, name):
    press(qtbot, dialog.findChild(QAbstractButton, name))


def test_csv_export_from_the_log_window(window, qtbot, tmp_path):
    report(qtbot, window, content='Mạo danh, "công an"')
    report(qtbot, window, number="+65 6123 4567", content='=HYPERLINK("http://x")')
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = save = SaveDialog(tmp_path / "nhat-ky.csv")
    click(qtbot, dialog, "exportCsv")
    text = (tmp_path / "nhat-ky.csv").read_bytes().decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert rows[0] == ["Thời gian", "Loại", "Số / người gửi", "Nội dung", "Gửi tới"]
    assert rows[1][1:] == ["Cuộc gọi lừa đảo (LD)", "0912345678", 'Mạo danh, "công an"', "156"]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", rows[1][0])  # as the window shows it
    assert rows[2][2:4] == ["'+6561234567", '\'=HYPERLINK("http://x")']  # never a formula
    assert "Đã lưu" in dialog.status.text()
    assert save.proposed[0].name == f"nhat-ky-bao-cao-156_{date.today():%Y-%m-%d}.csv"


def test_excel_export_keeps_numbers_as_text_times_as_dates_and_no_formula(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    report(qtbot, window, content="Mạo danh công an tỉnh")
    report(qtbot, window, number="+65 6123 4567", content='=HYPERLINK("http://x","bấm")')
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = save = SaveDialog(tmp_path / "nhat-ky.xlsx")
    click(qtbot, dialog, "exportXlsx")
    assert "Đã lưu" in dialog.status.text()
    assert save.proposed[0].name == f"nhat-ky-bao-cao-156_{date.today():%Y-%m-%d}.xlsx"
    sheet = load_workbook(tmp_path / "nhat-ky.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Thời gian", "Loại", "Số / người gửi", "Nội dung", "Gửi tới"]
    assert rows[1][1:] == ["Cuộc gọi lừa đảo (LD)", "0912345678", "Mạo danh công an tỉnh", "156"]
    assert rows[2][2:4] == ["+6561234567", '=HYPERLINK("http://x","bấm")']
    cells = list(sheet.iter_rows(min_row=2))
    assert all(row[0].is_date for row in cells)  # a real date Excel sorts and filters
    assert abs(cells[0][0].value - datetime.now()) < timedelta(minutes=5)  # the user's clock
    # The number keeps its 0 and the formula stays words: every other cell is text.
    assert {cell.data_type for row in cells for cell in row[1:]} == {"s"}
    assert sheet.freeze_panes == "A2"  # the header stays in view


def test_save_dialogs_open_in_documents_then_in_the_last_folder_used(window, qtbot, tmp_path):
    from PySide6.QtCore import QStandardPaths

    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "Báo cáo gửi công an"
    elsewhere.mkdir()
    dialog.files.ask_save_path = save = SaveDialog(elsewhere / "x.csv")
    click(qtbot, dialog, "exportCsv")
    assert save.proposed[0].parent == Path(documents)
    when_shown(ReporterDialog, press_standard(qtbot, QDialogButtonBox.StandardButton.Ok))
    click(qtbot, dialog, "saveSummary")
    qtbot.waitUntil(lambda: len(save.proposed) == 2)
    assert save.proposed[1].parent == elsewhere  # where the user saved last
    assert save.proposed[1].name == f"bao-cao-156_{date.today():%Y-%m-%d}_0912345678.pdf"


def test_without_a_documents_folder_the_save_dialog_opens_at_home(
    window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(
        QStandardPaths, "writableLocation", lambda location: str(tmp_path / "no-such-folder")
    )
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = save = SaveDialog(None)
    click(qtbot, dialog, "exportCsv")
    assert save.proposed[0].parent == Path.home()  # never the working directory


def test_export_to_a_place_that_cannot_be_written_says_so(window, qtbot, tmp_path):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = SaveDialog(tmp_path / "missing-folder" / "x.csv")
    cursors = []
    warning = answer_message_box(qtbot, QMessageBox.StandardButton.Ok)
    respond = warning.respond
    warning.respond = lambda box: (cursors.append(QGuiApplication.overrideCursor()), respond(box))
    click(qtbot, dialog, "exportCsv")
    qtbot.waitUntil(lambda: bool(warning.said))
    assert "Không lưu được" in warning.said[0]
    assert "Không lưu được" in dialog.status.text()
    assert cursors == [None]  # the busy cursor is gone before the warning shows


def test_the_mouse_pointer_says_busy_while_a_large_export_is_written(
    window, qtbot, tmp_path, monkeypatch
):
    from desktop.ui import log_files

    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = SaveDialog(tmp_path / "x.csv")
    shapes = []

    def log_csv(*arguments):
        shapes.append(QGuiApplication.overrideCursor().shape())
        return b"..."

    monkeypatch.setattr(log_files, "log_csv", log_csv)
    click(qtbot, dialog, "exportCsv")
    assert shapes == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None and (tmp_path / "x.csv").read_bytes() == b"..."


def test_a_cancelled_save_dialog_writes_nothing(window, qtbot, tmp_path):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = save = SaveDialog(None)
    click(qtbot, dialog, "exportCsv")
    assert save.proposed and "Đã lưu" not in dialog.status.text()


def test_pdf_summary_holds_the_report_and_the_reporter(window, qtbot, tmp_path, settings):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    target = tmp_path / "tom-tat.pdf"
    dialog.files.ask_save_path = SaveDialog(target)
    asked = fill_and_accept(
        qtbot,
        ReporterDialog,
        {"reporterName": "Nguyễn Thị Lan", "reporterUnit": "Trường THPT Buôn Ma Thuột"},
    )
    click(qtbot, dialog, "saveSummary")
    qtbot.waitUntil(lambda: target.exists())
    assert asked.seen
    assert target.read_bytes().startswith(b"%PDF")
    text = read_pdf_text(target)
    for expected in (
        "0912345678", "Mạo danh công an tỉnh", "Nguyễn Thị Lan", "Trường THPT Buôn Ma Thuột",
        "Gửi tới", "Người báo cáo (ký, ghi rõ họ tên)", "Báo cáo cuộc gọi lừa đảo",
    ):  # fmt: skip
        assert expected in text
    assert "Đã gửi" not in text  # the app copies the report; it never sends it
    assert window.preferences.reporter_name == "Nguyễn Thị Lan"  # offered again next time


def test_the_summary_says_when_the_call_came(window, qtbot, tmp_path):
    from PySide6.QtCore import QDateTime

    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    target = tmp_path / "tom-tat.pdf"
    dialog.files.ask_save_path = SaveDialog(target)

    def earlier_call(reporter):
        received = reporter.findChild(QDateTimeEdit, "receivedAt")
        received.setFocus()
        received.setDateTime(QDateTime.fromString("03/12/2026 09:15", "dd/MM/yyyy HH:mm"))
        press_standard(qtbot, QDialogButtonBox.StandardButton.Ok)(reporter)

    when_shown(ReporterDialog, earlier_call)
    click(qtbot, dialog, "saveSummary")
    qtbot.waitUntil(lambda: target.exists())
    assert "09:15 ngày 03/12/2026" in read_pdf_text(target)


def test_printing_sends_the_summary_to_the_printer(window, qtbot, tmp_path):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    printed = tmp_path / "printed.pdf"

    dialog.files.choose_printer = PrintDialog(printed)
    when_shown(ReporterDialog, press_standard(qtbot, QDialogButtonBox.StandardButton.Ok))
    click(qtbot, dialog, "printSummary")
    qtbot.waitUntil(lambda: printed.exists())
    text = read_pdf_text(printed)
    assert "0912345678" in text and "Cuộc gọi lừa đảo" in text
    assert "máy in" in dialog.status.text()


def test_cancelling_the_reporter_dialog_prints_nothing(window, qtbot):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    asked = []
    dialog.files.choose_printer = lambda parent: asked.append(parent)
    when_shown(ReporterDialog, press_standard(qtbot, QDialogButtonBox.StandardButton.Cancel))
    click(qtbot, dialog, "printSummary")
    assert asked == []


def test_clear_asks_first(window, qtbot):
    report(qtbot, window)
    dialog = open_log_window(qtbot, window)
    answer_message_box(qtbot, QMessageBox.StandardButton.No)
    click(qtbot, dialog, "clearLog")
    assert row_count(dialog) == 1
    answer_message_box(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, dialog, "clearLog")
    assert row_count(dialog) == 0


def test_delete_can_be_undone_and_keeps_the_place_in_the_list(window, qtbot):
    for number in ("0912 000 001", "0912 000 002", "0912 000 003"):
        report(qtbot, window, number=number)
    dialog = open_log_window(qtbot, window)
    sources = lambda: shown(dialog)  # noqa: E731
    assert sources() == ["0912000003", "0912000002", "0912000001"]
    click_row(qtbot, dialog, 1)
    click(qtbot, dialog, "deleteEntry")
    assert sources() == ["0912000003", "0912000001"]
    assert chosen(dialog) == "0912000001"  # its neighbour, not the top
    assert "0912000002" in dialog.status.text()
    click(qtbot, dialog, "undoDelete")
    assert sources() == ["0912000003", "0912000002", "0912000001"]
    assert chosen(dialog) == "0912000002"
    assert not dialog.findChild(QAbstractButton, "undoDelete").isVisible()
    click(qtbot, dialog, "deleteEntry")  # and again, undone from the keyboard
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(sources()) == 3)  # a button's shortcut shows the click first


def test_deleting_the_last_row_chooses_the_one_above(window, qtbot):
    report(qtbot, window, number="0912 000 001")
    report(qtbot, window, number="0912 000 002")
    dialog = open_log_window(qtbot, window)
    click_row(qtbot, dialog, 1)
    click(qtbot, dialog, "deleteEntry")
    assert chosen(dialog) == "0912000002"


@pytest.mark.parametrize("typed", ["0912345", "0912 345", "+84912", "0084 912 345", "091.234.5"])
def test_the_search_reads_numbers_as_the_number_field_does(window, qtbot, typed):
    report(qtbot, window, number="0912 345 678")
    report(qtbot, window, number="0987 654 321")
    dialog = open_log_window(qtbot, window)
    type_text(qtbot, dialog.search, typed)
    assert row_count(dialog) == 1
    assert shown(dialog)[0] == "0912345678"


# ----- storage trouble: the app still composes and copies ---------------------------------


def test_a_corrupt_log_is_replaced_and_the_user_told_once(make_window, qtbot, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"garbage" * 500)
    window = make_window()
    qtbot.waitUntil(lambda: "hỏng" in window.statusBar().currentMessage())
    report(qtbot, window)
    assert "Đã lưu vào nhật ký" in window.statusBar().currentMessage()


def test_an_unusable_data_folder_leaves_composing_and_copying_intact(
    make_window, qtbot, clipboard, data_dir
):
    data_dir.parent.mkdir(parents=True)
    data_dir.write_text("a file where the folder should be")
    window = make_window()
    report(qtbot, window)
    assert clipboard.text() == "LD 0912345678 Mạo danh công an tỉnh"
    assert "Không ghi được nhật ký" in window.statusBar().currentMessage()
    assert no_log_window_opens(qtbot, window).startswith("Không ghi được nhật ký")


# ----- IT presets -------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["policy_settings", "installer_settings", "system_settings"])
def test_locked_presets_disable_their_controls(make_window, request, level, settings, qtbot):
    it = request.getfixturevalue(level)  # Group Policy, the MSI's properties, the HKLM key
    it.setValue(DESTINATION, "5656")
    it.setValue(LOG_ENABLED, 0 if level == "policy_settings" else "false")  # ADMX: a DWORD
    it.setValue(ORGANISATION, "Sở GD&ĐT Đắk Lắk")
    settings.setValue(DESTINATION, "156")  # the user's old choice loses to IT's
    window = make_window()
    panel = window.form.preview_panel
    assert panel.destination() == "5656"
    for name in ("destination156", "destination5656"):
        assert not window.findChild(QAbstractButton, name).isEnabled()
    assert not window.log_enabled_action.isEnabled()
    assert not window.log_enabled_action.isChecked()
    assert window.windowTitle() == "Sở GD&ĐT Đắk Lắk — Báo cáo 156"
    assert settings.mapping[DESTINATION] == "156"  # IT's number is not taken as the user's
    report(qtbot, window)
    assert "nhật ký" not in window.statusBar().currentMessage()
    assert no_log_window_opens(qtbot, window) == "Nhật ký đang tắt (menu Nhật ký)."


def test_unlocked_choices_are_remembered(make_window, settings, qtbot):
    window = make_window()
    qtbot.mouseClick(
        window.findChild(QAbstractButton, "destination5656"), Qt.MouseButton.LeftButton
    )
    window.log_enabled_action.trigger()  # off
    assert settings.mapping[DESTINATION] == "5656"
    assert settings.mapping[LOG_ENABLED] is False
    window.close()
    again = make_window()
    assert again.form.preview_panel.destination() == "5656"
    assert not again.log_enabled_action.isChecked()
    assert again.log_enabled_action.isEnabled()


def test_organisation_guidance_replaces_the_bundled_text(
    make_window, qtbot, system_settings, tmp_path
):
    own = tmp_path / "canh-bao.md"
    own.write_text("# Hướng dẫn riêng của Sở\n\nGọi 0262 3852 123.", encoding="utf-8")
    system_settings.setValue(GUIDANCE_PATH, str(own))
    window = make_window()
    qtbot.waitUntil(lambda: "Hướng dẫn riêng của Sở" in window.guidance.toPlainText())
    assert window.statusBar().currentMessage() == ""


def notice_soon(qtbot, window) -> str:
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10_000)
    return window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("gone", "không mở được"),
        ("folder", "không phải một tệp văn bản"),
        ("huge", "lớn hơn 64 kB"),
        ("ansi", "UTF-8"),
    ],
)
def test_guidance_that_cannot_be_used_leaves_the_bundled_text_and_says_why(
    make_window, qtbot, system_settings, tmp_path, kind, reason
):
    paths = {
        "gone": r"\\server-that-is-gone\share\canh-bao.md",
        "folder": str(tmp_path),
        "huge": str(tmp_path / "huge.md"),
        "ansi": str(tmp_path / "ansi.md"),
    }
    (tmp_path / "huge.md").write_text("- mục\n" * 100_000, encoding="utf-8")
    (tmp_path / "ansi.md").write_bytes("Báo cáo".encode("cp1252"))
    system_settings.setValue(GUIDANCE_PATH, paths[kind])
    window = make_window()
    assert reason in notice_soon(qtbot, window)
    assert "153/STTTT-TTra" in window.guidance.toPlainText()


def test_guidance_on_a_share_that_never_answers_neither_blocks_nor_stays_awaited(
    make_window, qtbot, system_settings, monkeypatch
):
    from desktop import guidance
    from desktop.ui import guidance_panel

    released = threading.Event()
    monkeypatch.setattr(guidance, "read_guidance", lambda path: released.wait(30) and "late")
    monkeypatch.setattr(guidance_panel, "GUIDANCE_WAIT_MS", 1000)
    system_settings.setValue(GUIDANCE_PATH, r"\\slow-server\share\canh-bao.md")
    window = make_window()  # shown and started while the read still waits
    type_text(qtbot, window.form.source_edit, "0912")  # and the window answers
    assert window.form.source_edit.text() == "0912"
    assert "không trả lời sau 1 giây" in notice_soon(qtbot, window)
    released.set()  # the share answers at last: too late, the bundled text stays
    qtbot.wait(200)
    assert "153/STTTT-TTra" in window.guidance.toPlainText()


def test_the_log_file_is_a_plain_sqlite_database_in_the_users_folder(window, qtbot, data_dir):
    report(qtbot, window)
    log, _ = open_log(data_dir)
    assert [e.source for e in log.entries()] == ["0912345678"]
    log.close()


def test_the_log_works_from_the_keyboard_alone(window, qtbot, clipboard):
    report(qtbot, window, content="Mạo danh công an tỉnh")
    report(qtbot, window, number="0987 654 321", content="Đòi chuyển tiền")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, CTRL)
    dialog = window.findChild(QDialog, "logDialog")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    type_text(qtbot, dialog.search, "cong an")
    assert row_count(dialog) == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table
    clipboard.clear()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on a report copies it again
    assert clipboard.text() == "LD 0912345678 Mạo danh công an tỉnh"
    reached = []
    for _ in range(len(dialog.buttons) + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().objectName())
    assert {*dialog.buttons, "closeLog"} <= set(reached)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_guidance_pictures_come_only_from_the_guidance_files_own_folder(
    make_window, qtbot, system_settings, tmp_path
):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    folder = tmp_path / "it-share"
    folder.mkdir()
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(folder / "logo.png"))
    assert picture.save(str(tmp_path / "outside.png"))
    links = [
        "logo.png",  # the folder's own: shown
        "../outside.png",  # a real picture, outside the folder: not read
        "file://host/share/x.png",  # another machine: never asked
        "\\\\host\\share\\x.png",
        "http://example.com/x.png",  # offline by design
    ]
    own = folder / "canh-bao.md"
    text = "# Hướng dẫn riêng\n\n" + "\n\n".join(f"![hình]({link})" for link in links)
    own.write_text(text, encoding="utf-8")
    system_settings.setValue(GUIDANCE_PATH, str(own))
    window = make_window()
    qtbot.waitUntil(lambda: "Hướng dẫn riêng" in window.guidance.toPlainText())
    document = window.guidance.document()
    image = QTextDocument.ResourceType.ImageResource
    loaded = [document.resource(image, QUrl(link)) is not None for link in links]
    assert loaded == [True, False, False, False, False]
