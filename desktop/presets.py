"""IT presets: settings at machine level that override the user's and lock their control.

IT sets them in three places on Windows, the first that holds a sensible value winning:

1. Group Policy, ``HKLM\\Software\\Policies\\BaoCao156`` (the ADMX templates in
   ``resources/policies/`` write there);
2. the MSI's public properties (``msiexec /i … DESTINATION=5656``), which the installer
   writes to ``HKLM\\Software\\BaoCao156\\Installer``;
3. values written by hand or by Group Policy Preferences under
   ``HKLM\\Software\\BaoCao156\\bao-cao-156`` (as older installs were set up).

Then comes the user's own choice, then the default. A preset locks its control; a value
that makes no sense (a destination other than 156 or 5656, say) is ignored, not obeyed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
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


#: Where Group Policy writes the presets (the ADMX templates' key), and where the MSI does.
POLICY_KEY = r"HKEY_LOCAL_MACHINE\Software\Policies\BaoCao156"
INSTALLER_KEY = r"HKEY_LOCAL_MACHINE\Software\BaoCao156\Installer"

#: The preset names, as the registry, the ADMX templates and the MSI properties know them.
NAMES = (DESTINATION, LOG_ENABLED, ORGANISATION, GUIDANCE_PATH, LANGUAGE)


class Origin(Enum):
    """Where a setting's value came from, from the strongest to the weakest."""

    POLICY = "policy"
    INSTALLER = "MSI property"
    MACHINE = "HKLM key"
    USER = "user"
    DEFAULT = "default"

    @property
    def locks(self) -> bool:
        """Whether a value from here locks its control: IT set it."""
        return self not in (Origin.USER, Origin.DEFAULT)


class Setting(NamedTuple, Generic[T]):
    """A setting's value, and where it came from."""

    value: T
    origin: Origin = Origin.DEFAULT

    @property
    def locked(self) -> bool:
        """Whether IT set it, so the user cannot change it."""
        return self.origin.locks


class Presets(NamedTuple):
    """Every setting IT can preset, resolved."""

    destination: Setting[str]
    log_enabled: Setting[bool]
    organisation: Setting[str]
    guidance_path: Setting[str]
    language: Setting[str]


def resolve(machine: Sequence[tuple[Origin, Store]], user: Store) -> Presets:
    """Each setting from the first of ``machine`` (IT's stores, strongest first) that holds
    a sensible value, else the user's, else the default."""
    stores = [*machine, (Origin.USER, user)]
    return Presets(
        destination=_resolve(stores, DESTINATION, _destination, DEFAULT_DESTINATION),
        log_enabled=_resolve(stores, LOG_ENABLED, _flag, True),
        organisation=_resolve(stores, ORGANISATION, _organisation, ""),
        guidance_path=_resolve(stores, GUIDANCE_PATH, _text, ""),
        language=_resolve(stores, LANGUAGE, parse_language, SOURCE_LANGUAGE),
    )


def describe(presets: Presets) -> str:
    """Each preset's value and where it came from, on one line (for ``--self-test``)."""
    shown = []
    for name, setting in zip(NAMES, presets, strict=True):
        value = setting.value
        text = ("true" if value else "false") if isinstance(value, bool) else value or "-"
        shown.append(f"{name}={text} ({setting.origin.value})")
    return ", ".join(shown)


def _resolve(
    stores: list[tuple[Origin, Store]],
    key: str,
    read: Callable[[object], T | None],
    default: T,
) -> Setting[T]:
    for origin, store in stores:
        value = read(store.value(key, None))
        if value is not None:
            return Setting(value, origin)
    return Setting(default)


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
