"""Composing a report message for 156/5656: the circular's S, V and LD syntaxes.

A report is ``<keyword> <source> <content>``, the parts joined by exactly one space.
:func:`compose` is the one place that turns what the user typed into that message, or
into the problems that stop it; the window and ``--self-test`` both go through it.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.phone import Source, read_source
from desktop.problems import Caution, Field, Problem
from desktop.sms import MAX_CONTENT_CHARS, clean_content, remove_diacritics

#: Where reports are sent by SMS; both are free of charge.
DESTINATIONS = ("156", "5656")
DEFAULT_DESTINATION = "156"


class Kind(Enum):
    """The three kinds of report, valued by their keyword."""

    SPAM_SMS = "S"
    SPAM_CALL = "V"
    SCAM_CALL = "LD"

    @property
    def keyword(self) -> str:
        """The first word of the message."""
        return self.value

    @property
    def accepts_senders(self) -> bool:
        """Whether a short code or brandname may be the source (only SMS have those)."""
        return self is Kind.SPAM_SMS


class Composition(NamedTuple):
    """The outcome of composing: the cleaned parts, and either a message or problems."""

    kind: Kind
    source: Source | None
    content: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """Whether the report is complete and may be copied."""
        return not self.problems

    @property
    def message(self) -> str | None:
        """The exact report text, or None while there are problems."""
        if self.problems or self.source is None:
            return None
        return f"{self.kind.keyword} {self.source.text} {self.content}"

    @property
    def cautions(self) -> tuple[Caution, ...]:
        """What to check before sending; the report may still be copied."""
        caution = self.source.caution if self.source else None
        return (caution,) if caution else ()

    def problem_for(self, field: Field) -> Problem | None:
        """The problem to show next to ``field``, if any."""
        return next((p for p in self.problems if p.field is field), None)


def compose(
    kind: Kind, source_text: str, content_text: str, *, without_diacritics: bool = False
) -> Composition:
    """Compose the report of ``kind`` from the raw number and content fields.

    ``without_diacritics`` writes the content without Vietnamese diacritics (Bỏ dấu), so
    that the report is sent as GSM-7 and fits one SMS more often.
    """
    source = read_source(source_text, allow_senders=kind.accepts_senders)
    content = clean_content(content_text)
    if without_diacritics:
        content = remove_diacritics(content)
    problems = []
    if isinstance(source, Problem):
        problems.append(source)
        source = None
    content_problem = _check_content(content)
    if content_problem:
        problems.append(content_problem)
    return Composition(kind, source, content, tuple(problems))


def _check_content(content: str) -> Problem | None:
    if not content:
        return Problem(
            Field.CONTENT,
            "content.empty",
            QT_TRANSLATE_NOOP(
                "Problem", "Chưa nhập nội dung: ghi ngắn gọn tin nhắn hoặc cuộc gọi đã nói gì."
            ),
        )
    if len(content) > MAX_CONTENT_CHARS:
        return Problem(
            Field.CONTENT,
            "content.too_long",
            QT_TRANSLATE_NOOP(
                "Problem", "Nội dung quá dài ({length} ký tự, tối đa {limit}). Hãy rút gọn."
            ),
            {"length": str(len(content)), "limit": str(MAX_CONTENT_CHARS)},
        )
    return None
