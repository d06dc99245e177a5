"""The build backend: setuptools, plus compiling the translations into the package.

pyproject.toml names this module as the backend (``backend-path``), its ``BuildPy`` as
setuptools' build_py command, so ``pip install .`` ships ``desktop/_resources/translations/
*.qm`` built from the .ts sources rather than binary files kept in the repository, and its
``Sdist`` as the sdist command, so a source archive carries this backend and the .ts sources
it needs to build the wheel again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools.build_meta import *  # noqa: F403 (the PEP 517 hooks, unchanged)
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist
from translations import compile_translations


class BuildPy(build_py):
    """build_py that also writes the compiled translations into the built package.

    The source folder gets them too, beside their sources (git ignores them, as it does the
    build/ folder setuptools writes there): the quick start runs ``python -m desktop`` in
    this folder, which imports the package from here, not the installed copy.
    """

    def run(self) -> None:
        super().run()
        out = Path(self.build_lib) / "desktop" / "_resources" / "translations"
        source = Path("resources") / "translations"
        checkout = source.is_dir() and os.access(source, os.W_OK)
        for path in compile_translations(out):
            self.announce(f"compiled {path}", level=2)
            if checkout:
                shutil.copyfile(path, source / path.name)


class Sdist(sdist):
    """sdist with the build machinery and translation sources, without compiled files."""

    def make_distribution(self) -> None:
        files = [f for f in self.filelist.files if not f.endswith(".qm")]
        files += [path.as_posix() for path in sorted(Path("resources/installer").glob("*.py"))]
        files += [path.as_posix() for path in sorted(Path("resources/translations").glob("*.ts"))]
        self.filelist.files = sorted(set(files))
        super().make_distribution()
