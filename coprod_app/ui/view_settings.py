"""This laptop's view settings as the screens use them: the stored settings and their palette.

The settings themselves (theme, text size, language, read aloud, scanning, …) are kept by
storage/device_settings.py, which the View menu and `coprod-app settings` both write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase

from coprod_app.storage.device_settings import LANGUAGES, DeviceSettings, load_settings, save_settings
from coprod_app.ui.theme import Palette, clamp_scale, facilitator_points, palette_named, style_sheet

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

__all__ = [
    "LANGUAGES",
    "DeviceSettings",
    "apply_look",
    "facilitator_font",
    "load_view_settings",
    "palette_of",
    "save_settings",
]


def load_view_settings(db: AppDatabase | None) -> DeviceSettings:
    """The stored settings, or the defaults (also when there is no database, e.g. in a bare test)."""
    return load_settings(db)


def palette_of(settings: DeviceSettings) -> Palette:
    return palette_named(settings.theme)


def facilitator_font(scale: float) -> QFont:
    """The system's own font at the facilitator windows' text size for `scale`."""
    font = QFontDatabase.systemFont(QFontDatabase.GeneralFont)
    font.setPointSizeF(facilitator_points(scale, font.pointSizeF()))  # pointSizeF is -1 for a pixel size
    return font


def apply_look(app, settings: DeviceSettings) -> None:
    """The facilitator windows' text size and style sheet for these settings, application-wide.

    The text size is the application font, not a style sheet rule: a style sheet's font rule beats
    every widget's own `setFont`, an application font beats none of them. So the facilitator
    windows (and dialogs without a parent) follow the setting, and each participant page keeps
    its own design sizes times the text scale. The font is set before the style sheet: a widget
    the sheet has polished takes a new application font only when a sheet is set again.
    """
    app.setFont(facilitator_font(settings.text_scale))
    app.setStyleSheet(style_sheet(palette=palette_of(settings), scale=settings.text_scale))


def save_theme(db: AppDatabase, name: str) -> None:
    save_settings(db, theme=palette_named(name).name)


def save_text_scale(db: AppDatabase, scale: float) -> None:
    save_settings(db, text_scale=clamp_scale(scale))


def save_language(db: AppDatabase, language: str) -> None:
    save_settings(db, language=language if language in LANGUAGES else "en")
