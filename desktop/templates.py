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
