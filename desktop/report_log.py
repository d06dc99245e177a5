"""The local report log: every report copied, kept in SQLite in the user's own profile.

The log survives a crash or a killed process (every entry is its own committed
transaction), refuses to lose data (a corrupt file is moved aside, never overwritten),
and never stops the app from composing reports: when it cannot be opened the caller is
told why and goes on without it (:mod:`desktop.log_file` opens it safely).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.log_writes import LogUnavailable, Transaction
from desktop.search import FOLDED_SQL, fold, folded, sql_condition

DATABASE_NAME = "reports.sqlite3"

# Each step takes the schema from version N to N+1; applied in order, inside one transaction.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        content TEXT NOT NULL,
        destination TEXT NOT NULL,
        app_version TEXT NOT NULL
    );
    CREATE INDEX reports_source ON reports (source);
    """,
    # What search matches, kept folded (no case, no diacritics) so a search of a large log
    # is one pass of SQLite over the table rather than a Python call per row.
    f"""
    ALTER TABLE reports ADD COLUMN folded TEXT;
    UPDATE reports SET folded = {FOLDED_SQL};
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class Entry(NamedTuple):
    """One copied report."""

    id: int
    created: datetime
    kind: str
    source: str
    content: str
    destination: str
    app_version: str

    @property
    def message(self) -> str:
        """The report text as it was copied."""
        return f"{self.kind} {self.source} {self.content}"


class Repeats(NamedTuple):
    """How often a source was reported before, and when last."""

    count: int
    last: datetime


class Listing(NamedTuple):
    """What a search of the log finds."""

    count: int  # the entries it finds
    unreadable: int  # its rows that cannot be read (damaged or edited by hand), left out


class Page(NamedTuple):
    """Entries read from the log, one page of a listing."""

    entries: list[Entry]
    unreadable: int  # rows read that cannot be read, left out
    complete: bool  # no more rows found after these


#: How long a write waits for another writer of the log. Short: typing and copying never
#: wait on the log; a report that could not be written yet is kept and written later.
BUSY_TIMEOUT_S = 0.1

#: How many entries a listing reads at a time: the log window reads more as it scrolls.
PAGE_SIZE = 200


class ReportLog:
    """The report log in ``folder``; see :func:`open_log` for the safe way to open it."""

    def __init__(self, folder: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.path = folder / DATABASE_NAME
        self._now = now or (lambda: datetime.now().astimezone())
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        try:
            self._db.create_function("fold", 1, fold, deterministic=True)
            self._db.execute("PRAGMA synchronous = FULL")
            if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the database failed its integrity check")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def add(
        self,
        kind: str,
        source: str,
        content: str,
        destination: str,
        app_version: str,
        *,
        created: datetime | None = None,
    ) -> Entry:
        """Record a copied report (copied at ``created``, by default now); copying the same
        report again in a row records nothing. :class:`LogBusy` when another program holds
        the log: nothing was written, try again later."""
        report = (kind, source, content, destination)
        stamp = (created or self._now()).isoformat(timespec="seconds")
        with self._transaction():  # the latest entry and the new one, seen by one writer
            latest = self._latest()
            if latest is not None and report == (
                latest.kind,
                latest.source,
                latest.content,
                latest.destination,
            ):
                return latest
            cursor = self._db.execute(
                _INSERT, _row(stamp, kind, source, content, destination, app_version)
            )
        # Read as stored, not read back: another window may be committing by now.
        entry = _entry((cursor.lastrowid, stamp, *report, app_version))
        assert entry is not None  # the app's own time and texts
        return entry

    def wait_longer(self) -> None:
        """Let writes wait up to 3 s for another writer (when closing with reports kept)."""
        self._db.execute("PRAGMA busy_timeout = 3000")

    def get(self, entry_id: int) -> Entry:
        """The entry with ``entry_id``; KeyError if there is none."""
        row = self._db.execute(f"{_SELECT} FROM reports WHERE id = ?", (entry_id,)).fetchone()
        entry = None if row is None else _entry(row)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def entries(self, search: str = "") -> list[Entry]:
        """All readable entries, newest first, or those ``search`` finds (see :meth:`page`)."""
        return self.page(search, limit=None).entries

    def page(
        self,
        search: str = "",
        *,
        older_than: int | None = None,
        down_to: int | None = None,
        limit: int | None = PAGE_SIZE,
    ) -> Page:
        """Up to ``limit`` rows that ``search`` finds, newest first, as entries: those older
        than the entry ``older_than`` (the last one already shown); or, with ``down_to``, all
        of them down to that entry, whatever the limit (to show an entry put back).

        Words match the number or the content in any case, with or without diacritics; a
        number matches however it is written (``0912 345``, ``+84912``), as the number
        field reads it. Rows the app cannot read are left out and counted.
        """
        condition, parameters = sql_condition(search)
        if older_than is not None:
            condition += " AND id < ?"
            parameters.append(older_than)
        if down_to is not None:
            condition += " AND id >= ?"
            parameters.append(down_to)
        query = f"{_SELECT}, {_READABLE} FROM reports WHERE {condition} ORDER BY id DESC"
        if limit is not None and down_to is None:
            query += " LIMIT ?"
            parameters.append(limit)
        rows = self._db.execute(query, parameters).fetchall()
        entries = [
            entry for *row, readable in rows if readable and (entry := _entry(row)) is not None
        ]
        # Down to an entry, older ones may follow; else a short page is the last one.
        complete = down_to is None and (limit is None or len(rows) < limit)
        return Page(entries, len(rows) - len(entries), complete)

    def listing(self, search: str = "") -> Listing:
        """How many entries ``search`` finds, and how many of its rows cannot be read."""
        condition, parameters = sql_condition(search)
        found, readable = self._db.execute(
            f"SELECT COUNT(*), TOTAL({_READABLE}) FROM reports WHERE {condition}", parameters
        ).fetchone()
        return Listing(int(readable), found - int(readable))

    def count(self) -> int:
        """How many entries the log holds."""
        return self._db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]

    def delete(self, entry_id: int) -> None:
        """Delete one entry."""
        with self._transaction():
            self._db.execute("DELETE FROM reports WHERE id = ?", (entry_id,))

    def restore(self, entry: Entry) -> None:
        """Put back an entry that was deleted (undo), with its number and time."""
        with self._transaction():
            self._db.execute(
                _RESTORE,
                (entry.id, *_row(entry.created.isoformat(timespec="seconds"), *entry[2:])),
            )

    def clear(self) -> None:
        """Delete every entry."""
        with self._transaction():
            self._db.execute("DELETE FROM reports")

    def repeats(self, source: str) -> Repeats | None:
        """How many times ``source`` was reported before, and when last; None if never."""
        rows = self._db.execute("SELECT created FROM reports WHERE source = ?", (source,))
        times = [when for (created,) in rows if (when := _time(created)) is not None]
        if not times:
            return None
        return Repeats(len(times), max(times))

    def _latest(self) -> Entry | None:
        row = self._db.execute(f"{_SELECT} FROM reports ORDER BY id DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LogUnavailable(
                QT_TRANSLATE_NOOP(
                    "ReportLog",
                    "Nhật ký được tạo bởi phiên bản mới hơn của ứng dụng; "
                    "hãy cập nhật Báo cáo 156 để dùng lại nhật ký.",
                )
            )
        if version == SCHEMA_VERSION:
            return
        with self._transaction():
            for step in MIGRATIONS[version:]:
                for statement in filter(str.strip, step.split(";")):
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _transaction(self) -> Transaction:
        return Transaction(self._db, self.path.parent)


# An entry's columns after its id, in Entry's order; each row also keeps its folded text.
_COLUMNS = ("created", "kind", "source", "content", "destination", "app_version")
_SELECT = f"SELECT id, {', '.join(_COLUMNS)}"


def _insert(columns: tuple[str, ...], verb: str = "INSERT") -> str:
    names = [*columns, "folded"]
    return f"{verb} INTO reports ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_INSERT = _insert(_COLUMNS)
_RESTORE = _insert(("id", *_COLUMNS), "INSERT OR IGNORE")  # with its number, once


def _row(created: str, kind: str, source: str, content: str, destination: str, version: str):
    """The values of :data:`_INSERT` for an entry's columns."""
    return (created, kind, source, content, destination, version, folded(source, content))


