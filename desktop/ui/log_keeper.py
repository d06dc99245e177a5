"""The window's side of the report log: open it, record copies, say once what went wrong."""

from __future__ import annotations

from collections import deque
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import __version__
from desktop.ui.translation import translated

if TYPE_CHECKING:
    from datetime import datetime

    from desktop.report import Composition
    from desktop.report_log import Repeats, ReportLog

# desktop.report_log (and sqlite3, datetime) is imported when the log is first opened, after
# the window is on screen: start-up does not wait for it.


#: How often reports kept while the log was busy are tried again.
RETRY_MS = 1000


class Recorded(Enum):
    """What became of a copied report."""

    LOGGED = "logged"
    KEPT = "kept"  # the log is busy: written as soon as it is free
    NOT_LOGGED = "not logged"  # the log is off or cannot be used


class _Report(NamedTuple):
    kind: str
    source: str
    content: str
    destination: str
    created: datetime


class LogKeeper(QObject):
    """Owns the report log for the window; every failure leaves the app usable."""

    #: Something the user should read once (in the status bar).
    notice = Signal(str)
    #: Reports kept while the log was busy have now been written.
    written = Signal()

    def __init__(self, folder: Path | None, enabled: bool, parent: QObject | None = None) -> None:
        """``folder`` None: the user's own application-data folder, found when first opened."""
        super().__init__(parent)
        self._folder = folder
        self.enabled = enabled
        self.log: ReportLog | None = None
        self.problem: str | None = None
        self._kept: deque[_Report] = deque()  # copied while the log was busy, oldest first
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._write_kept)

    def open(self) -> None:
        """Open the log, unless it is turned off or already open."""
        if not self.enabled or self.log is not None or self.problem is not None:
            return
        from desktop.log_file import open_log
        from desktop.log_writes import LogBusy, LogUnavailable

        try:
            self.log, repaired = open_log(self.folder())
        except LogBusy:  # another window is writing it: tried again in a moment
            self._retry.start()
            return
        except LogUnavailable as error:
            self._give_up(translated(error.text))
            return
        if repaired:
            self.notice.emit(translated(repaired))

    def folder(self) -> Path:
        """The folder the log lives in."""
        if self._folder is None:
            from PySide6.QtCore import QStandardPaths

            location = QStandardPaths.StandardLocation.AppDataLocation
            self._folder = Path(QStandardPaths.writableLocation(location))
        return self._folder

    def set_enabled(self, enabled: bool) -> None:
        """Turn recording on or off."""
        self.enabled = enabled
        if enabled:
            self.open()

    def record(self, composition: Composition, destination: str) -> Recorded:
        """Record a copied report: written, kept until the busy log is free, or not logged.

        Never waits on the log for more than a moment: another window of the app writing
        at the same time leaves the report kept, and it is written a second later.
        """
        if not self.enabled or composition.source is None:
            return Recorded.NOT_LOGGED
        self.open()
        if self.problem is not None:
            return Recorded.NOT_LOGGED
        from datetime import datetime  # loaded with the log, just opened

        self._kept.append(
            _Report(
                composition.kind.keyword,
                composition.source.text,
                composition.content,
                destination,
                datetime.now().astimezone(),
            )
        )
        return self._write()

    def kept(self) -> int:
        """How many copied reports wait for the busy log."""
        return len(self._kept)

    def _write(self) -> Recorded:
        """Write the kept reports, oldest first, as far as the log lets."""
        from desktop.log_writes import LogBusy, LogUnavailable

        if self.log is None:  # busy since it was first opened, or given up
            return Recorded.NOT_LOGGED if self.problem is not None else Recorded.KEPT
        while self._kept and self.log is not None:
            report = self._kept[0]
            try:
                self.log.add(*report[:4], __version__, created=report.created)
            except LogBusy:
                self._retry.start()
                return Recorded.KEPT
            except LogUnavailable as error:
                self._give_up(translated(error.text))
                return Recorded.NOT_LOGGED
            self._kept.popleft()
        return Recorded.LOGGED if self.log is not None else Recorded.NOT_LOGGED

    def _write_kept(self) -> None:
        self.open()  # when it was busy as it was first opened
        if self._write() is Recorded.LOGGED:
            self.notice.emit(self.tr("Nhật ký đã rảnh: các báo cáo giữ lại đã được ghi."))
            self.written.emit()

    def repeats(self, source: str) -> Repeats | None:
        """How often ``source`` was reported before, when the log can tell."""
        if self.log is None or not self.enabled:
            return None
        try:
            return self.log.repeats(source)
        except Exception:  # a log that cannot be read only loses the warning
            return None

    def close(self) -> None:
        if self.log is not None:
            if self._kept:  # closing: give the other writer a few seconds to finish
                self.log.wait_longer()
                self._write()
            self._retry.stop()
            if self.log is not None:
                self.log.close()
                self.log = None

    def _give_up(self, reason: str) -> None:
        self.problem = reason
        self.close()
        self.notice.emit(reason)
