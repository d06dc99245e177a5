"""Size report and start-up benchmark: the app against a bare PySide6 "hello window".

    python .ci/measure.py [--runs N] [--out build/measure.md]

Builds both with PyInstaller (the app with build.spec, the hello window with PyInstaller's
default one-folder options), then, on a virtual X screen (Xvfb), times each from process
start to its window being mapped on screen, from source and frozen: the X server itself
reports the map (python-xlib), so no polling delays or disturbs the figure. Times move with
the machine, so it also counts the CPU instructions each runs, from source and frozen, until
it enters Qt's event loop (the window built and shown), under Valgrind: the same count at every
run. It measures and reports; it asserts nothing, so a slow machine gives slow figures, not a
failure.
Needs Debian's xvfb, dbus-daemon and valgrind, and python-xlib.
"""

from __future__ import annotations

import argparse
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "installer"))
sys.path.insert(0, str(ROOT))

import build_msi  # noqa: E402

from tests.virtual_screen import session_bus, virtual_screen  # noqa: E402

HELLO = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("Hello")
window.setWindowTitle("Hello window")
window.show()
sys.exit(app.exec())
"""


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build_hello(work: Path) -> tuple[Path, Path]:
    work.mkdir(parents=True, exist_ok=True)
    script = work / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--windowed",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         "--specpath", str(work), str(script)],
        check=True, capture_output=True,
    )  # fmt: skip
    return script, work / "dist" / "hello"


class MapWatch:
    """Learns from the X server the moment a top-level window is mapped."""

    def __init__(self, display_name: str) -> None:
        from Xlib import X, display

        self._map_notify = X.MapNotify
        self._display = display.Display(display_name)
        # Creating, mapping and destroying any window on the screen is reported to us.
        self._display.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._display.sync()
        self._title_atom = self._display.intern_atom("_NET_WM_NAME")
        self._utf8_atom = self._display.intern_atom("UTF8_STRING")

    def close(self) -> None:
        self._display.close()

    def time_to_window(self, command: list[str], title: str, env: dict[str, str]) -> float:
        """Seconds from starting ``command`` to the map of a window whose title has ``title``."""
        self._drain()
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
        )
        try:
            while True:
                while self._display.pending_events():
                    event = self._display.next_event()
                    if event.type == self._map_notify and not event.override:
                        mapped = time.perf_counter()
                        if title in self._title(event.window):
                            return mapped - started
                if time.perf_counter() - started > 60:
                    raise SystemExit(f"{command[0]} showed no window within 60 s")
                ready, _, _ = select.select([self._display.fileno()], [], [], 0.1)
                if not ready and process.poll() is not None:
                    errors = process.stderr.read().decode(errors="replace")
                    raise SystemExit(
                        f"{command[0]} exited ({process.returncode}) before showing its "
                        f"window:\n{errors}"
                    )
        finally:
            process.kill()
            process.wait()

    def _title(self, window) -> str:
        from Xlib.error import XError

        try:
            prop = window.get_full_property(self._title_atom, self._utf8_atom)
        except XError:  # gone already
            return ""
        return prop.value.decode("utf-8", errors="replace") if prop else ""

    def _drain(self) -> None:
        while self._display.pending_events():
            self._display.next_event()


def instructions_to_event_loop(command: list[str], env: dict[str, str]) -> int:
    """CPU instructions ``command`` runs from its start until it enters Qt's event loop, its
    window built and shown: counted by Valgrind's callgrind, the same figure at every run where
    times move with the machine. Callgrind writes the count as the program enters
    ``QCoreApplication::exec()``; the program is stopped then."""
    with tempfile.TemporaryDirectory() as out:
        dump = Path(out)
        with open(dump / "valgrind.log", "wb") as log:
            process = subprocess.Popen(
                ["valgrind", "--tool=callgrind", "--dump-before=QCoreApplication::exec()",
                 # A frozen build's launcher starts itself again, with its libraries' path set.
                 "--trace-children=yes",
                 f"--callgrind-out-file={dump}/callgrind.%p", *command],
                env=env, stdout=log, stderr=log, cwd=ROOT,
            )  # fmt: skip
        try:
            deadline = time.monotonic() + 600
            while (count := _dumped_count(dump)) is None:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = (dump / "valgrind.log").read_text(errors="replace")
                    raise SystemExit(f"{command[0]} never entered Qt's event loop:\n{output}")
                time.sleep(0.1)
        finally:
            process.kill()
            process.wait()
    return count


def _dumped_count(folder: Path) -> int | None:
    """The instruction count of callgrind's first dump, once the whole dump is written."""
    for dump in folder.glob("callgrind.*.1"):
        total = re.search(r"^totals:\s+(\d+)", dump.read_text(errors="replace"), re.M)
        if total:  # the dump's last line
            return int(total[1])
    return None


