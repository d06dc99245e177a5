"""Benchmark: one keystroke's full update in the window (core, SMS meter, QR code, paint).

    python .ci/bench_keystroke.py [--keys N]

Types into the content field of the real window off-screen, one key at a time, and
times each key from the key event to the repainted window, then the QR code's redraw that
follows when typing pauses. It reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.qr import qr_matrix
from desktop.report import Kind
from desktop.settings import MappingStore
from desktop.ui.app import create_application
from desktop.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=400)
    options = parser.parse_args()
    app = create_application(["bench"])
    window = MainWindow(
        settings=MappingStore(),
        it_settings=(),
        data_dir=Path(tempfile.mkdtemp(prefix="bench-")),
    )
    window.show()
    app.processEvents()
    form = window.form
    form.set_kind(Kind.SCAM_CALL)
    form.source_edit.setText("0912 345 678")
    form.content_edit.setPlainText("Mạo danh công an tỉnh, đòi chuyển tiền để không bị khóa")
    form.content_edit.setFocus()
    app.processEvents()
    keys, codes = [], []
    for i in range(options.keys):
        key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace  # type, then erase
        started = time.perf_counter()
        QTest.keyClick(form.content_edit, key)
        app.processEvents()  # the repaint of what changed, as after a real key
        # Typing here alternates between two texts, whose codes qr_matrix() keeps; a real
        # pause follows a text not drawn before, so the kept codes are forgotten first.
        qr_matrix.cache_clear()
        typed = time.perf_counter()
        form.preview_panel.update_qr_now()  # what the pause after typing triggers
        app.processEvents()
        keys.append(typed - started)
        codes.append(time.perf_counter() - typed)
    for name, timings in (
        ("keystroke (core, meter, preview, repaint)", keys),
        ("QR code once typing pauses (encode, repaint)", codes),
        ("both together", [a + b for a, b in zip(keys, codes, strict=True)]),
    ):
        timings.sort()
        print(
            f"{name}: median {statistics.median(timings) * 1000:.2f} ms, "
            f"p90 {timings[int(len(timings) * 0.9)] * 1000:.2f} ms, "
            f"max {timings[-1] * 1000:.2f} ms ({options.keys} keys)"
        )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
