"""build.spec: the one-folder build runs, carries its resources, and only what it uses."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

from desktop import __version__


def executable(bundle: Path) -> Path:
    return next(p for p in (bundle / "BaoCao156.exe", bundle / "BaoCao156") if p.exists())


def test_frozen_app_passes_its_self_test_off_screen(bundle):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [str(executable(bundle)), "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
        cwd=bundle.parent,  # resources must come from the bundle, not from this checkout
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"bao-cao-156 {__version__} self-test: presets Destination=")
    assert line.endswith("; S V LD qr guidance ok")


def test_frozen_version(bundle):
    result = subprocess.run(
        [str(executable(bundle)), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"bao-cao-156 {__version__}"


def test_bundle_carries_resources_and_licences(bundle):
    resources = bundle / "_internal" / "resources"
    assert (resources / "guidance" / "vi.md").is_file()
    assert (resources / "icons" / "app.png").is_file()
    assert (resources / "icons" / "window.png").is_file()
    licences = {p.name for p in (resources / "licenses").iterdir()}
    assert {
        "LICENSE",
        "THIRD-PARTY-NOTICES.txt",
        "LGPL-3.0.txt",
        "GPL-3.0.txt",
        "Apache-2.0.txt",
        "Python-LICENSE.txt",
        "PyInstaller-COPYING.txt",
        "segno-LICENSE.txt",
    } <= licences
    assert not (resources / "installer").exists()  # build machinery is not shipped


def frozen_modules(bundle: Path) -> set[str]:
    archive = CArchiveReader(str(executable(bundle)))
    return set(archive.open_embedded_archive("PYZ.pyz").toc)


def test_phone_metadata_only_no_geocoder_carrier_or_time_zones(bundle):
    modules = frozen_modules(bundle)
    assert "phonenumbers.data.region_VN" in modules
    assert "phonenumbers.data.region_SG" in modules  # foreign numbers are read too
    unwanted = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")
    assert [m for m in modules if m.split(".")[1:2] and m.split(".")[1] in unwanted] == []


def test_no_networking_or_unused_qt_modules_are_bundled(bundle):
    modules = frozen_modules(bundle)
    for name in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtSvg", "ssl", "tkinter"):
        assert name not in modules
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    for fragment in (
        "Qt6Network",
        "Qt6Svg",
        "Qt6Qml",
        "Qt6Quick",
        "Qt6Pdf",
        "/tls/",
        "/platformthemes/",
    ):
        assert [f for f in files if fragment in f] == []
    # Qt's own translations are dropped (Qt has no Vietnamese; English is Qt's own
    # language): the app's, compiled by the build, are the only ones.
    translations = sorted(Path(f).name for f in files if f.endswith(".qm"))
    assert translations == ["bao-cao-156_en.qm", "qt_vi.qm"]
    assert not [f for f in files if f.endswith(".ts")]
    platforms = {Path(f).name for f in files if "/platforms/" in f}
    assert any("offscreen" in name for name in platforms)  # --self-test needs it


def test_no_packaging_tools_are_bundled_to_be_imported_at_every_start(bundle):
    # With setuptools in the bundle, PyInstaller's run-time hook imports it before the app.
    modules = frozen_modules(bundle)
    for name in ("setuptools", "_distutils_hack", "pkg_resources", "distutils"):
        assert not any(m == name or m.startswith(f"{name}.") for m in modules), name


def test_no_ctypes_for_pyinstaller_to_import_at_every_start(bundle):
    # PyInstaller's bootstrap imports ctypes, when the bundle has it, to patch its loader.
    assert not any(m == "ctypes" or m.startswith("ctypes.") for m in frozen_modules(bundle))
    assert not [p.name for p in bundle.rglob("_ctypes*")]


def test_the_excel_export_is_in_the_bundle(bundle):
    # Imported only when exporting: PyInstaller must still find it in the function.
    assert "xlsxwriter" in frozen_modules(bundle)
    assert "desktop.export_xlsx" in frozen_modules(bundle)
