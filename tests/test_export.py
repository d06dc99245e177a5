"""The log as files people hand on: the CSV for Excel and the printable summary."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.export import (
    CSV_COLUMNS,
    csv_cell,
    kind_name,
    log_csv,
    log_file_name,
    summary_file_name,
    summary_html,
)
from desktop.report_log import Entry

HANOI = timezone(timedelta(hours=7))


def entry(kind="LD", source="0912345678", content="Mạo danh công an", created=None) -> Entry:
    created = created or datetime(2024, 1, 29, 8, 1, tzinfo=HANOI)
    return Entry(1, created, kind, source, content, "156", "0.1.0")


def rows(data: bytes, delimiter=",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_csv_for_excel_round_trips_vietnamese_commas_quotes_and_new_lines():
    tricky = 'Mạo danh, "Công an" tỉnh\nđòi chuyển tiền; 50%'
    data = log_csv([entry(content=tricky), entry(kind="S", source="VIETTEL", content="KM")])
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    table = rows(data)
    assert tuple(table[0]) == CSV_COLUMNS
    assert table[1] == ["29/01/2024 08:01", "Cuộc gọi lừa đảo (LD)", "0912345678", tricky, "156"]
    assert table[2][1:4] == ["Tin nhắn rác (S)", "VIETTEL", "KM"]
    assert rows(log_csv([entry(content=tricky)], delimiter=";"), ";")[1][3] == tricky


def test_the_csv_speaks_the_interface_language():
    english = {"Thời gian": "Time", "Cuộc gọi lừa đảo": "Scam call"}
    table = rows(log_csv([entry()], translate=lambda text: english.get(text, text)))
    assert table[0][0] == "Time"
    assert table[1][1] == "Scam call (LD)"


@pytest.mark.parametrize(
    "hostile",
    ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
     "\t=1", "\r=1"],
)  # fmt: skip
def test_no_cell_becomes_a_formula_in_excel(hostile):
    table = rows(log_csv([entry(source=hostile, content=hostile)]))
    assert table[1][2] == "'" + hostile and table[1][3] == "'" + hostile
    assert csv_cell("Mạo danh = lừa đảo") == "Mạo danh = lừa đảo"  # only a leading sign counts


def test_kind_names_carry_their_keyword():
    assert kind_name("V") == "Cuộc gọi rác (V)"
    assert kind_name("X") == "X"


def test_summary_escapes_what_the_scammer_wrote():
    hostile = '<img src="file://host/share/x.png"><b>bold</b> & <script>'
    html = summary_html(
        entry(content=hostile), reporter="<i>Lan</i>", unit="<u>Tổ</u>", organisation="Sở <GD>"
    )
    assert "<img" not in html and "<script>" not in html and "<i>Lan" not in html
    assert "<u>" not in html and "&lt;u&gt;Tổ&lt;/u&gt;" in html
    assert "&lt;img src=&quot;file://host/share/x.png&quot;&gt;" in html
    assert "Sở &lt;GD&gt;" in html


def test_summary_says_where_the_report_goes_and_when_the_call_came():
    html = summary_html(entry(), received=datetime(2024, 1, 28, 21, 5), reporter="Nguyễn Thị Lan")
    assert "21:05 ngày 28/01/2024" in html  # received
    assert "08:01 ngày 29/01/2024" in html  # composed
    assert "Gửi tới" in html and "Đã gửi" not in html
    assert "Người báo cáo (ký, ghi rõ họ tên)" in html
    assert "<h2>Báo cáo cuộc gọi lừa đảo</h2>" in html


def test_summary_leaves_blanks_to_fill_by_hand():
    html = summary_html(entry(), received=None)
    assert html.count("……………………………") == 2  # name and unit
    assert "08:01 ngày 29/01/2024" in html


def test_file_names_a_person_recognises():
    assert summary_file_name(entry()) == "bao-cao-156_2024-01-29_0912345678.pdf"
    assert summary_file_name(entry(source="+6561234567")).endswith("_+6561234567.pdf")
    assert summary_file_name(entry(source="VN.Bank_1")) == "bao-cao-156_2024-01-29_VN-Bank_1.pdf"
    assert log_file_name(date(2026, 12, 4)) == "nhat-ky-bao-cao-156_2026-12-04.csv"
