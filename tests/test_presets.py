"""IT presets: policy over MSI property over the HKLM key over user over default; what IT
sets is locked, and each setting says where it came from."""

from __future__ import annotations

import pytest

from desktop.presets import (
    DESTINATION,
    GUIDANCE_PATH,
    LANGUAGE,
    LOG_ENABLED,
    MAX_ORGANISATION_CHARS,
    NAMES,
    ORGANISATION,
    Origin,
    Setting,
    describe,
    resolve,
)
from desktop.settings import MappingStore


def presets(
    system: dict | None = None,
    user: dict | None = None,
    *,
    policy: dict | None = None,
    installer: dict | None = None,
):
    machine = [
        (Origin.POLICY, MappingStore(policy or {})),
        (Origin.INSTALLER, MappingStore(installer or {})),
        (Origin.MACHINE, MappingStore(system or {})),
    ]
    return resolve(machine, MappingStore(user or {}))


def test_defaults_when_nobody_set_anything():
    resolved = presets()
    assert resolved.destination == Setting("156")
    assert resolved.log_enabled == Setting(True)
    assert resolved.organisation == Setting("")
    assert resolved.guidance_path == Setting("")


def test_the_users_choice_beats_the_default_and_stays_unlocked():
    resolved = presets(user={DESTINATION: "5656", LOG_ENABLED: "false", ORGANISATION: "Trường A"})
    assert resolved.destination == Setting("5656", Origin.USER)
    assert resolved.log_enabled == Setting(False, Origin.USER)
    assert resolved.organisation == Setting("Trường A", Origin.USER)
    assert not resolved.destination.locked


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
    assert resolved.destination == Setting("5656", Origin.MACHINE)
    assert resolved.log_enabled == Setting(False, Origin.MACHINE)
    assert resolved.organisation == Setting("Sở GD&ĐT Đắk Lắk", Origin.MACHINE)
    assert resolved.guidance_path == Setting(r"\\server\share\canh-bao.md", Origin.MACHINE)
    assert all(setting.locked for setting in resolved[:4])


@pytest.mark.parametrize("value", [5656, "5656", " 5656 "])
def test_registry_values_may_be_numbers_or_padded_text(value):
    assert presets(system={DESTINATION: value}).destination == Setting("5656", Origin.MACHINE)


@pytest.mark.parametrize(
    ("key", "bad"),
    [(DESTINATION, "113"), (DESTINATION, ""), (LOG_ENABLED, "maybe"), (ORGANISATION, "   ")],
)
def test_a_preset_that_makes_no_sense_is_ignored_not_obeyed(key, bad):
    resolved = presets(system={key: bad}, user={DESTINATION: "5656"})
    assert resolved.destination == Setting("5656", Origin.USER)
    assert not resolved.log_enabled.locked and not resolved.organisation.locked


def test_a_long_organisation_name_is_cut():
    name = "Trường " * 40
    assert len(presets(system={ORGANISATION: name}).organisation.value) == MAX_ORGANISATION_CHARS


def test_policy_beats_the_msi_property_which_beats_the_hklm_key_which_beats_the_user():
    everyone = {DESTINATION: "5656", LANGUAGE: "en", ORGANISATION: "Trường A"}
    resolved = presets(
        policy={DESTINATION: "156"},
        installer={DESTINATION: "5656", LANGUAGE: "vi"},
        system={DESTINATION: "5656", LANGUAGE: "en", ORGANISATION: "Sở GD&ĐT"},
        user=everyone,
    )
    assert resolved.destination == Setting("156", Origin.POLICY)
    assert resolved.language == Setting("vi", Origin.INSTALLER)
    assert resolved.organisation == Setting("Sở GD&ĐT", Origin.MACHINE)
    assert resolved.log_enabled == Setting(True, Origin.DEFAULT)
    assert [s.locked for s in resolved] == [True, False, True, False, True]


def test_a_policy_that_makes_no_sense_falls_through_to_the_next_level():
    resolved = presets(policy={DESTINATION: "113", LANGUAGE: "fr"}, installer={DESTINATION: "5656"})
    assert resolved.destination == Setting("5656", Origin.INSTALLER)
    assert resolved.language == Setting("vi", Origin.DEFAULT)


@pytest.mark.parametrize("policy_value", [1, 0])
def test_group_policy_writes_the_log_switch_as_a_number(policy_value):
    # The ADMX's boolean writes REG_DWORD 1 or 0, which QSettings reads as an int.
    resolved = presets(policy={LOG_ENABLED: policy_value})
    assert resolved.log_enabled == Setting(bool(policy_value), Origin.POLICY)


def test_describe_says_each_value_and_where_it_came_from_in_one_line():
    resolved = presets(policy={LOG_ENABLED: 0}, installer={ORGANISATION: "Sở GD&ĐT Đắk Lắk"})
    assert describe(resolved) == (
        "Destination=156 (default), LogEnabled=false (policy), "
        "Organisation=Sở GD&ĐT Đắk Lắk (MSI property), GuidancePath=- (default), "
        "Language=vi (default)"
    )
    assert [name for name in NAMES if name in describe(resolved)] == list(NAMES)
