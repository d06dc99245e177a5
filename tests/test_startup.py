"""What the window needs before it first shows, and what waits until after.

Start-up time is the time to a usable window: anything the first frame does not need
(phone-number metadata, the QR encoder, the log's database, PySide6's ``Qt`` namespace with
its hundred Python enums) is loaded once the window is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DEFERRED_MODULES = (
    "phonenumbers",
    "segno",
    "sqlite3",
    "desktop.history",
    "desktop.templates",
    "desktop.ui.log_dialog",
    "PySide6.QtPrintSupport",
)

# Builds and shows the real window in a fresh interpreter, then reports what was loaded
# before the first turn of the event loop and after start-up finished.
SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6 import QtCore
    from desktop.settings import MappingStore
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    def loaded():
        return {
            "qt_namespace": "Qt" in vars(QtCore),
            "modules": sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules),
        }

    app = create_application(["bao-cao-156"])
    window = MainWindow(
        settings=MappingStore(), system_settings=MappingStore(), data_dir=Path(sys.argv[1])
    )
    window.show()
    report = {"shown": loaded()}

    def finished():
        window.form.source_edit.setText("0912345678")
        window.form.content_edit.setPlainText("Mạo danh công an")
        window.focus_source_action.trigger()  # Ctrl+L focuses with a Qt.FocusReason
        window.form.preview_panel.update_qr_now()
        report["started"] = loaded()
        app.quit()

    QtCore.QTimer.singleShot(50, finished)
    app.exec()
    print(json.dumps(report))
    """
)


def run_window(tmp_path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), json.dumps(DEFERRED_MODULES)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_the_heavy_parts_load_and_they_load_after(tmp_path):
    report = run_window(tmp_path)
    assert report["shown"] == {"qt_namespace": False, "modules": []}
    # The same probes see them once start-up has finished, a report typed, Ctrl+L pressed.
    assert report["started"]["qt_namespace"] is True
    assert {"phonenumbers", "segno", "sqlite3", "desktop.history"} <= set(
        report["started"]["modules"]
    )
