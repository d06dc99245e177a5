"""Who reports, and when the call or SMS came: asked before a summary is printed or saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.settings import Preferences

#: Wide enough for a school's or an office's full name.
FIELD_MIN_WIDTH = 360


class ReporterDialog(QDialog):
    """Asks for the reporter's name and unit (remembered) and when the call or SMS came."""

    def __init__(self, preferences: Preferences, received: datetime, parent: QWidget) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.setObjectName("reporterDialog")
        self.setWindowTitle(self.tr("Thông tin in trên bản tóm tắt"))
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Họ tên và đơn vị được in trên bản tóm tắt, để nộp cho công an hoặc "
                "cơ quan quản lý. Có thể để trống và viết tay sau."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(note)
        self.name = self._field(
            "reporterName", preferences.reporter_name, self.tr("Họ tên người báo cáo")
        )
        self.unit = self._field("reporterUnit", preferences.reporter_unit, self.tr("Đơn vị"))
        self.received = QDateTimeEdit(QDateTime(received))
        self.received.setObjectName("receivedAt")
        self.received.setAccessibleName(self.tr("Nhận cuộc gọi hoặc tin nhắn lúc"))
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        for label, field in (
            (self.tr("&Họ tên:"), self.name),
            (self.tr("Đơn &vị:"), self.unit),
            (self.tr("&Nhận cuộc gọi / tin nhắn lúc:"), self.received),
        ):
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("reporterButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.setFocus()

    def _field(self, name: str, text: str, accessible_name: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setAccessibleName(accessible_name)
        field.setMinimumWidth(FIELD_MIN_WIDTH)
        field.setMaxLength(200)
        return field

    def received_at(self) -> datetime:
        """When the call or SMS came, as the user set it."""
        return self.received.dateTime().toPython()

    def accept(self) -> None:
        """Remember the name and unit for next time."""
        self._preferences.reporter_name = self.name.text()
        self._preferences.reporter_unit = self.unit.text()
        super().accept()
