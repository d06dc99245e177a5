"""The content of a report as it will travel in an SMS: cleaning, diacritics, length.

SMS lengths follow 3GPP TS 23.038: text that fits the GSM 7-bit default alphabet is sent
as GSM-7 (160 characters in one SMS, 153 per part once split; the extension table's
characters take two); anything else makes the whole message UCS-2 (70 UTF-16 units in
one SMS, 67 per part). Most Vietnamese letters with diacritics are not in GSM-7.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import NamedTuple

from desktop.pasted import visible_text

#: Longest cleaned content accepted; about seven SMS parts of Vietnamese text.
MAX_CONTENT_CHARS = 500
#: Most text the content field takes: room to paste a long message and trim it to
#: MAX_CONTENT_CHARS, never so much that laying it out could stall the window.
MAX_CONTENT_INPUT = 4 * MAX_CONTENT_CHARS


def paste_room(length: int, selected: int) -> int:
    """How many characters a paste may add to a content of ``length`` with ``selected``
    of them selected (and so replaced)."""
    return max(0, MAX_CONTENT_INPUT - (length - selected))


#: The GSM 7-bit default alphabet (3GPP TS 23.038, 6.2.1), one septet each; its 128th
#: position is the escape to the extension table, which text never holds by itself.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The default alphabet's extension table: an escape septet and the character, two each.
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")


class Encoding(Enum):
    """How a phone sends the message."""

    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


class SmsLength(NamedTuple):
    """How long a message is as an SMS."""

    characters: int
    encoding: Encoding
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    parts: int
    single_limit: int  # units that fit in one SMS
    part_limit: int  # units per part once the message is split


def clean_content(text: str) -> str:
    """Clean free text the way the report needs it.

    Whitespace of any kind (spaces, tabs, new lines) becomes one space, invisible and
    control characters are removed, the result is NFC-normalised (so a letter typed as
    base + combining mark is one character, as SMS counts it) and trimmed.
    """
    # NFC neither makes nor joins whitespace: the visible text's single spaces stay as they are.
    return unicodedata.normalize("NFC", visible_text(text))


def remove_diacritics(text: str) -> str:
    """Write Vietnamese without diacritics: ``Mạo danh công an`` → ``Mao danh cong an``.

    Tone marks and the marks of ă â ê ô ơ ư are dropped, and đ/Đ become d/D, so any
    Vietnamese text comes out as plain ASCII. Other characters (emoji, other scripts)
    keep their own form.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def measure(message: str) -> SmsLength:
    """The encoding, length and number of SMS parts ``message`` needs."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in message):
        costs = [2 if ch in GSM7_EXTENSION else 1 for ch in message]
        encoding, single, per_part = Encoding.GSM7, 160, 153
    else:
        costs = [2 if ord(ch) > 0xFFFF else 1 for ch in message]  # UTF-16 surrogate pairs
        encoding, single, per_part = Encoding.UCS2, 70, 67
    units = sum(costs)
    return SmsLength(
        characters=len(message),
        encoding=encoding,
        units=units,
        parts=_parts(costs, single, per_part),
        single_limit=single,
        part_limit=per_part,
    )


def _parts(costs: list[int], single: int, per_part: int) -> int:
    """How many parts, never splitting an escape sequence or a surrogate pair."""
    if sum(costs) <= single:
        return 1
    parts, used = 1, 0
    for cost in costs:
        if used + cost > per_part:
            parts, used = parts + 1, 0
        used += cost
    return parts
