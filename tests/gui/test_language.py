"""The English interface, switching language, and no Vietnamese left behind in English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.presets import LANGUAGE
from desktop.report import Kind
from desktop.ui import translation
from tests.gui.dialogs import read_menu
from tests.gui.keys import type_text
from tests.gui.test_report_log import open_log_window

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier

# Names that stay as they are in every language.
PROPER_NAMES = ("Báo cáo 156", "Đắk Lắk", "Tiếng Việt")

# Inputs that bring up every message the number and content fields can show.
PROBLEM_INPUTS = [
    ("", ""),
    ("0912 345 678 0912 345 678 0912 345 678 0912", "x"),
    ("09123456789012345678", "x"),
    ("0912#345", "x"),
    ("+", "x"),
    ("0912abc678", "x"),
    ("VIET TEL", "x"),
    ("156", "x"),
    ("01234567890", "x"),
    ("0169 123 4567", "x"),
    ("0912", "x"),
    ("0912345678", ""),
    ("0912345678", "x" * 600),
    ("0912345678", "Mạo danh công an"),
    ("0891234567", "Mạo danh công an"),  # a caution
    ("08 3822 3344", "Mạo danh công an"),  # a caution with an offer
    ("04 3822 3344", "x"),  # a problem with an offer
    ("0912345678 (Mr. A)", "x"),
    ("VIETTEL", "Quảng cáo"),
    ("8088", "Quảng cáo"),
    ("+1 202 555 0143", "Lừa đảo"),
    ("02623852123", "Mời vay"),
    ("19001234", "Mời vay"),
]


def vietnamese_in(text: str) -> list[str]:
    """The non-ASCII letters of ``text`` outside the proper names: Vietnamese left over."""
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return [ch for ch in text if ch.isalpha() and not ch.isascii()]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see or hear from ``root`` and the widgets and actions in it."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts += [widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


@pytest.fixture
def english(settings):
    settings.setValue(LANGUAGE, "en")


def test_english_is_chosen_and_remembered_and_the_window_speaks_it(make_window, settings):
    window = make_window()
    assert window.language == "vi"
    assert window.form.preview_panel.copy_button.text() == "Sao chép"
    assert vietnamese_in(" ".join(visible_texts(window)))  # the probe below sees Vietnamese
    assert window.set_language("en")
    assert window.language == "en"
    assert settings.value(LANGUAGE) == "en"
    assert window.form.preview_panel.copy_button.text() == "Copy"
    assert window.language_actions["en"].isChecked()
    again = make_window()  # the next start
    assert again.language == "en" and again.menuBar().actions()[0].text() == "&Report"


def test_switching_keeps_what_was_typed_the_kind_the_size_and_the_shortcuts(
    make_window, qtbot, clipboard
):
    window = make_window()
    window.form.set_kind(Kind.SCAM_CALL)
    window.form.source_edit.setText("0912 345 678")
    window.form.content_edit.setPlainText("Mạo danh công an")
    size = window.size()
    window.language_actions["en"].trigger()
    qtbot.wait(10)  # the old widgets and actions are gone after the event loop turns
    assert window.form.kind() is Kind.SCAM_CALL
    assert window.form.source_edit.text() == "0912 345 678"
    assert window.form.content_edit.toPlainText() == "Mạo danh công an"
    assert window.size() == size.expandedTo(window.minimumSizeHint())  # grown only if needed
    assert window.form.source_message.text().startswith("✓ Vietnamese mobile number")
    assert window.form.source_edit.hasFocus()
    window.copy_action.trigger()
    assert clipboard.text() == "LD 0912345678 Mạo danh công an"
    shortcuts = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts))  # no stale action still holds a shortcut


def test_nothing_vietnamese_is_left_in_the_english_window(make_window, english, qtbot):
    window = make_window()
    assert window.language == "en"
    seen: list[str] = []
    for kind in Kind:
        window.form.set_kind(kind)
        for source, content in PROBLEM_INPUTS:
            window.form.source_edit.setText(source)
            window.form.content_edit.setPlainText(content)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # problems shown
            seen += visible_texts(window)
            seen.append(window.statusBar().currentMessage())
        menu = window.form.templates_button.menu()
        ctrl_t = lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, CTRL)  # noqa: E731
        seen += [action.text() for action in read_menu(qtbot, menu, ctrl_t)]
    leftovers = {text: vietnamese_in(text) for text in seen if vietnamese_in(text)}
    # The typed content is the user's own text and may be Vietnamese; nothing else may.
    leftovers = {t: v for t, v in leftovers.items() if "Mạo danh" not in t and "Lừa đảo" not in t}
    leftovers = {t: v for t, v in leftovers.items() if "Quảng cáo" not in t and "Mời vay" not in t}
    assert leftovers == {}


def test_the_english_dialogs_have_no_vietnamese_either(make_window, english, qtbot, monkeypatch):
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, title, text: shown.extend([title, text])
    )
    window.about_action.trigger()
    assert shown and "About Báo cáo 156" in shown[0]
    window.form.source_edit.setText("0912345678")
    window.form.content_edit.setPlainText("Quảng cáo")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    dialog = open_log_window(qtbot, window)
    texts = visible_texts(dialog) + shown
    assert [t for t in texts if vietnamese_in(t) and "Quảng cáo" not in t] == []


def test_an_it_preset_fixes_the_language_and_locks_the_menu(make_window, system_settings):
    system_settings.setValue(LANGUAGE, "en")
    window = make_window()
    assert window.language == "en"
    assert not any(action.isEnabled() for action in window.language_actions.values())
    assert not window.set_language("vi")
    assert window.language == "en" and window.language_actions["en"].isChecked()
    assert "IT" in window.statusBar().currentMessage()


def test_without_the_english_translation_the_app_stays_vietnamese_and_says_so(
    make_window, monkeypatch, tmp_path, settings
):
    monkeypatch.setattr(translation, "app_translation_dir", lambda: tmp_path)
    window = make_window()
    assert not window.set_language("en")
    assert window.language == "vi" and window.language_actions["vi"].isChecked()
    assert "English" in window.statusBar().currentMessage()
    assert settings.value(LANGUAGE) is None


def test_qt_own_dialog_texts_follow_the_language(make_window):
    window = make_window()
    vietnamese_cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert vietnamese_cancel != "Cancel" and not vietnamese_cancel.isascii()
    window.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows takes the system language from the user's account, not the environment",
)
def test_the_choice_does_not_follow_the_system_language(tmp_path):
    # A fresh app on a system whose language is English, as Qt itself reads it.
    script = (
        "from PySide6.QtCore import QLocale\n"
        "from desktop.settings import MappingStore\n"
        "from desktop.ui.app import create_application\n"
        "from desktop.ui.main_window import MainWindow\n"
        "app = create_application(['t'])\n"
        "window = MainWindow(settings=MappingStore(), it_settings=(), data_dir=None)\n"
        "print(QLocale.system().name(), window.language, window.form.copy_button.text())\n"
    )
    english = {"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en_US"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, **english, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["en_US", "vi", "Sao", "chép"]


def test_switching_while_typing_the_content_leaves_the_cursor_there(make_window, qtbot):
    window = make_window()
    window.form.content_edit.setFocus()
    qtbot.waitUntil(window.form.content_edit.hasFocus)
    window.set_language("en")
    qtbot.waitUntil(window.form.content_edit.hasFocus)
    assert window.form.content_edit.placeholderText().startswith("For example")


def test_a_damaged_translation_file_leaves_the_interface_as_it_was(
    make_window, monkeypatch, tmp_path
):
    (tmp_path / "bao-cao-156_en.qm").write_bytes(b"not a translation" * 10)
    monkeypatch.setattr(translation, "app_translation_dir", lambda: tmp_path)
    window = make_window()
    assert not window.set_language("en")
    assert window.language == "vi"
    assert window.form.preview_panel.copy_button.text() == "Sao chép"


def test_without_an_english_warning_text_the_panel_shows_the_vietnamese_one(qtbot, monkeypatch):
    from desktop import resources
    from desktop.resources import ResourceError
    from desktop.ui.guidance_panel import GuidancePanel

    real = resources.read_text

    def no_english(*parts):
        if parts[-1] == "en.md":
            raise ResourceError("cannot read guidance/en.md")
        return real(*parts)

    monkeypatch.setattr(resources, "read_text", no_english)
    panel = GuidancePanel(language="en")
    qtbot.addWidget(panel)
    assert panel.loaded
    assert "Dấu hiệu lừa đảo" in panel.toPlainText()
    monkeypatch.undo()  # with the file there, as installed
    english = GuidancePanel(language="en")
    qtbot.addWidget(english)
    assert "Warning signs" in english.toPlainText()


def test_an_it_preset_language_this_copy_lacks_is_reported_as_missing(
    make_window, system_settings, monkeypatch, tmp_path
):
    monkeypatch.setattr(translation, "app_translation_dir", lambda: tmp_path)
    system_settings.setValue(LANGUAGE, "en")
    window = make_window()
    assert window.language == "vi"
    assert "English" in window.statusBar().currentMessage()  # not "IT has set the language"


def test_the_csv_export_header_follows_the_language(make_window, english, qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton

    window = make_window()
    window.form.source_edit.setText("0912345678")
    window.form.content_edit.setPlainText("Quảng cáo")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    dialog = open_log_window(qtbot, window)
    dialog.files.ask_save_path = lambda *_: str(tmp_path / "log.csv")
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "exportCsv"), Qt.MouseButton.LeftButton)
    lines = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    delimiter = lines[0][4]
    assert lines[0].split(delimiter) == ["Time", "Kind", "Number / sender", "Content", "Send to"]
    assert lines[1].split(delimiter)[1] == "Spam SMS (S)"


def dialog_texts(dialog) -> list[str]:
    from PySide6.QtWidgets import QComboBox, QGroupBox, QHeaderView

    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView):
            model = widget.model()
            texts += [model.headerData(i, widget.orientation()) for i in range(widget.count())]
    return [text for text in texts if text]


#: Words of Qt's own save and print dialogs that must not show in the Vietnamese window.
ENGLISH_DIALOG_WORDS = (
    "Save", "Cancel", "Look in", "File name", "Files of type", "Name", "Size", "Date Modified",
    "Print", "Printer", "Properties", "Options", "Copies", "Pages", "Location", "Type",
)  # fmt: skip


def test_qt_own_save_and_print_dialogs_speak_vietnamese(make_window, qtbot, tmp_path):
    # On Windows these are the system's dialogs, in the system's language; where Qt draws
    # them itself (other systems, or a machine without the native ones) they are Qt's.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = make_window()
    save = QFileDialog(window, "Lưu bản tóm tắt", str(tmp_path), "PDF (*.pdf)")
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialogs = [(save, "Tên tệp:")]
    if sys.platform != "win32":  # Windows always shows its own print dialog: Qt has none there
        printer = QPrinter()
        dialogs.append((QPrintDialog(printer, window), "Máy in"))
    for dialog, vietnamese in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = " | ".join(str(text).replace("&", "") for text in dialog_texts(dialog))
        english = [word for word in ENGLISH_DIALOG_WORDS if re.search(rf"\b{word}\b", texts)]
        assert english == [], texts
        assert vietnamese in texts
        dialog.close()


def test_switching_right_after_a_report_still_says_it_was_just_reported(make_window, qtbot):
    window = make_window()
    type_text(qtbot, window.form.source_edit, "0912 345 678")
    type_text(qtbot, window.form.content_edit, "Vay tiền nhanh")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.form.repeat_warning.text() == "✓ Vừa báo cáo số này."
    assert window.set_language("en")
    assert window.form.repeat_warning.text() == "✓ This number was just reported."
    qtbot.waitUntil(window.form.warning_button.isVisible)  # the warning is still offered
