"""The app never opens a network connection: it is used offline and sends nothing."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"

# Runs the real window in a child process whose every socket operation raises.
NO_NETWORK_SCRIPT = textwrap.dedent(
    """
    import socket, sys
    from pathlib import Path

    attempts = []

    def refuse(event, args):
        if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
            attempts.append(event)
            raise OSError(f"network disabled for this test: {event}")

    sys.addaudithook(refuse)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from desktop.__main__ import main
    from desktop.ui.app import create_application
    from desktop.settings import MappingStore
    from desktop.ui.main_window import MainWindow

    assert main(["bao-cao-156", "--self-test"]) == 0
    app = create_application(["bao-cao-156"])
    window = MainWindow(
        settings=MappingStore(), it_settings=(), data_dir=Path(sys.argv[1])
    )
    started = QEventLoop()
    window.started.connect(started.quit)
    QTimer.singleShot(30000, started.quit)
    window.show()
    window.form.source_edit.setText("+84 912 345 678")
    window.form.content_edit.setPlainText("Mạo danh công an")
    window.guidance_action.trigger()
    window.guidance_action.trigger()
    assert window.form.copy_report()
    assert QGuiApplication.clipboard().text() == "S 0912345678 Mạo danh công an"
    started.exec()  # painted, then the rest of start-up: the log too, a local file
    assert window.log_keeper.log is not None
    assert window.form.copy_report()
    loaded = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    print("attempts:", attempts)
    print("qt modules:", " ".join(loaded))
    """
)


def test_the_app_works_with_every_socket_call_refused(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=PACKAGE.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "attempts: []" in result.stdout
    assert "self-test" in result.stdout and "ok" in result.stdout
    assert "PySide6.QtNetwork" not in result.stdout


NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineWidgets",
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_of_the_app_imports_networking():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        used = {
            name
            for name in imported_modules(path)
            if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES
        }
        if used:
            offenders[str(path.relative_to(PACKAGE))] = used
    assert offenders == {}


def test_no_module_opens_urls_or_starts_programs():
    forbidden = ("openUrl", "QDesktopServices", "webbrowser", "subprocess", "os.system")
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert [word for word in forbidden if word in text] == [], path
