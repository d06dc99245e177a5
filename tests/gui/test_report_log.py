"""The report log, repeat warning, printable summary and IT presets, in the window."""

from __future__ import annotations

import csv
import io
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from desktop.history import DATABASE_NAME, open_log
from desktop.presets import DESTINATION, GUIDANCE_PATH, LOG_ENABLED, ORGANISATION
from desktop.report import Kind
from tests.conftest import require
from tests.gui.keys import type_text

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
    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert [row.text(i) for i in range(1, 5)] == [
        "LD",
        "0912345678",
        "Mạo danh công an tỉnh",
        "156",
    ]
    assert (data_dir / DATABASE_NAME).is_file()


def test_the_log_is_searchable_and_entries_can_be_copied_again_or_deleted(window, qtbot, clipboard):
    report(qtbot, window, content="Mạo danh công an tỉnh")
    report(qtbot, window, number="0987 654 321", content="Đòi chuyển tiền")
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 2
    type_text(qtbot, dialog.search, "chuyen tien")  # without diacritics still finds it
    assert dialog.table.topLevelItemCount() == 1
    clipboard.clear()
    qtbot.mouseClick(dialog.buttons["copyAgain"], Qt.MouseButton.LeftButton)
    assert clipboard.text() == "LD 0987654321 Đòi chuyển tiền"
    qtbot.mouseClick(dialog.buttons["deleteEntry"], Qt.MouseButton.LeftButton)
    dialog.search.clear()
    assert dialog.table.topLevelItemCount() == 1


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
    assert not window.form.repeat_warning.isVisible()  # reported now, never before
    window.form.content_edit.setPlainText("lần hai")
    assert window.form.copy_report()
    assert "1 lần" in window.form.repeat_warning.text()  # the first one, not this one


def test_csv_export_from_the_log_window(window, qtbot, tmp_path):
    report(qtbot, window, content='Mạo danh, "công an"')
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    target = tmp_path / "nhat-ky.csv"
    assert dialog.export_csv(str(target))
    text = target.read_bytes().decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert rows[1][1:4] == ["LD", "0912345678", 'Mạo danh, "công an"']


def test_export_to_a_place_that_cannot_be_written_says_so(window, qtbot, tmp_path, monkeypatch):
    report(qtbot, window)
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(dialog, "_warn", warnings.append)
    assert not dialog.export_csv(str(tmp_path / "missing-folder" / "x.csv"))
    assert warnings and "Không lưu được" in warnings[0]


def test_pdf_summary_holds_the_report_and_the_reporter(window, qtbot, tmp_path, settings):
    report(qtbot, window)
    window.preferences.reporter_name = "Nguyễn Thị Lan"
    window.preferences.reporter_unit = "Trường THPT Buôn Ma Thuột"
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    target = tmp_path / "tom-tat.pdf"
    assert dialog.save_summary(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    pdftotext = require("pdftotext", "poppler-utils")
    text = subprocess.run(
        [pdftotext, str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("0912345678", "Mạo danh công an tỉnh", "Nguyễn Thị Lan", "156"):
        assert expected in text


def test_printing_sends_the_summary_to_the_printer(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    report(qtbot, window)
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_summary(printer)
    pdftotext = require("pdftotext", "poppler-utils")
    text = subprocess.run(
        [pdftotext, str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "0912345678" in text and "Cuộc gọi lừa đảo" in text


def test_clear_asks_first(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    report(qtbot, window)
    dialog = window.show_log()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.clear_all()
    assert dialog.table.topLevelItemCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.clear_all()
    assert dialog.table.topLevelItemCount() == 0


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
    assert window.show_log() is None


# ----- IT presets -------------------------------------------------------------------------


def test_locked_presets_disable_their_controls(make_window, system_settings, settings, qtbot):
    system_settings.setValue(DESTINATION, "5656")
    system_settings.setValue(LOG_ENABLED, "false")
    system_settings.setValue(ORGANISATION, "Sở GD&ĐT Đắk Lắk")
    settings.setValue(DESTINATION, "156")  # the user's old choice loses to IT's
    window = make_window()
    panel = window.form.preview_panel
    assert panel.destination() == "5656"
    for name in ("destination156", "destination5656"):
        assert not window.findChild(QAbstractButton, name).isEnabled()
    assert not window.log_enabled_action.isEnabled()
    assert not window.log_enabled_action.isChecked()
    assert window.windowTitle().endswith("Sở GD&ĐT Đắk Lắk")
    report(qtbot, window)
    assert "nhật ký" not in window.statusBar().currentMessage()
    assert window.show_log() is None


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


def test_organisation_guidance_replaces_the_bundled_text(make_window, system_settings, tmp_path):
    own = tmp_path / "canh-bao.md"
    own.write_text("# Hướng dẫn riêng của Sở\n\nGọi 0262 3852 123.", encoding="utf-8")
    system_settings.setValue(GUIDANCE_PATH, str(own))
    window = make_window()
    assert "Hướng dẫn riêng của Sở" in window.guidance.toPlainText()


def test_a_broken_guidance_path_falls_back_to_the_bundled_text(make_window, system_settings):
    system_settings.setValue(GUIDANCE_PATH, r"\\server-that-is-gone\share\canh-bao.md")
    window = make_window()
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
    assert dialog.table.topLevelItemCount() == 1
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
