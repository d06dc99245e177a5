"""Problems found in a draft report: what is wrong, in which field, and how to fix it; and
cautions: what to check, though the report may be sent."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import NamedTuple

from desktop.i18n import NO_PARAMS, Text


class Field(Enum):
    """The input a problem belongs to, so the window can show it next to that input."""

    SOURCE = "source"
    CONTENT = "content"


class Problem(NamedTuple):
    """One thing the user must fix before the report can be copied.

    ``code`` is stable and meant for programs and tests; ``template`` is the Vietnamese
    text shown to the user (the window translates :attr:`text` before filling in
    ``params``), so tests never have to compare prose.
    """

    field: Field
    code: str
    template: str
    params: Mapping[str, str] = NO_PARAMS
    #: What to put in the field instead, offered with one click ("" when there is nothing
    #: sure to offer).
    offer: str = ""

    @property
    def text(self) -> Text:
        """The message as a text to translate (context "Problem") and fill in."""
        return Text("Problem", self.template, self.params)

    @property
    def message(self) -> str:
        """The Vietnamese message with its parameters filled in."""
        return str(self.text)


class Caution(NamedTuple):
    """Something to check before sending: the report may still be copied.

    Shaped like a :class:`Problem` (a stable ``code``, a Vietnamese ``template``, an
    ``offer``), but it never stops the report.
    """

    field: Field
    code: str
    template: str
    params: Mapping[str, str] = NO_PARAMS
    offer: str = ""

    # Said the same way as a problem.
    text = Problem.text
    message = Problem.message
