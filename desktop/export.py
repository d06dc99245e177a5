"""The report log as files people hand on: a CSV for Excel and a one-page printable summary.

What a scammer wrote ends up in these files, so it is never markup in the summary (every
user text is escaped) and never a formula in the CSV (a cell Excel would read as one gets a
leading apostrophe, as OWASP recommends).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from html import escape

from desktop.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from desktop.report_log import Entry

#: The kinds by their keyword, as people call them.
KIND_NAMES = {
    "S": QT_TRANSLATE_NOOP("Export", "Tin nhắn rác"),
    "V": QT_TRANSLATE_NOOP("Export", "Cuộc gọi rác"),
    "LD": QT_TRANSLATE_NOOP("Export", "Cuộc gọi lừa đảo"),
}

#: The summary's title for each kind: one line on an A4 page.
TITLES = {
    "S": QT_TRANSLATE_NOOP("Export", "Báo cáo tin nhắn rác"),
    "V": QT_TRANSLATE_NOOP("Export", "Báo cáo cuộc gọi rác"),
    "LD": QT_TRANSLATE_NOOP("Export", "Báo cáo cuộc gọi lừa đảo"),
}

#: The CSV file's header row, in Vietnamese (translated through ``translate``).
CSV_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Thời gian"),
    QT_TRANSLATE_NOOP("Export", "Loại"),
    QT_TRANSLATE_NOOP("Export", "Số / người gửi"),
    QT_TRANSLATE_NOOP("Export", "Nội dung"),
    QT_TRANSLATE_NOOP("Export", "Gửi tới"),
)

# How the log window and its CSV write a report's time.
LOG_TIME_FORMAT = "%d/%m/%Y %H:%M"

# What makes Excel (and LibreOffice) read a cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BLANK = "……………………………"
# Characters a file name keeps; anything else in a sender's name becomes "-".
_UNSAFE_IN_FILE_NAME = re.compile(r"[^0-9A-Za-z+_-]+")


def kind_name(keyword: str, translate: Translate = untranslated) -> str:
    """The kind's name with its keyword, ``Cuộc gọi lừa đảo (LD)``."""
    name = KIND_NAMES.get(keyword)
    return f"{translate(name)} ({keyword})" if name else keyword


def csv_cell(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def log_csv(
    entries: Iterable[Entry], delimiter: str = ",", translate: Translate = untranslated
) -> bytes:
    """``entries`` as CSV for Excel: UTF-8 with a BOM, times as the log window shows them.

    ``translate`` puts the header and the kinds' names in the interface language (context
    "Export").
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([translate(column) for column in CSV_COLUMNS])
    for entry in entries:
        writer.writerow(
            csv_cell(cell)
            for cell in (
                entry.created.strftime(LOG_TIME_FORMAT),
                kind_name(entry.kind, translate),
                entry.source,
                entry.content,
                entry.destination,
            )
        )
    return buffer.getvalue().encode("utf-8-sig")


def summary_html(
    entry: Entry,
    *,
    received: datetime | None = None,
    reporter: str = "",
    unit: str = "",
    organisation: str = "",
    translate: Translate = untranslated,
) -> str:
    """The summary as HTML for a QTextDocument: every user text is escaped.

    ``received`` is when the call or SMS came (the report's time when not given); the
    app only copies the report, so the summary says where it goes, never that it was sent.
    ``translate`` turns the Vietnamese labels into the interface language (context "Export").
    """
    tr = translate
    time_format = tr(_TIME_FORMAT)
    rows = [
        (
            QT_TRANSLATE_NOOP("Export", "Nhận cuộc gọi / tin nhắn lúc"),
            (received or entry.created).strftime(time_format),
        ),
        (QT_TRANSLATE_NOOP("Export", "Loại"), kind_name(entry.kind, tr)),
        (QT_TRANSLATE_NOOP("Export", "Số điện thoại / người gửi"), entry.source),
        (QT_TRANSLATE_NOOP("Export", "Nội dung"), entry.content),
        (QT_TRANSLATE_NOOP("Export", "Tin nhắn báo cáo"), entry.message),
        (QT_TRANSLATE_NOOP("Export", "Gửi tới"), entry.destination),
        (QT_TRANSLATE_NOOP("Export", "Soạn báo cáo lúc"), entry.created.strftime(time_format)),
        (QT_TRANSLATE_NOOP("Export", "Người báo cáo"), reporter.strip() or _BLANK),
        (QT_TRANSLATE_NOOP("Export", "Đơn vị"), unit.strip() or _BLANK),
    ]
    cells = "".join(
        f"<tr><th align='left' width='35%'>{escape(tr(label))}</th><td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    heading = f"<p>{escape(organisation)}</p>" if organisation.strip() else ""
    title = tr(TITLES.get(entry.kind, QT_TRANSLATE_NOOP("Export", "Báo cáo")))
    signature = tr(QT_TRANSLATE_NOOP("Export", "Người báo cáo (ký, ghi rõ họ tên)"))
    made_with = tr(QT_TRANSLATE_NOOP("Export", "Lập bằng Báo cáo 156 {version}.")).format(
        version=entry.app_version
    )
    return (
        f"{heading}<h2>{escape(title)}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='6' width='100%'>{cells}</table>"
        f"<table width='100%'><tr><td width='50%'></td>"
        f"<td align='center'><p><b>{escape(signature)}</b></p><p><br><br><br></p>"
        f"<p>{escape(reporter.strip())}</p></td></tr></table>"
        f"<p><small>{escape(made_with)}</small></p>"
    )


def summary_file_name(entry: Entry) -> str:
    """A name a person recognises: ``bao-cao-156_2026-12-04_0912345678.pdf``."""
    source = _UNSAFE_IN_FILE_NAME.sub("-", entry.source).strip("-") or "bao-cao"
    return f"bao-cao-156_{entry.created:%Y-%m-%d}_{source}.pdf"


def log_file_name(day: date, extension: str = "csv") -> str:
    """An export's name: ``nhat-ky-bao-cao-156_2026-12-04.csv`` (or ``.xlsx``)."""
    return f"nhat-ky-bao-cao-156_{day:%Y-%m-%d}.{extension}"


#: strftime format of a time on the summary; translated, since word order differs.
_TIME_FORMAT = QT_TRANSLATE_NOOP("Export", "%H:%M ngày %d/%m/%Y")
