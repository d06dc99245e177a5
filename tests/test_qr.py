"""The QR code carries exactly ``SMSTO:<destination>:<message>``, checked with a real decoder."""

from __future__ import annotations

import pytest

from desktop.qr import QUIET_ZONE, qr_matrix, sms_uri
from desktop.report import Kind, compose
from tests.readers import read_qr


def scan(text: str) -> str:
    """Draw the code of ``text`` at 4 pixels per module and read it as a phone would."""
    matrix = qr_matrix(text)
    scale = 4
    rows = []
    for row in matrix.rows:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        rows.extend([line] * scale)
    side = matrix.size * scale
    return read_qr(b"".join(rows), side, side)


def test_sms_uri_is_the_smsto_form():
    assert sms_uri("156", "LD 0912345678 Lừa đảo") == "SMSTO:156:LD 0912345678 Lừa đảo"
    assert sms_uri("5656", "S VIETTEL x") == "SMSTO:5656:S VIETTEL x"


@pytest.mark.parametrize("without_diacritics", [False, True])
@pytest.mark.parametrize("destination", ["156", "5656"])
def test_the_code_decodes_to_the_report(without_diacritics, destination):
    message = compose(
        Kind.SCAM_CALL,
        "0912 345 678",
        "Mạo danh công an tỉnh, đòi chuyển tiền để không bị khóa SIM",
        without_diacritics=without_diacritics,
    ).message
    text = sms_uri(destination, message)
    assert scan(text) == text


def test_a_long_report_still_decodes():
    message = compose(Kind.SPAM_SMS, "VIETTEL", "Tin quảng cáo kèm đường link lạ " * 15).message
    text = sms_uri("156", message)
    assert len(text.encode("utf-8")) > 500
    assert scan(text) == text


def test_the_quiet_zone_surrounds_the_symbol():
    matrix = qr_matrix("SMSTO:156:V 0912345678 x")
    assert all(len(row) == matrix.size for row in matrix.rows)
    for i in range(QUIET_ZONE):
        assert not any(matrix.rows[i]) and not any(matrix.rows[-1 - i])
        assert not any(row[i] or row[-1 - i] for row in matrix.rows)
    assert any(matrix.rows[QUIET_ZONE])  # the finder pattern starts right after it


def test_a_code_just_drawn_is_not_encoded_again():
    text = sms_uri("156", "LD 0912345678 Mạo danh công an " * 8)
    assert qr_matrix(text) is qr_matrix(text)
