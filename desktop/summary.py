"""A printable summary of one report, to hand to the police or the department."""

from __future__ import annotations

from html import escape

from desktop.history import Entry

KIND_NAMES = {"S": "Tin nhắn rác", "V": "Cuộc gọi rác", "LD": "Cuộc gọi lừa đảo"}


def summary_html(
    entry: Entry, *, reporter: str = "", unit: str = "", organisation: str = ""
) -> str:
    """The summary as HTML for a QTextDocument: every user text is escaped."""
    rows = [
        ("Thời gian", entry.created.strftime("%H:%M ngày %d/%m/%Y")),
        ("Loại", f"{KIND_NAMES.get(entry.kind, entry.kind)} ({entry.kind})"),
        ("Số điện thoại / người gửi", entry.source),
        ("Nội dung", entry.content),
        ("Tin nhắn báo cáo", entry.message),
        ("Đã gửi tới", entry.destination),
        ("Người báo cáo", reporter.strip() or "……………………………"),
        ("Đơn vị", unit.strip() or "……………………………"),
    ]
    cells = "".join(
        f"<tr><th align='left' width='35%'>{escape(label)}</th><td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    heading = f"<p>{escape(organisation)}</p>" if organisation.strip() else ""
    return (
        f"{heading}<h2>Báo cáo tin nhắn rác, cuộc gọi rác, cuộc gọi lừa đảo</h2>"
        f"<table border='1' cellspacing='0' cellpadding='6' width='100%'>{cells}</table>"
        f"<p><small>Lập bằng Báo cáo 156 {escape(entry.app_version)}.</small></p>"
    )
