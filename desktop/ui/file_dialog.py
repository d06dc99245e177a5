"""Where files are saved: the system's save dialog, opened in a folder the user can write to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Preferences


def start_folder(preferences: Preferences) -> Path:
    """The folder a save dialog opens in: the last one used, else the user's Documents, else
    the home folder.

    Never the working directory: started from the Start menu that is Program Files, where
    users cannot write.
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A folder that is gone would make the dialog fall back to the working directory.
    for folder in (preferences.save_folder, documents):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def ask_save_path(parent: QWidget, caption: str, proposed: Path, file_filter: str) -> str:
    """The path the user chose in the system's save dialog, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(proposed), file_filter)
    return path
