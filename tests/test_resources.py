"""The one resource helper finds files from source, installed and frozen layouts."""

from __future__ import annotations

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
