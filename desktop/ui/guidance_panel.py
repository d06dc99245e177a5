"""The offline panel with the circular's warning signs, advice and report syntaxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.languages import SOURCE_LANGUAGE
from desktop.resources import ResourceError, read_text_in
from desktop.ui.properties import set_properties


class GuidancePanel(QTextEdit):
    """Read-only rich text rendered from the bundled guidance file.

    A read-only QTextEdit rather than a QTextBrowser: screen readers meet it as a document
    to read line by line with the arrow keys (a QTextBrowser is reported as one long label).
    """

    def __init__(
        self, custom_path: str = "", language: str = SOURCE_LANGUAGE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._custom_path = custom_path
        self._language = language
        self.setObjectName("guidancePanel")
        self.setAccessibleName(self.tr("Dấu hiệu lừa đảo và cách báo cáo"))
        self.setAccessibleDescription(
            self.tr("Đọc bằng các phím mũi tên; F1 ẩn hoặc hiện khung này")
        )
        # Read with the keyboard as well as the mouse. Links stay text: nothing in the panel
        # may lead out of the app, which is offline by design.
        self.setReadOnly(True)
        set_properties(self, textInteractionFlags="TextSelectableByMouse|TextSelectableByKeyboard")
        self.setMinimumWidth(240)
        self.loaded = self._load()

    def _load(self) -> bool:
        """Show the guidance text; say so plainly if the installation lost it."""
        # The organisation's own text, when IT set one, is shown whatever the language.
        text = _custom_text(self._custom_path) or _guidance_text(self._language)
        if text is not None:
            self.setMarkdown(text)
            return True
        self.setPlainText(
            self.tr(
                "Không đọc được nội dung cảnh báo đi kèm ứng dụng. "
                "Hãy nhờ bộ phận IT cài đặt lại.\n\n"
                "Cú pháp báo cáo gửi 156 hoặc 5656:\n"
                "S <số> <nội dung>: tin nhắn rác\n"
                "V <số> <nội dung>: cuộc gọi rác\n"
                "LD <số> <nội dung>: cuộc gọi lừa đảo"
            )
        )
        return False


def _guidance_text(language: str) -> str | None:
    # Read outside the widget: a failure's traceback must not hold on to the widget.
    try:
        return read_text_in(language, "guidance", ".md")
    except ResourceError:
        return None


def _custom_text(path: str) -> str | None:
    """The organisation's own guidance (an IT preset), if it can be read."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # fall back to the bundled text: it is always there
    return text if text.strip() else None
