"""set_properties: Qt properties by name, enum values by their keys, mistakes refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from desktop.ui.properties import set_properties


def test_enum_and_flag_properties_are_set_by_their_keys(qapp):
    label, editor = QLabel(), QPlainTextEdit()
    set_properties(label, textFormat="PlainText", alignment="AlignHCenter", wordWrap=True)
    set_properties(editor, focusPolicy="ClickFocus", horizontalScrollBarPolicy="ScrollBarAlwaysOff")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignHCenter
    assert label.wordWrap()
    assert editor.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert editor.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


@pytest.mark.parametrize(
    ("name", "value"),
    [("textFormt", "PlainText"), ("textFormat", "Plain"), ("textFormat", "plaintext")],
)
def test_an_unknown_property_or_key_is_an_error_not_a_silent_no_op(qapp, name, value):
    label = QLabel()
    with pytest.raises(ValueError, match=name):
        set_properties(label, **{name: value})
    assert label.textFormat() == Qt.TextFormat.AutoText
    assert label.dynamicPropertyNames() == []
