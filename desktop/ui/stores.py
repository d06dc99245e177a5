"""Where settings are kept on this machine: the user's own, and IT's presets."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings

from desktop.presets import INSTALLER_KEY, POLICY_KEY, Origin


def it_stores() -> list[tuple[Origin, QSettings]]:
    """Where IT's presets are, strongest first (see :mod:`desktop.presets`): on Windows the
    Policies key, the installer's key and the app's own HKLM key; elsewhere the system-wide
    settings files of the same names."""
    if sys.platform == "win32":
        native = QSettings.Format.NativeFormat
        return [
            (Origin.POLICY, QSettings(POLICY_KEY, native)),
            (Origin.INSTALLER, QSettings(INSTALLER_KEY, native)),
            (Origin.MACHINE, _system_settings()),
        ]
    return [
        (Origin.POLICY, _system_settings("policies")),
        (Origin.INSTALLER, _system_settings("installer")),
        (Origin.MACHINE, _system_settings()),
    ]


def _system_settings(name: str | None = None) -> QSettings:
    """Settings at system scope under the organisation: the app's own (HKLM on Windows, the
    system-wide settings file elsewhere), or those called ``name``."""
    return QSettings(
        QSettings.Format.NativeFormat,
        QSettings.Scope.SystemScope,
        QCoreApplication.organizationName(),
        name or QCoreApplication.applicationName(),
    )