#: How each program is run: from its sources, and as the one-folder bundle.
MODES = ("source", "frozen")


def ratio_table(heading: str, rows: list[tuple[str, str, str, float]]) -> list[str]:
    """A Markdown section: for each mode, the app's figure, the bare window's and their ratio."""
    return [
        "",
        heading,
        "",
        "| | app | hello | ratio |",
        "|---|---:|---:|---:|",
        *(f"| {mode} | {app} | {hello} | {ratio:.3f} |" for mode, app, hello, ratio in rows),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "measure.md")
    options = parser.parse_args()
    for tool in ("Xvfb", "dbus-daemon", "valgrind"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed (Debian packages xvfb, dbus-daemon, valgrind)")
    try:
        import Xlib  # noqa: F401
    except ImportError:
        raise SystemExit("python-xlib is needed (pip install python-xlib)") from None

    work = Path(tempfile.mkdtemp(prefix="measure-"))
    app_bundle = build_msi.build_bundle(work / "app" / "dist", work / "app" / "work")
    hello_script, hello_bundle = build_hello(work / "hello")
    app_size, app_files = folder_size(app_bundle)
    hello_size, hello_files = folder_size(hello_bundle)

    with virtual_screen() as display, session_bus() as bus_address:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": bus_address,
            # Bytecode as an installed app has it (pip compiles at install): the warm-up run
            # writes it here, outside the source tree, so no run pays for compiling.
            "PYTHONPYCACHEPREFIX": str(work / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cases = {
            ("source", "app"): ([sys.executable, "-m", "desktop"], "Báo cáo 156"),
            ("source", "hello"): ([sys.executable, str(hello_script)], "Hello window"),
            ("frozen", "app"): ([str(app_bundle / "BaoCao156")], "Báo cáo 156"),
            ("frozen", "hello"): ([str(hello_bundle / "hello")], "Hello window"),
        }
        timings: dict[tuple[str, str], list[float]] = {case: [] for case in cases}
        watch = MapWatch(display)
        try:
            for command, title in cases.values():
                watch.time_to_window(command, title, env)  # warm the file cache once
            for _ in range(options.runs):
                for case, (command, title) in cases.items():
                    timings[case].append(watch.time_to_window(command, title, env))
        finally:
            watch.close()
        # Off-screen, so no X server's timing enters; the runs above compiled the bytecode.
        off_screen = {**env, "QT_QPA_PLATFORM": "offscreen"}
        instructions = {
            case: instructions_to_event_loop(command, off_screen)
            for case, (command, _title) in cases.items()
        }

    mib = 1024 * 1024
    lines = [
        "## Bundle size (one-folder PyInstaller build, Linux x86-64)",
        "",
        "| build | size | files |",
        "|---|---:|---:|",
        f"| Báo cáo 156 (build.spec) | {app_size / mib:.1f} MiB | {app_files} |",
        f"| bare PySide6 hello window (defaults) | {hello_size / mib:.1f} MiB | {hello_files} |",
        f"| ratio app / hello | {app_size / hello_size:.2f} | |",
    ]

    def timed(seconds: list[float]) -> str:
        return f"{statistics.median(seconds) * 1000:.0f} ms ({min(seconds) * 1000:.0f})"

    timed_rows, counted_rows = [], []
    for mode in MODES:
        app, hello = timings[(mode, "app")], timings[(mode, "hello")]
        ratio = statistics.median(app) / statistics.median(hello)
        timed_rows.append((mode, timed(app), timed(hello), ratio))
        app, hello = instructions[(mode, "app")], instructions[(mode, "hello")]
        counted_rows.append((mode, f"{app / 1e6:.0f} M", f"{hello / 1e6:.0f} M", app / hello))
    lines += ratio_table(
        f"## Start-up to window shown (Xvfb and a session bus, median of {options.runs}, "
        "min in brackets)",
        timed_rows,
    )
    lines += ratio_table(
        "## Start-up work to window shown (CPU instructions until Qt's event loop starts, "
        "Valgrind's callgrind: the same at every run)",
        counted_rows,
    )
    report = "\n".join(lines) + "\n"
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(report, encoding="utf-8")
    print(report)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
