"""The warning for colleagues: built by the core from the report and the bundled wording."""

from __future__ import annotations

import json
import re

import pytest

from desktop.colleague_warning import (
    WordingError,
    colleague_warning,
    load_wording,
    parse_wording,
)
from desktop.languages import LANGUAGES
from desktop.report import Kind, compose
from desktop.resources import read_text


def warning(kind, number, content, destination="156", language="vi"):
    return colleague_warning(compose(kind, number, content), destination, load_wording(language))


def test_a_scam_call_warning_names_the_number_the_claim_the_advice_and_how_to_report():
    assert warning(Kind.SCAM_CALL, "0912 345 678", "Mạo danh công an tỉnh, đòi chuyển tiền.") == (
        "⚠️ Cảnh báo: số 0912345678 gọi điện lừa đảo: “Mạo danh công an tỉnh, đòi chuyển tiền”. "
        "Tuyệt đối không làm theo: không chuyển tiền, không đọc mã OTP, không cung cấp thông tin "
        "cá nhân. Công an và Sở Khoa học và Công nghệ không yêu cầu việc này qua điện thoại. "
        "Nếu bạn cũng nhận được, hãy báo cáo: soạn tin LD 0912345678 <nội dung> gửi 156 "
        "(miễn phí)."
    )


@pytest.mark.parametrize(
    ("kind", "number", "sender", "what"),
    [
        (Kind.SPAM_SMS, "VIETTEL", "người gửi VIETTEL", "nhắn tin rác"),
        (Kind.SPAM_SMS, "9029", "đầu số 9029", "nhắn tin rác"),
        (Kind.SPAM_SMS, "+65 6123 4567", "số +6561234567", "nhắn tin rác"),
        (Kind.SPAM_CALL, "028 3822 3344", "số 02838223344", "gọi điện quấy rối, quảng cáo"),
    ],
)
def test_each_kind_and_sender_is_named_as_it_is(kind, number, sender, what):
    text = warning(kind, number, "Vay tiền nhanh", destination="5656")
    assert text.startswith(f"⚠️ Cảnh báo: {sender} {what}: “Vay tiền nhanh”. ")
    source = compose(kind, number, "x").source.text
    assert f"soạn tin {kind.keyword} {source} <nội dung> gửi 5656" in text


def test_the_english_warning_is_english_around_the_users_own_words():
    text = warning(Kind.SCAM_CALL, "0912345678", "Mạo danh công an", language="en")
    assert text.startswith("⚠️ Warning: the number 0912345678 makes scam calls: “Mạo danh công an”.")
    assert "text LD 0912345678 <what was said> to 156" in text


def test_there_is_no_warning_until_the_report_is_complete():
    wording = load_wording()
    assert colleague_warning(compose(Kind.SCAM_CALL, "0912", "x"), "156", wording) is None
    assert colleague_warning(compose(Kind.SCAM_CALL, "0912345678", " "), "156", wording) is None


def test_the_content_keeps_its_diacritics_and_is_never_read_as_a_template():
    text = warning(Kind.SCAM_CALL, "0912345678", "Gọi {sender} và {0} <b>x</b>")
    assert "“Gọi {sender} và {0} <b>x</b>”" in text


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_language_fills_the_same_places(language):
    wording = load_wording(language)
    places = set(re.findall(r"{(\w+)}", wording.warning))
    assert places == set(re.findall(r"{(\w+)}", load_wording("vi").warning))
    assert all("{source}" in sender for sender in wording.senders.values())


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data.pop("warning"),
        lambda data: data["kinds"].pop("LD"),
        lambda data: data["kinds"]["S"].update(advice=""),
        lambda data: data.update(warning="{sender} {unknown}"),
        lambda data: data["sender"].update(number="số {0}"),
    ],
)
def test_a_malformed_wording_file_is_refused_with_a_reason(spoil):
    data = json.loads(read_text("warnings", "vi.json"))
    spoil(data)
    with pytest.raises(WordingError, match="malformed"):
        parse_wording(json.dumps(data))
    with pytest.raises(WordingError):
        parse_wording("{not json")
