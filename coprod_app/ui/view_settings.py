"""This laptop's view settings: theme, text size and language, kept in the database's meta table.

They belong to the device (the projector and the people in the room), not to a
session, so they live beside the device id. A value this version does not know
(a newer app wrote it, or the table was edited by hand) falls back to the default.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprod_app.storage.database import get_meta, set_meta
from coprod_app.ui.theme import DEFAULT, Palette, clamp_scale, palette_named

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

THEME_KEY = "ui_theme"
SCALE_KEY = "ui_text_scale"
LANGUAGE_KEY = "ui_language"
LANGUAGES = ("en", "cy")  # English (the source) and Welsh (needs review by a native speaker)


@dataclass(frozen=True)
class ViewSettings:
    theme: str = DEFAULT.name
    text_scale: float = 1.0
    language: str = "en"

    @property
    def palette(self) -> Palette:
        return palette_named(self.theme)


def load_view_settings(db: AppDatabase | None) -> ViewSettings:
    """The stored settings, or the defaults (also when there is no database, e.g. in a bare test)."""
    if db is None:
        return ViewSettings()
    try:
        theme = get_meta(db, THEME_KEY)
        scale = get_meta(db, SCALE_KEY)
        language = get_meta(db, LANGUAGE_KEY)
    except sqlite3.Error:  # no meta table yet: the defaults are right
        return ViewSettings()
    try:
        text_scale = clamp_scale(float(scale)) if scale else 1.0
    except ValueError:
        text_scale = 1.0
    return ViewSettings(
        theme=palette_named(theme).name,
        text_scale=text_scale,
        language=language if language in LANGUAGES else "en",
    )


def save_theme(db: AppDatabase, name: str) -> None:
    set_meta(db, THEME_KEY, palette_named(name).name)


def save_text_scale(db: AppDatabase, scale: float) -> None:
    set_meta(db, SCALE_KEY, f"{clamp_scale(scale):.2f}")


def save_language(db: AppDatabase, language: str) -> None:
    set_meta(db, LANGUAGE_KEY, language if language in LANGUAGES else "en")
