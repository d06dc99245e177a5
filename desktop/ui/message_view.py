"""The preview's text: read-only, and as tall as the message's wrapped lines."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

#: The preview is never shorter than this many lines, however small the window.
MIN_PREVIEW_LINES = 2


class MessageView(QPlainTextEdit):
    """Read-only text as tall as its wrapped lines: the whole message shows when there is room.

    The content field above gives up its room first; in a window too small for both the
    preview keeps two lines and scrolls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_height = 0.0
        self._following = False
        self.document().documentLayout().documentSizeChanged.connect(self.measure)

    def follow_message_height(self) -> None:
        """Grow and shrink with the message from now on (once the window is on screen: the
        window starts with the two-line syntax, and measuring loads QRectF)."""
        self._following = True
        QTimer.singleShot(0, self, self.measure)  # at the width the layout gives it

    def _height(self, text_height: float) -> int:
        margins = self.contentsMargins()
        frame = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        shortest = MIN_PREVIEW_LINES * self.fontMetrics().lineSpacing() + 4
        return math.ceil(max(text_height, shortest) + frame)

    def measure(self) -> None:
        """Take the height of the message as it is wrapped now."""
        if not self._following:
            return
        # The wrapped lines' height at the current width, as laid out.
        block = self.document().firstBlock()
        height = 0.0
        while block.isValid():
            height += self.blockBoundingRect(block).height()
            block = block.next()
        if height != self._text_height:
            self._text_height = height
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the message anew: measure it once the text has been laid out."""
        super().resizeEvent(event)
        if self._following:
            QTimer.singleShot(0, self, self.measure)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._text_height))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(0))
