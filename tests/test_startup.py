"""What the window needs before it first shows, and what waits until after.

Start-up time is the time to a usable window: anything the first frame does not need
(phone-number metadata, the QR encoder, the log's database, and the Qt classes whose Python
enums PySide6 builds on first use: the ``Qt`` namespace's hundred, QStyle's several hundred)
is loaded once the window is on screen and painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.report_log import DATABASE_NAME

ROOT = Path(__file__).resolve().parents[1]

DEFERRED_MODULES = (
    "phonenumbers",
    "desktop.numbering",
    "segno",
    "sqlite3",
    "desktop.report_log",
    "desktop.log_file",
    "desktop.templates",
    "desktop.qr",
    "desktop.ui.log_dialog",
    "desktop.ui.log_model",
    "desktop.ui.log_files",
    "PySide6.QtPrintSupport",
    "desktop.ui.guidance_document",  # the organisation's own guidance, read after start-up
    "datetime",  # the log's times
    "locale",  # gettext's, for the command line's messages: none when opened plainly
    # Only Windows 10's native style needs following the dark theme.
    *(("desktop.ui.theme",) if sys.platform != "win32" else ()),
)

# Qt classes whose Python enums PySide6 builds when first used, each worth waiting for: the
# ``Qt`` namespace's hundred enums, QStyle's several hundred, QAccessible's roles and events.
DEFERRED_QT_CLASSES = (
    ("QtCore", "Qt"),
    # On Windows the style is asked for its name before the window shows: Windows 10 in
    # dark mode gets Fusion from the first frame instead of a light window turning dark.
    *((("QtWidgets", "QStyle"),) if sys.platform != "win32" else ()),
    ("QtGui", "QAccessible"),
)

# Opens the app as a user does (no arguments) in a fresh interpreter, with its settings and
# data in a throw-away home, and reports what was loaded right after the window was shown,
# once it was painted and once start-up had finished.
SCRIPT = textwrap.dedent(
    """
    import gc, json, sys
    from PySide6 import QtCore, QtGui, QtWidgets
    from desktop.__main__ import main
    from desktop.ui.main_window import MainWindow
    from desktop.ui.report_form import ReportForm

    def loaded():
        qt = {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}
        return {
            "qt_classes": sorted(c for m, c in json.loads(sys.argv[2]) if c in vars(qt[m])),
            "modules": sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules),
        }

    report = {}
    show = MainWindow.show
    finish_startup = ReportForm.finish_startup

    def look_then_finish_startup(form):
        report["painted"] = loaded()  # the deferred work starts after the first paint
        if sys.platform == "win32":  # XDG_DATA_HOME means nothing there: keep the profile out
            QtCore.QStandardPaths.setTestModeEnabled(True)
        finish_startup(form)

    def show_and_look(window):
        show(window)
        report["shown"] = loaded()
        report["collecting_while_shown"] = gc.isenabled()
        # Start-up finishes on its own once the window has been painted.
        window.started.connect(lambda: finish(window))

    def finish(window):
        report["collecting_once_started"] = gc.isenabled()
        report["set_aside"] = gc.get_freeze_count()
        window.form.source_edit.setText("0912345678")
        window.form.content_edit.setPlainText("Mạo danh công an")
        window.focus_source_action.trigger()  # Ctrl+L focuses with a Qt.FocusReason
        window.form.copy_report()  # announced to screen readers: QAccessible
        window.form.preview_panel.update_qr_now()
        report["started"] = loaded()
        location = QtCore.QStandardPaths.StandardLocation.AppDataLocation
        report["data_folder"] = QtCore.QStandardPaths.writableLocation(location)
        window.close()

    MainWindow.show = show_and_look
    ReportForm.finish_startup = look_then_finish_startup
    main(["bao-cao-156"])
    print(json.dumps(report))
    """
)


def run_window(tmp_path: Path) -> dict:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            json.dumps(DEFERRED_MODULES),
            json.dumps(DEFERRED_QT_CLASSES),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        },
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_the_heavy_parts_load_and_they_load_after(tmp_path):
    report = run_window(tmp_path)
    assert report["shown"] == {"qt_classes": [], "modules": []}
    # Nor does the first paint need them: they load when the work after it starts (the
    # screen readers' roles, QAccessible, are installed just before the form's part).
    assert report["painted"]["modules"] == []
    assert set(report["painted"]["qt_classes"]) <= {"QAccessible"}
    # The garbage collector rests while the window is built, then sets all that aside.
    assert report["collecting_while_shown"] is False
    assert report["collecting_once_started"] is True
    assert report["set_aside"] > 10_000
    # The same probes see them once start-up has finished, a report typed, Ctrl+L pressed.
    assert "Qt" in report["started"]["qt_classes"]
    assert "QAccessible" in report["started"]["qt_classes"]
    assert {"phonenumbers", "segno", "sqlite3", "desktop.report_log"} <= set(
        report["started"]["modules"]
    )
    # The log, looked up after the window showed, is in the user's own data folder.
    assert (Path(report["data_folder"]) / DATABASE_NAME).is_file()
    if sys.platform != "win32":
        assert Path(report["data_folder"]) == tmp_path / "data" / "BaoCao156" / "bao-cao-156"
