"""Sessions: one event (a youth forum night, a coffee morning) and who came."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprod_app.domain import bounds
from coprod_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    import random

FORUMS = ("youth-forum", "parent-carer-forum", "engagement-event", "other")
FORUM_LABELS = {
    "youth-forum": "Youth forum",
    "parent-carer-forum": "Parent carer forum",
    "engagement-event": "Engagement event",
    "other": "Other",
}
GROUPS = ("young-person", "parent-carer", "professional")
GROUP_LABELS = {
    "young-person": "Young person",
    "parent-carer": "Parent or carer",
    "professional": "Professional",
}
AGE_BANDS = ("0-10", "11-15", "16-18", "19-25", "adult")
STATUSES = ("open", "closed")

# Letters and digits that cannot be mistaken for each other when read off a
# sticker: no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V, 6/G.
CODE_ALPHABET = "ACEFHJKMNPRTWXY34679"
CODE_LENGTH = 3
MAX_TEXT = 200


@dataclass(frozen=True)
class Session:
    id: int
    uuid: str
    title: str
    date: str
    forum: str
    town: str
    venue: str
    facilitators: str
    pack_key: str
    status: str
    created_at: str
    views: int = 0
    participants: int = 0

    def summary(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "forum": self.forum,
            "town": self.town or None,
            "venue": self.venue or None,
            "facilitators": self.facilitators or None,
            "status": self.status,
            "views": self.views,
            "participants": self.participants,
        }


@dataclass(frozen=True)
class Participant:
    id: int
    uuid: str
    session_id: int
    code: str
    group: str | None
    age_band: str | None
    town: str | None
    quote_consent: bool

    def summary(self) -> dict:
        return {
            "code": self.code,
            "group": self.group,
            "age_band": self.age_band,
            "town": self.town,
            "quote_consent": self.quote_consent,
        }


def check_unicode(value: str, what: str) -> str:
    """Refuse text that cannot be stored, such as bytes that were not UTF-8 on the command line.

    Without this the database layer failed with a UnicodeEncodeError instead of one sentence.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"The {what} contains characters that are not valid text (was it written in UTF-8?); nothing was saved."
        ) from None
    return value


def check_title(title: str) -> str:
    title = check_unicode((title or "").strip(), "title")
    if not title:
        raise InvalidInput("A session needs a title.")
    if len(title) > MAX_TEXT:
        raise InvalidInput(f"A session title can be at most {MAX_TEXT} characters.")
    return title


def check_date(value: str, what: str = "date") -> str:
    """A session's (or any stored) date: YYYY-MM-DD, 2000-01-01 to 2100-12-31 (see domain/bounds.py)."""
    return bounds.check_date(value, what)


def check_choice(value: str | None, allowed: tuple[str, ...], what: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed:
        raise InvalidInput(f"'{value}' is not a {what}; choose one of: {', '.join(allowed)}.")
    return value


def check_short_text(value: str | None, what: str) -> str:
    value = check_unicode((value or "").strip(), what)
    if len(value) > MAX_TEXT:
        raise InvalidInput(f"The {what} can be at most {MAX_TEXT} characters.")
    return value


def new_code(taken: set[str], rng: random.Random | None = None) -> str:
    """A short anonymous code not yet in `taken`, grown by one character when codes run short."""
    import secrets  # here, not at start-up: it loads OpenSSL

    rng = rng or secrets.SystemRandom()
    length = CODE_LENGTH
    while len(taken) * 2 >= len(CODE_ALPHABET) ** length:
        length += 1
    while True:
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(length))
        if code not in taken:
            return code


def normalise_code(code: str) -> str:
    return (code or "").strip().upper()
