"""The one resource helper finds files from source, installed and frozen layouts."""

from __future__ import annotations

import re
import sys

import pytest

from desktop import resources
from desktop.resources import ResourceError, read_text, resource_path, resources_dir


def test_guidance_is_found_from_the_source_tree():
    assert resource_path("guidance", "vi.md").is_file()
    assert "156" in read_text("guidance", "vi.md")


def test_frozen_bundle_folder_wins(tmp_path, monkeypatch):
    (tmp_path / "resources" / "guidance").mkdir(parents=True)
    (tmp_path / "resources" / "guidance" / "vi.md").write_text("bundled", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert read_text("guidance", "vi.md") == "bundled"


def test_installed_copy_inside_the_package_is_used(tmp_path, monkeypatch):
    package = tmp_path / "desktop"
    (package / "_resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources_dir() == package / "_resources"


def test_no_resources_anywhere_is_a_resource_error(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "site-packages" / "desktop")
    with pytest.raises(ResourceError, match="not found"):
        resources_dir()


def test_unreadable_or_undecodable_file_is_a_resource_error(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "bad.md").write_bytes(b"\xff\xfe\x00broken")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(ResourceError, match="cannot read"):
        read_text("bad.md")
    with pytest.raises(ResourceError):
        read_text("missing.md")


def test_a_file_in_a_language_falls_back_to_the_vietnamese_one_it_translates():
    assert "Warning signs" in resources.read_text_in("en", "guidance", ".md")
    assert "Dấu hiệu lừa đảo" in resources.read_text_in("fr", "guidance", ".md")
    with pytest.raises(ResourceError):
        resources.read_text_in("vi", "guidance", ".txt")  # no Vietnamese copy: nothing to give


@pytest.mark.parametrize(
    ("language", "merged", "date"),
    [("vi", "Sở Khoa học và Công nghệ", "01/03/2025"), ("en", "Science and Technology", "2025")],
)
def test_guidance_says_who_the_department_is_today_and_keeps_the_circular(language, merged, date):
    text = read_text("guidance", f"{language}.md")
    assert merged in text and date in text
    assert "153/STTTT-TTra" in text  # the circular stays the dated source
    assert "156 / 5656" in text


@pytest.mark.parametrize("language", ["vi", "en"])
def test_guidance_syntax_is_the_form_the_app_copies(language):
    from desktop.report import Kind, compose

    text = read_text("guidance", f"{language}.md")
    for kind in Kind:
        # "`LD <number> <content>`": the keyword, a space, the number, a space, the content.
        form = re.search(rf"`{kind.keyword} <[^>]+> <[^>]+>`", text)
        assert form, kind
    assert ", nội dung" not in text and ", content" not in text  # no comma between the parts
    example = re.search(r"`(LD 0912345678 [^`]+)`", text).group(1)
    content = example.removeprefix("LD 0912345678 ")
    assert compose(Kind.SCAM_CALL, "0912345678", content).message == example


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_bundled_guidance_names_no_picture_and_no_address(language):
    # The panel shows it in Qt's own document, which would fetch what a picture names: only
    # the organisation's file gets the document that refuses anything outside its folder.
    text = read_text("guidance", f"{language}.md")
    assert "![" not in text and "<img" not in text.lower()
    assert not re.search(r"\]\(|https?://|file:|\\\\", text)
