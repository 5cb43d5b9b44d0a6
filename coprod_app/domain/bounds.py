"""The limits every value the app stores must fit, whichever way it arrives (window, command line, bundle).

Each check refuses in one sentence. Without them a year-9999 session date broke
every later purge ("year 10001 is out of range"), a tally of 2**63 - 1 printed
"Chosen by 18446744073709551614" in the officer report, and an id too big for
SQLite's 64-bit integers failed with a raw OverflowError.
"""

from __future__ import annotations

import datetime as dt

from coprod_app.domain.errors import InvalidInput, NotFound

# SQLite stores whole numbers in 64 bits, signed.
SQLITE_INTEGER_MAX = 2**63 - 1
# Session, due and filter dates: wide enough for any real session and its retention, small enough that a
# date plus the longest retention (120 months) is still a date Python can hold.
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
MAX_TALLY_COUNT = 100_000  # more marks than any board or hall holds
_SHOWN = 40  # how much of a bad value a sentence repeats


def shown(value) -> str:
    """A value as a sentence may repeat it: cut short, so a 5,000-digit number stays one readable line."""
    text = str(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def fits_in_sqlite(number: int) -> bool:
    return -SQLITE_INTEGER_MAX - 1 <= number <= SQLITE_INTEGER_MAX


def check_id(value, what: str):
    """An id the database can look up; a whole number too big for SQLite is one that is not there.

    Values that are not Python ints (a code, a str from a form) are passed on for the query to match.
    """
    if isinstance(value, int) and not isinstance(value, bool) and not (1 <= value <= SQLITE_INTEGER_MAX):
        raise NotFound(f"There is no {what} with the id {shown(value)}.")
    return value


def check_whole_number(value, what: str, low: int, high: int) -> int:
    """`value` as an int from `low` to `high`, or one sentence saying the range."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            f"{what[:1].upper()}{what[1:]} must be a whole number from {low:,} to {high:,}; "
            f"{shown(value)} is not."
        )
    return value


def check_date(value, what: str = "date") -> str:
    """A date written YYYY-MM-DD between 2000-01-01 and 2100-12-31, as ISO text."""
    if not isinstance(value, str):
        raise InvalidInput(f"'{shown(value)}' is not a date; write it as YYYY-MM-DD, for example 2026-03-14.")
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"'{shown(value)}' is not a date; write it as YYYY-MM-DD, for example 2026-03-14."
        ) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidInput(
            f"The {what} {day.isoformat()} is out of range; it must be between "
            f"{EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}."
        )
    return day.isoformat()
