"""A printable summary of one report, to hand to the police or the department."""

from __future__ import annotations

from html import escape

from desktop.history import Entry
from desktop.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

KIND_NAMES = {
    "S": QT_TRANSLATE_NOOP("Summary", "Tin nhắn rác"),
    "V": QT_TRANSLATE_NOOP("Summary", "Cuộc gọi rác"),
    "LD": QT_TRANSLATE_NOOP("Summary", "Cuộc gọi lừa đảo"),
}
_BLANK = "……………………………"


def summary_html(
    entry: Entry,
    *,
    reporter: str = "",
    unit: str = "",
    organisation: str = "",
    translate: Translate = untranslated,
) -> str:
    """The summary as HTML for a QTextDocument: every user text is escaped.

    ``translate`` turns the Vietnamese labels into the interface language (context "Summary").
    """
    tr = translate
    kind = tr(KIND_NAMES[entry.kind]) if entry.kind in KIND_NAMES else entry.kind
    rows = [
        (QT_TRANSLATE_NOOP("Summary", "Thời gian"), entry.created.strftime(tr(_TIME_FORMAT))),
        (QT_TRANSLATE_NOOP("Summary", "Loại"), f"{kind} ({entry.kind})"),
        (QT_TRANSLATE_NOOP("Summary", "Số điện thoại / người gửi"), entry.source),
        (QT_TRANSLATE_NOOP("Summary", "Nội dung"), entry.content),
        (QT_TRANSLATE_NOOP("Summary", "Tin nhắn báo cáo"), entry.message),
        (QT_TRANSLATE_NOOP("Summary", "Đã gửi tới"), entry.destination),
        (QT_TRANSLATE_NOOP("Summary", "Người báo cáo"), reporter.strip() or _BLANK),
        (QT_TRANSLATE_NOOP("Summary", "Đơn vị"), unit.strip() or _BLANK),
    ]
    cells = "".join(
        f"<tr><th align='left' width='35%'>{escape(tr(label))}</th><td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    heading = f"<p>{escape(organisation)}</p>" if organisation.strip() else ""
    title = tr(QT_TRANSLATE_NOOP("Summary", "Báo cáo tin nhắn rác, cuộc gọi rác, cuộc gọi lừa đảo"))
    made_with = tr(QT_TRANSLATE_NOOP("Summary", "Lập bằng Báo cáo 156 {version}.")).format(
        version=entry.app_version
    )
    return (
        f"{heading}<h2>{escape(title)}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='6' width='100%'>{cells}</table>"
        f"<p><small>{escape(made_with)}</small></p>"
    )


#: strftime format of the report's time; translated, since word order differs.
_TIME_FORMAT = QT_TRANSLATE_NOOP("Summary", "%H:%M ngày %d/%m/%Y")
