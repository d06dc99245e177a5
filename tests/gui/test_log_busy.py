"""A log another window is writing: copying never waits, and no report is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.log_file import open_log
from desktop.report_log import DATABASE_NAME
from tests.gui.log_table import row_count
from tests.gui.test_report_log import open_log_window, report
from tests.test_report_log import hold_write_lock

ROOT = Path(__file__).resolve().parents[2]


def test_a_report_copied_while_the_log_is_busy_is_kept_and_written_when_free(
    window, qtbot, data_dir
):
    other = hold_write_lock(data_dir)
    report(qtbot, window, content="Mạo danh công an tỉnh")
    said = window.statusBar().currentMessage()
    assert said.startswith("Đã sao chép: LD 0912345678") and "Nhật ký đang bận" in said
    other.rollback()  # the other window finishes its write
    other.close()
    qtbot.waitUntil(lambda: "Nhật ký đã rảnh" in window.statusBar().currentMessage(), timeout=5000)
    dialog = open_log_window(qtbot, window)  # and the log was never turned off
    assert row_count(dialog) == 1
    dialog.close()


TWO_WINDOWS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from desktop.report import Kind, compose
    from desktop.ui.log_keeper import LogKeeper

    app = QCoreApplication([])
    keeper = LogKeeper(Path(sys.argv[1]), True)
    for n in range(int(sys.argv[3])):
        report = compose(Kind.SCAM_CALL, f"09{n:08d}", f"cửa sổ {sys.argv[2]}, báo cáo {n}")
        keeper.record(report, "156")
        app.processEvents()
    deadline = time.monotonic() + 60
    while keeper.kept() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    keeper.close()
    print(keeper.kept(), keeper.problem)
    """
)


def test_two_windows_copying_a_thousand_reports_each_log_all_of_them(data_dir):
    data_dir.mkdir(parents=True)
    open_log(data_dir)[0].close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    windows = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_WINDOWS, str(data_dir), name, "1000"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("A", "B")
    ]
    for window in windows:
        out, errors = window.communicate(timeout=300)
        assert window.returncode == 0, errors
        assert out.split() == ["0", "None"]  # nothing left waiting, the log never given up
    log, _ = open_log(data_dir)
    contents = {entry.content for entry in log.entries()}
    log.close()
    assert len(contents) == 2000
    assert {c.split(",")[0] for c in contents} == {"cửa sổ A", "cửa sổ B"}
    assert (data_dir / DATABASE_NAME).is_file()


def test_a_log_locked_when_first_opened_is_not_given_up(data_dir, qtbot):
    """Another window in the middle of a commit (an exclusive lock) as this one opens the log:
    the report is kept and written once the log is free, and the log stays on."""
    import sqlite3

    from PySide6.QtCore import QObject

    from desktop.report import Kind, compose
    from desktop.report_log import DATABASE_NAME
    from desktop.ui.log_keeper import LogKeeper, Recorded

    data_dir.mkdir(parents=True)
    open_log(data_dir)[0].close()
    other = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # not even read while it commits
    owner = QObject()
    keeper = LogKeeper(data_dir, True, owner)
    report = compose(Kind.SCAM_CALL, "0912345678", "Mạo danh công an")
    assert keeper.record(report, "156") is Recorded.KEPT
    assert keeper.problem is None and keeper.kept() == 1
    other.rollback()
    other.close()
    with qtbot.waitSignal(keeper.written, timeout=5000):
        pass
    assert keeper.kept() == 0 and keeper.problem is None
    assert [entry.content for entry in keeper.log.entries()] == ["Mạo danh công an"]
    keeper.close()
