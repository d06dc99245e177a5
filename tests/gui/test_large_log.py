"""A log of many reports: the window reads it a page at a time, as the list scrolls."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from desktop.report_log import DATABASE_NAME, PAGE_SIZE
from tests.gui.keys import type_text
from tests.gui.log_table import chosen, click_row, row_count, shown
from tests.gui.test_report_log import click, open_log_window

MANY = 5 * PAGE_SIZE + 50


def fill(data_dir, count: int) -> None:
    """``count`` reports, written as another window of the app writes them (newest last)."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        db.executemany(
            "INSERT INTO reports (created, kind, source, content, destination, app_version)"
            " VALUES ('2026-11-30T09:00:00+07:00', 'LD', ?, ?, '156', '0.1.0')",
            [(f"0912{i:06d}", f"Mạo danh công an, lần {i}") for i in range(count)],
        )
    db.close()


def test_a_large_log_opens_with_its_first_page_and_reads_more_as_it_scrolls(
    window, qtbot, data_dir
):
    fill(data_dir, MANY)
    dialog = open_log_window(qtbot, window)
    assert PAGE_SIZE <= row_count(dialog) < MANY  # the rest is read when scrolled to
    assert dialog.status.text() == f"{MANY} báo cáo"  # counted in all, not one page
    assert shown(dialog)[0] == f"0912{MANY - 1:06d}"
    dialog.table.setFocus()
    for _ in range(MANY // PAGE_SIZE + 1):  # End, as far as it goes: each reads a page more
        qtbot.keyClick(dialog.table, Qt.Key.Key_End)
    assert row_count(dialog) == MANY
    qtbot.keyClick(dialog.table, Qt.Key.Key_End)
    assert chosen(dialog) == "0912000000"  # the oldest report, at the bottom
    assert len(set(shown(dialog))) == MANY  # each report once, none skipped


def test_search_finds_reports_not_read_yet(window, qtbot, data_dir):
    fill(data_dir, MANY)
    dialog = open_log_window(qtbot, window)
    type_text(qtbot, dialog.search, "lan 7")  # lần 7, 70–79 and 700–799: mostly on later pages
    expected = sorted((i for i in range(MANY) if str(i).startswith("7")), reverse=True)
    assert shown(dialog) == [f"0912{i:06d}" for i in expected]
    assert dialog.status.text() == f"{len(expected)} báo cáo"


def test_a_report_deleted_far_down_comes_back_where_it_was(window, qtbot, data_dir):
    fill(data_dir, MANY)
    dialog = open_log_window(qtbot, window)
    dialog.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.table, Qt.Key.Key_End)
    row = row_count(dialog) - 10  # on a page read by scrolling
    assert row > PAGE_SIZE
    click_row(qtbot, dialog, row)
    gone = chosen(dialog)
    click(qtbot, dialog, "deleteEntry")
    assert gone not in shown(dialog) and dialog.table.currentIndex().row() == row
    assert dialog.status.text().startswith(f"Đã xóa báo cáo {gone}")
    click(qtbot, dialog, "undoDelete")  # read from the top again, down to where it was
    assert chosen(dialog) == gone and dialog.table.currentIndex().row() == row
    assert shown(dialog)[row] == gone
