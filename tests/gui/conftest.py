"""Fixtures that open the real main window off-screen, as a user would find it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication

from desktop.presets import Origin
from desktop.settings import MappingStore
from desktop.ui import translation
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_real_user_folders(qapp):
    """Anything that still asks Qt for the user's folders gets a test location instead."""
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory):
    """The app's .qm files, compiled from resources/translations/*.ts as the build does."""
    sys.path.insert(0, str(ROOT / "resources" / "installer"))
    from translations import compile_translations

    out = tmp_path_factory.mktemp("translations")
    assert compile_translations(out)
    return out


@pytest.fixture(autouse=True)
def _translations(monkeypatch, translations_dir, qapp):
    """The window finds the compiled translations, and every test starts in Vietnamese."""
    monkeypatch.setattr(translation, "app_translation_dir", lambda: translations_dir)
    yield
    translation.install_language("vi")


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
def system_settings():
    """IT's presets under the HKLM key of older installs, in memory: none unless a test
    sets some."""
    return MappingStore()


@pytest.fixture
def policy_settings():
    """IT's presets from Group Policy, in memory."""
    return MappingStore()


@pytest.fixture
def installer_settings():
    """IT's presets from the MSI's properties, in memory."""
    return MappingStore()


@pytest.fixture
def it_settings(policy_settings, installer_settings, system_settings):
    """Every store of IT's presets, strongest first: tests never read the machine's own."""
    return [
        (Origin.POLICY, policy_settings),
        (Origin.INSTALLER, installer_settings),
        (Origin.MACHINE, system_settings),
    ]


@pytest.fixture
def data_dir(tmp_path):
    """The user's application-data folder, where the log lives."""
    return tmp_path / "AppData" / "BaoCao156"


@pytest.fixture
def make_window(qtbot, clipboard, settings, it_settings, data_dir):
    """Open a main window the way the app does, shown, active and started."""

    def make() -> MainWindow:
        win = MainWindow(settings=settings, it_settings=it_settings, data_dir=data_dir)
        qtbot.addWidget(win)
        win.show()
        win.activateWindow()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
        qtbot.waitUntil(win.form.source_edit.isClearButtonEnabled)  # start-up finished
        return win

    return make


@pytest.fixture
def window(make_window):
    """The main window, shown and active, with focus where the app puts it at start."""
    return make_window()
