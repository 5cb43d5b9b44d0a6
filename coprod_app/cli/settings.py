"""`coprod-app settings`: this laptop's View-menu settings, shown or set without opening the window.

So IT (or a test) can prepare a voting laptop before the evening. With no option it prints the
settings as stored; the options given are each checked, then all written in one transaction
(storage/device_settings.py `save_settings`). One value refused: one sentence naming its option,
exit status 1, and nothing written, not even the options that were right.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

from coprod_app.cli.common import emit, open_db
from coprod_app.domain.bounds import shown
from coprod_app.domain.errors import InvalidInput
from coprod_app.storage.device_settings import (
    LANGUAGES,
    RATING_LAYOUTS,
    SCAN_SECONDS,
    SCANNING,
    TEXT_SIZES,
    THANKS_SECONDS,
    THEMES,
    DeviceSettings,
)

ON_OFF = ("on", "off")


@dataclass(frozen=True)
class Option:
    flag: str
    field: str  # the DeviceSettings field it sets
    label: str  # as the settings are listed, in the View menu's words
    help: str
    choices: tuple[str, ...] = ()
    low: float = 0  # numbers: the range, inclusive
    high: float = 0
    whole: bool = False
    unit: str = ""

    @property
    def metavar(self) -> str:
        return "|".join(self.choices) if self.choices else self.unit.upper().replace(" ", "")

    def value(self, given: str) -> object:
        """The stored value for what was typed, or InvalidInput saying what this option takes."""
        if not isinstance(given, str):  # Python 3.11's argparse gives [] for `--text-size=--`
            given = " ".join(map(str, given))
        if self.choices:
            if given not in self.choices:
                raise InvalidInput(f"{self.flag} must be {_either(self.choices)}, not '{shown(given)}'.")
            return given == "on" if self.choices == ON_OFF else given
        try:
            number = float(given)
        except ValueError:
            number = math.nan
        kind = "a whole number" if self.whole else "a number"
        if not (self.low <= number <= self.high) or (self.whole and not number.is_integer()):  # NaN fails too
            raise InvalidInput(
                f"{self.flag} must be {kind} of {self.unit} from {self.low:g} to {self.high:g}, "
                f"not '{shown(given)}'."
            )
        if self.field == "text_scale":
            return number / 100
        return int(number) if self.whole else number


def _either(choices: tuple[str, ...]) -> str:
    return ", ".join(choices[:-1]) + " or " + choices[-1]


OPTIONS = (
    Option("--theme", "theme", "Theme", "how the screens look", THEMES),
    Option(
        "--text-size",
        "text_scale",
        "Text size",
        "the text size, in per cent",
        low=TEXT_SIZES[0],
        high=TEXT_SIZES[1],
        whole=True,
        unit="per cent",
    ),
    Option("--language", "language", "Language", "the app's words: English (en) or Cymraeg (cy)", LANGUAGES),
    Option(
        "--read-aloud",
        "read_pages_aloud",
        "Read pages aloud",
        "read each voting page aloud as it opens, and each card as it takes focus",
        ON_OFF,
    ),
    Option(
        "--hide-priority-badge",
        "hide_priority_badge",
        "Hide the priority on cards",
        "hide the priority's symbol and title on each card",
        ON_OFF,
    ),
    Option(
        "--hide-i-statement",
        "hide_i_statement",
        "Hide the 'I' statement",
        "hide the 'I' statement under each card's words",
        ON_OFF,
    ),
    Option(
        "--scanning",
        "scanning",
        "Switch access",
        "one switch: the highlight moves by itself; two switches: Space moves, Enter chooses",
        SCANNING,
    ),
    Option(
        "--scan-seconds",
        "scan_seconds",
        "Scan speed",
        "one-switch scanning: how long each target stays highlighted",
        low=SCAN_SECONDS[0],
        high=SCAN_SECONDS[1],
        unit="seconds",
    ),
    Option(
        "--thanks-seconds",
        "thanks_seconds",
        "Thank-you page time",
        "how long the thank-you page stays before the next person's turn",
        low=THANKS_SECONDS[0],
        high=THANKS_SECONDS[1],
        whole=True,
        unit="seconds",
    ),
    Option(
        "--rating-layout",
        "rating_layout",
        "Rating rounds",
        "rating rounds: one card at a time, or the list of cards",
        RATING_LAYOUTS,
    ),
)


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "settings",
        parents=[common],
        help="show or set this laptop's View-menu settings (theme, text size, language, read aloud, ...)",
    )
    for option in OPTIONS:
        # Checked by the handler, not argparse's `choices`: a refused value is a sentence naming the
        # option and exit status 1, like every value the app refuses.
        parser.add_argument(
            option.flag,
            dest=option.field,
            metavar=option.metavar,
            default=argparse.SUPPRESS,
            help=option.help,
        )
    parser.set_defaults(handler=settings)


def settings(args) -> int:
    from coprod_app.storage.device_settings import load_settings, save_settings

    given = vars(args)
    changes = {option.field: option.value(given[option.field]) for option in OPTIONS if option.field in given}
    db = open_db(args)
    current = save_settings(db, **changes) if changes else load_settings(db)
    emit(args, current.as_json(), describe(current, changed=bool(changes)))
    return 0


def describe(settings: DeviceSettings, *, changed: bool) -> str:
    """The settings as lines of "what: value", in the View menu's words."""
    values = {
        "theme": settings.theme,
        "text_scale": f"{settings.text_size} %",
        "language": settings.language,
        "read_pages_aloud": _on_off(settings.read_pages_aloud),
        "hide_priority_badge": _on_off(settings.hide_priority_badge),
        "hide_i_statement": _on_off(settings.hide_i_statement),
        "scanning": settings.scanning,
        "scan_seconds": f"{settings.scan_seconds:g} s",
        "thanks_seconds": f"{settings.thanks_seconds} s",
        "rating_layout": settings.rating_layout,
    }
    width = max(len(option.label) for option in OPTIONS) + 1
    lines = [f"{option.label + ':':<{width}} {values[option.field]}" for option in OPTIONS]
    heading = "Saved. This laptop's settings are now:" if changed else "This laptop's settings:"
    return "\n".join([heading, *lines])


def _on_off(value: bool) -> str:
    return "on" if value else "off"
