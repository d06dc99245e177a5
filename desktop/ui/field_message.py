"""The short message under a field: a problem, a confirmation or a warning."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.colors import MessageColors, colors_for
from desktop.ui.accessibility import announce
from desktop.ui.properties import set_properties
from desktop.ui.translation import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from desktop.problems import Problem


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
        self._tone: Tone | None = None  # of the message shown, None when hidden

    def show_text(self, text: str, tone: Tone, *, quietly: bool = False) -> None:
        """Show ``text`` in the colour of ``tone``; an empty text hides the message.

        A screen reader says the message when it appears or turns from one tone to another
        (a problem, then "✓" once it is fixed), not at every keystroke that edits it, and
        not at all when ``quietly`` (something else already says it).
        """
        shown = tone if text else None
        if shown is not None and shown is not self._tone and not quietly:
            announce(self, text, urgent=tone is Tone.ERROR)
        self._tone = shown
        self.setText(text)
        self.setVisible(bool(text))
        if not text:
            return  # coloured when shown: the window starts with every message hidden
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


def show_problem(
    problem: Problem | None,
    field: QLineEdit | QPlainTextEdit,
    typed: str,
    message: FieldMessage,
    reveal: bool,
) -> bool:
    """A field's problem under it, once the user typed there or ``reveal`` (they tried to
    copy); whether it is shown. The field's description for screen readers is the problem
    when there is one to tell, else the example of what to type."""
    shown = problem is not None and (reveal or bool(typed.strip()))
    text = translated(problem.text) if shown else ""
    message.show_text(text, Tone.ERROR)
    field.setAccessibleDescription(text or field.placeholderText())
    return shown
