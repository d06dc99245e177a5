"""Reading the source of a report: the number (or SMS sender) the spam or scam came from.

Numbers are read with ``phonenumbers`` (default region VN) and written the way 156/5656
expect them: Vietnamese numbers in national form, digits only (``0912345678``), foreign
numbers in E.164 (``+6561234567``). Spam SMS may also come from a short code (``9029``)
or a brandname sender (``VIETTEL``); calls always come from a number.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.problems import Field, Problem

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# phonenumbers is imported where a number is first read, not here: loading it and its
# metadata takes longer than opening the window, and an empty field never needs it.

DEFAULT_REGION = "VN"
VIETNAM_COUNTRY_CODE = 84

#: The numbers reports are sent to; never the source of a report.
REPORT_NUMBERS = ("156", "5656")

#: Longer than any number a person could mean; past this the text is not parsed at all.
MAX_SOURCE_CHARS = 40

#: E.164 allows at most 15 digits; more means several numbers were pasted together.
MAX_NUMBER_DIGITS = 15

#: 11-digit mobile prefixes renumbered to 10 digits in 2018, old → new.
OLD_MOBILE_PREFIXES = {
    # Viettel
    "0162": "032", "0163": "033", "0164": "034", "0165": "035",
    "0166": "036", "0167": "037", "0168": "038", "0169": "039",
    # MobiFone
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    # VinaPhone
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    # Vietnamobile
    "0186": "056", "0188": "058",
    # Gmobile
    "0199": "059",
}  # fmt: skip

_OLD_MOBILE_LEADS = ("12", "16", "18", "19")
# What separates the digits of a number as people write it (once cleaned: other spaces
# and the typographic dashes are already a space and "-").
NUMBER_SEPARATORS = " ().-/"
_NUMBER_CHARACTERS = re.compile(f"[0-9+{re.escape(NUMBER_SEPARATORS)}]+")
_BRANDNAME = re.compile(r"[A-Za-z0-9._\-]{1,11}")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Quotes and punctuation that come along when a number is copied out of a sentence or a list.
_EDGE_JUNK = "\"'`“”‘’«»<>[]{},;:."
_URI_SCHEMES = ("tel:", "sms:", "smsto:", "callto:")
# Dashes as Word and web pages write them (‐ ‑ ‒ – — ―) and the minus sign: separators, like -.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


class SourceType(Enum):
    """What kind of sender a source is, so the window can say how it was understood."""

    VN_MOBILE = "vn_mobile"
    VN_LANDLINE = "vn_landline"
    VN_SERVICE = "vn_service"
    VN_OTHER = "vn_other"
    FOREIGN = "foreign"
    SHORT_CODE = "short_code"
    BRANDNAME = "brandname"


class Source(NamedTuple):
    """A source as it is written in the report, and what kind of sender it is."""

    text: str
    type: SourceType


def read_source(text: str, *, allow_senders: bool) -> Source | Problem:
    """Read what the user typed or pasted as the source of a report.

    ``allow_senders`` is true for spam SMS, the only kind whose source may be a short
    code or a brandname. Returns the :class:`Source` to write in the report, or the
    :class:`Problem` that stops it.
    """
    cleaned = clean_source_text(text)
    if not cleaned:
        return _problem("source.empty", QT_TRANSLATE_NOOP("Problem", "Chưa nhập số điện thoại."))
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


def clean_source_text(text: str) -> str:
    """Undo what copying and pasting does to a number.

    Full-width and other Unicode digits become ASCII, typographic dashes and the minus
    sign become ``-``, invisible characters (zero-width spaces, direction marks, controls)
    go, and so do a ``tel:`` prefix and the quotes and punctuation around a number copied
    out of a sentence.
    """
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            continue
        elif ch.isdecimal():
            kept.append(str(unicodedata.decimal(ch)))
        else:
            kept.append(ch)
    cleaned = " ".join("".join(kept).split()).translate(_DASHES)
    lowered = cleaned.lower()
    for scheme in _URI_SCHEMES:
        if lowered.startswith(scheme):
            cleaned = cleaned[len(scheme) :]
            break
    return cleaned.strip().strip(_EDGE_JUNK).strip()


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

    try:
        number = phonenumbers.parse(cleaned, DEFAULT_REGION)
    except NumberParseException:
        return _invalid(digits)
    if not phonenumbers.is_valid_number(number):
        return _old_mobile(number) or _invalid(digits)
    if number.country_code != VIETNAM_COUNTRY_CODE:
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return Source(e164, SourceType.FOREIGN)
    national = "".join(
        ch for ch in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if ch.isdigit()
    )
    if national in REPORT_NUMBERS:
        return _report_number(national)
    return Source(national, _vietnamese_type(number))


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


def _old_mobile(number: PhoneNumber) -> Problem | None:
    """The hint for an 11-digit mobile number from before the 2018 renumbering."""
    import phonenumbers

    significant = phonenumbers.national_significant_number(number)
    if (
        number.country_code != VIETNAM_COUNTRY_CODE
        or len(significant) != 10
        or not significant.startswith(_OLD_MOBILE_LEADS)
    ):
        return None
    old_prefix = "0" + significant[:3]
    new_prefix = OLD_MOBILE_PREFIXES.get(old_prefix)
    if new_prefix is None:
        return _problem(
            "source.old_mobile",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Số di động 11 chữ số đã đổi sang 10 chữ số từ năm 2018. Hãy nhập số mới.",
            ),
        )
    return _problem(
        "source.old_mobile",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Số 11 chữ số đầu {old} đã đổi sang đầu {new} từ năm 2018. Hãy nhập {suggestion}.",
        ),
        old=old_prefix,
        new=new_prefix,
        suggestion=new_prefix + significant[3:],
    )


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


def _problem(code: str, template: str, **params: str) -> Problem:
    return Problem(Field.SOURCE, code, template, params)
