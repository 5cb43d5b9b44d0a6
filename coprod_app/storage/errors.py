"""What the storage layer says when SQLite fails: its errors and the one sentence each failure becomes.

The bottom of storage: it imports nothing from storage, so every other module can use it.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from typing import Iterator

from coprod_app.domain.errors import CoprodError


class StorageError(CoprodError):
    """The database could not be opened or written; nothing saved before is lost."""


class DamagedDatabase(StorageError):
    """The file is damaged or is not a database at all: a backup may be offered."""


def one_line(exc: BaseException | str, limit: int = 160) -> str:
    """An error's words on one line, cut short: SQLite quotes whole statements, newlines included."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SCHEMA_ENTRY = re.compile(r"malformed database schema \(([^)]*)\)")


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error means the file itself is damaged (not busy, full or read-only)."""
    message = str(exc).lower()
    return any(
        word in message for word in ("malformed", "not a database", "corrupt", "could not decode to utf-8")
    )


def damage_detail(exc: BaseException) -> str:
    """What is damaged, in a few words, for a sentence: never a page of SQL."""
    message = str(exc)
    entry = _SCHEMA_ENTRY.search(message)
    if entry:
        # A flipped byte in the schema: SQLite quoted the rest of the CREATE statement, over many lines.
        return f"the schema entry for '{entry.group(1)}' cannot be read"
    decode = re.search(r"Could not decode to UTF-8 column '([^']*)'", message)
    if decode:
        return f"a stored text in column '{decode.group(1)}' is not valid UTF-8"
    return one_line(exc)


@contextlib.contextmanager
def reading(what: str) -> Iterator[None]:
    """For what reads (a storage function, as a decorator, or an export, with `with`): SQLite's failure
    (a damaged file, a busy one) becomes one sentence.

    Without it a flipped byte in a view's words stopped the window opening with a raw
    "Could not decode to UTF-8 column 'text'" from listing the views. The sentence names the damaged
    column, never the words SQLite quotes from it.
    """
    try:
        yield
    except sqlite3.Error as exc:
        raise read_failure(exc, what) from None


def read_failure(exc: sqlite3.Error, what: str) -> StorageError:
    """The one-sentence error for an SQLite failure while reading (DamagedDatabase for a damaged file)."""
    if is_damage(exc):
        return DamagedDatabase(
            f"Could not {what}: the database is damaged ({damage_detail(exc)}); "
            "restore a backup ('coprod-app check' lists what is damaged)."
        )
    return StorageError(f"Could not {what}: {reason(exc)}.")


def reason(exc: sqlite3.Error) -> str:
    """Why an SQLite statement failed, in words a user can act on (the end of a one-sentence error)."""
    message = str(exc).lower()
    if "full" in message:
        return "the disk is full; free some space and try again"
    if "readonly" in message or "read-only" in message:
        return "the database's file or folder is read-only"
    if "locked" in message or "busy" in message:
        return "the database is busy in another program; try again in a moment"
    if "disk i/o" in message:
        return "the disk could not be written to"
    if "unable to open" in message:
        return "the database's folder cannot be written to"
    if is_damage(exc):
        return f"the database file is damaged ({damage_detail(exc)}); restore a backup"
    return one_line(exc)
