"""Undoing what copying and pasting does to text: invisible characters, odd spaces, digits
of other scripts, typographic dashes, and the words that come along with a number."""

from __future__ import annotations

import re
import unicodedata

# Controls, invisible formatting (zero-width spaces, joiners, direction marks, BOM),
# lone surrogates and private-use characters: none of them belongs in a report.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co"})

# What separates the digits of a number as people write it (once cleaned: other spaces
# and the typographic dashes are already a space and "-").
NUMBER_SEPARATORS = " ().-/"
# Quotes and punctuation that come along when a number is copied out of a sentence or a list.
_EDGE_JUNK = "\"'`“”‘’«»<>[]{},;:."
_URI_SCHEMES = ("tel:", "sms:", "smsto:", "callto:")
# Dashes as Word and web pages write them (‐ ‑ ‒ – — ―) and the minus sign: separators, like -.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))

#: Past this (four times the longest number), a source is not read as a number with a note.
MAX_NOTE_CHARS = 160
# A whole number: its digits and the separators between them.
_DIGIT_RUN = re.compile(rf"\(?\+?\d[\d{re.escape(NUMBER_SEPARATORS)}]*\d")
_MIN_NOTED_DIGITS = 9


def visible_text(text: str) -> str:
    """``text`` with any whitespace (spaces, tabs, new lines) as one space, invisible and
    control characters removed, and trimmed."""
    kept = (" " if ch.isspace() else ch for ch in text)
    return " ".join(
        "".join(ch for ch in kept if unicodedata.category(ch) not in _INVISIBLE).split()
    )


def clean_source_text(text: str) -> str:
    """Undo what copying and pasting does to a number.

    Full-width and other Unicode digits become ASCII, typographic dashes and the minus
    sign become ``-``, invisible characters (zero-width spaces, direction marks, controls)
    go, and so do a ``tel:`` prefix and the quotes and punctuation around a number copied
    out of a sentence.
    """
    visible = visible_text(unicodedata.normalize("NFKC", text))
    ascii_digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in visible)
    cleaned = ascii_digits.translate(_DASHES)
    lowered = cleaned.lower()
    for scheme in _URI_SCHEMES:
        if lowered.startswith(scheme):
            cleaned = cleaned[len(scheme) :]
            break
    return cleaned.strip().strip(_EDGE_JUNK).strip()


def number_beside_note(cleaned: str) -> str | None:
    """The number in ``cleaned`` when words stand beside it (``SĐT: 0912 345 678``,
    ``0912345678 (anh Tuấn)``): one run of at least 9 digits, apart from the letters.

    A number with letters in it (``0912abc678``, ``1800-FLOWERS``) is not a note.
    """
    if len(cleaned) > MAX_NOTE_CHARS or not any(ch.isalpha() for ch in cleaned):
        return None
    runs = [
        run
        for run in _DIGIT_RUN.finditer(cleaned)
        if sum(ch.isdigit() for ch in run.group()) >= _MIN_NOTED_DIGITS
    ]
    if len(runs) != 1:
        return None
    run = runs[0]
    before = cleaned[run.start() - 1] if run.start() else " "
    after = cleaned[run.end()] if run.end() < len(cleaned) else " "
    if before.isalnum() or after.isalnum():
        return None  # letters glued to the digits: a number written with letters
    return run.group()
