"""The window as a screen reader meets it: walked over AT-SPI, Linux's accessibility bus.

The app runs as a user starts it, on a virtual screen (Xvfb) with its own session bus and
Qt's accessibility bridge on; ``screen_reader_walk.py``, run by Debian's Python with
``pyatspi``, reads its tree, types into the fields, presses buttons and menu items through
their accessible actions and reads the clipboard. Windows' UI Automation is fed from the
same Qt accessibility interfaces that this walk reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require, unavailable
from tests.virtual_screen import session_bus, virtual_screen

# Windows' UI Automation reads the same Qt interfaces, checked in test_accessibility.py.
pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="AT-SPI is the accessibility bus of Linux desktops"
)

ROOT = Path(__file__).resolve().parents[2]
WALK = Path(__file__).with_name("screen_reader_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def has_pyatspi() -> bool:
    return (
        Path(SYSTEM_PYTHON).exists()
        and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode
        == 0
    )


@pytest.fixture(scope="module")
def walked(tmp_path_factory) -> dict:
    """What a screen reader met in the app, as the walk reported it."""
    for tool, package in (
        ("Xvfb", "xvfb"),
        ("dbus-daemon", "dbus-daemon"),
        ("xclip", "xclip"),
        ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ):
        require(tool, package)
    if not has_pyatspi():
        unavailable(f"{SYSTEM_PYTHON} cannot import pyatspi (Debian package python3-pyatspi)")
    home = tmp_path_factory.mktemp("home")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    with virtual_screen() as display, session_bus() as address:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "DBUS_", "DISPLAY", "WAYLAND"))
        }
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_RUNTIME_DIR=str(runtime),
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=address,
        )
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop"],
            cwd=ROOT,  # the source: what the tests test
            env={**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            walk = subprocess.run(
                [SYSTEM_PYTHON, str(WALK)], env=env, capture_output=True, text=True, timeout=120
            )
        finally:
            app.terminate()
            try:
                app_errors = app.communicate(timeout=20)[1]
            except subprocess.TimeoutExpired:
                app.kill()
                app_errors = app.communicate()[1]
    assert walk.returncode == 0, f"{walk.stderr}\napp said:\n{app_errors}"
    assert "Traceback" not in app_errors, app_errors
    return json.loads(walk.stdout)


def named(tree: list[dict], role: str, name: str) -> dict:
    matches = [node for node in tree if node["role"] == role and node["name"] == name]
    assert len(matches) == 1, (role, name, [(n["role"], n["name"]) for n in tree])
    return matches[0]


def test_every_control_a_reader_can_reach_has_a_name(walked):
    for tree in (walked["tree"], walked["log"]["tree"]):
        focusable = [node for node in tree if "focusable" in node["states"]]
        assert len(focusable) >= 8
        assert [node for node in focusable if not node["name"].strip()] == []


def test_the_kinds_and_destinations_are_named_groups_of_radio_buttons(walked):
    tree = walked["tree"]
    kinds = named(tree, "panel", "Bạn muốn báo cáo gì?")
    assert kinds["labelled_by"] == ["Báo cáo:"]
    first = tree.index(kinds)
    inside = [node for node in tree[first + 1 : first + 4] if node["depth"] == kinds["depth"] + 1]
    assert [node["role"] for node in inside] == ["radio button"] * 3
    assert [node["name"] for node in inside] == [
        "Tin nhắn rác (S)",
        "Cuộc gọi rác (V)",
        "Cuộc gọi lừa đảo (LD)",
    ]
    destinations = named(tree, "panel", "Số nhận báo cáo")
    assert destinations["labelled_by"] == ["Gửi tới:"]
    assert "checked" in named(tree, "radio button", "Gửi tới 156")["states"]
    assert named(tree, "text", "Tin nhắn báo cáo")["labelled_by"] == ["Tin nhắn báo cáo"]


def test_the_qr_code_is_an_image_and_the_warning_signs_a_read_only_document(walked):
    tree = walked["tree"]
    named(tree, "image", "Mã QR của tin nhắn báo cáo")
    guidance = named(tree, "text", "Dấu hiệu lừa đảo và cách báo cáo")
    assert {"focusable", "read_only", "multi_line"} <= set(guidance["states"])


def test_a_field_problem_is_in_what_the_reader_says_of_the_field(walked):
    assert "chữ cái" in walked["number_problem"]


def test_copy_pressed_by_a_reader_puts_the_report_on_the_clipboard(walked):
    assert walked["copied"] == "S 0912345678 Mời vay tiền lãi thấp"


def test_the_log_window_is_a_modal_dialog_whose_copy_again_works(walked):
    assert walked["log"]["role"] == "dialog"
    assert "modal" in walked["log"]["states"]
    named(walked["log"]["tree"], "text", "Tìm trong nhật ký")
    assert walked["copied_again"] == "S 0912345678 Mời vay tiền lãi thấp"
