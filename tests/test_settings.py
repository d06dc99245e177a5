"""Preferences kept between runs, over any key-value store (QSettings in the app)."""

from __future__ import annotations

import pytest

from desktop.settings import WITHOUT_DIACRITICS, MappingStore, Preferences, read_bool


def test_bo_dau_is_off_until_turned_on_and_then_remembered():
    store = MappingStore()
    assert Preferences(store).without_diacritics is False
    Preferences(store).without_diacritics = True
    assert store.mapping[WITHOUT_DIACRITICS] is True
    assert Preferences(store).without_diacritics is True  # a new run reads it back
    Preferences(store).without_diacritics = False
    assert Preferences(store).without_diacritics is False


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("false", False),
        ("TRUE", True),
        (" 1 ", True),
        ("0", False),
        ("yes", True),
        ("no", False),
        (1, True),
        (0, False),
        ("", False),
    ],
)
def test_values_read_back_from_ini_files_or_the_registry(stored, expected):
    assert read_bool(stored) is expected
    assert Preferences(MappingStore({WITHOUT_DIACRITICS: stored})).without_diacritics is expected


@pytest.mark.parametrize("garbage", ["maybe", None, 3.5, [], "tru"])
def test_unreadable_values_fall_back_to_the_default(garbage):
    assert read_bool(garbage) is False
    assert read_bool(garbage, default=True) is True
    assert Preferences(MappingStore({WITHOUT_DIACRITICS: garbage})).without_diacritics is False


def test_text_preferences_are_trimmed_and_survive_odd_stored_values():
    store = MappingStore()
    preferences = Preferences(store)
    assert preferences.reporter_name == "" and preferences.window_geometry == ""
    preferences.reporter_name = "  Nguyễn Thị Lan "
    preferences.reporter_unit = "Trường THPT A"
    assert store.mapping["reporter/name"] == "Nguyễn Thị Lan"
    assert Preferences(store).reporter_name == "Nguyễn Thị Lan"
    assert Preferences(store).reporter_unit == "Trường THPT A"
    store.mapping["reporter/unit"] = 42  # not text: read as unset
    assert Preferences(store).reporter_unit == ""
