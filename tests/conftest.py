"""Shared test set-up: Qt always runs off-screen, never on the developer's display."""

import os
import shutil
from typing import NoReturn

import pytest

# Set before any Qt import: GUI tests never touch a real screen or the real clipboard.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


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
