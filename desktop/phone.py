"""Reading the source of a report: the number (or SMS sender) the spam or scam came from.

Numbers are read with ``phonenumbers`` (default region VN) and written the way 156/5656
expect them: Vietnamese numbers in national form, digits only (``0912345678``), foreign
numbers in E.164 (``+6561234567``). Spam SMS may also come from a short code (``9029``)
or a brandname sender (``VIETTEL``); calls always come from a number.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.pasted import NUMBER_SEPARATORS, clean_source_text, number_beside_note
from desktop.problems import Caution, Field, Problem

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# phonenumbers (and the renumbering rules that go with it) are imported where a number is
# first read, not here: loading its metadata takes longer than opening the window, and an
# empty field never needs it.

DEFAULT_REGION = "VN"
VIETNAM_COUNTRY_CODE = 84

#: The numbers reports are sent to; never the source of a report.
REPORT_NUMBERS = ("156", "5656")

#: Longer than any number a person could mean; past this the text is not parsed at all.
MAX_SOURCE_CHARS = 40

#: E.164 allows at most 15 digits; more means several numbers were pasted together.
MAX_NUMBER_DIGITS = 15

# What a written number is made of: digits, a leading + and the separators.
_NUMBER_CHARACTERS = re.compile(f"[0-9+{re.escape(NUMBER_SEPARATORS)}]+")
_BRANDNAME = re.compile(r"[A-Za-z0-9._\-]{1,11}")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


class SourceType(Enum):
    """What kind of sender a source is, so the window can say how it was understood."""

    VN_MOBILE = "vn_mobile"
    VN_LANDLINE = "vn_landline"
    VN_SERVICE = "vn_service"
    VN_OTHER = "vn_other"
    FOREIGN = "foreign"
    SHORT_CODE = "short_code"
    BRANDNAME = "brandname"


_RANGE_TYPES = {
    "mobile": SourceType.VN_MOBILE,
    "landline": SourceType.VN_LANDLINE,
    "service": SourceType.VN_SERVICE,
}


class Source(NamedTuple):
    """A source as it is written in the report, what kind of sender it is, and what to check
    before sending it, if anything."""

    text: str
    type: SourceType
    caution: Caution | None = None


def read_source(text: str, *, allow_senders: bool) -> Source | Problem:
    """Read what the user typed or pasted as the source of a report.

    ``allow_senders`` is true for spam SMS, the only kind whose source may be a short
    code or a brandname. Returns the :class:`Source` to write in the report, or the
    :class:`Problem` that stops it.
    """
    cleaned = clean_source_text(text)
    if not cleaned:
        return _problem("source.empty", QT_TRANSLATE_NOOP("Problem", "Chưa nhập số điện thoại."))
    noted = number_beside_note(cleaned)
    if noted:
        return _problem(
            "source.note",
            QT_TRANSLATE_NOOP(
                "Problem", "Chỉ ghi số điện thoại, không ghi tên hay ghi chú bên cạnh."
            ),
            offer=noted,
        )
    if len(cleaned) > MAX_SOURCE_CHARS:
        return _problem(
            "source.too_long",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Quá dài để là một số điện thoại ({length} ký tự). Mỗi báo cáo chỉ ghi một số.",
            ),
            length=str(len(cleaned)),
        )
    if any(ch.isalpha() for ch in cleaned):
        return _read_sender(cleaned, allow_senders=allow_senders)
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if len(digits) > MAX_NUMBER_DIGITS:
        return _problem(
            "source.several_numbers",
            QT_TRANSLATE_NOOP(
                "Problem",
                "{count} chữ số là quá nhiều cho một số điện thoại. Mỗi báo cáo chỉ ghi một số.",
            ),
            count=str(len(digits)),
        )
    if cleaned.count("+") > 1:
        return _problem(
            "source.doubled_plus",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Dấu + chỉ viết một lần, ở đầu số: +84 912 345 678. Hãy xóa dấu + thừa.",
            ),
        )
    bad = _characters_outside(cleaned)
    if bad:
        return _problem(
            "source.bad_characters",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Số điện thoại có ký tự không dùng được: {characters}. "
                "Chỉ gõ chữ số, dấu cách và + . - ( ).",
            ),
            characters=" ".join(bad),
        )
    if not digits:
        return _problem(
            "source.no_digits", QT_TRANSLATE_NOOP("Problem", "Số điện thoại chưa có chữ số nào.")
        )
    if not cleaned.startswith("+"):
        if digits in REPORT_NUMBERS:
            return _report_number(digits)
        if 3 <= len(digits) <= 6 and not digits.startswith("0"):
            return _read_short_code(digits, allow_senders=allow_senders)
    return _read_number(cleaned, digits)


def _read_sender(cleaned: str, *, allow_senders: bool) -> Source | Problem:
    """Read a source that contains letters: a brandname, or a number with letters in it."""
    if _looks_like_number(cleaned):
        letters = "".join(dict.fromkeys(ch for ch in cleaned if ch.isalpha()))
        return _problem(
            "source.letters_in_number",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Số điện thoại có chữ cái ({letters}). Hãy gõ lại đúng các chữ số: "
                "chữ cái không được tự đổi thành số.",
            ),
            letters=letters,
        )
    if not allow_senders:
        return _problem(
            "source.name_for_call",
            QT_TRANSLATE_NOOP(
                "Problem", "Cuộc gọi luôn đến từ một số điện thoại: hãy nhập số, không nhập tên."
            ),
        )
    if _BRANDNAME.fullmatch(cleaned) and _ASCII_LETTER.search(cleaned):
        return Source(cleaned, SourceType.BRANDNAME)
    return _problem(
        "source.bad_brandname",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Tên người gửi chỉ gồm 1–11 chữ cái không dấu, chữ số hoặc . - _ "
            "(ví dụ VIETTEL), không có dấu cách.",
        ),
    )


def _looks_like_number(cleaned: str) -> bool:
    """Whether text with letters in it was meant as a phone number (``0912abc678``)."""
    digit_count = sum(ch.isdigit() for ch in cleaned)
    return cleaned[0] in "+(0" or digit_count >= 7 or cleaned.startswith(("84", "1800", "1900"))


def _characters_outside(cleaned: str) -> list[str]:
    """The characters a written phone number never has, each once, in order."""
    return list(dict.fromkeys(ch for ch in cleaned if not _NUMBER_CHARACTERS.fullmatch(ch)))


def _read_short_code(digits: str, *, allow_senders: bool) -> Source | Problem:
    if allow_senders:
        return Source(digits, SourceType.SHORT_CODE)
    return _problem(
        "source.short_code_for_call",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Đầu số ngắn {number} chỉ dùng cho tin nhắn rác (S). "
            "Cuộc gọi đến từ một số điện thoại đầy đủ.",
        ),
        number=digits,
    )


def warm_up() -> None:
    """Load phonenumbers and Vietnam's metadata now, so the first keystroke does not wait."""
    read_source("0912345678", allow_senders=False)


