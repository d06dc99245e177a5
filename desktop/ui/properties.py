"""Setting Qt properties by name, as Qt Designer's .ui files do.

The window is built without PySide6's ``Qt`` namespace: turning its hundred enums into
Python enums takes a tenth of the time a bare window takes to show. An enum
property named by its key (``focusPolicy="ClickFocus"``) needs no Python enum at all; code
that runs after the window is shown uses ``QtCore.Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_properties(target: QObject, **properties: object) -> None:
    """Set each Qt property of ``target``; enum and flag values are given by their keys.

    Raises ValueError for a property ``target`` does not have or a key its enum does not
    know: Qt would otherwise add a dynamic property or ignore the value without a word.
    """
    meta = target.metaObject()
    for name, value in properties.items():
        if meta.indexOfProperty(name) < 0 or not target.setProperty(name, value):
            raise ValueError(f"{meta.className()} cannot set {name}={value!r}")
