"""Writing the report log: each change one immediate transaction, and the errors a write
can meet, said in words the user can act on."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, Text

__all__ = ["LogBusy", "LogUnavailable", "Transaction", "cannot_write"]


class LogUnavailable(Exception):
    """The log cannot be used here; ``text`` says why, for the user (``reason`` in Vietnamese)."""

    def __init__(self, template: str, **params: str) -> None:
        self.text = Text("ReportLog", template, params)
        self.reason = str(self.text)
        super().__init__(self.reason)


class LogBusy(LogUnavailable):
    """Another program (often a second window of this app) is writing the log: the write
    can be tried again in a moment."""


class Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error; a failed write is LogUnavailable."""

    def __init__(self, db: sqlite3.Connection, folder: Path) -> None:
        self._db = db
        self._folder = folder

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise cannot_write(self._folder, error) from error

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
        except sqlite3.Error as error:
            if kind is None:
                with contextlib.suppress(sqlite3.Error):  # still open after a busy COMMIT
                    self._db.execute("ROLLBACK")
                raise cannot_write(self._folder, error) from error
        if isinstance(value, sqlite3.Error):
            raise cannot_write(self._folder, value) from value


def cannot_write(folder: Path, error: Exception) -> LogUnavailable:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return LogBusy(
            QT_TRANSLATE_NOOP(
                "ReportLog",
                "Nhật ký đang bận (một cửa sổ khác của ứng dụng đang ghi): "
                "báo cáo được giữ lại và sẽ ghi khi nhật ký rảnh.",
            )
        )
    return LogUnavailable(
        QT_TRANSLATE_NOOP(
            "ReportLog",
            "Không ghi được nhật ký vào {folder} ({error}). "
            "Ứng dụng vẫn soạn và sao chép báo cáo bình thường, nhưng không lưu nhật ký.",
        ),
        folder=str(folder),
        error=str(error),
    )
