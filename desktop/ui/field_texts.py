"""What the number and content fields are called, and the example in each, for each kind."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.report import Kind


class FieldTexts(NamedTuple):
    """The fields' labels and examples for one kind, in the interface language."""

    source_label: str
    source_example: str
    content_label: str
    content_example: str


def field_texts(kind: Kind) -> FieldTexts:
    """The labels and examples of the fields for a report of ``kind``."""
    texts = {
        Kind.SPAM_SMS: (
            QCoreApplication.translate(
                "FieldTexts", "Số điện thoại hoặc tên người gửi tin nhắn rác"
            ),
            QCoreApplication.translate("FieldTexts", "Ví dụ: 0912 345 678 hoặc VIETTEL"),
            QCoreApplication.translate("FieldTexts", "Nội dung tin nhắn rác"),
            QCoreApplication.translate(
                "FieldTexts", "Ví dụ: Quảng cáo vay tiền nhanh, kèm đường link lạ"
            ),
        ),
        Kind.SPAM_CALL: (
            QCoreApplication.translate("FieldTexts", "Số điện thoại đã gọi cuộc gọi rác"),
            QCoreApplication.translate("FieldTexts", "Ví dụ: 0912 345 678"),
            QCoreApplication.translate("FieldTexts", "Nội dung cuộc gọi rác"),
            QCoreApplication.translate(
                "FieldTexts", "Ví dụ: Gọi mời mua bảo hiểm nhiều lần trong ngày"
            ),
        ),
        Kind.SCAM_CALL: (
            QCoreApplication.translate("FieldTexts", "Số điện thoại đã gọi lừa đảo"),
            QCoreApplication.translate("FieldTexts", "Ví dụ: 0912 345 678"),
            QCoreApplication.translate("FieldTexts", "Nội dung cuộc gọi lừa đảo"),
            QCoreApplication.translate(
                "FieldTexts", "Ví dụ: Mạo danh công an tỉnh, đòi chuyển tiền để không bị khóa SIM"
            ),
        ),
    }
    return FieldTexts(*texts[kind])
