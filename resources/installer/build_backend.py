"""The wheel's build backend: setuptools, plus compiling the translations into the package.

pyproject.toml names this module as the backend (``backend-path``) and its ``BuildPy`` as
setuptools' build_py command, so ``pip install .`` ships ``desktop/_resources/translations/
*.qm`` built from the .ts sources rather than binary files kept in the repository.
"""

from __future__ import annotations

from pathlib import Path

from setuptools.build_meta import *  # noqa: F403 (the PEP 517 hooks, unchanged)
from setuptools.command.build_py import build_py
from translations import compile_translations


class BuildPy(build_py):
    """build_py that also writes the compiled translations into the built package."""

    def run(self) -> None:
        super().run()
        out = Path(self.build_lib) / "desktop" / "_resources" / "translations"
        for path in compile_translations(out):
            self.announce(f"compiled {path}", level=2)
