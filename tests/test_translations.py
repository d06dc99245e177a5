"""The translation sources: complete, up to date with the code, and faithful to it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "bao-cao-156_en.ts"
sys.path.insert(0, str(ROOT / "resources" / "installer"))

from translations import compile_translations, qt_tool, update_translation  # noqa: E402

# The markup the texts use (About); "<số>" in a text is a placeholder the user reads.
HTML_TAG = r"</?(?:h\d|p|i|b|br|small)>"

# Names that stay as they are in English.
PROPER_NAMES = ("Báo cáo 156", "Đắk Lắk")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_has_a_finished_english_translation():
    found = messages(APP_TS)
    assert len(found) > 100
    unfinished = [key for key, tr in found.items() if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


def test_the_translation_file_is_up_to_date_with_the_code(tmp_path):
    # lupdate over today's code must find exactly the texts the .ts already holds.
    copy = tmp_path / APP_TS.name
    shutil.copyfile(APP_TS, copy)
    update_translation(copy)
    assert set(messages(copy)) == set(messages(APP_TS))
    assert [key for key, tr in messages(copy).items() if tr.get("type")] == []


def test_a_text_marked_in_the_code_but_missing_from_the_file_is_found(tmp_path):
    # The check above can fail: a new tr() text shows up as unfinished.
    source = tmp_path / "sample.py"
    source.write_text(
        'class W:\n    def f(self):\n        return self.tr("Mới thêm")\n', encoding="utf-8"
    )
    ts = tmp_path / "sample_en.ts"
    tool = qt_tool("lupdate")
    subprocess.run([str(tool), str(source), "-ts", str(ts)], capture_output=True, check=True)
    (translation,) = messages(ts).values()
    assert translation.get("type") == "unfinished"


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_every_placeholder_tag_and_shortcut_key(path):
    for (context, source), translation in messages(path).items():
        text = translation.text or ""
        where = f"{context}: {source!r}"
        assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source)), where
        assert re.findall(HTML_TAG, text) == re.findall(HTML_TAG, source), where
        assert text.count("&") == source.count("&"), where
        assert ("Ctrl+" in text) == ("Ctrl+" in source), where


def test_no_vietnamese_is_left_in_the_english_texts():
    for (context, source), translation in messages(APP_TS).items():
        text = translation.text or ""
        for name in PROPER_NAMES:
            text = text.replace(name, "")
        letters = [ch for ch in text if ch.isalpha() and not ch.isascii()]
        assert letters == [], f"{context}: {source!r}"


def test_lrelease_compiles_every_catalogue(tmp_path):
    compiled = compile_translations(tmp_path)
    assert sorted(p.name for p in compiled) == ["bao-cao-156_en.qm", "qt_vi.qm"]
    assert all(p.stat().st_size > 1000 for p in compiled)


def test_english_guidance_matches_the_vietnamese_one_section_for_section():
    vietnamese = (ROOT / "resources" / "guidance" / "vi.md").read_text(encoding="utf-8")
    english = (ROOT / "resources" / "guidance" / "en.md").read_text(encoding="utf-8")
    headings = [line.split(" ")[0] for line in vietnamese.splitlines() if line.startswith("#")]
    assert [line.split(" ")[0] for line in english.splitlines() if line.startswith("#")] == (
        headings
    )
    for syntax in ("`S <", "`V <", "`LD <", "156", "5656", "153/STTTT-TTra"):
        assert syntax in english
    assert not [ch for ch in english.replace("Đắk Lắk", "") if ch.isalpha() and not ch.isascii()]
