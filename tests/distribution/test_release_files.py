"""The release workflow and its pinned dependencies stay consistent with the build."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PINS = ROOT / ".github" / "release-requirements.txt"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def pins() -> dict[str, str]:
    found = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([0-9][0-9A-Za-z.\-+]*)", line)
            assert match, f"not an exact pin: {line!r}"
            found[match.group(1).lower()] = match.group(2)
    return found


def test_release_build_pins_every_dependency_exactly():
    pinned = pins()
    for name in (
        "pyside6-essentials",
        "shiboken6",
        "phonenumbers",
        "segno",
        "pyinstaller",
        "pytest-qt",
    ):
        assert name in pinned
    assert pinned["pyside6-essentials"] == pinned["shiboken6"]  # they ship together


def test_release_workflow_builds_tests_self_tests_and_publishes():
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in workflow
    assert "runs-on: windows-" in workflow
    assert "-r .github/release-requirements.txt" in workflow
    # The package is built with the pinned tools too, not ones fetched for the build.
    assert "--no-build-isolation" in workflow
    assert "python -m pytest" in workflow
    assert "resources/installer/build_msi.py" in workflow
    assert workflow.count("--self-test") >= 2  # the bundle and the installed copy
    for artefact in (".msi", ".zip", "SHA256SUMS.txt"):
        assert artefact in workflow
