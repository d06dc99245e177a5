"""Reading the log window's list as a person sees it, and choosing a row by clicking it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.log_model import SOURCE


def shown(dialog, column: int = SOURCE) -> list[str]:
    """The text of ``column`` in every row the list holds, top to bottom."""
    model = dialog.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_count(dialog) -> int:
    return dialog.table.model().rowCount()


def chosen(dialog, column: int = SOURCE) -> str | None:
    """The text of ``column`` in the chosen row."""
    index = dialog.table.currentIndex()
    return index.siblingAtColumn(column).data() if index.isValid() else None


def click_row(qtbot, dialog, row: int) -> None:
    """Click the row ``row`` of the list (scrolled into view first, as a person would)."""
    table = dialog.table
    index = table.model().index(row, SOURCE)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert table.currentIndex().row() == row
