"""Making deleted words unrecoverable: secure delete, rewriting the file, and looking for what is left.

Used by erasure and retention (privacy.py), the ledger (ledger.py) and cleaning backups
(backup_cleaning.py); it imports only connection.py and errors.py, below all three.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.errors import StorageError
from coprod_app.storage.errors import reason as failure_reason

logger = logging.getLogger(__name__)

# Shorter texts ("yes", "ok") occur by chance in any file, so a byte search for them proves nothing.
MIN_SEARCHABLE_BYTES = 8


@contextlib.contextmanager
def secure_delete(db: AppDatabase) -> Iterator[None]:
    """Zero freed space while deleting, and keep VACUUM's scratch copy in memory."""
    before = {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("secure_delete", "temp_store")}
    db.execute("PRAGMA secure_delete=ON")
    db.execute("PRAGMA temp_store=MEMORY")
    try:
        yield
    finally:
        for name, value in before.items():
            db.execute(f"PRAGMA {name}={int(value)}")


def rewrite_file(db: AppDatabase, texts: Iterable[str]) -> bool:
    """VACUUM, then fold the WAL into the file and empty it; True when no trace of `texts` is left.

    The deletion is already committed when this runs: if another program holds
    the database open and the WAL cannot be emptied, the words are gone from
    the app but may linger in the file until the next erase or purge.
    """
    if db.conn.in_transaction:
        db.conn.commit()
    vacuum_failed = None
    try:
        db.execute("VACUUM")
    except sqlite3.Error as exc:  # VACUUM needs free space the size of the file; the rows are deleted anyway
        vacuum_failed = exc
        logger.warning("VACUUM failed: %s", exc)
    try:
        busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        raise StorageError(
            f"The data was deleted, but the file could not be rewritten: {failure_reason(exc)}."
        ) from None
    path = db.path
    needles = searchable_bytes(texts)
    # secure_delete has already zeroed the freed space, so the words may be gone even without VACUUM.
    clean = not any(file_contains(f, needles) for f in (path, Path(f"{path}-wal")))
    if vacuum_failed is not None and (not clean or not needles):
        reason = failure_reason(vacuum_failed).split(";")[0]
        raise StorageError(
            f"The data was deleted, but the file could not be rewritten to wipe it ({reason}); "
            "free some space, then run 'coprod-app purge' to finish."
        )
    if busy:
        logger.warning("WAL checkpoint was blocked by another connection")
        return False
    return clean


def searchable_bytes(texts: Iterable[str]) -> list[bytes]:
    """The byte forms SQLite may store `texts` in, long enough that finding one is not chance."""
    needles = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            data = text.encode(encoding, "surrogatepass")
            if len(data) >= MIN_SEARCHABLE_BYTES:
                needles.append(data)
    return needles


def file_contains(path: Path, needles: list[bytes], chunk: int = 1 << 20) -> bool:
    """True when any of `needles` occurs in the raw bytes of `path` (searched in overlapping chunks)."""
    if not needles or not path.exists():
        return False
    overlap = max(len(n) for n in needles) - 1
    tail = b""
    with path.open("rb") as f:
        while block := f.read(chunk):
            window = tail + block
            if any(n in window for n in needles):
                return True
            tail = window[-overlap:] if overlap else b""
    return False
