"""``--self-test``: check an installation by composing one report of each kind, and say which
IT presets are in force and where each comes from.

It builds the real window off-screen and types into it through the same code a user's
keystrokes reach, so a broken bundle (missing Qt plugin, missing resources, missing
phone metadata) fails here instead of on a user's desk.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from desktop import __version__
from desktop.report import Kind
from desktop.settings import MappingStore

#: (kind, number as typed, content as typed, the report that must come out).
SAMPLES = (
    (
        Kind.SPAM_SMS,
        "091.234.5678",
        "Trúng thưởng   xe máy,\nbấm link",
        "S 0912345678 Trúng thưởng xe máy, bấm link",
    ),
    (Kind.SPAM_CALL, "+84 262 3852 123", "Mời vay tiền", "V 02623852123 Mời vay tiền"),
    (
        Kind.SCAM_CALL,
        "(+84) 912-345-678",
        "Mạo danh công an tỉnh",
        "LD 0912345678 Mạo danh công an tỉnh",
    ),
)


class SelfTestError(RuntimeError):
    """The installation does not work as it should."""


def run(argv: Sequence[str]) -> str:
    """Run the self-test; return the line to print, or raise :class:`SelfTestError`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here so that --version works even where Qt cannot load.
    from PySide6.QtCore import QSettings

    from desktop.presets import describe, resolve
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.stores import it_stores

    create_application(argv)
    # Neither the user's clipboard, settings nor log are touched, and IT presets do not
    # change what is checked.
    window = MainWindow(clipboard=_NoClipboard(), settings=MappingStore(), it_settings=())
    form = window.form
    checked = []
    for kind, number, content, expected in SAMPLES:
        form.set_kind(kind)
        form.source_edit.setText(number)
        form.content_edit.setPlainText(content)
        shown = form.preview_text()
        if shown != expected or not form.copy_button.isEnabled():
            raise SelfTestError(
                f"{kind.keyword}: expected {expected!r}, the window shows {shown!r}"
            )
        form.preview_panel.update_qr_now()
        if form.preview_panel.qr.text() != f"SMSTO:156:{expected}":
            raise SelfTestError(f"{kind.keyword}: the QR code does not carry the report")
        checked.append(kind.keyword)
    if not window.guidance.loaded or "156" not in window.guidance.toPlainText():
        raise SelfTestError("the guidance text could not be loaded from the resources")
    window.close()
    # What this PC's presets are and where each comes from, read, never written.
    in_force = describe(resolve(it_stores(), QSettings()))
    return (
        f"bao-cao-156 {__version__} self-test: presets {in_force}; "
        f"{' '.join(checked)} qr guidance ok"
    )


class _NoClipboard:
    """The self-test must not overwrite what the user has on the clipboard."""

    def setText(self, text: str) -> None:
        pass
