"""The languages the interface speaks."""

from __future__ import annotations

#: The language the app is written in, and the default whatever the system's language.
SOURCE_LANGUAGE = "vi"

#: Each language by its code, named in that language (as a language menu shows it).
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def parse_language(value: object) -> str | None:
    """A known language code from a setting ("en", "EN", " vi "), or None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None
