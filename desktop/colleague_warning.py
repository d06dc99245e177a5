"""The warning for colleagues: after a report, a short plain text for the office's chat group.

The circular asks every unit to spread the warning. The text is built from the report (its
kind, number and content), the key advice of the guidance and how to report to 156/5656,
in the interface language, from the wording in ``resources/warnings/``. The app only puts
it on the clipboard; it never sends it.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from desktop.languages import SOURCE_LANGUAGE
from desktop.phone import SourceType
from desktop.report import Composition, Kind
from desktop.resources import ResourceError, read_text_in

# Content ends its own sentence: a closing mark of the template follows it.
_SENTENCE_MARKS = ".!?…;:, "


class Wording(NamedTuple):
    """The words of the warning in one language."""

    warning: str  # the whole text, with {sender} {what} {content} {advice} {keyword} …
    senders: dict[str, str]  # "number" / "short_code" / "brandname" → "số {source}"
    what: dict[Kind, str]  # what the number did
    advice: dict[Kind, str]  # what to do, from the guidance


class WordingError(ValueError):
    """The warnings file is missing or malformed."""


_FIELDS = ("sender", "what", "content", "advice", "keyword", "source", "destination")


def parse_wording(text: str) -> Wording:
    """Read a warnings file's JSON; :class:`WordingError` says what is wrong."""
    try:
        data = json.loads(text)
        wording = Wording(
            warning=_text(data["warning"]),
            senders={name: _text(data["sender"][name]) for name in _SENDERS},
            what={kind: _text(data["kinds"][kind.value]["what"]) for kind in Kind},
            advice={kind: _text(data["kinds"][kind.value]["advice"]) for kind in Kind},
        )
        # Every placeholder must be one the app fills: a typo would raise when copying.
        wording.warning.format(**dict.fromkeys(_FIELDS, ""))
        for sender in wording.senders.values():
            sender.format(source="")
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as error:
        raise WordingError(f"the warnings file is malformed: {error!r}") from error
    return wording


def load_wording(language: str = SOURCE_LANGUAGE) -> Wording:
    """The bundled wording in ``language`` (Vietnamese when there is none in it)."""
    try:
        return parse_wording(read_text_in(language, "warnings", ".json"))
    except ResourceError as error:
        raise WordingError(str(error)) from error


def colleague_warning(composition: Composition, destination: str, wording: Wording) -> str | None:
    """The warning for colleagues about the report ``composition`` sent to ``destination``;
    None while the report is not complete."""
    source = composition.source
    if not composition.ok or source is None:
        return None
    sender_name = _SENDER_NAMES.get(source.type, "number")
    return wording.warning.format(
        sender=wording.senders[sender_name].format(source=source.text),
        what=wording.what[composition.kind],
        content=composition.content.rstrip(_SENTENCE_MARKS),
        advice=wording.advice[composition.kind],
        keyword=composition.kind.keyword,
        source=source.text,
        destination=destination,
    )


# How the warning names a sender: a short code, a brandname, or else a number.
_SENDER_NAMES = {SourceType.SHORT_CODE: "short_code", SourceType.BRANDNAME: "brandname"}
_SENDERS = ("number", *_SENDER_NAMES.values())


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("every text must be non-empty")
    return value.strip()
