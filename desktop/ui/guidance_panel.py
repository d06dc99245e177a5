"""The offline panel with the circular's warning signs, advice and report syntaxes."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.languages import SOURCE_LANGUAGE
from desktop.resources import ResourceError, read_text_in
from desktop.ui.properties import set_properties

if TYPE_CHECKING:
    from desktop.guidance import GuidanceProblem

#: How long the organisation's guidance file may take to read before the notice.
GUIDANCE_WAIT_MS = 5000


class GuidancePanel(QTextEdit):
    """Read-only rich text: the bundled guidance, or the organisation's own (an IT preset).

    A read-only QTextEdit rather than a QTextBrowser: screen readers meet it as a document
    to read line by line with the arrow keys (a QTextBrowser is reported as one long label).
    """

    #: Something the user should know about the guidance shown (the organisation's file
    #: could not be used).
    notice = Signal(str)
    # The organisation's file, read on another thread: its text or its GuidanceError.
    _read = Signal(object)

    def __init__(
        self, custom_path: str = "", language: str = SOURCE_LANGUAGE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._custom_path = custom_path
        self._language = language
        self._waiting = False
        self._read.connect(self._on_read)
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

    def load_organisation_text(self) -> None:
        """Replace the bundled text with the organisation's, once read (after start-up).

        The file is read off the window's thread: a share that no longer answers must not
        stop the window. Whatever goes wrong, the bundled text stays and a notice says why.
        """
        if not self._custom_path or self._waiting:
            return
        import threading

        self._waiting = True
        path = self._custom_path
        threading.Thread(target=self._read_in_background, args=(path,), daemon=True).start()
        QTimer.singleShot(GUIDANCE_WAIT_MS, self, self._on_timeout)

    def _read_in_background(self, path: str) -> None:
        from desktop.guidance import GuidanceError, read_guidance

        try:
            result: object = read_guidance(path)
        except GuidanceError as error:
            result = error
        # RuntimeError: the panel was closed while the file system kept the thread waiting.
        with contextlib.suppress(RuntimeError):
            self._read.emit(result)  # queued to the window's thread

    def _on_read(self, result: object) -> None:
        if not self._waiting:
            return  # too late: the bundled text stays, as the notice said
        self._waiting = False
        if isinstance(result, str):
            # Pictures next to the organisation's file may be shown, none from elsewhere.
            from desktop.ui.guidance_document import GuidanceDocument

            folder = os.path.dirname(os.path.abspath(self._custom_path))
            document = GuidanceDocument(folder, self)
            document.setDefaultFont(self.font())
            document.setMarkdown(result)
            self.setDocument(document)  # laid out once, at the panel's width
        else:
            self.notice.emit(self._problem_text(result.problem))

    def _on_timeout(self) -> None:
        if self._waiting:
            self._waiting = False
            self.notice.emit(
                self.tr(
                    "Tệp cảnh báo của đơn vị không trả lời sau {seconds} giây: "
                    "đang hiện nội dung đi kèm ứng dụng."
                ).format(seconds=GUIDANCE_WAIT_MS // 1000)
            )

    def _problem_text(self, problem: GuidanceProblem) -> str:
        from desktop.guidance import MAX_GUIDANCE_BYTES, GuidanceProblem

        reasons = {
            GuidanceProblem.UNREADABLE: self.tr("không mở được"),
            GuidanceProblem.NOT_A_FILE: self.tr("không phải một tệp văn bản"),
            GuidanceProblem.TOO_LARGE: self.tr("lớn hơn {size} kB").format(
                size=MAX_GUIDANCE_BYTES // 1024
            ),
            GuidanceProblem.NOT_UTF8: self.tr("không được lưu dạng UTF-8"),
            GuidanceProblem.EMPTY: self.tr("trống"),
        }
        return self.tr(
            "Tệp cảnh báo của đơn vị {reason}: đang hiện nội dung đi kèm ứng dụng."
        ).format(reason=reasons[problem])

    def _load(self) -> bool:
        """Show the bundled guidance text; say so plainly if the installation lost it.

        The bundled text has no pictures: it stays in the panel's own document, which Qt
        lays out only once the panel is on screen.
        """
        text = _guidance_text(self._language)
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
