"""The organisation's guidance file: read with limits, whatever IT's path points at."""

from __future__ import annotations

import os
import sys

import pytest

from desktop.guidance import MAX_GUIDANCE_BYTES, GuidanceError, GuidanceProblem, read_guidance


def problem_of(path) -> GuidanceProblem:
    with pytest.raises(GuidanceError) as raised:
        read_guidance(str(path))
    return raised.value.problem


def test_a_plain_utf8_file_is_read_with_or_without_a_bom(tmp_path):
    plain, bom = tmp_path / "plain.md", tmp_path / "bom.md"
    plain.write_bytes("# Cảnh báo\n".encode())
    bom.write_bytes("# Cảnh báo\n".encode("utf-8-sig"))  # as Notepad saves it
    assert read_guidance(str(plain)) == read_guidance(str(bom)) == "# Cảnh báo\n"


def test_files_that_cannot_be_guidance_are_refused_with_the_reason(tmp_path):
    assert problem_of(tmp_path / "missing.md") is GuidanceProblem.UNREADABLE
    assert problem_of(tmp_path) is GuidanceProblem.NOT_A_FILE
    big = tmp_path / "big.md"
    big.write_bytes(b"- x\n" * (MAX_GUIDANCE_BYTES // 4 + 1))
    assert problem_of(big) is GuidanceProblem.TOO_LARGE
    latin = tmp_path / "latin.md"
    latin.write_bytes("Báo cáo".encode("cp1252"))  # an old ANSI file
    assert problem_of(latin) is GuidanceProblem.NOT_UTF8
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\n", encoding="utf-8")
    assert problem_of(blank) is GuidanceProblem.EMPTY


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev are POSIX's")
def test_a_pipe_or_a_device_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # opening it would wait for a writer for ever
    assert problem_of(fifo) is GuidanceProblem.NOT_A_FILE
    assert problem_of("/dev/zero") is GuidanceProblem.NOT_A_FILE  # endless: MemoryError
