"""The facilitator's PIN: the only way out of the participant screen.

Stored per device as a salted, slow PBKDF2-SHA256 hash from the standard
library, never as the PIN itself. After wrong tries the next try must wait
longer each time (1, 2, 4 … seconds, at most 60); this module only works the
wait out from a clock value it is given, so it is testable without sleeping.

The count of wrong tries and the wall-clock time of the next allowed try are
handed to a keeper (storage keeps them in the database), so closing and
reopening the app does not start the back-off again at zero.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from typing import Protocol

from coprod_app.domain.errors import InvalidInput

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 12
FREE_TRIES = 1  # the first wrong try costs nothing: a slip of the finger
MAX_DELAY = 60.0
META_KEY = "facilitator_pin"


def check_pin(pin: str) -> str:
    """A PIN is 4 to 12 digits, so it can be typed on any keypad."""
    if not isinstance(pin, str) or not pin.isdigit() or not (MIN_LENGTH <= len(pin) <= MAX_LENGTH):
        raise InvalidInput(f"A PIN must be {MIN_LENGTH} to {MAX_LENGTH} digits.")
    if not pin.isascii():
        raise InvalidInput("A PIN must use the digits 0 to 9.")
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The text to store: algorithm, iterations, salt and hash, separated by '$'."""
    check_pin(pin)
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash; a damaged stored value never matches."""
    try:
        algorithm, iterations, salt_hex, digest_hex = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        salt, expected, rounds = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex), int(iterations)
    except (ValueError, AttributeError):
        return False
    if not isinstance(pin, str) or not pin.isascii():
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, rounds)
    return hmac.compare_digest(digest, expected)


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong tries in a row."""
    if failures <= FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, float(2 ** (failures - FREE_TRIES - 1)))


@dataclass
class Attempt:
    ok: bool
    wait: float  # seconds before another try is allowed (0 = now)
    refused: bool = False  # True when the try came too early and was not checked at all


@dataclass(frozen=True)
class Backoff:
    """Wrong tries in a row, and the wall-clock time (seconds since 1970) the next try is allowed."""

    failures: int = 0
    next_try_at: float = 0.0


class BackoffKeeper(Protocol):
    """Where a guard keeps its back-off between runs of the app (the database's meta table)."""

    def load(self) -> Backoff: ...

    def save(self, backoff: Backoff) -> None: ...


class PinGuard:
    """Checks tries against the stored hash and makes each wrong try cost more waiting.

    `now` is wall-clock time when a keeper is given (the wait must mean the same
    after a restart). With a keeper, the guard takes the stricter of what it
    remembers and what is kept: another window, or an earlier run, may have
    counted wrong tries since, and a keeper that cannot write must not make the
    wait shorter.
    """

    def __init__(self, stored: str, keeper: BackoffKeeper | None = None) -> None:
        self.stored = stored
        self.keeper = keeper
        self.backoff = Backoff()

    @property
    def failures(self) -> int:
        return self._merged().failures

    def _merged(self) -> Backoff:
        current = self.backoff
        if self.keeper is not None:
            kept = self.keeper.load()
            current = Backoff(
                max(current.failures, kept.failures), max(current.next_try_at, kept.next_try_at)
            )
        return current

    def _current(self, now: float) -> Backoff:
        current = self._merged()
        # A clock set back (or a damaged value) must not make the wait endless: never more than the
        # wait these failures earn (at most MAX_DELAY), counted from now.
        longest = now + delay_after(current.failures)
        if not math.isfinite(current.next_try_at) or current.next_try_at > longest:
            current = Backoff(current.failures, longest)
            self._keep(current)
        self.backoff = current
        return current

    def _keep(self, backoff: Backoff) -> None:
        self.backoff = backoff
        if self.keeper is not None:
            self.keeper.save(backoff)

    def wait_left(self, now: float) -> float:
        return max(0.0, self._current(now).next_try_at - now)

    def attempt(self, pin: str, now: float) -> Attempt:
        wait = self.wait_left(now)
        if wait > 0:
            return Attempt(ok=False, wait=wait, refused=True)
        if verify_pin(pin, self.stored):
            self._keep(Backoff())
            return Attempt(ok=True, wait=0.0)
        failures = self.backoff.failures + 1
        delay = delay_after(failures)
        self._keep(Backoff(failures, now + delay))
        return Attempt(ok=False, wait=delay)
