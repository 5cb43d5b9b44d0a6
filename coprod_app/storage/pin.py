"""The facilitator's PIN, kept per device in the meta table, and its wrong-PIN back-off.

The back-off (wrong tries in a row, and the wall-clock time of the next allowed
try) is kept beside the PIN, so a restart of the app does not give a guesser
a fresh start. Changing a PIN that is set needs the current PIN, checked
through the same back-off: the command line and the Set PIN dialog are no
faster way to guess than the voting screen.
"""

from __future__ import annotations

import logging
import math
import time

from coprod_app.domain import pin as pin_rules
from coprod_app.domain.errors import CoprodError, InvalidInput
from coprod_app.storage.connection import AppDatabase, get_meta, writing

logger = logging.getLogger(__name__)

FAILURES_KEY = "facilitator_pin_failures"
NEXT_TRY_KEY = "facilitator_pin_next_try_at"


def facilitator_pin_hash(db: AppDatabase) -> str | None:
    return get_meta(db, pin_rules.META_KEY)


class MetaBackoff:
    """Keeps a PinGuard's back-off in the meta table (a `BackoffKeeper`)."""

    def __init__(self, db: AppDatabase) -> None:
        self.db = db

    def load(self) -> pin_rules.Backoff:
        failures, next_try_at = get_meta(self.db, FAILURES_KEY), get_meta(self.db, NEXT_TRY_KEY)
        try:
            count = max(0, int(failures)) if failures else 0
        except ValueError:
            count = pin_rules.FREE_TRIES + 1  # a damaged count never means "no wrong tries"
        try:
            at = float(next_try_at) if next_try_at else 0.0
        except ValueError:
            at = math.inf  # the guard caps it at the longest wait, counted from now
        return pin_rules.Backoff(count, at)

    def save(self, backoff: pin_rules.Backoff) -> None:
        try:
            with writing(self.db, what="keep the wrong-PIN wait"):
                for key, value in (
                    (FAILURES_KEY, str(backoff.failures)),
                    (NEXT_TRY_KEY, repr(backoff.next_try_at)),
                ):
                    self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        except CoprodError as exc:
            # The guard still holds the wait in memory for as long as this window is open.
            logger.warning("wrong-PIN wait not kept: %s", exc)


def pin_guard(db: AppDatabase) -> pin_rules.PinGuard | None:
    """A guard for this device's PIN whose back-off is kept in the database; None when no PIN is set."""
    stored = facilitator_pin_hash(db)
    return pin_rules.PinGuard(stored, MetaBackoff(db)) if stored else None


def wait_sentence(seconds: float) -> str:
    whole = max(1, math.ceil(seconds))
    unit = "second" if whole == 1 else "seconds"
    return f"Too many wrong PINs: try again in {whole} {unit}; the PIN was not changed."


def set_facilitator_pin(
    db: AppDatabase, pin: str, current: str | None = None, *, now: float | None = None
) -> None:
    """Store a new PIN for this device, hashed and salted.

    When a PIN is already set, `current` must be it (wrong tries count towards the
    wrong-PIN wait); without a PIN set, no current PIN is needed.
    """
    pin_rules.check_pin(pin)
    guard = pin_guard(db)
    if guard is not None:
        if not current:
            raise InvalidInput("A PIN is already set: give the current PIN to change it.")
        attempt = guard.attempt(current, time.time() if now is None else now)
        if attempt.refused:
            raise InvalidInput(wait_sentence(attempt.wait))
        if not attempt.ok:
            raise InvalidInput("The current PIN is not right; the PIN was not changed.")
    with writing(db, what="save the PIN"):
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [pin_rules.META_KEY, pin_rules.hash_pin(pin)],
        )


# Voting left on ---------------------------------------------------------------------------------------

VOTING_KEY = "participant_screen_round"  # the round whose voting screen is on, until the PIN ends it


def remember_voting(db: AppDatabase, round_id: int | None) -> None:
    """Note that the voting screen is on for `round_id` (None: it was ended with the PIN).

    A crash, a power cut or `kill -9` ends the app without the PIN; started again (a kiosk does so by
    itself), it must come back locked, not on the main window with every view.
    """
    try:
        with writing(db, what="remember that voting is on"):
            if round_id is None:
                db.execute("DELETE FROM meta WHERE key = ?", [VOTING_KEY])
            else:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [VOTING_KEY, str(round_id)]
                )
    except CoprodError as exc:  # a read-only database: voting still locks, for as long as the app runs
        logger.warning("could not note that voting is on: %s", exc)


def voting_to_resume(db: AppDatabase) -> int | None:
    """The open round whose voting screen was on when the app last stopped without the PIN, if any."""
    try:
        value = get_meta(db, VOTING_KEY)
    except CoprodError:
        return None
    if not value:
        return None
    # Imported only when voting was left on: every start asks this, and the vote tables' module
    # (with the report rules it imports) is not needed by a window that shows no voting screen.
    from coprod_app.storage import votes as vote_store

    try:
        rnd = vote_store.get_round(db, int(value))
    except (ValueError, CoprodError):
        rnd = None
    if rnd is None or not rnd.is_open or pin_guard(db) is None:
        remember_voting(db, None)  # the round was closed or deleted meanwhile: nothing to come back to
        return None
    return rnd.id
