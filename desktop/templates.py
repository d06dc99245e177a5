"""Quick content phrases taken from the circular's scenarios, kept as data in resources/."""

from __future__ import annotations

import json
from typing import NamedTuple

from desktop.languages import SOURCE_LANGUAGE
from desktop.report import Kind
from desktop.resources import ResourceError, read_text_in


class Template(NamedTuple):
    """One phrase: its menu label, the text it inserts, and the kinds it suits."""

    label: str
    text: str
    kinds: frozenset[Kind]


class TemplateError(ValueError):
    """The templates file is missing or malformed."""


def parse_templates(text: str) -> list[Template]:
    """Read the templates file's JSON; :class:`TemplateError` says what is wrong."""
    try:
        data = json.loads(text)
        entries = data["templates"]
        templates = [
            Template(
                label=_text(entry, "label"),
                text=_text(entry, "text"),
                kinds=frozenset(Kind(keyword) for keyword in entry["kinds"]),
            )
            for entry in entries
        ]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise TemplateError(f"the templates file is malformed: {error}") from error
    return templates


def load_templates(language: str = SOURCE_LANGUAGE) -> list[Template]:
    """The bundled templates in ``language`` (Vietnamese when there are none in it).

    :class:`TemplateError` if they cannot be read.
    """
    try:
        return parse_templates(read_text_in(language, "templates", ".json"))
    except ResourceError as error:
        raise TemplateError(str(error)) from error


def templates_for(templates: list[Template], kind: Kind) -> list[Template]:
    """The templates offered for ``kind``, in file order."""
    return [template for template in templates if kind in template.kinds]


def _text(entry: dict, key: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(f"{key!r} must be non-empty text")
    return value.strip()


#: What ends a sentence: a template after it starts a new one as written.
_SENTENCE_ENDS = (".", "!", "?", "…")
#: What ends a clause: a template after it goes on the sentence, in lower case.
_CLAUSE_ENDS = (",", ";", ":", "-", "–")


def join_template(existing: str, phrase: str) -> str:
    """The content with a template's ``phrase`` added, reading as a person would write it.

    Empty content becomes the phrase. After a finished sentence the phrase starts the next
    one; after a comma it carries on the sentence in lower case; after an unfinished
    sentence that one is closed with a full stop first.
    """
    before = existing.rstrip()
    if not before:
        return phrase
    if before.endswith(_SENTENCE_ENDS):
        return f"{before} {phrase}"
    if before.endswith(_CLAUSE_ENDS):
        return f"{before} {_lower_first(phrase)}"
    return f"{before}. {phrase}"


def _lower_first(phrase: str) -> str:
    """``Gọi mời vay`` → ``gọi mời vay``; an acronym (``SIM``, ``OTP``) keeps its capitals."""
    if len(phrase) > 1 and phrase[0].isupper() and not phrase[1].isupper():
        return phrase[0].lower() + phrase[1:]
    return phrase
