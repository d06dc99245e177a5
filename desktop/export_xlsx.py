"""The report log as an Excel workbook: numbers stay text, times are dates, nothing is a formula.

Excel opening a CSV drops the leading 0 of ``0912345678`` and guesses at times; a workbook
says what each cell is. XlsxWriter (pure Python) is imported only when exporting.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from desktop.export import CSV_COLUMNS, kind_name
from desktop.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from desktop.report_log import Entry

#: The worksheet's tab.
SHEET_NAME = QT_TRANSLATE_NOOP("Export", "Nhật ký báo cáo")

#: Excel's display of a report's time, as the log window shows it.
EXCEL_TIME_FORMAT = "dd/mm/yyyy hh:mm"
#: Column widths, in characters: time, kind, number, content, destination.
_WIDTHS = (17, 24, 16, 80, 9)


def log_xlsx(entries: Iterable[Entry], translate: Translate = untranslated) -> bytes:
    """``entries`` as an .xlsx workbook: a header row that stays in view, real dates, and
    every other cell a text cell, whatever it holds (``=HYPERLINK(…)`` stays text)."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    sheet = workbook.add_worksheet(translate(SHEET_NAME))
    bold = workbook.add_format({"bold": True})
    when = workbook.add_format({"num_format": EXCEL_TIME_FORMAT, "align": "left"})
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    top = workbook.add_format({"valign": "top"})
    for column, title in enumerate(CSV_COLUMNS):
        sheet.write_string(0, column, translate(title), bold)
        sheet.set_column(column, column, _WIDTHS[column])
    row = 0
    for row, entry in enumerate(entries, start=1):
        # Excel has no time zones: the time as the user saw it, on their clock.
        sheet.write_datetime(row, 0, entry.created.replace(tzinfo=None), when)
        sheet.write_string(row, 1, kind_name(entry.kind, translate), top)
        sheet.write_string(row, 2, entry.source, top)
        sheet.write_string(row, 3, entry.content, wrapped)
        sheet.write_string(row, 4, entry.destination, top)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, row, len(CSV_COLUMNS) - 1)
    workbook.close()
    return buffer.getvalue()
