"""IT presets: system scope over user over default, and what IT sets is locked."""

from __future__ import annotations

import pytest

from desktop.presets import (
    DESTINATION,
    GUIDANCE_PATH,
    LOG_ENABLED,
    MAX_ORGANISATION_CHARS,
    ORGANISATION,
    Setting,
    resolve,
)
from desktop.settings import MappingStore


def presets(system: dict | None = None, user: dict | None = None):
    return resolve(MappingStore(system or {}), MappingStore(user or {}))


def test_defaults_when_nobody_set_anything():
    resolved = presets()
    assert resolved.destination == Setting("156")
    assert resolved.log_enabled == Setting(True)
    assert resolved.organisation == Setting("")
    assert resolved.guidance_path == Setting("")


def test_the_users_choice_beats_the_default_and_stays_unlocked():
    resolved = presets(user={DESTINATION: "5656", LOG_ENABLED: "false", ORGANISATION: "Trường A"})
    assert resolved.destination == Setting("5656", locked=False)
    assert resolved.log_enabled == Setting(False, locked=False)
    assert resolved.organisation == Setting("Trường A", locked=False)


def test_system_beats_user_and_locks():
    resolved = presets(
        system={
            DESTINATION: "5656",
            LOG_ENABLED: 0,
            ORGANISATION: "  Sở GD&ĐT   Đắk Lắk ",
            GUIDANCE_PATH: r"\\server\share\canh-bao.md",
        },
        user={DESTINATION: "156", LOG_ENABLED: True, ORGANISATION: "Trường A"},
    )
    assert resolved.destination == Setting("5656", locked=True)
    assert resolved.log_enabled == Setting(False, locked=True)
    assert resolved.organisation == Setting("Sở GD&ĐT Đắk Lắk", locked=True)
    assert resolved.guidance_path == Setting(r"\\server\share\canh-bao.md", locked=True)


@pytest.mark.parametrize("value", [5656, "5656", " 5656 "])
def test_registry_values_may_be_numbers_or_padded_text(value):
    assert presets(system={DESTINATION: value}).destination == Setting("5656", locked=True)


@pytest.mark.parametrize(
    ("key", "bad"),
    [(DESTINATION, "113"), (DESTINATION, ""), (LOG_ENABLED, "maybe"), (ORGANISATION, "   ")],
)
def test_a_preset_that_makes_no_sense_is_ignored_not_obeyed(key, bad):
    resolved = presets(system={key: bad}, user={DESTINATION: "5656"})
    assert resolved.destination == Setting("5656")
    assert not resolved.log_enabled.locked and not resolved.organisation.locked


def test_a_long_organisation_name_is_cut():
    name = "Trường " * 40
    assert len(presets(system={ORGANISATION: name}).organisation.value) == MAX_ORGANISATION_CHARS
