"""The interface languages and the Language setting (the user's choice or IT's preset)."""

from __future__ import annotations

import pytest

from desktop.languages import LANGUAGES, SOURCE_LANGUAGE, parse_language
from desktop.presets import LANGUAGE, Origin, Setting, resolve
from desktop.settings import MappingStore


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN", "en"), (" vi ", "vi"), ("en-US", "en"), ("en_GB", "en"), ("vi-VN", "vi")],
)
def test_known_languages_are_read_in_any_usual_spelling(value, expected):
    assert parse_language(value) == expected


@pytest.mark.parametrize("value", [None, "", "fr", "english", 1, True, "zz-en"])
def test_anything_else_is_no_language(value):
    assert parse_language(value) is None


def test_vietnamese_is_the_default_and_every_language_names_itself():
    assert SOURCE_LANGUAGE == "vi"
    assert LANGUAGES == {"vi": "Tiếng Việt", "en": "English"}
    assert resolve([], MappingStore()).language == Setting("vi", Origin.DEFAULT)


def test_the_users_choice_is_kept_and_an_it_preset_wins_and_locks():
    user = MappingStore({LANGUAGE: "en"})
    assert resolve([], user).language == Setting("en", Origin.USER)
    preset = [(Origin.POLICY, MappingStore({LANGUAGE: "vi"}))]
    assert resolve(preset, user).language == Setting("vi", Origin.POLICY)
    assert resolve(preset, user).language.locked


def test_a_preset_naming_an_unknown_language_is_ignored():
    user = MappingStore({LANGUAGE: "en"})
    preset = [(Origin.MACHINE, MappingStore({LANGUAGE: "fr"}))]
    assert resolve(preset, user).language == Setting("en", Origin.USER)
