"""Compile the app's Qt Linguist translations (resources/translations/*.ts) into .qm files.

    python resources/installer/translations.py [OUT_DIR]

The .ts files are the sources kept in the repository; the .qm files the app loads are built
from them by every build (the wheel's build step, build.spec) with Qt's lrelease from
PySide6. Run without OUT_DIR it compiles them next to the sources, for a source checkout.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parents[1] / "translations"


def lrelease() -> Path:
    """Qt's lrelease, as PySide6 ships it."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    if not tool.is_file():
        raise FileNotFoundError(f"{tool} not found: PySide6-Essentials ships lrelease")
    return tool


def compile_translations(out_dir: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` into ``out_dir``; return the .qm files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(source_dir.glob("*.ts")):
        target = out_dir / source.with_suffix(".qm").name
        result = subprocess.run(
            [str(lrelease()), "-silent", "-nounfinished", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not target.is_file():
            raise RuntimeError(f"lrelease failed for {source}:\n{result.stdout}{result.stderr}")
        compiled.append(target)
    return compiled


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE_DIR
    for path in compile_translations(out):
        print(path)
