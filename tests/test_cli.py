"""SPEC "Command line": --version and --self-test, run as IT would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.__main__ import main


def run_app(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """``python -m desktop ARGS``; off-screen unless ``env`` (the whole environment) says."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
        env=env if env is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_version_prints_the_package_version():
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"bao-cao-156 {__version__}"


def test_self_test_prints_one_ok_line_and_exits_zero():
    result = run_app("--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("ok")
    assert "S V LD" in lines[0]


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows keeps presets in the registry: .ci/windows installs the MSI with "
    "properties and checks what the installed --self-test says",
)
def test_self_test_says_which_presets_are_in_force_and_where_each_comes_from(tmp_path):
    # Qt's system-scope settings live under XDG_CONFIG_DIRS, the user's under XDG_CONFIG_HOME.
    system, user = tmp_path / "etc", tmp_path / "home"
    for folder, name, text in (
        (system, "policies.conf", "Destination=5656\n"),
        (system, "installer.conf", "Organisation=Sở GD&ĐT Đắk Lắk\nDestination=156\n"),
        (system, "bao-cao-156.conf", "LogEnabled=false\nLanguage=xx\n"),
        (user, "bao-cao-156.conf", "Language=en\nLogEnabled=true\n"),
    ):
        (folder / "BaoCao156").mkdir(parents=True, exist_ok=True)
        (folder / "BaoCao156" / name).write_text(f"[General]\n{text}", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_DIRS": str(system),
        "XDG_CONFIG_HOME": str(user),
    }
    result = run_app("--self-test", env=env)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert "presets Destination=5656 (policy), LogEnabled=false (HKLM key), " in line
    assert "Organisation=Sở GD&ĐT Đắk Lắk (MSI property), GuidancePath=- (default), " in line
    assert "Language=en (user); S V LD qr guidance ok" in line  # "xx" is no language: ignored
    # A console that cannot show Vietnamese letters still gets the line, and exit code 0.
    result = run_app("--self-test", env={**env, "PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    escaped = "S\\u1edf GD&\\u0110T \\u0110\\u1eafk L\\u1eafk"
    assert f"Organisation={escaped} (MSI property)" in result.stdout


def test_self_test_runs_off_screen_even_without_the_variable():
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    result = run_app("--self-test", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_self_test_fails_loudly_when_the_resources_are_gone(tmp_path):
    # A copy of the package with no resources beside it: a damaged installation.
    import shutil

    import desktop

    package = os.path.dirname(desktop.__file__)
    shutil.copytree(package, tmp_path / "desktop", ignore=shutil.ignore_patterns("_resources"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tmp_path)}
    result = run_app("--self-test", env=env, cwd=tmp_path)
    assert result.returncode != 0
    assert "FAILED" in result.stderr
    assert "guidance" in result.stderr


def test_unknown_options_are_left_for_qt(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["bao-cao-156", "--version", "-style", "fusion"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
