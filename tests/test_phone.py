"""SPEC "Source": every way a number or sender is typed, and what 156 receives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.numbering import OLD_MOBILE_PREFIXES
from desktop.pasted import clean_source_text
from desktop.phone import MAX_SOURCE_CHARS, Source, SourceType, read_source
from desktop.problems import Field, Problem

ROOT = Path(__file__).resolve().parents[1]


def source(text: str, *, allow_senders: bool = False) -> Source:
    result = read_source(text, allow_senders=allow_senders)
    assert isinstance(result, Source), f"{text!r} was refused: {result}"
    return result


def problem(text: str, *, allow_senders: bool = False) -> Problem:
    result = read_source(text, allow_senders=allow_senders)
    assert isinstance(result, Problem), f"{text!r} was accepted as {result}"
    assert result.field is Field.SOURCE
    assert result.message.strip()
    return result


@pytest.mark.parametrize(
    "typed",
    [
        "0912345678",
        "0912 345 678",
        "091.234.5678",
        "0912-345-678",
        "+84 91 234 56 78",
        "+84912345678",
        "0084912345678",
        "84912345678",
        "(+84) 912-345-678",
        "+84 (0) 912 345 678",
        "０９１２３４５６７８",  # full-width digits, as some Vietnamese keyboards type them
        "＋８４ ９１２ ３４５ ６７８",
        "٠٩١٢٣٤٥٦٧٨",  # Arabic-Indic digits
        "  0912 345 678  ",
        "\u200b0912\u00a0345\u00a0678\u200e",  # zero-width space, no-break spaces, LRM
        "tel:+84912345678",
        "“0912 345 678”,",
        "0912345678.",
        "0912\t345\n678",
    ],
)
def test_vietnamese_mobile_in_any_common_spelling_becomes_national_digits(typed):
    result = source(typed)
    assert result.text == "0912345678"
    assert result.type is SourceType.VN_MOBILE


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0262 3852 123", "02623852123"),  # Đắk Lắk landline, area code 262
        ("+84 262 3852 123", "02623852123"),
        ("(0262) 3.852.123", "02623852123"),
        ("024 3822 1234", "02438221234"),
        ("028-3822-1234", "02838221234"),
    ],
)
def test_landlines_keep_their_area_code(typed, expected):
    result = source(typed)
    assert (result.text, result.type) == (expected, SourceType.VN_LANDLINE)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1900 1234", "19001234"),
        ("19001234", "19001234"),
        ("1800 1090", "18001090"),
        ("1900 123456", "1900123456"),
        ("+84 1900 1234", "19001234"),
    ],
)
def test_service_numbers_have_no_leading_zero(typed, expected):
    result = source(typed)
    assert (result.text, result.type) == (expected, SourceType.VN_SERVICE)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("+6561234567", "+6561234567"),
        ("+65 6123 4567", "+6561234567"),
        ("0065 6123 4567", "+6561234567"),
        ("+1 (650) 253-0000", "+16502530000"),
        ("+855 12 345 678", "+85512345678"),
    ],
)
def test_foreign_numbers_are_written_in_e164(typed, expected):
    result = source(typed)
    assert (result.text, result.type) == (expected, SourceType.FOREIGN)


@pytest.mark.parametrize("typed", ["0912abc678", "0912ABC678", "+84 912 ABC 678", "1900-MOBI"])
@pytest.mark.parametrize("allow_senders", [False, True])
def test_letters_are_never_turned_into_digits(typed, allow_senders):
    # phonenumbers alone would read 0912abc678 as the vanity number 0912222678.
    result = problem(typed, allow_senders=allow_senders)
    assert result.code == "source.letters_in_number"
    assert "0912222678" not in result.message


@pytest.mark.parametrize("old_prefix", sorted(OLD_MOBILE_PREFIXES))
def test_old_eleven_digit_mobiles_name_the_new_prefix(old_prefix):
    new_prefix = OLD_MOBILE_PREFIXES[old_prefix]
    result = problem(old_prefix + "1234567")
    assert result.code == "source.old_mobile"
    assert result.params["old"] == old_prefix
    assert result.params["new"] == new_prefix
    assert result.params["suggestion"] == new_prefix + "1234567"
    # The suggested number is itself a valid mobile number.
    assert source(result.params["suggestion"]).type is SourceType.VN_MOBILE


def test_old_mobile_known_values_from_the_2018_renumbering():
    assert problem("01694123456").params["suggestion"] == "0394123456"
    assert problem("01694123456").offer == "0394123456"  # one click away
    assert problem("+84 1214 123 456").params["suggestion"] == "0794123456"
    assert problem("0127 555 6666").params["suggestion"] == "0815556666"


def test_old_mobile_with_an_unknown_prefix_still_explains_the_renumbering():
    result = problem("01991234567".replace("0199", "0161"))
    assert result.code == "source.old_mobile"
    assert "new" not in result.params
    assert "2018" in result.message


@pytest.mark.parametrize(
    "typed", ["VIETTEL", "MobiFone", "Shopee.vn", "FE-CREDIT", "VNPT_HCM", "A"]
)
def test_brandnames_are_accepted_as_typed_for_spam_sms(typed):
    result = source(f"  {typed} ", allow_senders=True)
    assert (result.text, result.type) == (typed, SourceType.BRANDNAME)


@pytest.mark.parametrize("typed", ["9029", "123", "886", "199999"])
def test_short_codes_are_accepted_for_spam_sms(typed):
    result = source(typed, allow_senders=True)
    assert (result.text, result.type) == (typed, SourceType.SHORT_CODE)


@pytest.mark.parametrize("typed", ["VIETTEL", "MobiFone"])
def test_calls_never_come_from_a_brandname(typed):
    assert problem(typed).code == "source.name_for_call"


@pytest.mark.parametrize("typed", ["9029", "886"])
def test_calls_never_come_from_a_short_code(typed):
    assert problem(typed).code == "source.short_code_for_call"


@pytest.mark.parametrize(
    "typed",
    ["TOOLONGBRAND1", "Công an", "VIET TEL", "a@b", "___", "..."],
)
def test_malformed_brandnames_are_refused(typed):
    result = read_source(typed, allow_senders=True)
    assert isinstance(result, Problem)


@pytest.mark.parametrize("typed", ["156", "5656", "1 5 6", "56-56", "+84 156", "+84 5656"])
@pytest.mark.parametrize("allow_senders", [False, True])
def test_the_report_numbers_themselves_are_refused(typed, allow_senders):
    result = problem(typed, allow_senders=allow_senders)
    if typed.startswith("+"):
        assert result.code == "source.invalid"
    else:
        assert result.code == "source.report_number"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "source.empty"),
        ("   \n\t ", "source.empty"),
        ("\u200b\u200d", "source.empty"),
        ("0912345", "source.invalid"),
        ("09123", "source.invalid"),
        ("091234567890", "source.invalid"),
        ("091234567", "source.invalid"),  # a digit missing, not a new range
        ("0201234567", "source.invalid"),
        ("08912345678", "source.invalid"),
        ("+", "source.no_digits"),
        ("()", "source.no_digits"),
        ("0912345678#5", "source.bad_characters"),
        ("*101#", "source.bad_characters"),
        ("0912345678 ext 5", "source.note"),  # no extensions: the number alone
        ("+84 912 345 678;ext=3", "source.note"),
        ("0912abc678", "source.letters_in_number"),
        ("1800-FLOWERS", "source.letters_in_number"),
        ("0912345678 hoặc 0987654321", "source.letters_in_number"),
        ("0912 345 678 / 0987 654 321", "source.several_numbers"),
        ("0912345678 0987654321", "source.several_numbers"),
        ("9" * 200, "source.too_long"),
        ("0" * (MAX_SOURCE_CHARS + 1), "source.too_long"),
    ],
)
def test_malformed_numbers_get_a_clear_problem(typed, code):
    assert problem(typed, allow_senders=True).code == code


def test_bad_characters_are_named_once_each():
    result = problem("0912#345#678*")
    assert result.params["characters"] == "# *"


def test_cleaning_removes_what_pasting_adds():
    assert clean_source_text("\ufeff tel:０９１２\u200b ３４５ ６７８; ") == "0912 345 678"
    assert clean_source_text("SMS:9029") == "9029"


def test_phonenumbers_loads_only_when_a_number_is_read():
    # Start-up must not pay for the number metadata; the first number read loads it.
    script = (
        "import sys\n"
        "from desktop.report import compose, Kind\n"
        "compose(Kind.SPAM_SMS, '', 'x'); compose(Kind.SPAM_SMS, 'VIETTEL', 'x')\n"
        "print('before', 'phonenumbers' in sys.modules)\n"
        "from desktop.phone import warm_up\n"
        "warm_up()\n"
        "print('after', 'phonenumbers.data.region_VN' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "after", "True"]


@pytest.mark.parametrize(
    "typed",
    [
        "091–234–5678",  # en dash, as Word writes it
        "091—234—5678",  # em dash
        "091‐234‐5678",  # hyphen (U+2010)
        "091‑234‑5678",  # non-breaking hyphen
        "+84 91−234−5678",  # minus sign
    ],
)
def test_typographic_dashes_are_separators_like_the_hyphen(typed):
    source = read_source(typed, allow_senders=False)
    assert isinstance(source, Source) and source.text == "0912345678"


@pytest.mark.parametrize("typed", ["++84 912 345 678", "+84 +912 345 678", "+ +84912345678"])
def test_a_doubled_plus_is_refused_with_how_to_write_it(typed):
    problem = read_source(typed, allow_senders=False)
    assert isinstance(problem, Problem) and problem.code == "source.doubled_plus"
    assert "+84 912 345 678" in str(problem.text)


# ----- numbers as phones show them --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "text", "kind"),
    [
        ("0891234567", "0891234567", SourceType.VN_MOBILE),  # MobiFone 089, beyond 0896-0899
        ("0521234567", "0521234567", SourceType.VN_MOBILE),
        ("0551234567", "0551234567", SourceType.VN_MOBILE),
        ("+84 89 123 4567", "0891234567", SourceType.VN_MOBILE),
        ("089–123–4567", "0891234567", SourceType.VN_MOBILE),
        ("02001234567", "02001234567", SourceType.VN_LANDLINE),
        ("0217 1234 567", "02171234567", SourceType.VN_LANDLINE),
    ],
)
def test_a_range_the_metadata_does_not_know_is_taken_with_a_caution(typed, text, kind):
    result = source(typed)
    assert (result.text, result.type) == (text, kind)
    assert result.caution is not None and result.caution.code == "source.unknown_range"
    assert "từng chữ số" in result.caution.message and result.caution.offer == ""


@pytest.mark.parametrize("typed", ["0912345678", "02838223344", "1800 1234", "+6561234567"])
def test_known_numbers_carry_no_caution(typed):
    assert source(typed).caution is None


@pytest.mark.parametrize(
    ("typed", "today"),
    [
        ("08 3822 3344", "028 3822 3344"),
        ("(08) 3822 3344", "028 3822 3344"),
        ("08.3822.3344", "028 3822 3344"),
        ("08-38223344", "028 3822 3344"),
    ],
)
def test_an_old_saigon_landline_read_as_a_mobile_offers_the_landline(typed, today):
    result = source(typed)
    assert (result.text, result.type) == ("0838223344", SourceType.VN_MOBILE)
    assert result.caution.code == "source.old_area_code"
    assert result.caution.offer == today
    assert "TP. Hồ Chí Minh" in result.caution.message and today in result.caution.message
    assert source(today).text == "02838223344"
    assert source(today).type is SourceType.VN_LANDLINE


@pytest.mark.parametrize("typed", ["0838223344", "083 822 3344", "0838 223 344", "08 382 23"])
def test_a_mobile_written_as_a_mobile_gets_no_landline_hint(typed):
    result = read_source(typed, allow_senders=False)
    assert not (isinstance(result, Source) and result.caution)


@pytest.mark.parametrize("typed", ["04 3822 3344", "(04) 3822-3344", "04.38223344"])
def test_an_old_hanoi_landline_is_refused_with_the_number_today(typed):
    result = problem(typed)
    assert result.code == "source.old_area_code"
    assert result.offer == "024 3822 3344"
    assert "Hà Nội" in result.message and "024 3822 3344" in result.message
    assert source(result.offer).text == "02438223344"


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("0912345678 (Mr. A)", "0912345678"),
        ("SĐT: 0912345678", "0912345678"),
        ("0912345678 - anh Tuấn", "0912345678"),
        ("Số 0912 345 678 gọi lúc 3h chiều", "0912 345 678"),
        ("VIETTEL 0912345678", "0912345678"),
        ("anh Tuấn (+84) 912-345-678", "(+84) 912-345-678"),
    ],
)
def test_a_note_beside_the_number_is_refused_and_the_number_offered(typed, number):
    for allow_senders in (False, True):
        result = problem(typed, allow_senders=allow_senders)
        assert result.code == "source.note"
        assert "chỉ ghi số điện thoại" in result.message.lower()
        assert result.offer == number
    assert source(number).text == "0912345678"
