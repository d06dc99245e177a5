"""The log window's table model: the entries a search finds, read a page at a time as the
list scrolls, so a log of any size opens and searches at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.export import LOG_TIME_FORMAT
from desktop.report_log import Entry, Listing, ReportLog

#: The table's columns, left to right; the content takes what room is left.
TIME, KIND, SOURCE, DESTINATION, CONTENT = range(5)

_Index = QModelIndex | QPersistentModelIndex


class LogModel(QAbstractTableModel):
    """Entries of ``log`` that the current search finds, newest first."""

    def __init__(self, log: ReportLog, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._log = log
        self._headers = headers
        self._search = ""
        self._entries: list[Entry] = []
        self._more = False
        #: What the search finds in all (most of it not read yet).
        self.listing = Listing(0, 0)

    def show(self, search: str, *, down_to: int | None = None) -> None:
        """Show what ``search`` finds from the top, read at least down to the entry
        ``down_to``."""
        self.beginResetModel()
        self._search = search
        page = self._log.page(search, down_to=down_to)
        self._entries = page.entries
        self._more = not page.complete
        # A search that finds less than a page is counted by reading it; else by SQLite.
        if page.complete:
            self.listing = Listing(len(page.entries), page.unreadable)
        else:
            self.listing = self._log.listing(search)
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        """The row showing the entry ``entry_id``, if it has been read."""
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def read_to(self, row: int) -> None:
        """Read pages until ``row`` is shown, or there is no more."""
        while row >= len(self._entries) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def forget(self, row: int) -> None:
        """Take ``row`` out of the list (its entry was deleted)."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.listing = self.listing._replace(count=self.listing.count - 1)
        self.endRemoveRows()

    # ----- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == TIME:
            return entry.created.strftime(LOG_TIME_FORMAT)
        return (None, entry.kind, entry.source, entry.destination, entry.content)[column]

    def canFetchMore(self, parent: _Index) -> bool:
        return self._more and not parent.isValid()

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        older_than = self._entries[-1].id if self._entries else None
        page = self._log.page(self._search, older_than=older_than)
        if page.entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()
        self._more = not page.complete
