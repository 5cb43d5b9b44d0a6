"""This laptop's settings: how the screens look, speak and move on, kept in the database's meta table.

They belong to the device (the projector, the room, the people in it), not to a session, so
they live beside the device id. The View menu and `coprod-app settings` both write them here,
so IT (or a test) can prepare a laptop before the evening. A value this version does not know
(a newer app wrote it, or the table was edited by hand) falls back to its default when read; a
value given to `save_settings` that is out of range is refused with one sentence and nothing
is written.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass

from coprod_app.domain.errors import InvalidInput
from coprod_app.storage.connection import AppDatabase, get_meta, set_meta, writing

THEMES = ("default", "high-contrast", "calm")
LANGUAGES = ("en", "cy")  # English (the source) and Welsh (needs review by a native speaker)
TEXT_SIZES = (100, 200)  # per cent, inclusive
SCANNING = ("off", "one-switch", "two-switch")
RATING_LAYOUTS = ("one-at-a-time", "list")
SCAN_SECONDS = (0.5, 10.0)
THANKS_SECONDS = (3, 60)


@dataclass(frozen=True)
class DeviceSettings:
    theme: str = "default"
    text_scale: float = 1.0  # 1.0-2.0; the View menu's text size (100-200 %)
    language: str = "en"
    # Read each participant page aloud when it opens, and each card when it takes focus.
    read_pages_aloud: bool = False
    hide_priority_badge: bool = False  # the small priority symbol and title on each card
    hide_i_statement: bool = False  # the "I" statement in quotes under each card's words
    scanning: str = "off"  # switch access: one-switch automatic scanning, or two-switch step and select
    scan_seconds: float = 2.0  # how long each target stays highlighted in one-switch scanning
    thanks_seconds: int = 6  # how long the thank-you page stays before the next person's turn
    rating_layout: str = "one-at-a-time"  # rating rounds: one card at a time, or the list of cards

    @property
    def text_size(self) -> int:
        """The text size in per cent, as `coprod-app settings --text-size` takes it."""
        return round(self.text_scale * 100)

    def as_json(self) -> dict:
        data = dataclasses.asdict(self)
        data["text_size"] = self.text_size
        del data["text_scale"]
        return data


_KEYS = {
    "theme": "ui_theme",
    "text_scale": "ui_text_scale",
    "language": "ui_language",
    "read_pages_aloud": "ui_read_pages_aloud",
    "hide_priority_badge": "ui_hide_priority_badge",
    "hide_i_statement": "ui_hide_i_statement",
    "scanning": "ui_scanning",
    "scan_seconds": "ui_scan_seconds",
    "thanks_seconds": "ui_thanks_seconds",
    "rating_layout": "ui_rating_layout",
}
_CHOICES = {"theme": THEMES, "language": LANGUAGES, "scanning": SCANNING, "rating_layout": RATING_LAYOUTS}
_RANGES = {
    "text_scale": (TEXT_SIZES[0] / 100, TEXT_SIZES[1] / 100),
    "scan_seconds": SCAN_SECONDS,
    "thanks_seconds": THANKS_SECONDS,
}
_DEFAULTS = DeviceSettings()


def _checked(field: str, value: object, *, clamp: bool = False) -> object:
    """`value` as the field's type, or InvalidInput saying what is allowed.

    `clamp` (reading what is stored) brings a number beyond its range to the nearest end.
    """
    default = getattr(_DEFAULTS, field)
    if field in _CHOICES:
        if value not in _CHOICES[field]:
            raise InvalidInput(f"{field.replace('_', ' ')} must be one of: {', '.join(_CHOICES[field])}.")
        return value
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "on", "true", "yes"):
            return True
        if str(value).lower() in ("0", "off", "false", "no"):
            return False
        raise InvalidInput(f"{field.replace('_', ' ')} must be on or off.")
    kind = type(default)
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{field.replace('_', ' ')} must be a number.") from None
    low, high = _RANGES[field]
    if clamp and number == number:  # NaN is not equal to itself, and stays refused
        number = max(kind(low), min(kind(high), number))
    if not low <= number <= high:  # also refuses NaN
        raise InvalidInput(f"{field.replace('_', ' ')} must be from {low:g} to {high:g}.")
    return number


def load_settings(db: AppDatabase | None) -> DeviceSettings:
    """The stored settings, or the defaults (also without a database or a meta table yet)."""
    if db is None:
        return _DEFAULTS
    values = {}
    for field, key in _KEYS.items():
        try:
            stored = get_meta(db, key)
        except sqlite3.Error:  # no meta table yet: the defaults are right
            return _DEFAULTS
        if stored is None or stored == "":
            continue
        try:
            values[field] = _checked(field, stored, clamp=True)
        except InvalidInput:
            continue  # unknown or damaged: its default
    return DeviceSettings(**values)


def save_settings(db: AppDatabase, **changes: object) -> DeviceSettings:
    """Check every change, then write them all in one transaction; returns the settings now stored.

    An unknown name or a bad value refuses the whole call (one sentence) and writes nothing.
    """
    unknown = sorted(set(changes) - set(_KEYS))
    if unknown:
        raise InvalidInput(f"Unknown setting: {', '.join(unknown)}.")
    checked = {field: _checked(field, value) for field, value in changes.items()}
    with writing(db):
        for field, value in checked.items():
            if isinstance(value, bool):
                text = "on" if value else "off"
            elif isinstance(value, float):
                text = f"{value:.2f}"
            else:
                text = str(value)
            set_meta(db, _KEYS[field], text)
    return load_settings(db)
