"""The report log: recording, dedupe, search, repeats, CSV, and every bad-storage case."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.log_file import open_log
from desktop.log_writes import LogUnavailable
from desktop.report_log import (
    DATABASE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Listing,
    Page,
    ReportLog,
)
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[1]
HANOI = timezone(timedelta(hours=7))


class Clock:
    """A clock that moves one minute per call, so times are known and distinct."""

    def __init__(self) -> None:
        self.time = datetime(2024, 1, 29, 8, 0, tzinfo=HANOI)

    def __call__(self) -> datetime:
        self.time += timedelta(minutes=1)
        return self.time


@pytest.fixture
def log(tmp_path):
    opened, message = open_log(tmp_path, now=Clock())
    assert message is None
    yield opened
    opened.close()


def add(log: ReportLog, kind="LD", source="0912345678", content="Mạo danh công an", to="156"):
    return log.add(kind, source, content, to, "0.1.0")


def test_an_entry_keeps_everything_about_the_report(log):
    entry = add(log)
    assert (entry.kind, entry.source, entry.content, entry.destination, entry.app_version) == (
        "LD",
        "0912345678",
        "Mạo danh công an",
        "156",
        "0.1.0",
    )
    assert entry.created == datetime(2024, 1, 29, 8, 1, tzinfo=HANOI)
    assert entry.message == "LD 0912345678 Mạo danh công an"
    assert log.get(entry.id) == entry


def test_the_same_report_copied_twice_in_a_row_is_one_entry(log):
    first = add(log)
    assert add(log) == first
    assert len(log.entries()) == 1
    add(log, to="5656")  # a different destination is a different report
    add(log)  # and the first one again, no longer in a row, is recorded again
    assert len(log.entries()) == 3


def test_entries_are_newest_first(log):
    ids = [add(log, content=f"nội dung {i}").id for i in range(3)]
    assert [e.id for e in log.entries()] == ids[::-1]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("0912", {"a", "b"}),
        ("0912 345", {"a", "b"}),  # a number in any form the number field reads
        ("+84 912", {"a", "b"}),
        ("0084912345678", {"a", "b"}),
        ("091.234.5678", {"a", "b"}),
        ("mạo danh", {"a"}),
        ("MAO DANH", {"a"}),  # any case, with or without diacritics
        ("dong tien", {"c"}),
        ("VIETTEL", {"c"}),
        ("%", set()),  # wildcards are searched for literally
        ("_", {"b"}),
        ("", {"a", "b", "c"}),
    ],
)
def test_search_matches_number_or_content_in_any_case_and_accents(log, search, expected):
    add(log, content="Mạo danh công an")
    add(log, content="Gọi quảng cáo lúc_đêm", kind="V")
    add(log, source="VIETTEL", content="Đóng tiền ngay", kind="S")
    names = {"Mạo danh công an": "a", "Gọi quảng cáo lúc_đêm": "b", "Đóng tiền ngay": "c"}
    assert {names[e.content] for e in log.entries(search)} == expected


def test_pages_go_on_from_the_last_entry_shown_and_count_what_the_search_finds(log):
    ids = [
        add(log, content=f"{'mạo danh' if i % 3 == 0 else 'quảng cáo'} {i}").id for i in range(12)
    ]
    newest_first = ids[::-1]
    first = log.page(limit=5).entries
    assert [e.id for e in first] == newest_first[:5]
    second = log.page(older_than=first[-1].id, limit=5).entries
    assert [e.id for e in second] == newest_first[5:10]
    assert [e.id for e in log.page(older_than=second[-1].id, limit=5).entries] == newest_first[10:]
    # A search pages the same way; the listing counts all it finds, not one page.
    found = [e.id for e in log.page("mao danh", limit=2).entries]
    assert found == [ids[9], ids[6]]
    assert log.listing("mao danh") == Listing(count=4, unreadable=0)
    assert log.listing() == Listing(count=12, unreadable=0)
    # Down to an entry: all of them, however many a page holds.
    assert [e.id for e in log.page(older_than=ids[10], down_to=ids[2], limit=1).entries] == (
        newest_first[2:10]
    )


def test_a_log_of_the_first_schema_is_migrated_and_its_search_kept(tmp_path):
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO reports (created, kind, source, content, destination, app_version)"
            " VALUES ('2025-06-01T09:00:00+07:00', 'LD', '0912345678', 'Mạo danh Công an',"
            " '156', '0.1.0')"
        )
    db.close()
    log = ReportLog(tmp_path)
    try:
        assert [e.content for e in log.entries("MAO DANH cong")] == ["Mạo danh Công an"]
        with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
            assert db.execute("SELECT folded FROM reports").fetchone() == (
                "0912345678 mao danh cong an",
            )
            assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.close()
    finally:
        log.close()


def test_delete_and_clear(log):
    keep, gone = add(log, content="giữ"), add(log, content="xóa")
    log.delete(gone.id)
    assert [e.id for e in log.entries()] == [keep.id]
    with pytest.raises(KeyError):
        log.get(gone.id)
    assert log.count() == 1
    log.clear()
    assert log.entries() == [] and log.count() == 0


def test_a_deleted_entry_can_be_restored_as_it_was(log):
    first, gone, last = add(log, content="1"), add(log, content="2"), add(log, content="3")
    log.delete(gone.id)
    log.restore(gone)
    assert log.get(gone.id) == gone
    assert [e.id for e in log.entries()] == [last.id, gone.id, first.id]
    log.restore(gone)  # twice is the same as once
    assert log.count() == 3


def test_repeats_say_how_often_and_when_last(log):
    assert log.repeats("0912345678") is None
    add(log, content="lần 1")
    add(log, content="lần 2")
    add(log, source="0987654321")
    repeats = log.repeats("0912345678")
    assert repeats.count == 2
    assert repeats.last == datetime(2024, 1, 29, 8, 2, tzinfo=HANOI)


def test_a_new_log_has_the_current_schema(tmp_path):
    opened, _ = open_log(tmp_path)
    opened.close()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_log_from_a_newer_version_is_left_alone(tmp_path):
    path = tmp_path / DATABASE_NAME
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LogUnavailable, match="phiên bản mới hơn"):
        open_log(tmp_path)
    assert path.exists()  # not moved, not overwritten


# ----- bad storage ----------------------------------------------------------------------


def test_a_corrupt_file_is_moved_aside_and_a_fresh_log_started(tmp_path):
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"this is not a database" * 100)
    opened, message = open_log(tmp_path)
    assert message is not None and "hỏng" in str(message)
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert message.params == {"name": aside[0].name}
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    add(opened)
    assert len(opened.entries()) == 1
    opened.close()
    # The next start finds a healthy log and has nothing to say.
    reopened, message = open_log(tmp_path)
    assert message is None and len(reopened.entries()) == 1
    reopened.close()


def test_a_damaged_database_is_moved_aside(tmp_path):
    opened, _ = open_log(tmp_path)
    for i in range(200):
        add(opened, content=f"nội dung {i} " * 20)
    opened.close()
    path = tmp_path / DATABASE_NAME
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = os.urandom(4096 * 2)  # scribble over pages after the header
    path.write_bytes(bytes(data))
    reopened, message = open_log(tmp_path)
    assert message is not None
    assert reopened.entries() == []
    reopened.close()


def test_a_folder_where_the_file_should_be(tmp_path):
    (tmp_path / DATABASE_NAME).mkdir()
    with pytest.raises(LogUnavailable, match="thư mục"):
        open_log(tmp_path)


def test_a_data_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LogUnavailable, match="Không ghi được nhật ký"):
        open_log(blocker / "BaoCao156")


READ_ONLY_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.log_file import open_log
    from desktop.log_writes import LogUnavailable
    folder = Path(sys.argv[1])
    try:
        log, _ = open_log(folder)
        log.add("LD", "0912345678", "x", "156", "0.1.0")
    except LogUnavailable as error:
        print("unavailable:", error.reason)
    else:
        print("written")
    """
)


