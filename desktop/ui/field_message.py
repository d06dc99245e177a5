"""The short message under a field: a problem, a confirmation or a warning."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.colors import MessageColors, colors_for
from desktop.ui.properties import set_properties


class Tone(Enum):
    """What the message is, which sets its colour."""

    ERROR = "error"
    OK = "ok"
    WARNING = "warning"


class FieldMessage(QLabel):
    """Plain, wrapped text in the theme's message colour; takes no room when empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        set_properties(self, textFormat="PlainText")  # user input never becomes markup
        self.setVisible(False)

    def show_text(self, text: str, tone: Tone) -> None:
        """Show ``text`` in the colour of ``tone``; an empty text hides the message."""
        self.setText(text)
        self.setVisible(bool(text))
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor(getattr(message_colors(self), tone.value))
        )
        self.setPalette(palette)


def message_colors(widget: QWidget) -> MessageColors:
    """The message colours that meet WCAG AA on ``widget``'s theme, light or dark.

    The top-level window's palette decides: during a theme change it is updated before the
    widgets inside it.
    """
    return colors_for(widget.window().palette().color(QPalette.ColorRole.Window).name())