def _read_number(cleaned: str, digits: str) -> Source | Problem:
    """Read a written phone number with phonenumbers and write it as 156 expects.

    ``cleaned`` holds only digits and separators by now, so phonenumbers can find
    neither vanity letters nor an extension (``ext``, ``#``, ``;``) in it.
    """
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    from desktop import numbering  # with phonenumbers: only once a number is read

    try:
        number = phonenumbers.parse(cleaned, DEFAULT_REGION)
    except NumberParseException:
        return _invalid(digits)
    old_landline = numbering.old_landline(cleaned)
    if not phonenumbers.is_valid_number(number):
        return _read_unknown(number, old_landline) or _invalid(digits)
    if number.country_code != VIETNAM_COUNTRY_CODE:
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return Source(e164, SourceType.FOREIGN)
    national = "".join(
        ch for ch in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if ch.isdigit()
    )
    if national in REPORT_NUMBERS:
        return _report_number(national)
    source_type = _vietnamese_type(number)
    if old_landline and source_type is SourceType.VN_MOBILE:
        return Source(national, source_type, numbering.old_landline_caution(*old_landline))
    return Source(national, source_type)


def _read_unknown(
    number: PhoneNumber, old_landline: tuple[str, str] | None
) -> Source | Problem | None:
    """What a number the metadata rejects may still be: a landline or mobile from before a
    renumbering (the number today is offered), or a Vietnamese number of a known shape in a
    range too new for the metadata (taken, with a caution). None: it is no number."""
    import phonenumbers

    from desktop import numbering

    if number.country_code != VIETNAM_COUNTRY_CODE:
        return None
    if old_landline:
        return numbering.old_landline_problem(*old_landline)
    significant = phonenumbers.national_significant_number(number)
    old_mobile = numbering.old_mobile(significant)
    if old_mobile:
        return old_mobile
    shape = numbering.new_range(significant)
    if shape is None:
        return None
    source_type = _RANGE_TYPES[shape]
    text = significant if source_type is SourceType.VN_SERVICE else "0" + significant
    return Source(text, source_type, numbering.unknown_range())


def _vietnamese_type(number: PhoneNumber) -> SourceType:
    import phonenumbers
    from phonenumbers import PhoneNumberType

    number_type = phonenumbers.number_type(number)
    if number_type == PhoneNumberType.MOBILE:
        return SourceType.VN_MOBILE
    if number_type == PhoneNumberType.FIXED_LINE:
        return SourceType.VN_LANDLINE
    if number_type in (
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    ):
        return SourceType.VN_SERVICE
    return SourceType.VN_OTHER


def _report_number(number: str) -> Problem:
    return _problem(
        "source.report_number",
        QT_TRANSLATE_NOOP(
            "Problem",
            "{number} là số nhận báo cáo, không phải số vi phạm. "
            "Hãy nhập số đã nhắn tin hoặc gọi cho bạn.",
        ),
        number=number,
    )


def _invalid(digits: str) -> Problem:
    return _problem(
        "source.invalid",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Không phải số điện thoại hợp lệ ({count} chữ số). Số di động Việt Nam có "
            "10 chữ số, ví dụ 0912345678; số nước ngoài bắt đầu bằng +.",
        ),
        count=str(len(digits)),
    )


def _problem(code: str, template: str, *, offer: str = "", **params: str) -> Problem:
    return Problem(Field.SOURCE, code, template, params, offer)
