"""SPEC "The window": kind buttons, fields, live preview, copy, warning panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from desktop import resources
from desktop.report import Kind
from desktop.resources import ResourceError
from desktop.sms import MAX_CONTENT_CHARS
from desktop.ui import main_window
from desktop.ui.guidance_panel import GuidancePanel
from desktop.ui.main_window import MainWindow
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def fill(qtbot, window, number: str, content: str) -> None:
    type_text(qtbot, window.form.source_edit, number)
    type_text(qtbot, window.form.content_edit, content)


@pytest.mark.parametrize(
    "spelling",
    ["0912 345 678", "091.234.5678", "+84 91 234 56 78", "0084912345678", "(+84) 912-345-678"],
)
def test_preview_follows_every_keystroke_and_normalises_the_number(window, qtbot, spelling):
    form = window.form
    form.set_kind(Kind.SPAM_CALL)
    previews = []
    for ch in spelling:
        type_text(qtbot, form.source_edit, ch)
        previews.append(form.preview_text())
    assert len(set(previews)) > 1  # it changed while typing, not only at the end
    type_text(qtbot, form.content_edit, "Gọi quảng cáo")
    assert form.preview_text() == "V 0912345678 Gọi quảng cáo"
    assert form.copy_button.isEnabled()
    assert "0912345678" in form.source_message.text()


def test_incomplete_report_shows_the_syntax_and_cannot_be_copied(window, qtbot):
    form = window.form
    form.set_kind(Kind.SCAM_CALL)
    assert form.preview_text() == "LD <số điện thoại> <nội dung>"
    assert not form.copy_button.isEnabled()
    type_text(qtbot, form.source_edit, "0912345678")
    assert form.preview_text() == "LD 0912345678 <nội dung>"
    assert not form.copy_button.isEnabled()


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1024, 768)])
def test_the_whole_message_is_readable_at_the_content_limit(window, qtbot, screen):
    window.resize(1366, 660)
    fill(qtbot, window, "0912345678", "")
    window.form.content_edit.setPlainText(("Mạo danh công an tỉnh đòi chuyển tiền " * 14)[:500])
    assert window.form.composition().ok
    # Then the window as the app opens it on that screen at 100 %, less a 40 px taskbar:
    # the message is wrapped anew for the new width.
    window.resize(
        min(1040, int(screen.width() * 0.92)), min(660, int((screen.height() - 40) * 0.9))
    )
    qtbot.wait(20)  # laid out for the new height in a second pass
    preview = window.form.preview
    assert preview.verticalScrollBar().maximum() == 0  # nothing hidden below
    assert preview.height() > 4 * preview.fontMetrics().lineSpacing()
    assert overlapping(window) == []


def test_the_whole_message_stays_readable_when_the_language_changes(window, qtbot):
    window.resize(1040, 655)
    fill(qtbot, window, "0912345678", "")
    window.form.content_edit.setPlainText(("Mạo danh công an tỉnh đòi chuyển tiền " * 14)[:500])
    assert window.set_language("en")  # the window's contents are built again
    qtbot.wait(20)
    assert window.form.preview.verticalScrollBar().maximum() == 0


def test_a_long_link_in_the_content_wraps_in_the_preview_instead_of_widening_it(window, qtbot):
    width = window.form.preview.width()
    fill(qtbot, window, "0912345678", "https://bit.ly/" + "x" * 120)
    preview = window.form.preview
    assert preview.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    assert preview.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    assert preview.width() == width


def test_copy_button_copies_exactly_the_preview_and_confirms_without_a_dialog(
    window, qtbot, clipboard
):
    fill(qtbot, window, "+84 262 3852 123", "Mạo danh\n\n  Sở TT&TT")
    qtbot.mouseClick(window.form.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "S 02623852123 Mạo danh Sở TT&TT" == window.form.preview_text()
    status = window.statusBar().currentMessage()
    assert "Đã sao chép" in status and "156" in status
    assert QApplication.activeModalWidget() is None
    # Editing again clears the confirmation, so it never describes an older report.
    type_text(qtbot, window.form.content_edit, "!")
    assert window.statusBar().currentMessage() == ""


def test_destination_is_shown_but_not_copied(window, qtbot, clipboard):
    fill(qtbot, window, "0912345678", "Quảng cáo")
    assert window.form.destination() == "156"
    assert "156" in window.form.send_hint.text()
    qtbot.mouseClick(
        window.form.findChild(QAbstractButton, "destination5656"), Qt.MouseButton.LeftButton
    )
    assert window.form.destination() == "5656"
    assert "5656" in window.form.send_hint.text()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert clipboard.text() == "S 0912345678 Quảng cáo"
    assert "5656" in window.statusBar().currentMessage()


def test_changing_the_kind_rechecks_the_source(window, qtbot):
    fill(qtbot, window, "VIETTEL", "Khuyến mãi")
    assert window.form.preview_text() == "S VIETTEL Khuyến mãi"
    window.form.set_kind(Kind.SCAM_CALL)
    assert not window.form.copy_button.isEnabled()
    assert "số điện thoại" in window.form.source_message.text()
    assert window.form.source_label.text() != ""
    window.form.set_kind(Kind.SPAM_SMS)
    assert window.form.copy_button.isEnabled()


def test_kind_buttons_are_exclusive(window, qtbot):
    buttons = [
        window.findChild(QAbstractButton, n)
        for n in ("kindSpamSms", "kindSpamCall", "kindScamCall")
    ]
    qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in buttons] == [False, False, True]
    qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)  # clicking again keeps it chosen
    assert [b.isChecked() for b in buttons] == [False, False, True]
    assert window.form.kind() is Kind.SCAM_CALL


def test_problems_appear_next_to_the_field_that_is_wrong(window, qtbot):
    fill(qtbot, window, "01694123456", "x" * (MAX_CONTENT_CHARS + 1))
    assert "039" in window.form.source_message.text()
    assert "0394123456" in window.form.source_message.text()
    assert str(MAX_CONTENT_CHARS) in window.form.content_message.text()
    assert window.form.source_edit.accessibleDescription() == window.form.source_message.text()


def test_markup_in_the_content_is_shown_literally(window, qtbot):
    fill(qtbot, window, "0912345678", "<b>đậm</b> &amp;")
    assert window.form.preview_text() == "S 0912345678 <b>đậm</b> &amp;"
    assert window.form.preview.document().toPlainText() == window.form.preview_text()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_every_interactive_widget_has_an_object_name_accessible_name_and_description(window, qtbot):
    from tests.gui.test_report_log import open_log_window

    dialog = open_log_window(qtbot, window)
    interactive = interactive_widgets(window) + interactive_widgets(dialog)
    assert len(interactive) >= 18
    for widget in interactive:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
        assert widget.accessibleDescription() != widget.accessibleName(), widget.objectName()
    for action in [*window.kind_actions.values(), window.copy_action, window.guidance_action]:
        assert action.objectName()


GUIDANCE_PHRASES = [
    "Sở Thông tin và Truyền thông",
    "Công an tỉnh",
    "không đủ điều kiện về đăng ký thông tin",
    "thu hồi",
    "mạng xã hội",
    "chống phá Đảng và Nhà nước",
    "ma túy",
    "chuyển tiền",
    "Tuyệt đối không làm theo",
    "văn bản chính thức",
    "đến tận nơi cư trú",
    "Ghi âm",
    "lưu lại số điện thoại",
    "cơ quan Công an nơi gần nhất",
    "156",
    "5656",
    "153/STTTT-TTra",
    "29/01/2024",
    "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
]


def test_warning_panel_holds_the_circulars_signs_advice_syntaxes_and_references(window):
    text = window.guidance.toPlainText()
    missing = [phrase for phrase in GUIDANCE_PHRASES if phrase not in text]
    assert missing == []
    for syntax in ("S", "V", "LD"):
        assert f"{syntax} <số" in text  # the exact form the app copies
    assert window.guidance.loaded


def test_warning_panel_explains_itself_when_its_file_is_missing(qtbot, monkeypatch):
    def lost(*parts):
        raise ResourceError(f"cannot read {'/'.join(parts)}")

    monkeypatch.setattr(resources, "read_text", lost)
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    assert not panel.loaded
    assert "cài đặt lại" in panel.toPlainText()
    assert "LD <số> <nội dung>" in panel.toPlainText()


# 1366×768 at 150 % is 910×512 logical pixels; less a 40 px taskbar and a ~32 px title bar.
OFFICE_SCREEN_AT_150 = QSize(910, 512 - 40 - 32)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_fits_a_1366x768_screen_at_150_percent_with_nothing_clipped(window, qtbot, language):
    # The tallest states: long problems under both fields; a valid report already reported
    # before, with a meter that wraps. In each language: English texts are longer.
    assert window.set_language(language)
    qtbot.wait(10)
    fill(qtbot, window, "0912 345 678 / 0987 654 321 / 0123", "x" * (MAX_CONTENT_CHARS + 1))
    window.form.set_kind(Kind.SCAM_CALL)
    assert_fits(window, qtbot)
    window.form.source_edit.setText("0912345678")
    window.form.content_edit.setPlainText("Mạo danh công an tỉnh")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    window.form.source_edit.setText("+84 912 345 678")  # typed again: reported before
    window.form.content_edit.setPlainText("Mạo danh công an tỉnh, đòi chuyển tiền " * 3)
    assert window.form.repeat_warning.isVisible()
    assert window.form.preview_panel.meter.isVisible()
    assert_fits(window, qtbot)
    # However small the user makes it, nothing is drawn over anything else.
    window.resize(QSize(1, 1))
    qtbot.wait(20)
    assert overlapping(window) == []


def assert_fits(window, qtbot) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= OFFICE_SCREEN_AT_150.width()
    assert hint.height() <= OFFICE_SCREEN_AT_150.height()
    window.resize(OFFICE_SCREEN_AT_150)
    qtbot.waitUntil(lambda: window.size() == OFFICE_SCREEN_AT_150)
    qtbot.wait(20)  # the panels' heights for their new width are laid out in a second pass
    assert window.size() == OFFICE_SCREEN_AT_150  # and that still fits
    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget.parent(), QLineEdit):
            continue  # the line edit's own clear button, sized by Qt inside the field
        needed = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed.setHeight(widget.heightForWidth(widget.width()))
        if widget.width() < needed.width() or widget.height() < needed.height():
            clipped.append((widget.objectName() or widget.text(), widget.size(), needed))
    assert clipped == []
    assert overlapping(window) == []


def overlapping(window) -> list[tuple[str, str]]:
    """Visible texts, buttons and fields drawn over one another or cut off by their parent."""
    shown = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and isinstance(widget, QLabel | QAbstractButton | QLineEdit | QPlainTextEdit)
        and not isinstance(widget.parent(), QLineEdit)
    ]

    def area(widget):
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    def name(widget):
        return widget.objectName() or widget.text()

    cut_off = [
        (name(widget), widget.parentWidget().objectName() or "parent")
        for widget in shown
        if not widget.parentWidget().rect().contains(widget.geometry())
    ]
    return cut_off + [
        (name(a), name(b))
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if not (a.isAncestorOf(b) or b.isAncestorOf(a)) and area(a).intersects(area(b))
    ]


def test_the_overlap_check_sees_widgets_drawn_over_one_another(window):
    label = window.form.source_label
    label.move(window.form.source_edit.mapTo(label.parentWidget(), QPoint(0, 0)))
    pairs = {frozenset(pair) for pair in overlapping(window)}
    assert frozenset((label.text(), "sourceEdit")) in pairs


def test_start_up_work_that_can_wait_is_done_once_the_window_shows(window, qtbot):
    qtbot.waitUntil(window.form.source_edit.isClearButtonEnabled)
    type_text(qtbot, window.form.source_edit, "0912345678")
    clear_button = window.form.source_edit.findChild(QToolButton)
    qtbot.waitUntil(clear_button.isVisible)
    qtbot.mouseClick(clear_button, Qt.MouseButton.LeftButton)
    assert window.form.source_edit.text() == ""
    assert window.form.preview_text().startswith("S <")


class PaintCounter(QObject):
    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.paints = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_window_is_painted_before_the_work_that_can_wait(
    qtbot, monkeypatch, settings, it_settings, data_dir
):
    """Done in the event loop's first round, that work would keep the shown window blank."""
    win = MainWindow(settings=settings, it_settings=it_settings, data_dir=data_dir)
    qtbot.addWidget(win)
    counter = PaintCounter(win)
    paints_seen_by_start_up = []
    finish = win.form.finish_startup

    def finish_and_note() -> None:
        paints_seen_by_start_up.append(counter.paints)
        finish()

    monkeypatch.setattr(win.form, "finish_startup", finish_and_note)
    with qtbot.waitSignal(win.started):
        win.show()
    assert win.form.source_edit.isClearButtonEnabled()
    assert win.log_keeper.log is not None
    assert len(paints_seen_by_start_up) == 1
    assert paints_seen_by_start_up[0] >= 1  # after the window was painted
    # Though both the paint and the safety net come, start-up is done and announced once.
    with qtbot.assertNotEmitted(win.started, wait=main_window.STARTUP_WAIT_MS + 200):
        pass
    assert len(paints_seen_by_start_up) == 1


