"""The release workflow and its pinned dependencies stay consistent with the build."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PINS = ROOT / ".github" / "release-requirements.txt"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def requirements() -> list[str]:
    """The requirement lines, each joined with its continuation lines, comments left out."""
    lines = PINS.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line.split("#", 1)[0] for line in lines)
    return [line.strip() for line in text.replace("\\\n", " ").splitlines() if line.strip()]


def pins() -> dict[str, str]:
    found = {}
    for line in requirements():
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([0-9][0-9A-Za-z.\-+]*)( .*)?", line)
        assert match, f"not an exact pin: {line!r}"
        found[match.group(1).lower()] = match.group(2)
    return found


def test_every_pin_carries_the_hash_of_its_windows_file():
    for line in requirements():
        hashes = re.findall(r"--hash=sha256:([0-9a-f]+)", line)
        assert len(hashes) == 1 and len(hashes[0]) == 64, line
    # What Windows needs beyond what pip resolves on Linux, and the installer itself.
    for name in ("colorama", "typing-extensions", "pip"):
        assert name in pins()


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
    for artefact in (".msi", ".zip", "-policies.zip", "SHA256SUMS.txt"):
        assert artefact in workflow
    # The Group Policy templates go beside the MSI; the MSI's properties are tried for real.
    assert "Compress-Archive -Path resources\\policies\\*" in workflow
    assert "DESTINATION=5656" in workflow and "DESTINATION=113" in workflow


def test_release_installs_only_hashed_files_and_signs_when_it_can():
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "--require-hashes -r .github/release-requirements.txt" in workflow
    assert "--upgrade pip" not in workflow and "choco install" not in workflow
    steps = [line.strip() for line in workflow.splitlines() if line.strip().startswith("- name:")]
    order = [
        next(i for i, step in enumerate(steps) if words in step)
        for words in ("Build the bundle", "Sign the app", "Self-test the frozen", "Build the MSI",
                      "Sign the MSI", "Install with presets, self-test")
    ]  # fmt: skip
    assert order == sorted(order)
    sign = (ROOT / ".github" / "sign.ps1").read_text(encoding="utf-8")
    assert "/tr http" in sign and "/fd sha256" in sign and "verify /pa" in sign
    assert "stays unsigned" in sign  # said plainly when there is no certificate
