"""The content field: its label, the field, the templates beside it and its message below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.problems import Field
from desktop.report import Composition, Kind
from desktop.ui.content_edit import ContentEdit
from desktop.ui.field_message import FieldMessage, show_problem
from desktop.ui.templates_button import TemplatesButton

if TYPE_CHECKING:
    from desktop.templates import Template


class ContentField(QtCore.QObject):
    """Builds the content's widgets, laid out in :attr:`layout`, and fills in templates."""

    def __init__(self, kind: Callable[[], Kind], language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.templates_button = TemplatesButton(kind, language)
        self.templates_button.chosen.connect(self.insert_template)
        self.edit = ContentEdit()
        self.edit.setObjectName("contentEdit")
        # Tab moves on, as in any form; a tab character would be cleaned away anyway.
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(50)
        self.label.setBuddy(self.edit)
        self.message = FieldMessage("contentMessage")
        self.layout = QVBoxLayout()
        self.layout.addWidget(self.label)
        # The templates sit to the right of the field they fill: Tab goes from the content on
        # to them, in reading order, and the number's Tab still goes straight to the content.
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        beside = QVBoxLayout()
        beside.addWidget(self.templates_button)
        beside.addStretch(1)
        row.addLayout(beside)
        self.layout.addLayout(row, 1)
        self.layout.addWidget(self.message)

    def set_texts(self, label: str, example: str) -> None:
        """Name the field and show what to type in it (they follow the kind of report)."""
        self.label.setText(label)
        self.edit.setAccessibleName(label)
        self.edit.setPlaceholderText(example)

    def show_state(self, composition: Composition, *, reveal: bool) -> None:
        """Say what is wrong with the content, once typed (or ``reveal``)."""
        problem = composition.problem_for(Field.CONTENT)
        show_problem(problem, self.edit, self.edit.toPlainText(), self.message, reveal)

    def insert_template(self, template: Template) -> None:
        """Add a template's phrase to the end of the content, as the next sentence or clause."""
        from PySide6.QtGui import QTextCursor

        from desktop.templates import join_template

        self.edit.setPlainText(join_template(self.edit.toPlainText(), template.text))
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
