"""The files the log window makes: the whole log as CSV or Excel, and one report's summary as
a PDF or on paper, each after asking where (or on which printer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.export import log_csv, log_file_name, summary_file_name, summary_html
from desktop.log_writes import LogUnavailable
from desktop.report_log import Entry, ReportLog
from desktop.settings import Preferences
from desktop.ui.file_dialog import ask_save_path, start_folder
from desktop.ui.reporter_dialog import ReporterDialog
from desktop.ui.summary_output import choose_printer, pdf, print_html
from desktop.ui.translation import translated, translator


class LogFiles(QObject):
    """Makes the log window's files; says what happened through ``say`` and ``warn``."""

    def __init__(
        self,
        window: QWidget,
        log: ReportLog,
        preferences: Preferences,
        organisation: str,
        *,
        say: Callable[[str], None],
        warn: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._log = log
        self._preferences = preferences
        self._organisation = organisation
        self._say = say
        self._warn = warn
        #: The save dialog and the print dialog; tests put in their own answers.
        self.ask_save_path: Callable[[QWidget, str, Path, str], str] = ask_save_path
        self.choose_printer = choose_printer

    def export_csv(self) -> bool:
        """Save the whole log as CSV for Excel; the delimiter follows the system's numbers."""
        # Where the decimal point is a comma (Vietnamese Windows), Excel splits on semicolons.
        delimiter = ";" if QLocale.system().decimalPoint() == "," else ","
        return self._export(
            "csv",
            self.tr("CSV (*.csv)"),
            lambda entries: log_csv(entries, delimiter, translator("Export")),
        )

    def export_xlsx(self) -> bool:
        """Save the whole log as an Excel workbook (numbers as text, times as dates)."""
        from desktop.export_xlsx import log_xlsx  # XlsxWriter only when exporting

        return self._export(
            "xlsx",
            self.tr("Sổ làm việc Excel (*.xlsx)"),
            lambda entries: log_xlsx(entries, translator("Export")),
        )

    def _export(
        self, extension: str, file_filter: str, make: Callable[[list[Entry]], bytes]
    ) -> bool:
        """Ask where to save the whole log, oldest report first, and write what ``make`` makes."""
        proposed = log_file_name(date.today(), extension)
        path = self._ask_path(self.tr("Xuất nhật ký"), proposed, file_filter)
        if path is None:
            return False
        oldest_first = list(reversed(self._log.entries()))
        return self._write(path, lambda: make(oldest_first))

    def print_summary(self, entry: Entry) -> bool:
        """Print a one-page summary of ``entry`` (the system's print dialog first)."""
        html = self._ask_summary(entry)
        if html is None:
            return False
        printer = self.choose_printer(self._window)
        if printer is None:
            return False
        print_html(html, printer)
        self._say(self.tr("Đã gửi bản tóm tắt tới máy in."))
        return True

    def save_summary(self, entry: Entry) -> bool:
        """Save a one-page PDF summary of ``entry``, after asking who reports it."""
        html = self._ask_summary(entry)
        if html is None:
            return False
        path = self._ask_path(
            self.tr("Lưu bản tóm tắt"), summary_file_name(entry), self.tr("PDF (*.pdf)")
        )
        if path is None:
            return False
        return self._write(path, lambda: pdf(html))

    def _ask_summary(self, entry: Entry) -> str | None:
        """``entry``'s summary, once the user said who reports it; None if cancelled."""
        dialog = ReporterDialog(self._preferences, entry.created.replace(tzinfo=None), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return summary_html(
            entry,
            received=dialog.received_at(),
            reporter=self._preferences.reporter_name,
            unit=self._preferences.reporter_unit,
            organisation=self._organisation,
            translate=translator("Export"),
        )

    def _ask_path(self, caption: str, name: str, file_filter: str) -> Path | None:
        """Where to save, asked in the save dialog; None when cancelled."""
        proposed = start_folder(self._preferences) / name
        chosen = self.ask_save_path(self._window, caption, proposed, file_filter)
        if not chosen:
            return None
        return Path(chosen)

    def _write(self, path: Path, make: Callable[[], bytes]) -> bool:
        failure: Exception | None = None
        # A large log takes seconds to write (100,000 reports: about 4 s as Excel).
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path.write_bytes(make())
        except (OSError, LogUnavailable) as error:
            failure = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            reason = translated(failure.text) if isinstance(failure, LogUnavailable) else failure
            self._warn(
                self.tr("Không lưu được tệp {path}: {error}").format(path=path, error=reason)
            )
            return False
        self._preferences.save_folder = str(path.parent)
        self._say(self.tr("Đã lưu {path}").format(path=path))
        return True