# A row the app can read: an ISO time (a real date: SQLite reads 30 February as 2 March)
# and text in every column. Rows the app wrote carry their folded text and are taken as
# written; rows another program wrote are checked. SQLite checks them, so a listing counts
# the rows it leaves out without reading them; _entry() still has the last word.
_READABLE = (
    "(CASE WHEN folded IS NOT NULL THEN 1 ELSE"  # CASE, as SQLite's OR evaluates both sides
    " created GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    " AND date(created) = substr(created, 1, 10)"
    " AND typeof(kind) = 'text' AND typeof(source) = 'text' AND typeof(content) = 'text'"
    " AND typeof(destination) = 'text' AND typeof(app_version) = 'text' END)"
)


def _entry(row: tuple) -> Entry | None:
    """The entry of a row, or None for a row the app cannot read (a bad time, a missing text)."""
    entry_id, created, kind, source, content, destination, version = row
    when = _time(created)
    texts = (kind, source, content, destination, version)
    if when is None or not all(isinstance(text, str) for text in texts):
        return None
    return Entry(entry_id, when, kind, source, content, destination, version)


def _time(created: object) -> datetime | None:
    """A stored time; one without its offset (edited by hand) is taken as local time."""
    try:
        return datetime.fromisoformat(created).astimezone()  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None
