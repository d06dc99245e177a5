"""The kinds of report as a row of buttons: Tin nhắn rác (S), Cuộc gọi rác (V), Cuộc gọi
lừa đảo (LD), one of them chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.report import Kind
from desktop.ui.accessibility import ChoiceGroup, explain

#: Each kind's keyboard shortcut: its button's and its menu item's.
KIND_SHORTCUTS = {Kind.SPAM_SMS: "Ctrl+1", Kind.SPAM_CALL: "Ctrl+2", Kind.SCAM_CALL: "Ctrl+3"}


def kind_names() -> dict[Kind, str]:
    """Each kind's name as its button and its menu item show it, in the interface language."""
    return {
        Kind.SPAM_SMS: QCoreApplication.translate("KindSelector", "Tin nhắn rác (S)"),
        Kind.SPAM_CALL: QCoreApplication.translate("KindSelector", "Cuộc gọi rác (V)"),
        Kind.SCAM_CALL: QCoreApplication.translate("KindSelector", "Cuộc gọi lừa đảo (LD)"),
    }


_OBJECT_NAMES = {
    Kind.SPAM_SMS: "kindSpamSms",
    Kind.SPAM_CALL: "kindSpamCall",
    Kind.SCAM_CALL: "kindScamCall",
}


class KindSelector(QWidget):
    """The question "Báo cáo:" and a button for each kind; exactly one is chosen."""

    #: A kind was chosen (clicked, or set), even the one already chosen.
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[Kind, QPushButton] = {}
        self._texts: dict[Kind, str] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The question sits on the buttons' row: the window must fit a small screen at 150 %.
        heading = QLabel(self.tr("Báo cáo:"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        choice = ChoiceGroup()
        choice.setObjectName("kindChoice")
        choice.setAccessibleName(self.tr("Bạn muốn báo cáo gì?"))
        heading.setBuddy(choice)
        outer.addWidget(choice, 1)
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        for kind, text in kind_names().items():
            shortcut = KIND_SHORTCUTS[kind]
            button = QPushButton(text)
            self._texts[kind] = text
            button.setObjectName(_OBJECT_NAMES[kind])
            button.setAccessibleName(text)
            explain(button, self.tr("Chọn loại báo cáo này — {shortcut}").format(shortcut=shortcut))
            button.setCheckable(True)
            button.setAutoExclusive(True)  # read as one of a set of choices, not a check box
            button.setProperty("kind", kind.value)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(34)
            self._group.addButton(button)
            self._buttons[kind] = button
            row.addWidget(button)
        self._group.buttonToggled.connect(lambda _button, checked: checked and self._on_chosen())

    def kind(self) -> Kind:
        """The kind chosen."""
        return Kind(self._group.checkedButton().property("kind"))

    def set_kind(self, kind: Kind) -> None:
        """Choose ``kind``, as a click on its button does."""
        button = self._buttons[kind]
        if button.isChecked():
            self._on_chosen()  # no toggle to react to, but say so all the same
        else:
            button.setChecked(True)  # the button group reacts to the toggle

    def button(self, kind: Kind) -> QPushButton:
        """The button of ``kind``."""
        return self._buttons[kind]

    def buttons(self) -> list[QPushButton]:
        """The buttons, left to right."""
        return list(self._buttons.values())

    def _on_chosen(self) -> None:
        kind = self.kind()
        # The chosen kind shows a tick and bold text, not only a pressed look or a colour.
        for each, button in self._buttons.items():
            chosen = each is kind
            button.setText(("✓ " if chosen else "") + self._texts[each])
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)
        self.chosen.emit()
