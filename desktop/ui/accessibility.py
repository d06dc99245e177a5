"""What screen readers say: names, descriptions, announcements and the roles of our widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessible, QAccessibleInterface


def explain(widget: QWidget, text: str) -> None:
    """Say what ``widget`` does: its tooltip for the mouse, its description for screen readers."""
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader (Narrator, NVDA, JAWS) read ``text``, which appeared at ``widget``.

    A polite announcement waits until the reader has finished what it is saying; an urgent
    one (a report that cannot be copied) interrupts it. Without a screen reader, nothing
    happens.
    """
    if not text:
        return
    # QAccessible's two hundred enum values are built on first use, after start-up.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Give the clear button Qt adds to ``edit`` (setClearButtonEnabled) a name to be read."""
    from PySide6.QtWidgets import QToolButton

    for button in edit.findChildren(QToolButton):
        button.setObjectName(f"{edit.objectName()}Clear")
        button.setAccessibleName(name)
        button.setToolTip(name)
        if button.defaultAction() is not None:
            button.defaultAction().setText(name)


class ChoiceGroup(QWidget):
    """A row of choices that screen readers read as one group, under its accessible name.

    A plain QWidget is read as filler and its name is never said; a QGroupBox would draw a
    frame the window has no room for.
    """


_roles_installed = False


def install_roles() -> None:
    """Give the app's own widgets the roles screen readers know them by (once per process).

    - a :class:`ChoiceGroup` is a group, so "Bạn muốn báo cáo gì?" is read on entering it;
    - the QR code (``QrView``) is a picture, with the name that says what it encodes;
    - a dialog opened modally says so, as Windows' own dialogs do.
    """
    global _roles_installed
    if _roles_installed:
        return
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class DialogAccessible(QAccessibleWidget):
        def state(self) -> QAccessible.State:
            state = super().state()
            state.modal = self.widget().isModal()
            return state

    roles = {"ChoiceGroup": QAccessible.Role.Grouping, "QrView": QAccessible.Role.Graphic}

    def factory(class_name: str, widget: QObject) -> QAccessibleInterface | None:
        if not widget.isWidgetType():
            return None
        if class_name == "QDialog":  # reached for every dialog Qt has no own reading of
            return DialogAccessible(widget, QAccessible.Role.Dialog)
        role = roles.get(class_name)
        return None if role is None else QAccessibleWidget(widget, role)

    QAccessible.installFactory(factory)
    _roles_installed = True
