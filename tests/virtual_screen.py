"""A virtual screen (Xvfb) and a D-Bus session bus, for running the real window headless.

Used by the screen-reader walk (tests/gui/test_screen_reader.py), the start-up benchmark
(.ci/measure.py) and the Windows build's screenshot under Wine (.ci/windows).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    """A 1366x768 virtual screen on a display number Xvfb itself finds free: its name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        # -noreset: the screen outlives each program shown on it.
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
         "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        _stop(server)


@contextlib.contextmanager
def session_bus() -> Iterator[str]:
    """A D-Bus session bus, as every Linux desktop has: its address.

    Without one, Qt's input-method detection waits for D-Bus autolaunch to fail before the
    first text field can be created (about 60 ms); Windows has no such wait.
    """
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        yield address
    finally:
        _stop(bus)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()  # lets Xvfb remove its lock file
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
