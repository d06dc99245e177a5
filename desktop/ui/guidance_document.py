"""The document the organisation's guidance text is shown in: pictures from its folder only."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextDocument


class GuidanceDocument(QTextDocument):
    """The organisation's guidance text; it reads pictures only from its file's own folder.

    The document, not the widget, decides what is loaded: a widget that refuses a picture
    leaves its document to load it all the same.
    """

    def __init__(self, image_folder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.image_folder = image_folder
        self.setBaseUrl(QUrl.fromLocalFile(image_folder + os.sep))

    def loadResource(self, kind: int, url: QUrl) -> object:
        """A picture the text names, only from the guidance file's own folder.

        A Markdown image is a request Qt would make at once: ``file://host/share/x.png`` or
        ``\\\\host\\share\\x.png`` would reach another machine (and hand it the user's
        Windows credentials), a path that never answers would freeze the window. Nothing
        outside the folder is read, and nothing at all over a network.
        """
        if url.scheme() not in ("", "file") or url.host():
            return None
        local = url.toLocalFile() or url.path()
        if local.startswith(("//", "\\\\")):
            return None
        path = os.path.normpath(os.path.join(self.image_folder, local))
        try:
            inside = os.path.commonpath([path, self.image_folder]) == self.image_folder
        except ValueError:  # another drive
            return None
        return super().loadResource(kind, url) if inside else None
