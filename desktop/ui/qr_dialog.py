"""The QR code at a size every phone reads: for reports whose code is too fine to scan inline."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.qr_view import MIN_MODULE_PIXELS, QrView

#: Device pixels per module when the screen has room; never fewer than MIN_MODULE_PIXELS.
COMFORTABLE_MODULE_PIXELS = 5


class QrDialog(QDialog):
    """One large QR code with how to use it; Esc or Đóng closes it."""

    def __init__(self, text: str, destination: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("qrDialog")
        self.setWindowTitle(self.tr("Mã QR của tin nhắn báo cáo"))
        layout = QVBoxLayout(self)
        self.view = QrView(side=1)
        self.view.setObjectName("largeQrCode")
        self.view.set_text(text)
        self.view.setFixedSize(*(2 * [self._side(self.view.modules(), parent)]))
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = QLabel(
            self.tr("Quét bằng camera điện thoại: tin nhắn gửi {destination} được soạn sẵn.")
            .format(destination=destination)
        )  # fmt: skip
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _side(self, modules: int, parent: QWidget) -> int:
        """A side with whole, comfortable modules that fits the screen, but never too fine."""
        ratio = parent.devicePixelRatioF()
        room = parent.screen().availableGeometry().height() * 0.75 * ratio
        pixels = min(COMFORTABLE_MODULE_PIXELS, int(room // modules))
        return math.ceil(max(MIN_MODULE_PIXELS, pixels) * modules / ratio)
