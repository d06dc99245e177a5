"""What the app makes, read back as a person's tools read it.

A phone's QR scanner is zbar (through pyzbar) and a PDF viewer's text is pypdf's: both are
test dependencies that work the same on Linux and on Windows, so the tests that use them run
on both. pyzbar needs the zbar library: its Windows wheel carries it, Debian has ``libzbar0``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import unavailable


def read_qr(pixels: bytes, width: int, height: int) -> str:
    """The text of the one QR code in an 8-bit grayscale image (one byte per pixel)."""
    try:
        from pyzbar import pyzbar

        found = pyzbar.decode((pixels, width, height), symbols=[pyzbar.ZBarSymbol.QRCODE])
    except ImportError as error:  # pyzbar is installed; the zbar library it loads is not
        unavailable(f"the zbar library is not installed (Debian package libzbar0): {error}")
    assert len(found) == 1, f"{len(found)} QR codes read"
    return found[0].data.decode("utf-8")


def read_qr_on_screen(widget) -> str:
    """The text of the QR code a widget shows, read from its pixels as drawn on screen."""
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())
    pixels = b"".join(bits[row * stride : row * stride + width] for row in range(height))
    return read_qr(pixels, width, height)


def read_pdf_text(path: Path) -> str:
    """The text of every page, words separated by single spaces as a viewer shows them."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"[ \t]+", " ", text)
