"""The local report log: every report copied, kept in SQLite in the user's own profile.

The log survives a crash or a killed process (every entry is its own committed
transaction), refuses to lose data (a corrupt file is moved aside, never overwritten),
and never stops the app from composing reports: when it cannot be opened the caller is
told why and goes on without it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop.i18n import QT_TRANSLATE_NOOP, Text
from desktop.search import fold, read_search

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


class LogUnavailable(Exception):
    """The log cannot be used here; ``text`` says why, for the user (``reason`` in Vietnamese)."""

    def __init__(self, template: str, **params: str) -> None:
        self.text = Text("ReportLog", template, params)
        self.reason = str(self.text)
        super().__init__(self.reason)


class LogBusy(LogUnavailable):
    """Another program (often a second window of this app) is writing the log: the write
    can be tried again in a moment."""


#: How long a write waits for another writer of the log. Short: typing and copying never
#: wait on the log; a report that could not be written yet is kept and written later.
BUSY_TIMEOUT_S = 0.1


class ReportLog:
    """The report log in ``folder``; see :func:`open_log` for the safe way to open it."""

    def __init__(self, folder: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.path = folder / DATABASE_NAME
        self._now = now or (lambda: datetime.now().astimezone())
        self.unreadable = 0
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
                "INSERT INTO reports (created, kind, source, content, destination, app_version)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (stamp, kind, source, content, destination, app_version),
            )
        return self.get(cursor.lastrowid)

    def wait_longer(self) -> None:
        """Let writes wait up to 3 s for another writer (when closing with reports kept)."""
        self._db.execute("PRAGMA busy_timeout = 3000")

    def get(self, entry_id: int) -> Entry:
        """The entry with ``entry_id``; KeyError if there is none."""
        row = self._db.execute(f"{_SELECT} WHERE id = ?", (entry_id,)).fetchone()
        entry = None if row is None else _entry(row)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def entries(self, search: str = "") -> list[Entry]:
        """All entries, newest first, or those ``search`` finds.

        Words match the number or the content in any case, with or without diacritics; a
        number matches however it is written (``0912 345``, ``+84912``), as the number
        field reads it.
        """
        wanted = read_search(search)
        if not wanted.words:
            rows = self._db.execute(f"{_SELECT} ORDER BY id DESC").fetchall()
        else:
            condition = "fold(source || ' ' || content) LIKE ? ESCAPE '\\'"
            parameters = ["%" + _escape_like(wanted.words) + "%"]
            if wanted.number:
                condition += " OR source LIKE ? ESCAPE '\\'"
                parameters.append("%" + _escape_like(wanted.number) + "%")
            rows = self._db.execute(
                f"{_SELECT} WHERE {condition} ORDER BY id DESC", parameters
            ).fetchall()
        found = [_entry(row) for row in rows]
        #: Rows of the last listing that could not be read (a damaged or hand-edited row):
        #: left out, never in the way of the others.
        self.unreadable = sum(entry is None for entry in found)
        return [entry for entry in found if entry is not None]

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
                "INSERT OR IGNORE INTO reports"
                " (id, created, kind, source, content, destination, app_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.id,
                    entry.created.isoformat(timespec="seconds"),
                    entry.kind,
                    entry.source,
                    entry.content,
                    entry.destination,
                    entry.app_version,
                ),
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
        row = self._db.execute(f"{_SELECT} ORDER BY id DESC LIMIT 1").fetchone()
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

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path.parent)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error; a failed write is LogUnavailable."""

    def __init__(self, db: sqlite3.Connection, folder: Path) -> None:
        self._db = db
        self._folder = folder

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _cannot_write(self._folder, error) from error

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
        except sqlite3.Error as error:
            if kind is None:
                with contextlib.suppress(sqlite3.Error):  # still open after a busy COMMIT
                    self._db.execute("ROLLBACK")
                raise _cannot_write(self._folder, error) from error
        if isinstance(value, sqlite3.Error):
            raise _cannot_write(self._folder, value) from value


def open_log(
    folder: Path, *, now: Callable[[], datetime] | None = None
) -> tuple[ReportLog, Text | None]:
    """Open the log in ``folder``, repairing what can be repaired.

    Returns the log and, when something had to be done the user should know about once
    (a damaged log moved aside), a message saying so. Raises :class:`LogUnavailable` with
    the reason when the log cannot be kept here at all (read-only or missing folder, a
    folder where the file should be, a log from a newer version).
    """
    new_folders = [each for each in (folder.parent, folder) if not each.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for each in new_folders:
            each.chmod(0o700)  # the reports are the user's own: no one else reads them
    except OSError as error:
        raise _cannot_write(folder, error) from error
    path = folder / DATABASE_NAME
    if path.is_dir():
        raise LogUnavailable(
            QT_TRANSLATE_NOOP("ReportLog", "{path} là một thư mục, không phải tệp nhật ký."),
            path=str(path),
        )
    _keep_private(path)
    try:
        return ReportLog(folder, now=now), None
    except sqlite3.DatabaseError as error:
        if not path.exists() or (
            isinstance(error, sqlite3.OperationalError) and not _damaged(path)
        ):
            raise _cannot_write(folder, error) from error
    aside = _move_aside(path)
    try:
        log = ReportLog(folder, now=now)
    except sqlite3.DatabaseError as error:
        raise _cannot_write(folder, error) from error
    return log, Text(
        "ReportLog",
        QT_TRANSLATE_NOOP(
            "ReportLog",
            "Tệp nhật ký bị hỏng nên đã được cất sang {name}, và một nhật ký mới đã được tạo.",
        ),
        {"name": aside.name},
    )


_SELECT = "SELECT id, created, kind, source, content, destination, app_version FROM reports"


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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _damaged(path: Path) -> bool:
    """Whether ``path`` is not a usable SQLite database (as opposed to unreadable)."""
    try:
        with path.open("rb") as file:
            header = file.read(16)
    except OSError:
        return False
    return header != b"SQLite format 3\x00"


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    path.rename(aside)
    for suffix in ("-journal", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def _keep_private(path: Path) -> None:
    """Make the log readable by its user only (0600), before SQLite creates it (SQLite gives
    its journal files the database's permissions). Windows keeps it in the user's own
    profile, which other users cannot read."""
    if os.name != "posix":
        return
    try:
        if path.exists():
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        else:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # SQLite takes it as new
    except OSError:
        pass  # a read-only folder: SQLite says so, in the words the user is shown


def _cannot_write(folder: Path, error: Exception) -> LogUnavailable:
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
