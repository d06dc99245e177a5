"""SPEC "Content": how free text is cleaned before it goes into the report."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.sms import clean_content


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mạo danh công an", "Mạo danh công an"),
        ("  Mạo   danh\tcông\n\nan  ", "Mạo danh công an"),
        ("dòng một\r\ndòng hai", "dòng một dòng hai"),
        ("a\u00a0b\u2003c\u3000d", "a b c d"),  # no-break, em and ideographic spaces
        ("a\u2028b\u2029c", "a b c"),  # line and paragraph separators
        ("ch\u200bữ", "chữ"),  # zero-width space inside a word
        ("\ufeffđầu", "đầu"),  # byte-order mark pasted from a file
        ("a\u200c\u200db\u2060c", "abc"),  # joiners and word joiner
        ("\u202bRTL\u202c", "RTL"),  # direction embedding
        ("chuông\x07 reo\x00", "chuông reo"),  # control characters
        ("a \u200b b", "a b"),  # removing an invisible does not leave two spaces
        ("", ""),
        ("   ", ""),
    ],
)
def test_content_cleaning(typed, expected):
    assert clean_content(typed) == expected


def test_decomposed_vietnamese_is_composed_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Lừa đảo chuyển tiền")
    assert decomposed != "Lừa đảo chuyển tiền"
    cleaned = clean_content(decomposed)
    assert cleaned == "Lừa đảo chuyển tiền"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_invisible_between_letter_and_tone_mark_still_composes():
    # "ạ" typed as a + zero-width space + combining dot below: one letter after cleaning.
    assert clean_content("a\u200b\u0323") == "ạ"


def test_emoji_and_non_latin_text_are_kept():
    assert clean_content("Lừa 💸 đảo 詐欺") == "Lừa 💸 đảo 詐欺"
