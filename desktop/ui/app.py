"""Creating the Qt application the window runs in."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, created once, with the names Qt uses for settings and paths."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QApplication.setApplicationName("bao-cao-156")
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName("BaoCao156")
    QApplication.setDesktopFileName("bao-cao-156")
    app = QApplication(list(argv))
    if sys.platform == "win32":  # only Windows has a native style that stays light
        from desktop.ui.theme import ThemeFollower  # elsewhere not even loaded

        ThemeFollower(app)
    return app
