"""The Group Policy templates (ADMX and its ADMLs) against what the app reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.languages import LANGUAGES
from desktop.presets import MAX_ORGANISATION_CHARS, NAMES, POLICY_KEY, Origin, resolve
from desktop.report import DESTINATIONS
from desktop.resources import resource_path
from desktop.settings import MappingStore

NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
ADMX = resource_path("policies", "BaoCao156.admx")
ADML_LANGUAGES = ("en-US", "vi-VN")


def admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


def adml(language: str) -> ET.Element:
    return ET.parse(resource_path("policies", language, "BaoCao156.adml")).getroot()


def policies() -> list[ET.Element]:
    return admx().findall("p:policies/p:policy", NS)


def value_names(policy: ET.Element) -> list[str]:
    """The registry values a policy writes: its own, or its elements'."""
    names = [policy.get("valueName")] if policy.get("valueName") else []
    return names + [element.get("valueName") for element in policy.find("p:elements", NS) or []]


def from_policy(name: str, value: object):
    """What the app makes of ``value`` written by Group Policy under ``name``."""
    presets = resolve([(Origin.POLICY, MappingStore({name: value}))], MappingStore())
    return presets[NAMES.index(name)]


def test_every_policy_writes_where_the_app_reads_and_every_preset_has_one():
    written = []
    for policy in policies():
        assert policy.get("class") == "Machine"
        assert POLICY_KEY.endswith("\\" + policy.get("key"))
        written += value_names(policy)
    assert sorted(written) == sorted(NAMES)


def test_enum_values_are_the_ones_the_app_accepts():
    offered = {}
    for enum in admx().iterfind(".//p:enum", NS):
        values = [item.find("p:value/p:string", NS).text for item in enum.findall("p:item", NS)]
        offered[enum.get("valueName")] = values
        for value in values:
            setting = from_policy(enum.get("valueName"), value)
            assert (setting.value, setting.origin) == (value, Origin.POLICY)
    assert offered == {"Destination": list(DESTINATIONS), "Language": list(LANGUAGES)}


def test_the_log_policy_turns_the_log_on_and_off():
    (policy,) = [p for p in policies() if p.get("valueName") == "LogEnabled"]
    on = int(policy.find("p:enabledValue/p:decimal", NS).get("value"))
    off = int(policy.find("p:disabledValue/p:decimal", NS).get("value"))
    assert from_policy("LogEnabled", on).value is True  # REG_DWORD, read by Qt as an int
    assert from_policy("LogEnabled", off).value is False


def test_the_organisation_box_takes_what_the_app_keeps():
    (text,) = [t for t in admx().iterfind(".//p:text", NS) if t.get("id") == "Organisation"]
    assert int(text.get("maxLength")) == MAX_ORGANISATION_CHARS


@pytest.mark.parametrize("language", ADML_LANGUAGES)
def test_every_string_and_presentation_the_admx_names_is_in_each_adml(language):
    text = ADMX.read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    resources = adml(language).find("p:resources", NS)
    table = {s.get("id"): s.text for s in resources.findall("p:stringTable/p:string", NS)}
    assert strings == set(table), "no string missing, none left over"
    assert all(table[name].strip() for name in strings)
    shown = {p.get("id"): p for p in resources.findall("p:presentationTable/p:presentation", NS)}
    assert presentations == set(shown)
    for policy in policies():
        reference = policy.get("presentation")
        if reference is None:
            continue
        ids = {element.get("id") for element in policy.find("p:elements", NS)}
        controls = shown[reference[len("$(presentation.") : -1]]
        assert {control.get("refId") for control in controls} == ids


def test_both_languages_explain_every_policy_and_what_the_user_sees():
    english = {s.get("id"): s.text for s in adml("en-US").iterfind(".//p:string", NS)}
    vietnamese = {s.get("id"): s.text for s in adml("vi-VN").iterfind(".//p:string", NS)}
    for policy in policies():
        explain = policy.get("explainText")[len("$(string.") : -1]
        assert "Not configured" in english[explain] and "Chưa cấu hình" in vietnamese[explain]
        assert english[explain] != vietnamese[explain]
    locked = [english[p.get("explainText")[9:-1]] for p in policies()]
    assert sum("locked" in text for text in locked) >= 3
