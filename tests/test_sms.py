"""SPEC "Content" and the SMS meter: cleaning, Bỏ dấu, and how many SMS a report takes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.sms import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    MAX_CONTENT_CHARS,
    MAX_CONTENT_INPUT,
    Encoding,
    clean_content,
    measure,
    paste_room,
    remove_diacritics,
)


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


# ----- SMS length (3GPP TS 23.038) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "parts"), [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)]
)
def test_gsm7_boundaries(length, parts):
    result = measure("a" * length)
    assert (result.encoding, result.units, result.parts) == (Encoding.GSM7, length, parts)


@pytest.mark.parametrize(
    ("length", "parts"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)]
)
def test_ucs2_boundaries(length, parts):
    result = measure("ạ" * length)
    assert (result.encoding, result.units, result.parts) == (Encoding.UCS2, length, parts)


@pytest.mark.parametrize("extension", list("^{}\\[~]|€\f"))
def test_extension_table_characters_count_two(extension):
    result = measure(extension)
    assert (result.encoding, result.units, result.characters) == (Encoding.GSM7, 2, 1)
    assert measure("a" * 158 + extension).parts == 1
    assert measure("a" * 159 + extension).parts == 2


def test_an_escape_sequence_is_never_split_between_parts():
    # 152 septets, then a two-septet character: it cannot start in part one's last septet.
    assert measure("a" * 152 + "€" + "a" * 152).parts == 3
    assert measure("a" * 151 + "€" + "a" * 153).parts == 2


def test_emoji_counts_two_utf16_units():
    result = measure("😀")
    assert (result.encoding, result.units, result.characters) == (Encoding.UCS2, 2, 1)
    assert measure("a" * 68 + "😀").parts == 1
    assert measure("a" * 69 + "😀").parts == 2


def test_one_vietnamese_letter_makes_the_whole_message_ucs2():
    assert measure("LD 0912345678 Mao danh cong an").encoding is Encoding.GSM7
    assert measure("LD 0912345678 Mạo danh cong an").encoding is Encoding.UCS2


def test_the_few_accented_letters_gsm7_has_stay_gsm7():
    assert measure("à è é ì ò ù É Ç Ä ñ").encoding is Encoding.GSM7
    assert measure("á").encoding is Encoding.UCS2  # á is not in the GSM-7 alphabet


def test_gsm7_alphabet_has_its_128_positions():
    assert len(GSM7_BASIC) == 127  # plus the escape to the extension table
    assert len(GSM7_EXTENSION) == 10


# ----- Bỏ dấu ------------------------------------------------------------------------------

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # huyền sắc hỏi ngã nặng


@pytest.mark.parametrize("vowel", VOWELS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("upper", [False, True])
def test_every_vowel_with_every_tone_loses_its_marks(vowel, tone, upper):
    letter = unicodedata.normalize("NFC", vowel + tone)
    letter = letter.upper() if upper else letter
    plain = remove_diacritics(letter)
    base = unicodedata.normalize("NFD", vowel)[0]
    assert plain == (base.upper() if upper else base)
    assert plain.isascii()


def test_d_with_stroke_becomes_d():
    assert remove_diacritics("đ Đ đường ĐẮK") == "d D duong DAK"


def test_the_circulars_example_sentence():
    assert (
        remove_diacritics("Mạo danh công an, đòi chuyển tiền")
        == "Mao danh cong an, doi chuyen tien"
    )


def test_decomposed_input_is_handled_too():
    decomposed = unicodedata.normalize("NFD", "Lừa đảo chuyển tiền")
    assert remove_diacritics(decomposed) == "Lua dao chuyen tien"


def test_non_vietnamese_characters_keep_their_form():
    assert remove_diacritics("Lừa 💸 詐欺 50%") == "Lua 💸 詐欺 50%"


@given(
    st.text(alphabet=VOWELS + VOWELS.upper() + "đĐbcdghklmnpqrstvx ,.", max_size=80).map(
        lambda s: unicodedata.normalize("NFC", s)
    )
)
def test_vietnamese_text_without_diacritics_is_pure_ascii(text):
    toned = "".join(ch + TONES[i % len(TONES)] for i, ch in enumerate(text))
    assert remove_diacritics(toned).isascii()


def test_a_paste_fills_the_content_field_up_to_its_limit_and_no_further():
    assert MAX_CONTENT_CHARS < MAX_CONTENT_INPUT  # room to paste long and trim
    assert paste_room(0, 0) == MAX_CONTENT_INPUT
    assert paste_room(300, 0) == MAX_CONTENT_INPUT - 300
    assert paste_room(300, 300) == MAX_CONTENT_INPUT  # replacing everything
    assert paste_room(MAX_CONTENT_INPUT + 50, 0) == 0  # typed past it: pastes add nothing