@pytest.fixture
def shared_tmp():
    """A temporary folder that an unprivileged user can reach (pytest's own is private)."""
    folder = Path(tempfile.mkdtemp(prefix="baocao156-"))
    folder.chmod(0o755)
    yield folder
    if sys.platform == "win32":
        subprocess.run(["icacls", str(folder), "/reset", "/t", "/c", "/q"], capture_output=True)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def make_read_only(folder: Path) -> None:
    """Forbid writing in ``folder`` and to the files in it, as IT or a policy would."""
    for path in folder.iterdir():
        path.chmod(0o444)  # on Windows the read-only attribute, which Windows enforces on files
    if sys.platform == "win32":
        # Windows ignores a folder's read-only attribute: an ACL denying writes is what works.
        subprocess.run(
            ["icacls", str(folder), "/deny", "*S-1-1-0:(OI)(CI)(W,D,DC)"],
            check=True,
            capture_output=True,
        )
    else:
        folder.chmod(0o555)


def run_unprivileged(script: str, shared: Path, *args: str) -> subprocess.CompletedProcess:
    """Run ``script`` as an office user would: root ignores file permissions, nobody does.

    The app's package is copied into ``shared`` first: the checkout may sit where an
    unprivileged user cannot read.
    """
    source = shared / "src"
    shutil.copytree(ROOT / "desktop", source / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    for path in [source, *source.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    command, user = [sys.executable], {}
    # Windows needs its own variables (SYSTEMROOT) to start Python at all.
    env = dict(os.environ) if sys.platform == "win32" else {"PATH": "/usr/bin:/bin"}
    if sys.platform != "win32" and os.geteuid() == 0:
        # A Python in root's private home cannot run as nobody: use the system's Python 3.
        system_python = "/usr/bin/python3"
        if not os.access(system_python, os.X_OK):
            require("/usr/bin/python3", "python3")  # says what is missing
        command, user = [system_python], {"user": 65534, "group": 65534}
    return subprocess.run(
        [*command, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=shared,
        env={**env, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"},
        **user,
    )


@pytest.mark.parametrize("existing_log", [False, True])
def test_a_read_only_folder_leaves_the_app_without_a_log(shared_tmp, existing_log):
    folder = shared_tmp / "data"
    folder.mkdir()
    if existing_log:
        opened, _ = open_log(folder)
        add(opened)
        opened.close()
    make_read_only(folder)
    result = run_unprivileged(READ_ONLY_SCRIPT, shared_tmp, str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unavailable: Không ghi được nhật ký")
    if existing_log:
        with sqlite3.connect(f"file:{folder / DATABASE_NAME}?mode=ro", uri=True) as db:
            assert db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 1


def test_a_full_disk_is_reported_and_loses_nothing(log):
    add(log, content="trước khi đầy")
    # SQLite's own limit gives exactly the error a full disk gives (SQLITE_FULL).
    pages = log._db.execute("PRAGMA page_count").fetchone()[0]
    log._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LogUnavailable, match="Không ghi được nhật ký"):
        add(log, content="x" * 50_000)
    assert [e.content for e in log.entries()] == ["trước khi đầy"]


# ----- crash safety -----------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.log_file import open_log
    log, _ = open_log(Path(sys.argv[1]))
    n = 0
    while True:
        entry = log.add("LD", f"09{n:08d}", f"nội dung {n}", "156", "0.1.0")
        print(entry.id, flush=True)  # printed only once committed
        n += 1
    """
)


def test_entries_reported_committed_survive_a_hard_kill(tmp_path):
    rng = random.Random(156)
    trials, committed = 25, []
    for _ in range(trials):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        time.sleep(rng.uniform(0.15, 0.6))
        writer.kill()  # SIGKILL; on Windows TerminateProcess: no chance to clean up either way
        out, _ = writer.communicate(timeout=30)
        committed += [int(line) for line in out.split()]
    assert len(committed) > trials  # the writers got real work done before dying
    opened, message = open_log(tmp_path)
    assert message is None  # never damaged
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {entry.id for entry in opened.entries()}
    assert set(committed) <= stored
    opened.close()


# ----- rows the app did not write -----------------------------------------------------------


def spoil(folder: Path, *rows: tuple) -> None:
    """Write rows into the log as a hand edit or another tool might."""
    with sqlite3.connect(folder / DATABASE_NAME) as db:
        db.executemany(
            "INSERT INTO reports (created, kind, source, content, destination, app_version)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def test_rows_that_cannot_be_read_are_left_out_and_counted(log, tmp_path):
    add(log, content="trước")
    spoil(
        tmp_path,
        ("not-a-date", "LD", "0912345678", "hỏng giờ", "156", "0.1.0"),
        ("2026-12-04T10:00:00+07:00", b"\xff", "0912345678", "loại là byte", "156", "0.1.0"),
        ("2026-12-04T10:00:00", "S", "0912345678", "giờ không có múi", "156", "0.1.0"),
    )
    add(log, content="sau")
    contents = [entry.content for entry in log.entries()]
    assert contents == ["sau", "giờ không có múi", "trước"]
    assert log.listing() == Listing(count=3, unreadable=2)
    assert [entry.content for entry in log.entries("sau")] == ["sau"]
    assert log.listing("sau") == Listing(count=1, unreadable=0)
    # Rows another program wrote have no folded text for search: still found by their words.
    assert [entry.content for entry in log.entries("khong co mui")] == ["giờ không có múi"]
    assert log.listing("hong gio") == Listing(count=0, unreadable=1)
    # 30 February: SQLite reads it as 2 March, the app does not. Left out when read, and said.
    spoil(tmp_path, ("2026-02-30T10:00:00+07:00", "S", "0912345678", "ngày lạ", "156", "0.1.0"))
    assert log.page() == Page(log.entries(), unreadable=3, complete=True)
    assert "ngày lạ" not in [entry.content for entry in log.entries()]
    # 'not-a-date' sorts after every real time: it must not become the last report's time.
    repeats = log.repeats("0912345678")
    assert repeats is not None and repeats.count == 4 and repeats.last.year == 2026


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the log in the user's profile")
def test_the_log_and_its_folder_are_private_to_the_user(tmp_path):
    folder = tmp_path / "share" / "BaoCao156" / "bao-cao-156"
    opened, _ = open_log(folder)
    add(opened)
    opened.close()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder.parent.stat().st_mode & 0o777 == 0o700
    assert (folder / DATABASE_NAME).stat().st_mode & 0o777 == 0o600
    (folder / DATABASE_NAME).chmod(0o644)  # made by an older version
    open_log(folder)[0].close()
    assert (folder / DATABASE_NAME).stat().st_mode & 0o777 == 0o600


# ----- another writer -----------------------------------------------------------------------


def hold_write_lock(folder: Path) -> sqlite3.Connection:
    """Another program (another window of the app) in the middle of writing the log."""
    other = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_busy_log_says_so_at_once_and_takes_the_report_when_free(log, tmp_path):
    from desktop.log_writes import LogBusy
    from desktop.report_log import BUSY_TIMEOUT_S

    other = hold_write_lock(tmp_path)
    started = time.monotonic()
    with pytest.raises(LogBusy, match="đang bận"):
        add(log, content="lúc bận")
    assert time.monotonic() - started < BUSY_TIMEOUT_S + 1  # a moment, never seconds on end
    other.rollback()
    other.close()
    copied_at = datetime(2026, 12, 4, 9, 15, tzinfo=timezone(timedelta(hours=7)))
    entry = log.add("LD", "0912345678", "lúc bận", "156", "0.1.0", created=copied_at)
    assert entry.created == copied_at
    assert [e.content for e in log.entries()] == ["lúc bận"]
