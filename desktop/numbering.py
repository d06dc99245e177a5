"""Vietnam's numbering as people still meet it: numbers from before a renumbering, and new
ranges that the metadata of ``phonenumbers`` does not know yet.

Each rule here turns an input the metadata rejects (or reads one way) into a hint: the
number as it is today, offered with one click, or a caution to check it digit by digit.
"""

from __future__ import annotations

import re

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.problems import Caution, Field, Problem

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

#: Hồ Chí Minh City's and Hà Nội's two-digit area codes, renumbered in 2017 (8 digits
#: followed them), old → new.
OLD_AREA_CODES = {"08": "028", "04": "024"}
# What to say of an old landline that reads as today's mobile, or as no number at all.
_OLD_LANDLINE_CAUTIONS = {
    "08": QT_TRANSLATE_NOOP(
        "Problem",
        "Nếu đây là số cố định cũ của TP. Hồ Chí Minh (đầu 08 trước năm 2017), số nay là {number}.",
    ),
    "04": QT_TRANSLATE_NOOP(
        "Problem",
        "Nếu đây là số cố định cũ của Hà Nội (đầu 04 trước năm 2017), số nay là {number}.",
    ),
}
_OLD_LANDLINE_PROBLEMS = {
    "08": QT_TRANSLATE_NOOP(
        "Problem", "Đầu 08 của TP. Hồ Chí Minh đã đổi thành 028 từ năm 2017: số nay là {number}."
    ),
    "04": QT_TRANSLATE_NOOP(
        "Problem", "Đầu 04 của Hà Nội đã đổi thành 024 từ năm 2017: số nay là {number}."
    ),
}
# An old landline as it was written: the area code as a group of its own, then 8 digits.
_OLD_LANDLINE = re.compile(r"\(?(0[48])\)?[ .\-/]+(\d[\d .\-/]*)")

# Vietnamese numbers by their shape (the significant number, without the 0): a mobile is
# 3/5/7/8/9 + 8 digits, a landline 2 + 9 digits, a service number 1800/1900 + 4 or 6 digits.
NEW_RANGE_SHAPES = {
    "mobile": re.compile(r"[35789]\d{8}"),
    "landline": re.compile(r"2\d{9}"),
    "service": re.compile(r"1[89]00(?:\d{4}|\d{6})"),
}


def old_mobile(significant: str) -> Problem | None:
    """The hint for an 11-digit Vietnamese mobile number (significant number ``significant``)
    from before the 2018 renumbering."""
    if len(significant) != 10 or not significant.startswith(_OLD_MOBILE_LEADS):
        return None
    old_prefix = "0" + significant[:3]
    new_prefix = OLD_MOBILE_PREFIXES.get(old_prefix)
    if new_prefix is None:
        return Problem(
            Field.SOURCE,
            "source.old_mobile",
            QT_TRANSLATE_NOOP(
                "Problem",
                "Số di động 11 chữ số đã đổi sang 10 chữ số từ năm 2018. Hãy nhập số mới.",
            ),
        )
    today = new_prefix + significant[3:]
    return Problem(
        Field.SOURCE,
        "source.old_mobile",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Số 11 chữ số đầu {old} đã đổi sang đầu {new} từ năm 2018. Hãy nhập {suggestion}.",
        ),
        {"old": old_prefix, "new": new_prefix, "suggestion": today},
        offer=today,
    )


def new_range(significant: str) -> str | None:
    """Which shape (``mobile``, ``landline``, ``service``) a Vietnamese significant number
    has, for one the metadata does not know: carriers open ranges before the metadata
    follows, and scammers use them."""
    return next(
        (name for name, shape in NEW_RANGE_SHAPES.items() if shape.fullmatch(significant)), None
    )


def unknown_range() -> Caution:
    """The caution for a number of a known shape in a range not known yet."""
    return Caution(
        Field.SOURCE,
        "source.unknown_range",
        QT_TRANSLATE_NOOP(
            "Problem",
            "Đầu số này chưa có trong danh sách đã biết — hãy so lại từng chữ số với điện thoại.",
        ),
    )


def old_landline(cleaned: str) -> tuple[str, str] | None:
    """The old area code and the 8 digits after it, when ``cleaned`` is written as a landline
    from before 2017 (``08 3822 3344``, ``(04) 3822.3344``)."""
    match = _OLD_LANDLINE.fullmatch(cleaned)
    if match is None:
        return None
    local = "".join(ch for ch in match.group(2) if ch.isdigit())
    return (match.group(1), local) if len(local) == 8 else None


def old_landline_caution(area_code: str, local: str) -> Caution:
    """An old landline that reads as today's mobile (``08 3822 3344`` is ``0838223344``):
    which one it is, only the user knows."""
    return _old_landline(Caution, _OLD_LANDLINE_CAUTIONS, area_code, local)


def old_landline_problem(area_code: str, local: str) -> Problem:
    """An old landline that is no number today (``04 3822 3344``)."""
    return _old_landline(Problem, _OLD_LANDLINE_PROBLEMS, area_code, local)


def _old_landline(kind, templates: dict[str, str], area_code: str, local: str):
    """What to say of an old landline (a :class:`Caution` or a :class:`Problem`), offering
    its number today."""
    today = _landline_today(area_code, local)
    said = templates[area_code]
    return kind(Field.SOURCE, "source.old_area_code", said, {"number": today}, offer=today)


def _landline_today(area_code: str, local: str) -> str:
    """The landline's number today, written in its groups."""
    return f"{OLD_AREA_CODES[area_code]} {local[:4]} {local[4:]}"
