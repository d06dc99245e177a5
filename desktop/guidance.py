"""The organisation's own guidance file (an IT preset), read with limits.

The path comes from IT and may point anywhere: a network share that no longer answers, a
pipe, a device, a file far larger than any guidance. Reading it must neither block the
window nor exhaust memory, so :func:`read_guidance` refuses whatever is not a regular file
of reasonable size, and the window calls it off its own thread.
"""

from __future__ import annotations

import stat
from enum import Enum
from pathlib import Path

#: Largest guidance file read: about twenty pages of text. Qt lays Markdown out in time
#: that grows with the square of its length; this size still opens without a wait.
MAX_GUIDANCE_BYTES = 64 * 1024


class GuidanceProblem(Enum):
    """Why the organisation's guidance could not be used."""

    UNREADABLE = "unreadable"  # missing, no permission, the share is gone
    NOT_A_FILE = "not a file"  # a folder, a pipe, a device
    TOO_LARGE = "too large"
    NOT_UTF8 = "not UTF-8"
    EMPTY = "empty"


class GuidanceError(Exception):
    """The guidance file cannot be shown; ``problem`` says why."""

    def __init__(self, problem: GuidanceProblem, path: str) -> None:
        super().__init__(f"{path}: {problem.value}")
        self.problem = problem


def read_guidance(path: str) -> str:
    """The text of the guidance file at ``path``, or :class:`GuidanceError`.

    May wait as long as the file system does (a dead network share): call it off the UI
    thread.
    """
    file = Path(path)
    try:
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):  # never opened: a pipe would block for good
            raise GuidanceError(GuidanceProblem.NOT_A_FILE, path)
        if status.st_size > MAX_GUIDANCE_BYTES:
            raise GuidanceError(GuidanceProblem.TOO_LARGE, path)
        with file.open("rb") as stream:
            data = stream.read(MAX_GUIDANCE_BYTES + 1)  # whatever the size claimed
    except (OSError, ValueError) as error:
        raise GuidanceError(GuidanceProblem.UNREADABLE, path) from error
    if len(data) > MAX_GUIDANCE_BYTES:
        raise GuidanceError(GuidanceProblem.TOO_LARGE, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GuidanceError(GuidanceProblem.NOT_UTF8, path) from error
    if not text.strip():
        raise GuidanceError(GuidanceProblem.EMPTY, path)
    return text
