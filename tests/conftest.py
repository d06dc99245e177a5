"""Shared test set-up: Qt always runs off-screen, never on the developer's display."""

import os
import shutil
import sys
from typing import NoReturn

import pytest

# Set before any Qt import: GUI tests never touch a real screen or the real clipboard.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.platform == "win32":
    # Off-screen Qt looks for fonts in Qt's own folder, which PySide6 does not ship: without
    # this, text would be empty boxes (and PDFs without text). The window uses these fonts.
    os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(os.environ["WINDIR"], "Fonts"))


def require(tool: str, package: str) -> str:
    """The path of a command-line tool the tests need.

    CI installs every such tool (``.ci/run``), so there its absence fails the run; on a
    developer machine without it the test says what to install and is skipped.
    """
    path = shutil.which(tool)
    if path:
        return path
    unavailable(f"{tool} is not installed (Debian package {package})")


def unavailable(message: str) -> NoReturn:
    """Fail in CI, which installs everything the tests need; elsewhere skip, saying why."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
