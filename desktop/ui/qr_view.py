"""A QR code drawn with whole device pixels per module, so it stays sharp at any scaling."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

# The encoder, QImage and QPainter are loaded with the first code to draw, after the window
# shows (the view is hidden until there is a valid report).
if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPaintEvent

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


class QrView(QWidget):
    """Shows the QR code of a text, or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.setAccessibleName(self.tr("Mã QR của tin nhắn báo cáo"))
        self.setFixedSize(132, 132)
        self._text: str | None = None
        self._image: QImage | None = None

    def text(self) -> str | None:
        """The text the code encodes."""
        return self._text

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
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QPainter

        modules = self._image.width()
        ratio = self.devicePixelRatioF()
        side = min(self.width(), self.height())
        # Whole device pixels per module, scaled without smoothing: no blurred edges.
        module = max(1, math.floor(side * ratio) // modules) / ratio
        drawn = module * modules
        target = QRectF((self.width() - drawn) / 2, (self.height() - drawn) / 2, drawn, drawn)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.drawImage(target, self._image)
        painter.end()
