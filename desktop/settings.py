"""The user's preferences, kept between runs, over any key-value store.

The window passes a QSettings; tests pass a dict. Values read back from an INI file or
the registry may come as strings, so reading normalises them.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Protocol


class Store(Protocol):
    """What the preferences need of QSettings."""

    def value(self, key: str, defaultValue: object = None) -> object: ...

    def setValue(self, key: str, value: object) -> None: ...


class MappingStore:
    """A :class:`Store` over a plain mapping (tests, or running without settings)."""

    def __init__(self, mapping: MutableMapping[str, object] | None = None) -> None:
        self.mapping = {} if mapping is None else mapping

    def value(self, key: str, defaultValue: object = None) -> object:
        return self.mapping.get(key, defaultValue)

    def setValue(self, key: str, value: object) -> None:
        self.mapping[key] = value


WITHOUT_DIACRITICS = "report/withoutDiacritics"
REPORTER_NAME = "reporter/name"
REPORTER_UNIT = "reporter/unit"
WINDOW_GEOMETRY = "window/geometry"
SAVE_FOLDER = "files/saveFolder"


class _TextPreference:
    """A text preference: read back trimmed, or "" when unset or not text."""

    def __init__(self, key: str, doc: str) -> None:
        self.key = key
        self.__doc__ = doc

    def __get__(self, preferences: Preferences, owner: type) -> str:
        value = preferences._store.value(self.key, "")
        return value.strip() if isinstance(value, str) else ""

    def __set__(self, preferences: Preferences, value: str) -> None:
        preferences._store.setValue(self.key, value.strip())


class Preferences:
    """Typed access to the preferences the app remembers."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def without_diacritics(self) -> bool:
        """Whether Bỏ dấu was on when the app was last used."""
        return read_bool(self._store.value(WITHOUT_DIACRITICS, False))

    @without_diacritics.setter
    def without_diacritics(self, value: bool) -> None:
        self._store.setValue(WITHOUT_DIACRITICS, bool(value))

    reporter_name = _TextPreference(REPORTER_NAME, "The name printed on summaries, as last typed.")
    reporter_unit = _TextPreference(
        REPORTER_UNIT, "The unit (school, office) printed on summaries, as last typed."
    )
    window_geometry = _TextPreference(
        WINDOW_GEOMETRY, "The window's last size and place (Qt's saveGeometry, base64), or ''."
    )

    save_folder = _TextPreference(
        SAVE_FOLDER, "The folder a file was last saved in (CSV, PDF), or ''."
    )

    def remember(self, key: str, value: object) -> None:
        """Keep a user's choice of a setting IT may also preset (see desktop.presets)."""
        self._store.setValue(key, value)


def read_bool(value: object, default: bool = False) -> bool:
    """A stored flag as a bool, or ``default`` when it cannot be read as one."""
    parsed = parse_bool(value)
    return default if parsed is None else parsed


def parse_bool(value: object) -> bool | None:
    """True/False, 1/0, "true"/"false", "yes"/"no", "on"/"off"; None for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off", ""):
            return False
    return None
