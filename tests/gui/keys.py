"""Typing into widgets the way a person does, Vietnamese letters included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Vietnamese letters included.

    QTest only knows keys for Latin-1 characters; a letter like ``ạ`` arrives the way a
    Vietnamese keyboard (Unikey, Windows' own) delivers it: a key event carrying the text.
    """
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(event_type, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)
