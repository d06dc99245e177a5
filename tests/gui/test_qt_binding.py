"""The Qt binding in use keeps Python's reference counts straight.

PySide6 6.12.0 drops a reference to None each time a method returning void is called;
after some thousands of calls (a few minutes of typing) Python aborts with
"deallocating None". The app must never run on such a binding.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its count no longer moves, so a "
    "binding that drops references to it can neither crash Python nor be seen here",
)
def test_void_methods_leave_the_reference_count_of_none_alone(qtbot):
    label, editor = QLabel(), QPlainTextEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setVisible(False)
        label.setPalette(label.palette())
        editor.setPlainText("x")
        editor.setAccessibleDescription("x")
    # A little slack for unrelated references; the broken binding loses 800.
    assert sys.getrefcount(None) - before > -20
