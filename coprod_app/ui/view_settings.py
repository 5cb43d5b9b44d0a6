"""This laptop's view settings as the screens use them: the stored settings and their palette.

The settings themselves (theme, text size, language, read aloud, scanning, …) are kept by
storage/device_settings.py, which the View menu and `coprod-app settings` both write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coprod_app.storage.device_settings import LANGUAGES, DeviceSettings, load_settings, save_settings
from coprod_app.ui.theme import Palette, clamp_scale, palette_named

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

__all__ = ["LANGUAGES", "DeviceSettings", "load_view_settings", "palette_of", "save_settings"]


def load_view_settings(db: AppDatabase | None) -> DeviceSettings:
    """The stored settings, or the defaults (also when there is no database, e.g. in a bare test)."""
    return load_settings(db)


def palette_of(settings: DeviceSettings) -> Palette:
    return palette_named(settings.theme)


def save_theme(db: AppDatabase, name: str) -> None:
    save_settings(db, theme=palette_named(name).name)


def save_text_scale(db: AppDatabase, scale: float) -> None:
    save_settings(db, text_scale=clamp_scale(scale))


def save_language(db: AppDatabase, language: str) -> None:
    save_settings(db, language=language if language in LANGUAGES else "en")
