"""The QR code that carries a report to the phone: ``SMSTO:<destination>:<message>``.

Scanning it with the phone's camera opens the SMS composer with the destination and the
message filled in, so nothing has to be retyped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

#: Light modules around the symbol, as the QR standard requires for reliable scanning.
QUIET_ZONE = 4


class QrMatrix(NamedTuple):
    """The dark (True) and light modules of a QR code, quiet zone included."""

    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side."""
        return len(self.rows)


def sms_uri(destination: str, message: str) -> str:
    """The text a phone's camera reads as "write an SMS to destination"."""
    return f"SMSTO:{destination}:{message}"


@lru_cache(maxsize=4)
def qr_matrix(text: str) -> QrMatrix:
    """Encode ``text`` at error-correction level M.

    Choosing a long code's mask takes segno up to a tenth of a second, so the last few codes
    are kept: the large view (Ctrl+R) shows the code the window just drew, and switching
    Bỏ dấu or the destination back and forth draws the same codes again.

    Vietnamese text is encoded as UTF-8 with an ECI header that says so: without it,
    readers guess the character set and a long message can come out as Shift-JIS.
    """
    import segno  # only once there is a report to show: keeps start-up light

    code = segno.make(text, error="m", micro=False, boost_error=False, eci=True)
    rows = tuple(
        tuple(bool(module) for module in row)
        for row in code.matrix_iter(scale=1, border=QUIET_ZONE)
    )
    return QrMatrix(rows)
