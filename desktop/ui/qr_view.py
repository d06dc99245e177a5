"""A QR code drawn with whole device pixels per module, so it stays sharp at any scaling."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

# The encoder, QImage and QPainter are loaded with the first code to draw, after the window
# shows (the view is hidden until there is a valid report).
if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QMouseEvent, QPaintEvent

    from desktop.qr import QrMatrix


def matrix_image(matrix: QrMatrix) -> QImage:
    """One pixel per module, black for dark, read from an in-memory PBM image.

    Qt copies encoded image data, so no Python buffer has to outlive the image.
    """
    from PySide6.QtGui import QImage

    side = matrix.size
    packed = bytearray()
    for row in matrix.rows:
        for start in range(0, side, 8):
            byte = 0
            for bit, dark in enumerate(row[start : start + 8]):
                byte |= dark << (7 - bit)
            packed.append(byte)
    return QImage.fromData(b"P4\n%d %d\n" % (side, side) + bytes(packed), "PBM")


#: The inline code's side, in pixels at 100 % scaling: a version 4 code (the short reports)
#: with its quiet zone, 41 modules, at 3 pixels each. Longer reports open larger (Ctrl+R).
INLINE_SIDE = 124
#: The fewest device pixels per module a phone's camera reads reliably from a screen.
MIN_MODULE_PIXELS = 3


class QrView(QWidget):
    """Shows the QR code of a text, or nothing; always whole, with its quiet zone."""

    #: The code was clicked: the user wants it larger.
    clicked = Signal()

    def __init__(self, side: int = INLINE_SIDE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.setAccessibleName(self.tr("Mã QR của tin nhắn báo cáo"))
        self.setFixedSize(side, side)
        self._text: str | None = None
        self._image: QImage | None = None

    def text(self) -> str | None:
        """The text the code encodes."""
        return self._text

    def modules(self) -> int:
        """Modules per side, quiet zone included; 0 when there is no code."""
        return self._image.width() if self._image is not None else 0

    def module_pixels(self) -> float:
        """Device pixels per module as drawn now."""
        modules = self.modules()
        if not modules:
            return 0.0
        return _module_size(min(self.width(), self.height()), self.devicePixelRatioF(), modules)

    def set_text(self, text: str | None) -> None:
        """Encode ``text``; None shows nothing."""
        if text == self._text:
            return
        self._text = text
        if text:
            from desktop.qr import qr_matrix

            self._image = matrix_image(qr_matrix(text))
        else:
            self._image = None
        self.setAccessibleDescription(
            self.tr("Mã QR mở tin nhắn: {text}").format(text=text) if text else ""
        )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._image is not None:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QPainter

        drawn = self.module_pixels() / self.devicePixelRatioF() * self.modules()
        target = QRectF((self.width() - drawn) / 2, (self.height() - drawn) / 2, drawn, drawn)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.drawImage(target, self._image)  # scaled without smoothing: sharp edges
        painter.end()


def _module_size(side: int, ratio: float, modules: int) -> float:
    """Device pixels per module: whole pixels where the code fits with one or more each,
    else the fraction that still shows the whole code."""
    available = side * ratio
    whole = math.floor(available) // modules
    return float(whole) if whole >= 1 else available / modules
