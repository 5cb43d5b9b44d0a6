"""Children's data rules: small numbers are never shown exactly."""

from __future__ import annotations

SMALL_COUNT = 5
FEWER_THAN_5 = "fewer than 5"


def people_count(n: int) -> str:
    """A count of people as it may be shown: 1-4 become "fewer than 5"; 0 and 5+ are exact."""
    return FEWER_THAN_5 if 0 < n < SMALL_COUNT else str(n)


def is_suppressed(n: int) -> bool:
    return 0 < n < SMALL_COUNT
