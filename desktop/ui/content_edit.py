"""The content field: whatever is pasted or dropped, it never holds more than a report needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit

from desktop.sms import paste_room

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData


class ContentEdit(QPlainTextEdit):
    """Plain text; a paste or drop too long to be a report is cut, and says so.

    Qt lays out a line of a million characters for a minute: a scam message copied with
    a whole web page around it must not freeze the window.
    """

    #: A paste or drop was cut: the characters that came, and those kept.
    input_cut = Signal(int, int)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        cursor = self.textCursor()
        room = paste_room(len(self.toPlainText()), len(cursor.selectedText()))
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        cursor.insertText(text[:room])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.input_cut.emit(len(text), room)
