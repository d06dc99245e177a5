"""The SMS meter under the preview: characters, encoding, and how many SMS the report takes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.sms import Encoding, measure
from desktop.ui.field_message import message_colors
from desktop.ui.properties import set_properties


class SmsMeter(QLabel):
    """Plain text, in the warning colour when the report takes more than one SMS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smsMeter")
        self.setWordWrap(True)
        set_properties(self, textFormat="PlainText")

    def show_length(self, message: str | None, *, without_diacritics: bool) -> None:
        """Say how long ``message`` is as SMS (nothing while there is none), and suggest Bỏ
        dấu when it is off and would make the message shorter."""
        self.setVisible(message is not None)
        if message is None:
            self.setText("")
            return
        length = measure(message)
        encoding = (
            self.tr("không dấu (GSM-7)")
            if length.encoding is Encoding.GSM7
            else self.tr("có dấu (Unicode)")
        )
        if length.parts == 1:
            text = self.tr(
                "{characters} ký tự · {encoding} · 1 tin nhắn (còn {left} ký tự)"
            ).format(
                characters=length.characters,
                encoding=encoding,
                left=length.single_limit - length.units,
            )
        else:
            # Short enough to stay on two lines in a narrow window: the panel must fit.
            text = self.tr(
                "{characters} ký tự · {encoding} · {parts} tin nhắn, gửi thành {parts} tin."
            ).format(characters=length.characters, encoding=encoding, parts=length.parts)
            if not without_diacritics and length.encoding is Encoding.UCS2:
                text += " " + self.tr("Bật «Bỏ dấu» (Ctrl+D) để gọn hơn.")
        # Over one SMS in the warning colour, else in the text colour around it.
        around = (self.parentWidget() or self).palette().color(QPalette.ColorRole.WindowText)
        colour = QColor(message_colors(self).warning) if length.parts > 1 else around
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        self.setText(text)
