"""Marking the core's texts for translation, without Qt.

The app is written in Vietnamese. Core modules mark each text the user reads with
``QT_TRANSLATE_NOOP(context, text)``: pyside6-lupdate finds it there by name, the text stays
Vietnamese in the core (and its tests), and the window shows it through
``QCoreApplication.translate(context, text)`` in the language the user chose.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

#: Turns a marked Vietnamese text into the interface language; the core's default keeps it.
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


def untranslated(text: str) -> str:
    """The Vietnamese text as written: what the core uses when nothing translates it."""
    return text


#: The parameters of a text that has none (shared, so it cannot be changed).
NO_PARAMS: Mapping[str, str] = MappingProxyType({})


class Text(NamedTuple):
    """A text for the user: its marked Vietnamese template and the values to fill in."""

    context: str
    template: str
    params: Mapping[str, str] = NO_PARAMS

    def __str__(self) -> str:
        return self.template.format(**self.params)
