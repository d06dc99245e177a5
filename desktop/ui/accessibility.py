"""Saying out loud what sighted users see change: announcements for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


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
