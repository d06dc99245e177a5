"""Quick content phrases from the circular, kept as data in resources/templates/."""

from __future__ import annotations

import json

import pytest

from desktop import resources
from desktop.report import Kind, compose
from desktop.resources import ResourceError
from desktop.sms import measure, remove_diacritics
from desktop.templates import (
    TemplateError,
    join_template,
    load_templates,
    parse_templates,
    templates_for,
)


def test_bundled_templates_cover_every_kind():
    bundled = load_templates()
    for kind in Kind:
        assert len(templates_for(bundled, kind)) >= 2, kind


def test_scam_call_templates_follow_the_circulars_scenarios():
    texts = " ".join(t.text for t in templates_for(load_templates(), Kind.SCAM_CALL))
    for scenario in (
        "Sở TT&TT",
        "Công an tỉnh",
        "thu hồi số",
        "chống phá",
        "ma túy",
        "chuyển tiền",
    ):
        assert scenario in texts


def test_every_template_makes_a_valid_report_that_fits_one_sms_without_diacritics():
    for template in load_templates():
        for kind in template.kinds:
            message = compose(kind, "0912345678", template.text).message
            assert message is not None
            assert measure(remove_diacritics(message)).parts == 1


def test_templates_keep_file_order_and_filter_by_kind():
    parsed = parse_templates(
        json.dumps(
            {
                "templates": [
                    {"kinds": ["LD"], "label": "a", "text": "A"},
                    {"kinds": ["S", "V"], "label": "b", "text": "B"},
                    {"kinds": ["LD", "V"], "label": "c", "text": " C "},
                ]
            }
        )
    )
    assert [t.label for t in templates_for(parsed, Kind.SCAM_CALL)] == ["a", "c"]
    assert [t.label for t in templates_for(parsed, Kind.SPAM_CALL)] == ["b", "c"]
    assert [t.text for t in templates_for(parsed, Kind.SPAM_SMS)] == ["B"]
    assert parsed[2].text == "C"


@pytest.mark.parametrize(
    "broken",
    [
        "not json",
        "{}",
        '{"templates": 5}',
        '{"templates": [{"kinds": ["X"], "label": "a", "text": "A"}]}',
        '{"templates": [{"kinds": ["S"], "label": "", "text": "A"}]}',
        '{"templates": [{"kinds": ["S"], "label": "a"}]}',
        '{"templates": [{"kinds": ["S"], "label": "a", "text": 7}]}',
    ],
)
def test_a_malformed_file_is_a_template_error(broken):
    with pytest.raises(TemplateError):
        parse_templates(broken)


def test_a_missing_file_is_a_template_error(monkeypatch):
    def lost(*parts):
        raise ResourceError(f"cannot read {'/'.join(parts)}")

    monkeypatch.setattr(resources, "read_text", lost)
    with pytest.raises(TemplateError):
        load_templates()
    with pytest.raises(TemplateError):
        load_templates("en")


def test_english_templates_match_the_vietnamese_ones_kind_for_kind():
    vietnamese, english = load_templates("vi"), load_templates("en")
    assert len(english) == len(vietnamese)
    assert [t.kinds for t in english] == [t.kinds for t in vietnamese]
    assert all(t.label.isascii() and t.text.isascii() for t in english)


def test_a_language_without_templates_gets_the_vietnamese_ones(monkeypatch):
    real = resources.read_text

    def only_vietnamese(*parts):
        if parts[-1] != "vi.json":
            raise ResourceError(f"cannot read {'/'.join(parts)}")
        return real(*parts)

    monkeypatch.setattr(resources, "read_text", only_vietnamese)
    assert load_templates("en") == load_templates("vi")


@pytest.mark.parametrize(
    ("existing", "joined"),
    [
        ("", "Gọi mời vay tiền"),
        ("   \n", "Gọi mời vay tiền"),
        ("Mạo danh công an, đòi khóa SIM", "Mạo danh công an, đòi khóa SIM. Gọi mời vay tiền"),
        ("Mạo danh công an.", "Mạo danh công an. Gọi mời vay tiền"),
        ("Có phải anh Tuấn không?", "Có phải anh Tuấn không? Gọi mời vay tiền"),
        ("Mạo danh công an, ", "Mạo danh công an, gọi mời vay tiền"),
        ("Nội dung:", "Nội dung: gọi mời vay tiền"),
    ],
)
def test_a_template_reads_as_a_person_would_write_it(existing, joined):
    assert join_template(existing, "Gọi mời vay tiền") == joined


def test_an_acronym_keeps_its_capitals_after_a_comma():
    assert join_template("Gọi lúc 9 giờ,", "OTP đã gửi") == "Gọi lúc 9 giờ, OTP đã gửi"
    assert join_template("Gọi lúc 9 giờ,", "Đòi mã OTP") == "Gọi lúc 9 giờ, đòi mã OTP"
