"""The installed package carries its resources and the GUI script, as ``pip install .`` makes it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    (built,) = out.glob("bao_cao_156-*.whl")
    return built


def test_wheel_holds_the_resources_inside_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((ROOT / "resources").rglob("*")):
        relative = path.relative_to(ROOT / "resources").as_posix()
        if (
            path.is_file()
            and not relative.startswith("installer/")
            and "__pycache__" not in relative
            and path.suffix not in (".ts", ".qm")
        ):
            assert f"desktop/_resources/{relative}" in names
    assert [n for n in names if n.startswith("desktop/_resources/installer")] == []


def test_wheel_holds_translations_compiled_by_the_build_not_their_sources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    translations = sorted(n for n in names if n.startswith("desktop/_resources/translations/"))
    assert translations == [
        "desktop/_resources/translations/bao-cao-156_en.qm",
        "desktop/_resources/translations/qt_vi.qm",
    ]


def test_wheel_declares_the_gui_script_and_dependencies(wheel):
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
    assert "bao-cao-156 = desktop.__main__:main" in archive.read(entry_points).decode()
    (metadata,) = [n for n in archive.namelist() if n.endswith("METADATA")]
    text = archive.read(metadata).decode()
    assert "Requires-Dist: PySide6-Essentials" in text
    assert "Requires-Dist: phonenumbers" in text


def test_installed_wheel_passes_its_self_test(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    result = subprocess.run(
        [sys.executable, "-c",
         "import sys, desktop; from desktop.__main__ import main; "
         "assert desktop.__file__.startswith(sys.argv[1]), desktop.__file__; "
         "sys.exit(main(['bao-cao-156', '--self-test']))",
         str(target)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("guidance ok")


def test_the_source_archive_builds_a_wheel_with_the_translations(tmp_path):
    # An sdist must carry the build backend and the .ts sources, and no compiled .qm.
    subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, 'resources/installer'); import build_backend; "
         f"build_backend.build_sdist({str(tmp_path)!r})"],
        cwd=ROOT, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (archive,) = tmp_path.glob("bao_cao_156-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        # The safe "data" filter where this Python has it (3.11.4 and later).
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(tmp_path / "src", **safe)
    assert any(n.endswith("resources/installer/build_backend.py") for n in names)
    assert any(n.endswith("resources/translations/bao-cao-156_en.ts") for n in names)
    assert not [n for n in names if n.endswith(".qm")]
    (source,) = (tmp_path / "src").iterdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (tmp_path / "wheel").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/_resources/translations/bao-cao-156_en.qm" in names


#: What a build or a test run adds to a checkout (.gitignore's list, and git's own folder).
NOT_IN_A_FRESH_CHECKOUT = (
    ".git", "build", "dist", "*.qm", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis",
    ".venv",
)  # fmt: skip
#: The variables Windows needs to start Python at all.
WINDOWS_ESSENTIALS = {
    name: os.environ[name] for name in ("SYSTEMROOT", "WINDIR") if name in os.environ
}


def test_the_quick_start_gives_a_source_checkout_its_translations(tmp_path):
    # `pip install .` then `python -m desktop` in the checkout: Python imports the package
    # from the checkout, so the build leaves the compiled translations there too.
    checkout = tmp_path / "bao-cao-156"
    shutil.copytree(ROOT, checkout, ignore=shutil.ignore_patterns(*NOT_IN_A_FRESH_CHECKOUT))
    assert not list(checkout.rglob("*.qm"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "wheel"), "."],
        cwd=checkout, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c",
         "import desktop, sys; from PySide6.QtWidgets import QApplication; "
         "from PySide6.QtCore import QCoreApplication as Q; "
         "from desktop.ui.translation import install_language; app = QApplication([]); "
         "assert desktop.__file__.startswith(sys.argv[1]), desktop.__file__; "
         "print(install_language('en'), Q.translate('LogDialog', 'Đóng')); "
         "print(install_language('vi'), Q.translate('QPlatformTheme', '&Yes'))",
         str(checkout)],
        cwd=checkout, capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONUTF8": "1", **WINDOWS_ESSENTIALS},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["True Close", "True &Có"]
