"""Putting a report's summary on paper: a printer chosen in the system's dialog, or a PDF."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop import APP_NAME


def choose_printer(parent: QWidget) -> QPagedPaintDevice | None:
    """The printer the user chose in the system's print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def pdf(html: str) -> bytes:
    """An A4 PDF of ``html``."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(APP_NAME)
    print_html(html, writer)
    del writer  # finishes the PDF
    return bytes(buffer.data())


def print_html(html: str, device: QPagedPaintDevice) -> None:
    """Lay ``html`` out on ``device``'s pages: a printer or a PDF writer."""
    document = QTextDocument()
    document.setHtml(html)
    document.print_(device)
