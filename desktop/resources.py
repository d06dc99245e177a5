"""The one place that finds the files in ``resources/``.

They live beside the package in a source checkout (and an editable install), inside
the package as ``desktop/_resources`` in an installed wheel, and under the bundle's
folder (``sys._MEIPASS``) in a PyInstaller build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.languages import SOURCE_LANGUAGE

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceError(OSError):
    """A bundled file is missing or unreadable: the installation is damaged."""


def resources_dir() -> Path:
    """The folder that holds the application's resources."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise ResourceError(f"resources folder not found; looked in {', '.join(map(str, candidates))}")


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("guidance", "vi.md")``."""
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    """The text of one UTF-8 resource; :class:`ResourceError` if it cannot be read."""
    path = resource_path(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(f"cannot read {path}: {error}") from error


def read_text_in(language: str, folder: str, extension: str) -> str:
    """The text of ``folder/<language><extension>``, or of the Vietnamese one it translates.

    A language without its own copy of a file (the app is written in Vietnamese) gets the
    Vietnamese one; :class:`ResourceError` when neither can be read.
    """
    try:
        return read_text(folder, f"{language}{extension}")
    except ResourceError:
        if language == SOURCE_LANGUAGE:
            raise
        return read_text(folder, f"{SOURCE_LANGUAGE}{extension}")
