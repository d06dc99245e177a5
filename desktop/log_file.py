"""Opening the report log's file safely: a private file in a private folder, a damaged file
moved aside (never overwritten), and a plain reason when the log cannot be kept at all."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, Text
from desktop.log_writes import LogUnavailable, cannot_write
from desktop.report_log import DATABASE_NAME, ReportLog


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
        raise cannot_write(folder, error) from error
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
            raise cannot_write(folder, error) from error
    aside = _move_aside(path)
    try:
        log = ReportLog(folder, now=now)
    except sqlite3.DatabaseError as error:
        raise cannot_write(folder, error) from error
    return log, Text(
        "ReportLog",
        QT_TRANSLATE_NOOP(
            "ReportLog",
            "Tệp nhật ký bị hỏng nên đã được cất sang {name}, và một nhật ký mới đã được tạo.",
        ),
        {"name": aside.name},
    )


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
