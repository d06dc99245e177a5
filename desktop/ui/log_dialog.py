"""The report log window: search, copy again, print or save as PDF, delete, clear, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.history import Entry, LogUnavailable, ReportLog
from desktop.settings import Preferences
from desktop.summary import summary_html
from desktop.ui.accessibility import explain
from desktop.ui.translation import translated, translator


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
        self.resize(760, 440)
        self._log = log
        self._preferences = preferences
        self._organisation = organisation
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setAccessibleName(self.tr("Tìm trong nhật ký"))
        self.search.setPlaceholderText(self.tr("Tìm số điện thoại hoặc nội dung…"))
        self.search.setAccessibleDescription(
            self.tr("Gõ một phần số hoặc nội dung, có dấu hay không dấu đều được")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        layout.addWidget(self.search)
        self.table = QTreeWidget()
        self.table.setObjectName("logTable")
        self.table.setAccessibleName(self.tr("Các báo cáo đã sao chép"))
        self.table.setAccessibleDescription(self.tr("Enter sao chép lại báo cáo đang chọn"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Loại"),
                self.tr("Số"),
                self.tr("Nội dung"),
                self.tr("Gửi tới"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.copy_again())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("logStatus")
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            ("copyAgain", self.tr("Sao chép lại"), self.copy_again,
             self.tr("Đưa tin nhắn của báo cáo đang chọn vào bộ nhớ tạm")),
            ("printSummary", self.tr("In…"), self.print_summary,
             self.tr("In bản tóm tắt một trang của báo cáo đang chọn")),
            ("saveSummary", self.tr("Lưu PDF…"), self.save_summary,
             self.tr("Lưu bản tóm tắt của báo cáo đang chọn thành tệp PDF")),
            ("deleteEntry", self.tr("Xóa"), self.delete_selected,
             self.tr("Xóa báo cáo đang chọn khỏi nhật ký")),
            ("exportCsv", self.tr("Xuất CSV…"), self.export_csv,
             self.tr("Lưu cả nhật ký thành tệp CSV mở được bằng Excel")),
            ("clearLog", self.tr("Xóa hết…"), self.clear_all,
             self.tr("Xóa mọi báo cáo trong nhật ký, sau khi hỏi lại")),
        ]  # fmt: skip
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, description in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text.rstrip("…"))
            explain(button, description)
            button.clicked.connect(slot)
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

    def refresh(self) -> None:
        """Show the entries that match the search box."""
        self.table.clear()
        for entry in self._log.entries(self.search.text()):
            item = QTreeWidgetItem(
                [
                    QLocale().toString(entry.created.replace(tzinfo=None), "dd/MM/yyyy HH:mm"),
                    entry.kind,
                    entry.source,
                    entry.content,
                    entry.destination,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.status.setText(self.tr("{count} báo cáo").format(count=self.table.topLevelItemCount()))
        self._update_buttons()

    def selected(self) -> Entry | None:
        """The entry chosen in the list."""
        item = self.table.currentItem()
        if item is None:
            return None
        try:
            return self._log.get(item.data(0, Qt.ItemDataRole.UserRole))
        except KeyError:
            return None

    def _update_buttons(self) -> None:
        chosen = self.table.currentItem() is not None
        for name in ("copyAgain", "printSummary", "saveSummary", "deleteEntry"):
            self.buttons[name].setEnabled(chosen)
        any_entries = self._log.count() > 0  # the whole log, whatever the search shows
        self.buttons["exportCsv"].setEnabled(any_entries)
        self.buttons["clearLog"].setEnabled(any_entries)

    # ----- actions ----------------------------------------------------------------------

    def copy_again(self) -> None:
        entry = self.selected()
        if entry is not None:
            QGuiApplication.clipboard().setText(entry.message)
            self.status.setText(self.tr("Đã sao chép: {message}").format(message=entry.message))
            self.copied_again.emit(entry.message)

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._guard(lambda: self._log.delete(entry.id)):
            self.refresh()

    def clear_all(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Xóa hết nhật ký"),
            self.tr("Xóa tất cả báo cáo trong nhật ký? Không thể hoàn tác."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._guard(self._log.clear):
            self.refresh()

    def export_csv(self, path: str | None = None) -> bool:
        """Write the log as CSV for Excel; the delimiter follows the system's number format."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Xuất nhật ký"), "nhat-ky-bao-cao-156.csv", self.tr("CSV (*.csv)")
            )
        if not path:
            return False
        # Where the decimal point is a comma (Vietnamese Windows), Excel splits on semicolons.
        delimiter = ";" if QLocale.system().decimalPoint() == "," else ","
        translate = translator("ReportLog")
        return self._write(Path(path), lambda: self._log.export_csv(delimiter, translate))

    def print_summary(self, printer=None) -> bool:
        """Print a one-page summary of the chosen report (the system's print dialog first)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        entry = self.selected()
        if entry is None:
            return False
        if printer is None:
            if not self._ask_reporter():
                return False
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        _print_html(self._summary(entry), printer)
        self.status.setText(self.tr("Đã gửi bản tóm tắt tới máy in."))
        return True

    def _summary(self, entry: Entry) -> str:
        return summary_html(
            entry,
            reporter=self._preferences.reporter_name,
            unit=self._preferences.reporter_unit,
            organisation=self._organisation,
            translate=translator("Summary"),
        )

    def save_summary(self, path: str | None = None) -> bool:
        """Save a one-page PDF summary of the chosen report, after asking who reports it."""
        entry = self.selected()
        if entry is None:
            return False
        if path is None:
            if not self._ask_reporter():
                return False
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu bản tóm tắt"), f"bao-cao-{entry.id}.pdf", self.tr("PDF (*.pdf)")
            )
        if not path:
            return False
        html = self._summary(entry)
        return self._write(Path(path), lambda: _pdf(html))

    def _ask_reporter(self) -> bool:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Người báo cáo"))
        form = QFormLayout(dialog)
        name = QLineEdit(self._preferences.reporter_name)
        name.setAccessibleName(self.tr("Họ tên người báo cáo"))
        unit = QLineEdit(self._preferences.reporter_unit)
        unit.setAccessibleName(self.tr("Đơn vị"))
        form.addRow(self.tr("Họ tên (không bắt buộc):"), name)
        form.addRow(self.tr("Đơn vị (không bắt buộc):"), unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._preferences.reporter_name = name.text()
        self._preferences.reporter_unit = unit.text()
        return True

    def _write(self, path: Path, make) -> bool:
        try:
            data = make()
            path.write_bytes(data)
        except (OSError, LogUnavailable) as error:
            reason = translated(error.text) if isinstance(error, LogUnavailable) else error
            self._warn(
                self.tr("Không lưu được tệp {path}: {error}").format(path=path, error=reason)
            )
            return False
        self.status.setText(self.tr("Đã lưu {path}").format(path=path))
        return True

    def _guard(self, change) -> bool:
        try:
            change()
        except LogUnavailable as error:
            self._warn(translated(error.text))
            return False
        return True

    def _warn(self, text: str) -> None:
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Nhật ký báo cáo"), text)


def _pdf(html: str) -> bytes:
    """An A4 PDF of ``html``."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("Báo cáo 156")
    _print_html(html, writer)
    del writer  # finishes the PDF
    return bytes(buffer.data())


def _print_html(html: str, device) -> None:
    """Lay ``html`` out on ``device``'s pages: a printer or a PDF writer."""
    document = QTextDocument()
    document.setHtml(html)
    document.print_(device)
