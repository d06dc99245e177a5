"""Reading what is typed into the log's search box: words, or part of a number in any form,
and the SQL condition that finds them in the log.

A number is found however it is written, as the number field reads it: ``0912 345``,
``091.234``, ``+84912`` and ``0084 912`` all find ``0912345678``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.pasted import NUMBER_SEPARATORS, clean_source_text
from desktop.sms import remove_diacritics

# What a typed or pasted number is made of, once cleaned as the number field cleans it:
# digits, a leading + and the separators people use.
_SEPARATORS = re.escape(NUMBER_SEPARATORS)
_NUMBER_FRAGMENT = re.compile(f"[+{_SEPARATORS}]*[0-9][0-9{_SEPARATORS}]*")
# Vietnam's country code as people write it before a national number without its 0.
_VIETNAM_PREFIXES = ("+84", "0084")


class Search(NamedTuple):
    """What to look for: folded words, and the digits of a number when one was typed."""

    words: str
    number: str | None


def fold(text: str | None) -> str:
    """Text for matching: no case, no Vietnamese diacritics."""
    return remove_diacritics(text or "").casefold()


#: What a search matches in a log row, folded, as SQL (``fold`` registered with SQLite)…
FOLDED_SQL = "fold(source || ' ' || content)"


def folded(source: str, content: str) -> str:
    """…and the same in Python: a report's number and content, folded."""
    return fold(f"{source} {content}")


def read_search(text: str) -> Search:
    """What the user typed into the search box, ready for matching."""
    words = fold(text.strip())
    cleaned = clean_source_text(text)
    if not _NUMBER_FRAGMENT.fullmatch(cleaned):
        return Search(words, None)
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    compact = ("+" if cleaned.lstrip("( ").startswith("+") else "") + digits
    for prefix in _VIETNAM_PREFIXES:
        if compact.startswith(prefix):
            # Reports keep Vietnamese numbers in national form: +84 912… is 0912…
            return Search(words, "0" + compact[len(prefix) :])
    return Search(words, compact)


def sql_condition(text: str, base: str = "1") -> tuple[str, list[object]]:
    """The SQL condition (with its parameters) for the log's rows that the search ``text``
    finds, within those ``base`` allows."""
    wanted = read_search(text)
    if not wanted.words:
        return base, []
    # A row written by another program has no folded text: it is folded here.
    condition = f"coalesce(folded, {FOLDED_SQL}) LIKE ? ESCAPE '\\'"
    parameters: list[object] = ["%" + _escape_like(wanted.words) + "%"]
    if wanted.number:
        condition += " OR source LIKE ? ESCAPE '\\'"
        parameters.append("%" + _escape_like(wanted.number) + "%")
    return f"({condition}) AND {base}", parameters


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
