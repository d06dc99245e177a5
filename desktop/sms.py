"""The content of a report as it will travel in an SMS."""

from __future__ import annotations

import unicodedata

#: Longest cleaned content accepted; about seven SMS parts of Vietnamese text.
MAX_CONTENT_CHARS = 500

# Controls, invisible formatting (zero-width spaces, joiners, direction marks, BOM),
# lone surrogates and private-use characters: none of them belongs in an SMS.
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})


def clean_content(text: str) -> str:
    """Clean free text the way the report needs it.

    Whitespace of any kind (spaces, tabs, new lines) becomes one space, invisible and
    control characters are removed, the result is NFC-normalised (so a letter typed as
    base + combining mark is one character, as SMS counts it) and trimmed.
    """
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in _REMOVED_CATEGORIES:
            kept.append(ch)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())
