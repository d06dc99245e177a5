"""Following the system's dark theme where Qt's default style would stay light."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.theme import ThemeFollower, style_for


@pytest.mark.parametrize(
    ("current", "native", "dark", "expected"),
    [
        ("windowsvista", "windowsvista", True, "Fusion"),  # Windows 10 turned dark
        ("Fusion", "windowsvista", True, None),  # already following
        ("Fusion", "windowsvista", False, "windowsvista"),  # light again: native look
        ("windowsvista", "windowsvista", False, None),
        ("windows11", "windows11", True, None),  # Windows 11 follows by itself
        ("fusion", "fusion", True, None),  # Linux: the palette does it
    ],
)
def test_the_style_follows_the_theme_only_where_the_native_one_cannot(
    current, native, dark, expected
):
    assert style_for(current, native, dark) == expected


def test_the_follower_switches_the_application_style_and_back(qapp):
    original = qapp.style().name()
    QApplication.setStyle("Windows")  # stands in for a light-only native style here
    try:
        follower = ThemeFollower(qapp, light_only=("windows",))
        qapp.styleHints().colorSchemeChanged.emit(qapp.styleHints().colorScheme())
        assert qapp.style().name().lower() == "windows"  # the system is not dark
        follower.follow(dark=True)
        assert qapp.style().name().lower() == "fusion"
        follower.follow(dark=False)
        assert qapp.style().name().lower() == "windows"
    finally:
        follower.setParent(None)  # disconnected from the application as it goes
        QApplication.setStyle(original)


def test_where_the_native_style_follows_by_itself_nothing_changes(qapp):
    style = qapp.style().name()
    follower = ThemeFollower(qapp, light_only=())
    follower.follow(dark=True)
    assert qapp.style().name() == style
