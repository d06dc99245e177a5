"""The window's side of the report log: open it, record copies, say once what went wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop import __version__
from desktop.ui.translation import translated

if TYPE_CHECKING:
    from desktop.history import Repeats, ReportLog
    from desktop.report import Composition

# desktop.history (and sqlite3) is imported when the log is first opened, after the window
# is on screen: start-up does not wait for it.


class LogKeeper(QObject):
    """Owns the report log for the window; every failure leaves the app usable."""

    #: Something the user should read once (in the status bar).
    notice = Signal(str)

    def __init__(self, folder: Path | None, enabled: bool, parent: QObject | None = None) -> None:
        """``folder`` None: the user's own application-data folder, found when first opened."""
        super().__init__(parent)
        self._folder = folder
        self.enabled = enabled
        self.log: ReportLog | None = None
        self.problem: str | None = None

    def open(self) -> None:
        """Open the log, unless it is turned off or already open."""
        if not self.enabled or self.log is not None or self.problem is not None:
            return
        from desktop.history import LogUnavailable, open_log

        try:
            self.log, repaired = open_log(self.folder())
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

    def record(self, composition: Composition, destination: str) -> bool:
        """Record a copied report; False when it was not recorded (off or unavailable)."""
        if not self.enabled or composition.source is None:
            return False
        self.open()
        if self.log is None:
            return False
        from desktop.history import LogUnavailable

        try:
            self.log.add(
                composition.kind.keyword,
                composition.source.text,
                composition.content,
                destination,
                __version__,
            )
        except LogUnavailable as error:
            self._give_up(translated(error.text))
            return False
        return True

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
            self.log.close()
            self.log = None

    def _give_up(self, reason: str) -> None:
        self.problem = reason
        self.close()
        self.notice.emit(reason)
