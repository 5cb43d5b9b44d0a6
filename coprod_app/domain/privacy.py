"""Children's data rules: small numbers are never shown exactly, data is kept no
longer than needed, and the passphrase lock keeps only a salted hash."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field

from coprod_app.domain.errors import InvalidInput

SMALL_COUNT = 5
FEWER_THAN_5 = "fewer than 5"


def people_count(n: int) -> str:
    """A count of people as it may be shown: 1-4 become "fewer than 5"; 0 and 5+ are exact."""
    return FEWER_THAN_5 if 0 < n < SMALL_COUNT else str(n)


def is_suppressed(n: int) -> bool:
    return 0 < n < SMALL_COUNT


# Retention ------------------------------------------------------------------
#
# A session's data is kept for `retention_months` after the session date
# (24 by default, UK GDPR storage limitation). On the day that period ends the
# session is due: `purge` deletes it with its participants, views, rounds and
# votes. Themes and actions are not part of a session (they hold the officer's
# summary, not anyone's words) and may be kept longer.

DEFAULT_RETENTION_MONTHS = 24
MAX_RETENTION_MONTHS = 120


def add_months(day: _dt.date, months: int) -> _dt.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    next_month = _dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_month - _dt.timedelta(days=1)).day
    return _dt.date(year, month, min(day.day, last_day))


def retention_ends(session_date: str, months: int) -> _dt.date:
    """The day a session's data is due for deletion: its date plus the retention period."""
    return add_months(_dt.date.fromisoformat(session_date), months)


def is_due(session_date: str, months: int, today: _dt.date) -> bool:
    """True from the day the retention period ends."""
    return today >= retention_ends(session_date, months)


def check_retention_months(value) -> int:
    """A retention period in whole months, 1 to 120."""
    if isinstance(value, bool):  # True is an int to Python, not a period to anyone
        raise InvalidInput(f"'{value}' is not a number of months.")
    try:
        months = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float from a bundle's JSON
        raise InvalidInput(f"'{str(value)[:40]}' is not a number of months.") from None
    if isinstance(value, float) and value != months:
        raise InvalidInput(f"'{value}' is not a whole number of months.")
    if not 1 <= months <= MAX_RETENTION_MONTHS:
        raise InvalidInput(f"The retention period must be between 1 and {MAX_RETENTION_MONTHS} months.")
    return months


def describe_period(months: int) -> str:
    """'2 years', '18 months', '1 year' — for the notice and the menus."""
    if months % 12 == 0:
        years = months // 12
        return "1 year" if years == 1 else f"{years} years"
    return "1 month" if months == 1 else f"{months} months"


@dataclass(frozen=True)
class DueSession:
    """A session past its retention period and what deleting it would remove."""

    id: int
    title: str
    date: str
    retention_months: int
    keep_until: str
    views: int = 0
    votes: int = 0
    participants: int = 0

    def summary(self) -> dict:
        return {"id": self.id, "title": self.title, "date": self.date}


@dataclass(frozen=True)
class PurgeResult:
    """What `purge` removed (or, for a dry run, would remove)."""

    sessions: tuple[DueSession, ...] = field(default_factory=tuple)
    dry_run: bool = False

    @property
    def views(self) -> int:
        return sum(s.views for s in self.sessions)

    @property
    def votes(self) -> int:
        return sum(s.votes for s in self.sessions)

    def summary(self) -> dict:
        """The command line's contract: {"sessions": [{id, title, date}], "views": N, "votes": N}."""
        return {"sessions": [s.summary() for s in self.sessions], "views": self.views, "votes": self.votes}


@dataclass(frozen=True)
class Erasure:
    """What erasing one participant removed."""

    session_id: int
    code: str
    views: int
    votes: int
    themes_unlinked: int
    wiped: bool  # the database file and its WAL were rewritten without the words

    def summary(self) -> dict:
        return {
            "session": self.session_id,
            "participant": self.code,
            "views": self.views,
            "votes": self.votes,
            "themes_unlinked": self.themes_unlinked,
            "wiped": self.wiped,
        }


