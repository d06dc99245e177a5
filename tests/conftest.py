"""Shared test set-up: Qt always runs off-screen, never on the developer's display."""

import os

# Set before any Qt import: GUI tests never touch a real screen or the real clipboard.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
