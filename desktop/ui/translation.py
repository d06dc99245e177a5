"""The interface language: Qt's translators for the app and Qt's own dialogs, and the
translation of texts the core marked with ``QT_TRANSLATE_NOOP``.

The app is written in Vietnamese and Qt in English. So English needs the app's translation
(``bao-cao-156_en``) and Vietnamese needs Qt's standard texts (message box buttons, the text
fields' context menus) in Vietnamese: Qt ships none, so the app carries them (``qt_vi``),
with Qt's own ``qtbase_<language>`` used as well wherever Qt has one. The ``.qm`` files are
compiled from ``resources/translations/*.ts`` by the build.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.i18n import Text, Translate
from desktop.languages import SOURCE_LANGUAGE
from desktop.resources import ResourceError, resource_path

#: The app's translation files: ``bao-cao-156_<language>.qm`` and ``qt_<language>.qm``.
APP_CATALOGUE = "bao-cao-156"
CATALOGUES = (APP_CATALOGUE, "qt")


def translated(text: Text) -> str:
    """A core text in the interface language, its values filled in."""
    return QCoreApplication.translate(text.context, text.template).format(**text.params)


def translator(context: str) -> Translate:
    """A function translating the core's texts marked in ``context``."""
    return lambda text: QCoreApplication.translate(context, text)


def app_translation_dir() -> Path | None:
    """Where the app's compiled translations are, or None when this copy has none."""
    try:
        return resource_path("translations")
    except ResourceError:
        return None


def available(language: str, app_dir: Path | None = None) -> bool:
    """Whether this copy of the app can show ``language``."""
    return language == SOURCE_LANGUAGE or _app_file(language, app_dir) is not None


# Qt's translators are global to the application, and so is what this module installed.
_installed: list[QTranslator] = []


def install_language(language: str, app_dir: Path | None = None) -> bool:
    """Switch the application to ``language``; False, and no change, when it is missing.

    Widgets built afterwards speak the language; existing ones keep their texts.
    """
    if not available(language, app_dir):
        return False
    loaded: list[QTranslator] = []
    for catalogue in CATALOGUES:
        path = _catalogue_file(catalogue, language, app_dir)
        if path is None:
            continue
        file_translator = QTranslator()
        if file_translator.load(str(path)):
            loaded.append(file_translator)
        elif catalogue == APP_CATALOGUE:
            return False  # a damaged translation: the interface stays as it is
    qt_translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        loaded.append(qt_translator)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    for new in loaded:
        QCoreApplication.installTranslator(new)
    _installed[:] = loaded
    return True


def _app_file(language: str, app_dir: Path | None) -> Path | None:
    return _catalogue_file(APP_CATALOGUE, language, app_dir)


def _catalogue_file(catalogue: str, language: str, app_dir: Path | None) -> Path | None:
    folder = app_dir if app_dir is not None else app_translation_dir()
    if folder is None:
        return None
    path = folder / f"{catalogue}_{language}.qm"
    return path if path.is_file() else None
