"""Property-based checks: whatever is typed, composing never fails and messages are well formed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.report import Kind, compose

kinds = st.sampled_from(list(Kind))
# Text as people paste it: any Unicode, plus the characters numbers and SMS are made of.
phone_like = st.text(
    alphabet="0123456789 +-.()/０１２３４５６７８９\u200b\u00a0abcVIETL#*", max_size=30
)
any_text = st.text(max_size=300)


@given(kind=kinds, source=st.one_of(any_text, phone_like), content=any_text)
@settings(max_examples=400, deadline=None)
def test_compose_never_raises_and_returns_a_message_or_problems(kind, source, content):
    result = compose(kind, source, content)
    assert (result.message is None) == bool(result.problems)
    for problem in result.problems:
        assert problem.message.strip()


@given(kind=kinds, source=phone_like, content=any_text)
@settings(max_examples=400, deadline=None)
def test_every_message_is_well_formed(kind, source, content):
    result = compose(kind, source, content)
    message = result.message
    if message is None:
        return
    assert message.startswith(kind.keyword + " ")
    assert "  " not in message
    assert message == message.strip()
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in message)
    assert unicodedata.is_normalized("NFC", message)
    keyword, source_text, rest = message.split(" ", 2)
    assert keyword == kind.keyword
    assert source_text == result.source.text
    assert rest == result.content


@given(kind=kinds, content=st.text(min_size=1, max_size=200))
@settings(max_examples=200, deadline=None)
def test_valid_number_with_any_nonblank_content_gives_a_message(kind, content):
    result = compose(kind, "0912 345 678", content)
    if result.content:
        assert result.message == f"{kind.keyword} 0912345678 {result.content}"


@st.composite
def spelled_numbers(draw):
    """A real Vietnamese mobile number, spelled the way people write it."""
    subscriber = draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    prefix = draw(st.sampled_from(["91", "98", "35", "70", "86", "56", "59"]))
    digits = prefix + subscriber
    lead = draw(st.sampled_from(["0", "+84", "+84 ", "0084", "84", "(+84) ", "+84 (0) "]))
    separators = st.sampled_from(["", "", " ", ".", "-", "\u00a0", "\u200b"])
    spelled = "".join(ch + draw(separators) for ch in digits).rstrip(" .-\u00a0")
    if draw(st.booleans()):
        spelled = spelled.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return lead + spelled, "0" + digits


@given(kind=kinds, number=spelled_numbers(), content=st.text(min_size=1, max_size=200))
@settings(max_examples=400, deadline=None)
def test_any_spelling_of_a_mobile_number_is_written_in_national_digits(kind, number, content):
    spelled, national = number
    result = compose(kind, spelled, content)
    assert result.source is not None, (spelled, result.problems)
    assert result.source.text == national
    if result.content:
        assert result.message == f"{kind.keyword} {national} {result.content}"
