"""The report log window: search, copy again, delete (with undo), clear; print, save as PDF
and export through its files (:mod:`desktop.ui.log_files`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.log_writes import LogUnavailable
from desktop.report_log import Entry, ReportLog
from desktop.settings import Preferences
from desktop.ui.accessibility import announce, explain, name_clear_button
from desktop.ui.log_files import LogFiles
from desktop.ui.log_model import CONTENT, DESTINATION, KIND, SOURCE, TIME, LogModel
from desktop.ui.translation import translated

#: The widest text of each fixed column, so the columns keep their width whatever is shown.
_WIDEST = {TIME: "00/00/0000 00:00", KIND: "LD", SOURCE: "+84 000 000 00000", DESTINATION: "5656"}


class LogDialog(QDialog):
    """Lists the log newest first, with a search box and actions on the chosen entry."""

    #: A report was copied again: its message.
    copied_again = Signal(str)

    def __init__(
        self,
        log: ReportLog,
        preferences: Preferences,
        organisation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.setWindowTitle(self.tr("Nhật ký báo cáo"))
        self.resize(820, 460)
        self._log = log
        self._deleted: Entry | None = None
        #: The files made from the log: exports and summaries.
        self.files = LogFiles(self, log, preferences, organisation, say=self._say, warn=self._warn)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_search())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_status())
        layout.addLayout(self._build_buttons())
        self.refresh()

    # ----- building ---------------------------------------------------------------------

    def _build_search(self) -> QLineEdit:
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setAccessibleName(self.tr("Tìm trong nhật ký"))
        self.search.setPlaceholderText(self.tr("Tìm số điện thoại hoặc nội dung…"))
        self.search.setAccessibleDescription(
            self.tr("Gõ một phần số hoặc nội dung, có dấu hay không dấu đều được")
        )
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Xóa ô tìm"))
        self.search.textChanged.connect(lambda _text: self.refresh())
        return self.search

    def _build_table(self) -> QTreeView:
        headers = {
            TIME: self.tr("Thời gian"),
            KIND: self.tr("Loại"),
            SOURCE: self.tr("Số"),
            DESTINATION: self.tr("Gửi tới"),
            CONTENT: self.tr("Nội dung"),
        }
        self.model = LogModel(self._log, [headers[column] for column in sorted(headers)], self)
        self.table = QTreeView()
        self.table.setObjectName("logTable")
        self.table.setAccessibleName(self.tr("Các báo cáo đã sao chép"))
        self.table.setAccessibleDescription(self.tr("Enter sao chép lại báo cáo đang chọn"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)  # and rows read a page at a time: any size opens
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The content is cut short with "…" rather than pushing the table sideways.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setModel(self.model)
        header = self.table.header()
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, widest in _WIDEST.items():
            width = max(metrics.horizontalAdvance(text) for text in (widest, headers[column]))
            self.table.setColumnWidth(column, width + padding)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.copy_again())
        return self.table

    def _build_status(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("logStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes reports: never markup
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setAccessibleName(self.tr("Hoàn tác xóa"))
        explain(self.undo_button, self.tr("Lấy lại báo cáo vừa xóa — Ctrl+Z"))
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        row.addWidget(self.undo_button)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            ("copyAgain", self.tr("Sao chép lại"), self.copy_again,
             self.tr("Đưa tin nhắn của báo cáo đang chọn vào bộ nhớ tạm")),
            ("printSummary", self.tr("In…"), self.print_summary,
             self.tr("In bản tóm tắt một trang của báo cáo đang chọn")),
            ("saveSummary", self.tr("Lưu PDF…"), self.save_summary,
             self.tr("Lưu bản tóm tắt của báo cáo đang chọn thành tệp PDF")),
            ("deleteEntry", self.tr("Xóa"), self.delete_selected,
             self.tr("Xóa báo cáo đang chọn khỏi nhật ký (có thể hoàn tác)")),
            ("exportXlsx", self.tr("Xuất Excel…"), self.export_xlsx,
             self.tr("Lưu cả nhật ký thành tệp Excel (.xlsx): số điện thoại giữ số 0 đầu")),
            ("exportCsv", self.tr("Xuất CSV…"), self.export_csv,
             self.tr("Lưu cả nhật ký thành tệp CSV cho các chương trình khác")),
            ("clearLog", self.tr("Xóa hết…"), self.clear_all,
             self.tr("Xóa mọi báo cáo trong nhật ký, sau khi hỏi lại")),
        ]  # fmt: skip
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, description in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text.rstrip("…"))
            explain(button, description)
            # clicked(bool) must not reach the slot: the slots take no arguments.
            button.clicked.connect(lambda _checked=False, act=slot: act())
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Đóng"))
        close.setObjectName("closeLog")
        close.setAccessibleName(self.tr("Đóng nhật ký"))
        explain(close, self.tr("Trở lại cửa sổ báo cáo — Esc"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        return row

    # ----- showing ----------------------------------------------------------------------

    def refresh(self, *, select: int | None = None, row: int = 0) -> None:
        """Show the entries that match the search box.

        The entry with id ``select`` is chosen when shown, else the one at ``row`` (or the
        last one, when fewer are left).
        """
        self.model.show(self.search.text(), down_to=select)
        chosen = None if select is None else self.model.row_of(select)
        self._choose(row if chosen is None else chosen)
        status = self.tr("{count} báo cáo").format(count=self.model.listing.count)
        if self.model.listing.unreadable:
            status += self.tr(" · {count} dòng không đọc được, đã bỏ qua").format(
                count=self.model.listing.unreadable
            )
        self.status.setText(status)
        self._update_buttons()

    def _choose(self, row: int) -> None:
        """Choose the entry at ``row``, or the last one when fewer are left."""
        self.model.read_to(row)
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> Entry | None:
        """The entry chosen in the list."""
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.table.currentIndex().isValid()
        for name in ("copyAgain", "printSummary", "saveSummary", "deleteEntry"):
            self.buttons[name].setEnabled(chosen)
        any_entries = self._log.count() > 0  # the whole log, whatever the search shows
        self.buttons["exportCsv"].setEnabled(any_entries)
        self.buttons["exportXlsx"].setEnabled(any_entries)
        self.buttons["clearLog"].setEnabled(any_entries)

    def _say(self, text: str) -> None:
        """Show ``text`` under the list, and have a screen reader read it."""
        self.status.setText(text)
        announce(self.status, text)

    # ----- actions ----------------------------------------------------------------------

    def copy_again(self) -> None:
        """Put the chosen report's message on the clipboard."""
        entry = self.selected()
        if entry is not None:
            QGuiApplication.clipboard().setText(entry.message)
            self._say(self.tr("Đã sao chép: {message}").format(message=entry.message))
            self.copied_again.emit(entry.message)

    def delete_selected(self) -> None:
        """Delete the chosen report; the next one is chosen, and undo brings it back."""
        entry = self.selected()
        if entry is None:
            return
        row = self.table.currentIndex().row()
        if not self._guard(lambda: self._log.delete(entry.id)):
            return
        self._deleted = entry
        self.model.forget(row)
        self._choose(row)
        self._update_buttons()
        self._say(
            self.tr("Đã xóa báo cáo {source} lúc {time}. Bấm «Hoàn tác» (Ctrl+Z) để lấy lại.")
            .format(source=entry.source, time=entry.created.strftime("%H:%M %d/%m/%Y"))
        )  # fmt: skip
        self.undo_button.show()

    def undo_delete(self) -> None:
        """Bring back the report deleted last."""
        entry, self._deleted = self._deleted, None
        self.undo_button.hide()
        if entry is None or not self._guard(lambda: self._log.restore(entry)):
            return
        self.refresh(select=entry.id)
        self._say(self.tr("Đã lấy lại báo cáo {source}.").format(source=entry.source))

    def clear_all(self) -> None:
        """Delete every report, once the user confirmed it."""
        answer = QMessageBox.question(
            self,
            self.tr("Xóa hết nhật ký"),
            self.tr("Xóa tất cả báo cáo trong nhật ký? Không thể hoàn tác."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._guard(self._log.clear):
            self._deleted = None
            self.undo_button.hide()
            self.refresh()
            self._say(self.tr("Đã xóa hết nhật ký."))

    def export_csv(self) -> bool:
        """Save the whole log as CSV, asking where first."""
        return self.files.export_csv()

    def export_xlsx(self) -> bool:
        """Save the whole log as an Excel workbook, asking where first."""
        return self.files.export_xlsx()

    def print_summary(self) -> bool:
        """Print a one-page summary of the chosen report."""
        entry = self.selected()
        return entry is not None and self.files.print_summary(entry)

    def save_summary(self) -> bool:
        """Save a one-page PDF summary of the chosen report."""
        entry = self.selected()
        return entry is not None and self.files.save_summary(entry)

    def _guard(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except LogUnavailable as error:
            self._warn(translated(error.text))
            return False
        return True

    def _warn(self, text: str) -> None:
        self._say(text)
        QMessageBox.warning(self, self.tr("Nhật ký báo cáo"), text)
