"""Problems found in a draft report: what is wrong, in which field, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Field(Enum):
    """The input a problem belongs to, so the window can show it next to that input."""

    SOURCE = "source"
    CONTENT = "content"


@dataclass(frozen=True)
class Problem:
    """One thing the user must fix before the report can be copied.

    ``code`` is stable and meant for programs and tests; ``template`` is the Vietnamese
    text shown to the user (the window passes it through Qt's translator before filling
    in ``params``), so tests never have to compare prose.
    """

    field: Field
    code: str
    template: str
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        """The Vietnamese message with its parameters filled in."""
        return self.template.format(**self.params)
