"""Reading the log's search box: words in any case and accents, numbers in any form."""

from __future__ import annotations

import pytest

from desktop.search import Search, fold, read_search


def test_words_are_folded_for_matching():
    assert fold("Mạo Danh CÔNG AN") == "mao danh cong an"
    assert fold("Đòi") == "doi"
    assert fold(None) == ""


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("0912345", "0912345"),
        ("0912 345", "0912345"),
        ("091.234.5", "0912345"),
        ("091-234", "091234"),
        ("091–234", "091234"),  # an en dash, as Word pastes it
        ("+84912", "0912"),
        ("+84 91 234", "091234"),
        ("0084 912", "0912"),
        ("(+84) 912", "0912"),
        ("０９１２", "0912"),  # full-width digits
        ("+65 6123", "+656123"),  # foreign numbers are kept in E.164
        ("345", "345"),
    ],
)
def test_a_number_is_read_as_the_number_field_reads_it(typed, number):
    assert read_search(typed).number == number


@pytest.mark.parametrize("typed", ["mạo danh", "VIETTEL", "0912abc", "", "   ", "+", "50%"])
def test_words_are_not_numbers(typed):
    assert read_search(typed).number is None


def test_the_words_are_kept_for_the_content():
    assert read_search("  Chuyển Tiền ") == Search("chuyen tien", None)
    assert read_search("0912 345").words == "0912 345"
