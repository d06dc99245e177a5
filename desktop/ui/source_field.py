"""The number field: its label, the field, and what is said under it."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.problems import Field
from desktop.report import Composition
from desktop.ui.accessibility import name_clear_button
from desktop.ui.field_message import show_problem
from desktop.ui.source_notes import SourceNotes


class SourceField(QtCore.QObject):
    """Builds the number's widgets and shows how the number was read.

    The form lays them out in its own column (a layout of their own would give the notes'
    wrapped lines less height than they need in a small window).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName("sourceEdit")
        self.label.setBuddy(self.edit)
        self.notes = SourceNotes(parent)
        self.notes.offer_taken.connect(self.take_offer)
        self.edit.textChanged.connect(self.notes.forget_copy)

    def set_texts(self, label: str, example: str) -> None:
        """Name the field and show what to type in it (they follow the kind of report)."""
        self.label.setText(label)
        self.edit.setAccessibleName(label)
        self.edit.setPlaceholderText(example)

    def add_clear_button(self) -> None:
        """The field's clear button (after start-up: it looks up the icon theme)."""
        self.edit.setClearButtonEnabled(True)
        name_clear_button(self.edit, self.tr("Xóa số đã nhập"))

    def show_state(self, composition: Composition, *, reveal: bool, warning: str) -> None:
        """Say how the number was read or what is wrong with it (once typed, or ``reveal``),
        and whether it was reported before; ``warning`` is the warning for colleagues, when
        the report was just made."""
        source = composition.source.text if composition.source else None
        self.notes.show_repeats(source, warning=warning)
        problem = composition.problem_for(Field.SOURCE)
        if problem is not None:
            shown = show_problem(problem, self.edit, self.edit.text(), self.notes.message, reveal)
            self.notes.offer.show_offer(problem.offer if shown else "")
            return
        assert composition.source is not None
        self.edit.setAccessibleDescription(self.notes.show_source(composition.source))

    def take_offer(self, offer: str) -> None:
        """Put the number offered in the field, as one step Ctrl+Z undoes."""
        self.edit.selectAll()
        self.edit.insert(offer)
        self.edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