def test_a_window_that_is_never_painted_still_finishes_starting_up(
    qtbot, monkeypatch, settings, it_settings, data_dir
):
    """Started minimised, say: the log and the number reader are ready when it is restored."""
    monkeypatch.setattr(main_window, "STARTUP_WAIT_MS", 50)
    win = MainWindow(settings=settings, it_settings=it_settings, data_dir=data_dir)
    qtbot.addWidget(win)
    counter = PaintCounter(win)
    qtbot.waitUntil(win.form.source_edit.isClearButtonEnabled)
    assert counter.paints == 0
    assert win.log_keeper.log is not None


def test_the_window_shows_the_app_icon_in_the_size_title_and_task_bars_use(window):
    assert window.windowIcon().availableSizes() == [QSize(64, 64)]


def test_the_window_icon_is_the_app_icon_made_small():
    """window.png must follow app.png (the installer's .ico) if the icon ever changes."""
    small = QImage(str(resources.resource_path("icons", "window.png")))
    big = QImage(str(resources.resource_path("icons", "app.png")))
    scaled = big.scaled(
        small.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    difference = 0
    for y in range(small.height()):
        for x in range(small.width()):
            a, b = QColor.fromRgba(small.pixel(x, y)), QColor.fromRgba(scaled.pixel(x, y))
            difference += sum(abs(i - j) for i, j in zip(a.getRgb(), b.getRgb(), strict=True))
    assert difference / (small.width() * small.height() * 4) < 2  # of 255, per channel


def test_the_hint_says_what_to_do_next(window, qtbot):
    hint = window.form.send_hint
    assert "Điền số và nội dung" in hint.text()
    fill(qtbot, window, "0912abc678", "Mạo danh")  # both filled, the number wrong
    assert "Sửa chỗ được báo ở trên" in hint.text()
    window.form.source_edit.clear()
    type_text(qtbot, window.form.source_edit, "0912345678")
    assert "quét mã QR" in hint.text()


@pytest.mark.parametrize("destination", ["156", "5656"])
def test_the_window_composes_its_empty_report_once_as_it_is_built(
    make_window, monkeypatch, settings, destination
):
    """Each composition redraws the preview, the meter and the notes: once is enough."""
    from desktop.ui import report_form

    settings.mapping["Destination"] = destination  # the user's choice, read as the window opens
    calls = []
    compose = report_form.compose
    monkeypatch.setattr(report_form, "compose", lambda *a, **k: calls.append(a) or compose(*a, **k))
    window = make_window()
    # The default kind, then the destination chosen last time when it is not the default.
    assert len(calls) == (1 if destination == "156" else 2)
    assert window.form.destination() == destination