# Passphrase lock --------------------------------------------------------------
#
# Only a salted scrypt hash is kept; the passphrase itself is never stored.
# This is a gate on opening the app, not encryption of the file.

MIN_PASSPHRASE = 4
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> str:
    if not isinstance(passphrase, str) or len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(f"A passphrase needs at least {MIN_PASSPHRASE} characters.")
    if repeat is not None and repeat != passphrase:
        raise InvalidInput("The two passphrases are not the same; type them again.")
    return passphrase


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash as JSON text, safe to store; the passphrase cannot be read back from it."""
    import hashlib  # here and below, not at start-up: they load OpenSSL
    import secrets

    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **_SCRYPT
    )
    return json.dumps({"alg": "scrypt", **_SCRYPT, "salt": salt.hex(), "hash": digest.hex()})


def passphrase_matches(passphrase: str, stored: str) -> bool:
    """True when `passphrase` gives the stored hash (constant-time comparison)."""
    import hashlib
    import hmac

    try:
        record = json.loads(stored)
        if record.get("alg") != "scrypt":
            return False
        digest = hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=bytes.fromhex(record["salt"]),
            dklen=32,
            n=int(record["n"]),
            r=int(record["r"]),
            p=int(record["p"]),
            maxmem=64 * 1024 * 1024,
        )
        return hmac.compare_digest(digest.hex(), record["hash"])
    except (ValueError, KeyError, TypeError):
        return False


# The easy-read privacy notice ---------------------------------------------------
#
# One text for the full-screen notice and the printed PDF. Easy read: short
# sentences (15 words at most, checked by a test), everyday words, one idea each.

NOTICE_TITLE = "How we look after what you tell us"


@dataclass(frozen=True)
class NoticeSection:
    heading: str
    sentences: tuple[str, ...]


def privacy_notice(
    retention_months: int = DEFAULT_RETENTION_MONTHS, contact: str = ""
) -> tuple[NoticeSection, ...]:
    """The notice's sections; `contact` (a phone number or email of the council team) is optional."""
    period = describe_period(retention_months)
    ask = [
        "You can ask us to remove your words and your votes.",
        "Tell the person running this session.",
        "Or ask someone you trust to tell us for you.",
        "Tell us the code on your sticker. Keep your sticker safe.",
        "You do not have to say why.",
    ]
    if contact:
        ask.append(f"You can also contact: {contact}")
    return (
        NoticeSection(
            "What we write down",
            (
                "We write down what you say today.",
                "We write down your votes.",
                "We do not write your name.",
                "We do not write your birthday, address, school or email.",
                "You get a code on a sticker instead of your name.",
                "We may ask if you are a young person, parent or carer.",
                "We may ask your age group and your town. You can say no.",
            ),
        ),
        NoticeSection(
            "Why we write it down",
            (
                "We want to make help better for children and young people who need extra support.",
                "Your words help the council decide what to change.",
                "Later we tell you what we did.",
            ),
        ),
        NoticeSection(
            "Who sees it",
            (
                "The people running this session.",
                "The council team who plan extra support for children.",
                "Reports do not say who said what.",
                "We only use your exact words if you say yes.",
                "If fewer than 5 people give an answer, reports do not show the number.",
                "If we are worried about your safety, we may tell someone who can help.",
            ),
        ),
        NoticeSection(
            "How long we keep it",
            (
                f"We keep it for {period} after this session.",
                "Then we delete it.",
                "The council may keep its short summary for longer. It has no names.",
            ),
        ),
        NoticeSection("How to ask us to remove it", tuple(ask)),
    )


def notice_sentences(sections: tuple[NoticeSection, ...]) -> list[str]:
    """Every sentence of the notice, for checking that each is short."""
    out = []
    for section in sections:
        for line in section.sentences:
            out += [s.strip() for s in line.replace("? ", ". ").split(". ") if s.strip()]
    return out
