"""The app's Qt Linguist translations: update the English sources, compile the .qm files.

    python resources/installer/translations.py [OUT_DIR]   # compile
    python resources/installer/translations.py --update    # after changing texts in the code

The .ts files are the sources kept in the repository; the .qm files the app loads are built
from them by every build (the wheel's build step, build.spec) with Qt's lrelease from
PySide6. Run without OUT_DIR it compiles them next to the sources, for a source checkout.
``--update`` runs lupdate over the code into the English .ts, for a translator to finish in
Qt Linguist; the tests run the same update to check the .ts is current.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = ROOT / "resources" / "translations"
#: The translation lupdate keeps in step with the code: the app is written in Vietnamese.
ENGLISH = SOURCE_DIR / "bao-cao-156_en.ts"


def qt_tool(name: str) -> Path:
    """One of Qt's Linguist tools (lrelease, lupdate), as PySide6 ships them."""
    import PySide6

    tool = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if not tool.is_file():
        raise FileNotFoundError(f"{tool} not found: PySide6-Essentials ships {name}")
    return tool


def update_translation(ts: Path = ENGLISH) -> None:
    """Bring ``ts`` up to date with the texts in the code: new ones come in unfinished."""
    sources = sorted(str(path) for path in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(
        [str(qt_tool("lupdate")), *sources, "-source-language", "vi", "-target-language", "en",
         "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


def compile_translations(out_dir: Path, source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` into ``out_dir``; return the .qm files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(source_dir.glob("*.ts")):
        target = out_dir / source.with_suffix(".qm").name
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", "-nounfinished", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not target.is_file():
            raise RuntimeError(f"lrelease failed for {source}:\n{result.stdout}{result.stderr}")
        compiled.append(target)
    return compiled


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        update_translation()
        print(ENGLISH)
    else:
        out = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE_DIR
        for path in compile_translations(out):
            print(path)
