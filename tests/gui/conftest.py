"""Fixtures that open the real main window off-screen, as a user would find it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.settings import MappingStore
from desktop.ui.main_window import MainWindow


@pytest.fixture
def clipboard(qapp):
    """The application's clipboard (in-process under the offscreen platform), emptied."""
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def settings():
    """The user's settings, in memory: tests never read or write the real ones."""
    return MappingStore()


@pytest.fixture
def window(qtbot, clipboard, settings):
    """The main window, shown and active, with focus where the app puts it at start."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
    return win
