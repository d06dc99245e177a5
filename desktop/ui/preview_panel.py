"""The report as it will be sent: preview, SMS meter, Bỏ dấu, destination, copy and QR."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.problems import Field
from desktop.report import DEFAULT_DESTINATION, DESTINATIONS, Composition
from desktop.ui.accessibility import ChoiceGroup, explain
from desktop.ui.message_view import MessageView
from desktop.ui.properties import set_properties
from desktop.ui.qr_view import QrView
from desktop.ui.sms_meter import SmsMeter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

#: How long typing must pause before the QR code is redrawn.
QR_DELAY_MS = 40


class PreviewPanel(QFrame):
    """Shows a composition the way it will be sent, and the controls that send it."""

    #: Anything that changes the message or where it goes.
    changed = Signal()
    #: The user asked to copy.
    copy_requested = Signal()
    #: The user chose a destination.
    destination_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(0, 1)
        heading = QLabel(self.tr("Tin nhắn báo cáo"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading, 0, 0)
        layout.addWidget(self._build_preview(), 1, 0)
        heading.setBuddy(self.preview)
        layout.addWidget(self._build_meter(), 2, 0)
        layout.addLayout(self._build_controls(), 3, 0)
        self.send_hint = QLabel()
        self.send_hint.setObjectName("sendHint")
        self.send_hint.setWordWrap(True)
        layout.addWidget(self.send_hint, 4, 0)
        layout.addLayout(self._build_qr(), 0, 1, 5, 1)  # its stretch keeps it at the top

    # ----- state ------------------------------------------------------------------------

    def destination(self) -> str:
        """The number the report goes to."""
        return self._destination_buttons.checkedButton().text()

    def without_diacritics(self) -> bool:
        """Whether Bỏ dấu is on."""
        return self.diacritics_box.isChecked()

    def set_destination(self, number: str, *, locked: bool = False) -> None:
        """Choose the destination; a locked one (an IT preset) cannot be changed here."""
        before = self.destination()
        # Set, not chosen: the group's toggles (the buttons' own signals are not what it
        # emits) would remember it as the user's choice.
        self._destination_buttons.blockSignals(True)
        for button in self._destination_buttons.buttons():
            button.setChecked(button.text() == number)
            button.setEnabled(not locked)
            if locked:
                explain(button, self.tr("Bộ phận IT đã đặt sẵn số nhận báo cáo."))
        self._destination_buttons.blockSignals(False)
        if self.destination() != before:
            self.changed.emit()

    def show_composition(self, composition: Composition) -> None:
        """Show ``composition``: the exact message when it is valid, the syntax otherwise."""
        message = composition.message
        palette = self.palette()
        if message is not None:
            self.preview.setPlainText(message)
        else:
            source = composition.source.text if composition.source else self.tr("<số điện thoại>")
            content = (
                self.tr("<nội dung>")
                if composition.problem_for(Field.CONTENT)
                else composition.content
            )
            self.preview.setPlainText(f"{composition.kind.keyword} {source} {content}")
            # An incomplete report is shown dimmed: it teaches the syntax, it is not the report.
            palette.setColor(
                QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        self.preview.setPalette(palette)
        self.meter.show_length(message, without_diacritics=self.without_diacritics())
        if message is None:
            # Never leave the code of an earlier report on screen.
            self._qr_timer.stop()
            self.qr.set_text(None)
        else:
            from desktop.qr import sms_uri  # with the first valid report, after start-up

            self._pending_qr = sms_uri(self.destination(), message)
            self._qr_timer.start()
        for widget in (self.qr, self.enlarge_qr):
            widget.setVisible(message is not None)
        # One line in a narrow window: the QR code's caption says how to use it.
        if message is not None:
            hint = self.tr("Gửi tới {destination} (miễn phí): quét mã QR hoặc soạn đúng tin này.")
        elif any(problem.code.endswith(".empty") for problem in composition.problems):
            hint = self.tr("Điền số và nội dung; tin nhắn gửi tới {destination} (miễn phí).")
        else:  # both are filled in, and what is wrong is said under the field
            hint = self.tr("Sửa chỗ được báo ở trên; tin nhắn gửi tới {destination} (miễn phí).")
        self.send_hint.setText(hint.format(destination=self.destination()))
        self.copy_button.setEnabled(message is not None)

    def follow_message_height(self) -> None:
        """Let the preview grow with the message, at whatever width it is given (after the
        window's first paint)."""
        self.preview.follow_message_height()

    # ----- building ---------------------------------------------------------------------

    def _build_preview(self) -> QPlainTextEdit:
        # Read-only text rather than a label: a long link or number in the content wraps
        # anywhere instead of widening the window (QPlainTextEdit's default wrap mode).
        self.preview = MessageView()
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Tin nhắn báo cáo"))
        self.preview.setAccessibleDescription(
            self.tr("Đúng tin nhắn sẽ được sao chép khi bấm Ctrl+Enter")
        )
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        set_properties(
            self.preview, focusPolicy="ClickFocus", horizontalScrollBarPolicy="ScrollBarAlwaysOff"
        )
        font = self.preview.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.preview.setFont(font)
        return self.preview

    def _build_meter(self) -> QLabel:
        self.meter = SmsMeter()
        return self.meter

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.diacritics_box = QCheckBox(self.tr("Bỏ dấu"))
        self.diacritics_box.setObjectName("withoutDiacritics")
        self.diacritics_box.setAccessibleName(self.tr("Bỏ dấu tiếng Việt trong nội dung"))
        explain(
            self.diacritics_box, self.tr("Viết nội dung không dấu để vừa một tin nhắn — Ctrl+D")
        )
        self.diacritics_box.toggled.connect(lambda _on: self.changed.emit())
        row.addWidget(self.diacritics_box)
        row.addSpacing(12)
        label = QLabel(self.tr("Gửi tới:"))
        row.addWidget(label)
        group = ChoiceGroup()
        group.setObjectName("destinationChoice")
        group.setAccessibleName(self.tr("Số nhận báo cáo"))
        label.setBuddy(group)
        row.addWidget(group)
        choices = QHBoxLayout(group)
        choices.setContentsMargins(0, 0, 0, 0)
        self._destination_buttons = QButtonGroup(self)
        for number in DESTINATIONS:
            button = QRadioButton(number)
            button.setObjectName(f"destination{number}")
            button.setAccessibleName(self.tr("Gửi tới {number}").format(number=number))
            button.setChecked(number == DEFAULT_DESTINATION)
            explain(button, self.tr("Số nhận báo cáo (miễn phí)"))
            self._destination_buttons.addButton(button)
            choices.addWidget(button)
        self._destination_buttons.buttonToggled.connect(self._on_destination_toggled)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(self.tr("Sao chép tin nhắn báo cáo"))
        explain(self.copy_button, self.tr("Sao chép tin nhắn báo cáo — Ctrl+Enter"))
        self.copy_button.setMinimumSize(120, 34)
        bold = self.copy_button.font()
        bold.setBold(True)
        self.copy_button.setFont(bold)
        self.copy_button.clicked.connect(self.copy_requested)
        row.addWidget(self.copy_button)
        return row

    def update_qr_now(self) -> None:
        """Encode the pending QR code at once instead of when typing pauses."""
        self._qr_timer.stop()
        self.qr.set_text(self._pending_qr if self.qr.isVisibleTo(self) else None)

    def _on_destination_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.destination_chosen.emit(button.text())
            self.changed.emit()

    def _build_qr(self) -> QVBoxLayout:
        # Choosing the QR code's best mask takes a few milliseconds: it is done when typing
        # pauses, not on every key, so typing stays instant.
        self._pending_qr: str | None = None
        self._qr_timer = QTimer(self)
        self._qr_timer.setSingleShot(True)
        self._qr_timer.setInterval(QR_DELAY_MS)
        self._qr_timer.timeout.connect(self.update_qr_now)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.qr = QrView()
        self.qr.clicked.connect(self.show_large_qr)
        # Under the code, what to do with it: scan it, or make it larger to scan.
        self.enlarge_qr = QPushButton(self.tr("Phóng to mã"))
        self.enlarge_qr.setObjectName("enlargeQr")
        self.enlarge_qr.setAccessibleName(self.tr("Phóng to mã QR"))
        explain(
            self.enlarge_qr,
            self.tr(
                "Quét mã bằng camera điện thoại để mở tin nhắn báo cáo đã soạn sẵn; "
                "bấm để xem mã cỡ lớn, dễ quét hơn — Ctrl+R"
            ),
        )
        self.enlarge_qr.clicked.connect(lambda _checked=False: self.show_large_qr())
        # Hidden while the report is invalid, without the rest of the panel moving.
        for widget in (self.qr, self.enlarge_qr):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.qr)
        centred.addStretch(1)
        column.addLayout(centred)
        column.addWidget(self.enlarge_qr)
        column.addStretch(1)
        return column

    def show_large_qr(self) -> QDialog | None:
        """Open the code at a size any phone reads (Ctrl+R, or a click on the code)."""
        if self._pending_qr is None or not self.qr.isVisibleTo(self):
            return None
        from PySide6.QtCore import Qt

        from desktop.ui.qr_dialog import QrDialog

        self.update_qr_now()
        dialog = QrDialog(self._pending_qr, self.destination(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
