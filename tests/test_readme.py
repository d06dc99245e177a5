"""The README stays true: two quick-start commands that CI runs too, and a map of every module."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_section(heading: str) -> str:
    """The README's text under ``## heading``, up to the next such heading."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def quick_start_commands() -> list[str]:
    section = readme_section("Quick start")
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quick_start_has_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert commands[0].endswith("python -m desktop")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = quick_start_commands()[1]
    assert test_command in [line.strip() for line in ci.splitlines()]


def test_readme_screenshot_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images
    for image in images:
        assert (ROOT / image).is_file(), image


def test_the_layout_names_every_module():
    named = set(re.findall(r"\b(\w+\.py)\b", readme_section("Where things are")))
    modules = {
        path.name
        for folder in ("desktop", "desktop/ui")
        for path in (ROOT / folder).glob("*.py")
        if path.name != "__init__.py"
    }
    assert modules - named == set()
