"""Benchmark: the log window on a large log (100,000 reports) against an empty one.

    python .ci/bench_log.py [--entries N]

Fills a log with N reports of varied numbers and contents, as the app writes them, then in
a fresh process for each log (the large one and an empty one) opens the real window
off-screen and times, as a person uses it: Ctrl+H to the log window painted, each keystroke
of a search typed into its search box to the list repainted (words, then a number), and End
in the list (reading the next page). It reports the peak memory of each process and their
ratio. It measures and reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_PHRASES = (
    "Mạo danh công an tỉnh yêu cầu chuyển tiền vào tài khoản để điều tra, Sở Thông tin và "
    "Truyền thông báo khóa số thuê bao, trúng thưởng xe máy nộp phí nhận giải, vay tiền lãi "
    "suất thấp, khuyến mãi gói cước, cập nhật căn cước qua đường link, bảo hiểm xã hội"
)
WORDS = _PHRASES.split()
PREFIXES = ("091", "094", "088", "096", "097", "098", "086", "090", "093", "089", "070", "081")
SEARCHES = ("mao danh cong an", "0912 345")


def fill(folder: Path, count: int) -> None:
    """A log of ``count`` reports, written with the app's own schema and folding."""
    from desktop.log_file import open_log
    from desktop.search import fold

    log, _ = open_log(folder)
    log.close()
    rng = random.Random(156)
    start = datetime(2024, 1, 29, 8, tzinfo=timezone(timedelta(hours=7)))
    rows = []
    for i in range(count):
        source = rng.choice(PREFIXES) + f"{rng.randrange(10**7):07d}"
        content = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 40)))
        created = (start + timedelta(minutes=15 * i)).isoformat(timespec="seconds")
        kind, destination = rng.choice(("S", "V", "LD")), rng.choice(("156", "5656"))
        folded = fold(f"{source} {content}")
        rows.append((created, kind, source, content, destination, "0.1.0", folded))
    with sqlite3.connect(folder / "reports.sqlite3") as db:
        db.executemany(
            "INSERT INTO reports"
            " (created, kind, source, content, destination, app_version, folded)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()


def measure(folder: Path) -> dict:
    """In this process: the window on the log in ``folder``, timed as a person uses it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.settings import MappingStore
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    app = create_application(["bench"])
    window = MainWindow(settings=MappingStore(), it_settings=(), data_dir=folder)
    window.show()
    while window.log_keeper.log is None:  # the log opens once the window has started
        app.processEvents()
    app.processEvents()
    started = time.perf_counter()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "logDialog")
    app.processEvents()  # the dialog's first paint
    opened = time.perf_counter() - started
    keys: list[float] = []
    for search in SEARCHES:
        dialog.search.clear()
        app.processEvents()
        for character in search:
            started = time.perf_counter()
            QTest.keyClicks(dialog.search, character)
            app.processEvents()
            keys.append(time.perf_counter() - started)
    dialog.search.clear()
    app.processEvents()
    dialog.table.setFocus()
    started = time.perf_counter()
    QTest.keyClick(dialog.table, Qt.Key.Key_End)
    app.processEvents()
    scrolled = time.perf_counter() - started
    shown = dialog.table.model().rowCount()
    dialog.close()
    window.close()
    return {
        "opened": opened,
        "keys": keys,
        "end": scrolled,
        "rows_read": shown,
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def run(folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        print(json.dumps(measure(options.measure)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-log-"))
    large, empty = work / "large", work / "empty"
    started = time.perf_counter()
    fill(large, options.entries)
    print(f"filled a log of {options.entries} reports in {time.perf_counter() - started:.1f} s")
    fill(empty, 0)
    results = {"large": run(large), "empty": run(empty)}
    for name, result in results.items():
        keys = sorted(result["keys"])
        print(
            f"{name} log: Ctrl+H to the window painted {result['opened'] * 1000:.0f} ms; "
            f"search keystroke median {statistics.median(keys) * 1000:.1f} ms, "
            f"max {keys[-1] * 1000:.1f} ms ({len(keys)} keys); "
            f"End {result['end'] * 1000:.1f} ms ({result['rows_read']} rows read); "
            f"peak memory {result['peak_kib'] / 1024:.0f} MiB"
        )
    ratio = results["large"]["peak_kib"] / results["empty"]["peak_kib"]
    print(f"peak memory, large log / empty log: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
