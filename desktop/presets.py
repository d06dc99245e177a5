"""IT presets: settings at system scope that override the user's and lock their control.

On Windows the system scope is ``HKEY_LOCAL_MACHINE\\Software\\BaoCao156\\bao-cao-156`` (what
Group Policy Preferences or Intune write); elsewhere the system-wide settings file. A
value IT sets there wins over the user's and its control is locked; a value that makes
no sense (a destination other than 156 or 5656, say) is ignored rather than obeyed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

from desktop.languages import SOURCE_LANGUAGE, parse_language
from desktop.report import DEFAULT_DESTINATION, DESTINATIONS
from desktop.settings import Store, parse_bool

T = TypeVar("T")

DESTINATION = "Destination"
LOG_ENABLED = "LogEnabled"
ORGANISATION = "Organisation"
GUIDANCE_PATH = "GuidancePath"
LANGUAGE = "Language"

#: Longest organisation name shown in the title bar and on printouts.
MAX_ORGANISATION_CHARS = 120


class Setting(NamedTuple, Generic[T]):
    """A setting's value, and whether IT locked it."""

    value: T
    locked: bool = False


class Presets(NamedTuple):
    """Every setting IT can preset, resolved."""

    destination: Setting[str]
    log_enabled: Setting[bool]
    organisation: Setting[str]
    guidance_path: Setting[str]
    language: Setting[str]


def resolve(system: Store, user: Store) -> Presets:
    """System over user over default; a value set by the system is locked."""
    return Presets(
        destination=_resolve(system, user, DESTINATION, _destination, DEFAULT_DESTINATION),
        log_enabled=_resolve(system, user, LOG_ENABLED, _flag, True),
        organisation=_resolve(system, user, ORGANISATION, _organisation, ""),
        guidance_path=_resolve(system, user, GUIDANCE_PATH, _text, ""),
        language=_resolve(system, user, LANGUAGE, parse_language, SOURCE_LANGUAGE),
    )


def _resolve(
    system: Store, user: Store, key: str, read: Callable[[object], T | None], default: T
) -> Setting[T]:
    preset = read(system.value(key, None))
    if preset is not None:
        return Setting(preset, locked=True)
    chosen = read(user.value(key, None))
    return Setting(default if chosen is None else chosen)


def _destination(value: object) -> str | None:
    text = _text(value)
    return text if text in DESTINATIONS else None


def _flag(value: object) -> bool | None:
    return None if value is None or value == "" else parse_bool(value)


def _organisation(value: object) -> str | None:
    text = _text(value)
    return " ".join(text.split())[:MAX_ORGANISATION_CHARS] if text else None


def _text(value: object) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)  # the registry may hold 156 as a number
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()
