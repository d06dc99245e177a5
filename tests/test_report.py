"""SPEC "The report message": composing S / V / LD messages for 156 and 5656."""

from __future__ import annotations

import pytest

from desktop.problems import Field
from desktop.report import DEFAULT_DESTINATION, DESTINATIONS, Kind, compose
from desktop.sms import MAX_CONTENT_CHARS


@pytest.mark.parametrize(
    ("kind", "keyword"), [(Kind.SPAM_SMS, "S"), (Kind.SPAM_CALL, "V"), (Kind.SCAM_CALL, "LD")]
)
def test_message_is_keyword_source_content_joined_by_one_space(kind, keyword):
    result = compose(kind, " (+84) 912-345-678 ", "  Mạo danh\n\ncông an  ")
    assert result.ok
    assert result.problems == ()
    assert result.message == f"{keyword} 0912345678 Mạo danh công an"


def test_nothing_is_added_around_the_parts():
    message = compose(Kind.SPAM_SMS, "VIETTEL", '"Khuyến mãi" <50%>').message
    assert message == 'S VIETTEL "Khuyến mãi" <50%>'


def test_sender_rules_follow_the_kind():
    assert compose(Kind.SPAM_SMS, "VIETTEL", "Quảng cáo").message == "S VIETTEL Quảng cáo"
    assert compose(Kind.SPAM_SMS, "9029", "Quảng cáo").message == "S 9029 Quảng cáo"
    for kind in (Kind.SPAM_CALL, Kind.SCAM_CALL):
        assert compose(kind, "VIETTEL", "x").message is None
        assert compose(kind, "9029", "x").message is None


def test_foreign_number_in_a_scam_report():
    assert compose(Kind.SCAM_CALL, "+65 6123 4567", "Giả danh").message == "LD +6561234567 Giả danh"


@pytest.mark.parametrize("content", ["", "   ", "\n\t", "\u200b\u200b"])
def test_empty_content_is_refused(content):
    result = compose(Kind.SPAM_CALL, "0912345678", content)
    assert result.message is None
    assert [p.code for p in result.problems] == ["content.empty"]
    assert result.problem_for(Field.CONTENT).field is Field.CONTENT
    assert result.problem_for(Field.SOURCE) is None


def test_content_at_the_limit_is_accepted_and_one_more_is_refused():
    at_limit = compose(Kind.SCAM_CALL, "0912345678", "ạ" * MAX_CONTENT_CHARS)
    assert at_limit.ok
    over = compose(Kind.SCAM_CALL, "0912345678", "ạ" * (MAX_CONTENT_CHARS + 1))
    assert [p.code for p in over.problems] == ["content.too_long"]
    assert over.problems[0].params["length"] == str(MAX_CONTENT_CHARS + 1)


def test_a_huge_paste_is_refused_not_crashed():
    result = compose(Kind.SCAM_CALL, "0912345678\n" * 10_000, "lừa đảo " * 100_000)
    assert result.message is None
    assert {p.field for p in result.problems} == {Field.SOURCE, Field.CONTENT}


def test_both_fields_wrong_gives_one_problem_each_source_first():
    result = compose(Kind.SCAM_CALL, "0912abc678", "")
    assert [p.field for p in result.problems] == [Field.SOURCE, Field.CONTENT]
    assert [p.code for p in result.problems] == ["source.letters_in_number", "content.empty"]


def test_cleaned_parts_are_kept_even_when_the_other_is_wrong():
    result = compose(Kind.SPAM_CALL, "0912 345 678", "")
    assert result.source is not None and result.source.text == "0912345678"
    result = compose(Kind.SPAM_CALL, "", "  Gọi  quảng cáo ")
    assert result.content == "Gọi quảng cáo"


def test_destinations_are_156_and_5656_with_156_by_default():
    assert DESTINATIONS == ("156", "5656")
    assert DEFAULT_DESTINATION == "156"


def test_kinds_know_their_keywords():
    assert [k.keyword for k in Kind] == ["S", "V", "LD"]
    assert [k.accepts_senders for k in Kind] == [True, False, False]


def test_bo_dau_changes_the_content_only():
    result = compose(
        Kind.SCAM_CALL,
        "+84 91 234 56 78",
        "Mạo danh công an, đòi chuyển tiền",
        without_diacritics=True,
    )
    assert result.message == "LD 0912345678 Mao danh cong an, doi chuyen tien"
    brand = compose(Kind.SPAM_SMS, "VIETTEL", "Khuyến mãi", without_diacritics=True)
    assert brand.message == "S VIETTEL Khuyen mai"


@pytest.mark.parametrize(
    ("typed", "cautions"),
    [
        ("0891234567", ("source.unknown_range",)),
        ("08 3822 3344", ("source.old_area_code",)),
        ("0912 345 678", ()),
    ],
)
def test_a_caution_leaves_the_report_complete_and_copyable(typed, cautions):
    composition = compose(Kind.SCAM_CALL, typed, "Mạo danh công an")
    assert composition.ok and composition.message.startswith("LD 0")
    assert tuple(caution.code for caution in composition.cautions) == cautions
