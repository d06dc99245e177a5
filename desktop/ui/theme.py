"""Following the system's light or dark theme.

On Windows 11, Qt's default "windows11" style follows the system's dark theme by itself. On
Windows 10 the default "windowsvista" style is always light; with the system in dark mode the
app switches to Qt's Fusion style, which draws with the system's dark palette, and back to
the native style when the system turns light again. Elsewhere nothing changes, and the app
does not even look at its style: PySide6 builds QStyle's several hundred enum values on
first use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

#: Qt styles that ignore the system's dark theme.
LIGHT_ONLY_STYLES = ("windowsvista",)

#: The style that draws with whatever palette the system gives, dark included.
PALETTE_STYLE = "Fusion"


def style_for(current: str, native: str, dark: bool, light_only=LIGHT_ONLY_STYLES) -> str | None:
    """The style to switch to for the system's theme, or None to keep ``current``.

    ``native`` is the style the app started with.
    """
    if native.lower() not in light_only:
        return None
    wanted = PALETTE_STYLE if dark else native
    return None if wanted.lower() == current.lower() else wanted


class ThemeFollower(QObject):
    """Keeps the application's style in step with the system's colour scheme."""

    def __init__(self, app: QApplication, light_only=LIGHT_ONLY_STYLES) -> None:
        super().__init__(app)
        self._app = app
        self._native = app.style().name()
        self._light_only = light_only
        if self._native.lower() in light_only:
            # Only here is the colour scheme (and with it PySide6's Qt namespace) looked at.
            from PySide6.QtCore import Qt

            self._dark = Qt.ColorScheme.Dark
            hints = app.styleHints()
            hints.colorSchemeChanged.connect(self._on_scheme_changed)
            self._on_scheme_changed(hints.colorScheme())

    def _on_scheme_changed(self, scheme) -> None:
        self.follow(scheme == self._dark)

    def follow(self, dark: bool) -> None:
        """Use the style that shows the system's theme, light or ``dark``."""
        style = style_for(self._app.style().name(), self._native, dark, self._light_only)
        if style is not None:
            self._app.setStyle(style)
