"""Fixtures for the distribution tests: a frozen build, MSIs built from it, a Wine prefix.

These tests need PyInstaller (in the ``test`` extra), Debian's ``wixl`` and ``wine``; CI
installs all of them (``.ci/run``) and a missing one fails the run there instead of
skipping. On a developer machine without them the tests say what to install and skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "installer"))

import build_msi  # noqa: E402

from tests.conftest import require  # noqa: E402


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The one-folder build of build.spec, made once for the whole session."""
    out = tmp_path_factory.mktemp("pyinstaller")
    return build_msi.build_bundle(out / "dist", out / "work")


@pytest.fixture(scope="session")
def msi_factory(bundle, tmp_path_factory):
    """Build an MSI of ``bundle`` at a given version (cached per version)."""
    require("wixl", "wixl")
    out = tmp_path_factory.mktemp("msi")
    built: dict[str, Path] = {}

    def make(version: str, *, again: bool = False) -> Path:
        """The MSI of ``version``; ``again``: a second, separate build of that version."""
        key = f"{version}-again" if again else version
        if key not in built:
            target = out / key / f"BaoCao156-{version}-x64.msi"
            built[key] = build_msi.build_msi(bundle, version, target, out / f"work-{key}")
        return built[key]

    return make


class WinePrefix:
    """A throw-away Windows installation that MSIs are installed into."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = {
            **os.environ,
            "WINEPREFIX": str(path),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # No Mono or Gecko installers: they would be downloaded and are not needed.
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "DISPLAY": "",
        }
        self.drive_c = path / "drive_c"

    def run(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        result = subprocess.run(
            ["wine", *args], env=self.env, capture_output=True, timeout=timeout, check=False
        )
        self.wait()
        return result

    def msiexec(self, action: str, msi: Path, *properties: str) -> int:
        """``msiexec /i`` or ``/x`` with ``/qn`` and public properties; the exit code."""
        return self.run("msiexec", action, str(msi), "/qn", *properties).returncode

    def wait(self) -> None:
        """Let wineserver write the registry to disk."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=120, check=False)

    def registry(self) -> str:
        return (self.path / "system.reg").read_text(encoding="utf-8", errors="replace")

    def user_registry(self) -> str:
        return (self.path / "user.reg").read_text(encoding="utf-8", errors="replace")

    @property
    def install_dir(self) -> Path:
        return self.drive_c / "Program Files" / "BaoCao156"

    def shortcuts(self) -> list[Path]:
        """Start-menu shortcuts named for the app, per machine or per user.

        Wine puts a per-machine package's shortcuts in the user's Programs folder; Windows
        puts them in ProgramData's. Either is "the shortcut is there".
        """
        found = []
        for root in (self.drive_c / "ProgramData", self.drive_c / "users"):
            found += [p for p in root.rglob("*.lnk") if "Start Menu" in str(p)]
        return [p for p in found if p.name == "Báo cáo 156.lnk"]


@pytest.fixture(scope="session")
def wine_prefix(tmp_path_factory) -> WinePrefix:
    require("wine", "wine wine64")
    require("wineserver", "wine")
    prefix = WinePrefix(tmp_path_factory.mktemp("wine") / "prefix")
    result = subprocess.run(
        ["wineboot", "--init"], env=prefix.env, capture_output=True, timeout=600, check=False
    )
    prefix.wait()
    assert (prefix.drive_c / "windows").is_dir(), result.stderr
    return prefix
