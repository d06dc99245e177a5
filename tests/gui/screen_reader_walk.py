"""Walks the running app as a screen reader does, over AT-SPI, and prints what it met as JSON.

Run by ``test_screen_reader.py`` with Debian's own Python, which has ``pyatspi``
(``python3-pyatspi``), on the app's display and session bus. It reads the main window's tree,
fills the fields and presses buttons through their accessible actions, opens the log window
through its menu item, and reads the clipboard with ``xclip`` after each copy.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi

STATES = ("focusable", "checked", "modal", "read_only", "multi_line", "showing")
TIMEOUT_S = 30


def states(node) -> list[str]:
    held = node.getState()
    return [name for name in STATES if held.contains(getattr(pyatspi, f"STATE_{name.upper()}"))]


def tree(node, depth: int = 0) -> list[dict]:
    """Every object under ``node``, in document order, with what a reader says of it."""
    seen = [
        {
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name,
            "description": node.description,
            "states": states(node),
            "labelled_by": [
                target.name
                for relation in node.getRelationSet()
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
            ],
        }
    ]
    for child in node:
        if child is not None:
            seen += tree(child, depth + 1)
    return seen


def wait_for(find, what: str):
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def the_app():
    def find():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "bao-cao-156" and app.childCount:
                return app
        return None

    return wait_for(find, "the app on the accessibility bus")


def first(root, role: str, name: str):
    return pyatspi.findDescendant(root, lambda n: n.getRoleName() == role and n.name == name)


def press(node, action: str = "Press") -> None:
    actions = node.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    actions.doAction(names.index(action))


def type_into(node, text: str) -> None:
    node.queryEditableText().setTextContents(text)


def clipboard() -> str:
    time.sleep(0.5)  # the app answers the request from its event loop
    return subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"], capture_output=True, text=True, timeout=10
    ).stdout


def main() -> None:
    app = the_app()
    window = wait_for(lambda: app[0] if app.childCount else None, "the main window")
    report: dict = {"window": window.name, "tree": tree(window)}

    number = first(window, "text", "Số điện thoại hoặc tên người gửi tin nhắn rác")
    content = first(window, "text", "Nội dung tin nhắn rác")
    type_into(number, "0912abc678")
    time.sleep(0.3)
    report["number_problem"] = number.description
    type_into(number, "0912 345 678")
    type_into(content, "Mời vay tiền lãi thấp")
    press(first(window, "push button", "Sao chép tin nhắn báo cáo"))
    report["copied"] = clipboard()

    press(first(window, "menu item", "Xem nhật ký báo cáo…"))

    def log_window():
        windows = (w for w in app if w is not None and w.name.startswith("Nhật ký báo cáo"))
        return next(windows, None)

    log = wait_for(log_window, "the log window")
    report["log"] = {"role": log.getRoleName(), "states": states(log), "tree": tree(log)}
    subprocess.run(["xclip", "-selection", "clipboard"], input="", text=True, timeout=10)
    press(first(log, "push button", "Sao chép lại"))
    report["copied_again"] = clipboard()
    press(first(log, "push button", "Đóng nhật ký"))
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
