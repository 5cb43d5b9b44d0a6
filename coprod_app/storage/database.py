"""Opening the database safely, and turning SQLite failures into one clear sentence.

Every connection runs in WAL mode with synchronous=FULL and foreign keys on, so
anything the app has shown as saved survives a crash or a flat battery. A file
that is not ours, is damaged or comes from a newer version is never changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import uuid as uuidlib
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from coprod_app.domain.errors import CoprodError
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_DB = Path("db") / "coprod.sqlite3"


class StorageError(CoprodError):
    """The database could not be opened or written; nothing saved before is lost."""


def default_db_path() -> Path:
    """`COPROD_DB` if set, else db/coprod.sqlite3 under the current folder."""
    return Path(os.environ.get("COPROD_DB") or DEFAULT_DB)


def now() -> str:
    """The time of a change, UTC, to the microsecond, sortable as text."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open (and if needed create and upgrade) the database at `path`.

    Raises StorageError with one sentence, leaving the file untouched, when the
    file is not SQLite, is another program's database, is damaged, or was
    written by a newer version of the app.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"'{path}' is a folder, not a database file.")
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _check_header(path)
        _check_writable(path)
    elif not create:
        raise StorageError(f"There is no database at '{path}'.")
    else:
        _create_private_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=10, check_same_thread=True)
    except sqlite3.Error as exc:
        raise StorageError(f"The database '{path}' could not be opened ({exc}).") from None
    db = Database(conn)
    try:
        if exists:
            _check_existing(db, path)
        _set_pragmas(db, path)
        with writing(db, what="upgrade the database"):
            migrations.apply(db)
        _ensure_device_id(db)
    except BaseException:
        conn.close()
        raise
    return db


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StorageError(
            f"The database could not be created at '{path}' ({exc.strerror}); choose a folder you can write to."
        ) from None


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"The database '{path}' could not be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise StorageError(
            f"'{path}' is not a coprod-app database (it is not an SQLite file), so it was left untouched."
        )


def _check_writable(path: Path) -> None:
    # Without this a sound file in a read-only folder was reported as "damaged; restore a backup"
    # (SQLite cannot make its -shm file there and says only "unable to open database file").
    # os.access honours read-only mounts even for root.
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StorageError(
            f"The database '{path}' is in a read-only file or folder, so nothing can be saved there and it "
            "was left untouched; copy it to a folder you can write to."
        )


def _check_existing(db: Database, path: Path) -> None:
    """Read-only checks before anything is written to an existing file."""
    try:
        tables = set(db.table_names())
        if tables and "_sqlite_migrations" not in tables:
            raise StorageError(f"'{path}' is a database from another program, so it was left untouched.")
        if "_sqlite_migrations" in tables:
            applied = [
                r[0]
                for r in db.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                ).fetchall()
            ]
            if not applied:
                raise StorageError(f"'{path}' is a database from another program, so it was left untouched.")
            unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
            if unknown:
                raise StorageError(
                    f"'{path}' was written by a newer version of coprod-app (schema {len(applied)}; "
                    f"this version reads up to {SCHEMA_VERSION}), so it was left untouched; update the app."
                )
        problems = quick_check(db)
        if problems:
            raise StorageError(
                f"The database '{path}' is damaged ({problems[0]}), so it was left untouched; restore a backup."
            )
    except sqlite3.DatabaseError as exc:
        message = str(exc).lower()
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            raise StorageError(
                f"The database '{path}' is damaged or unreadable ({exc}), so it was left untouched; "
                "restore a backup."
            ) from None
        raise StorageError(
            f"The database '{path}' could not be opened ({_reason(exc)}), so it was left untouched."
        ) from None


def quick_check(db: Database) -> list[str]:
    """Problems `PRAGMA quick_check` finds, one line each; an empty list when the file is sound."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if rows == ["ok"]:
        return []
    # SQLite can put several problems in one row under a "*** in database main ***" heading;
    # split them so an error message stays one line.
    lines = (line.strip() for row in rows for line in str(row).splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def _set_pragmas(db: Database, path: Path) -> None:
    try:
        mode = db.execute("PRAGMA journal_mode=wal").fetchone()[0]
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=10000")
    except sqlite3.Error as exc:
        raise StorageError(f"The database '{path}' could not be opened for writing ({_reason(exc)}).") from None
    if mode.lower() != "wal":
        logger.warning("journal mode is %s, not wal", mode)


def _ensure_device_id(db: Database) -> None:
    if device_id(db) is None:
        with writing(db, what="set up the database"):
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", [new_uuid()])


def device_id(db: Database) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    return row[0] if row else None


def get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    with writing(db, what="save a setting"):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def record_fields(db: Database) -> dict:
    """The fields every new record carries: its UUID, when, and which device."""
    stamp = now()
    return {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "device_id": device_id(db)}


def change_fields(db: Database) -> dict:
    return {"updated_at": now(), "device_id": device_id(db)}


@contextlib.contextmanager
def writing(db: Database, what: str = "save this change") -> Iterator[Database]:
    """One user action = one transaction; a failure rolls it all back and says why in one sentence."""
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as exc:
        raise StorageError(f"Could not {what}: {_reason(exc)}. Everything saved before is safe.") from None


def _reason(exc: sqlite3.Error) -> str:
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
    if "malformed" in message or "not a database" in message:
        return "the database file is damaged"
    return str(exc)


def health(db: Database) -> dict:
    """What `check` reports: the file's soundness and its settings."""
    problems = quick_check(db)
    fk = [f"broken link in table {r[0]}" for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    problems += fk
    applied = [r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]).fetchall()]
    sync = db.execute("PRAGMA synchronous").fetchone()[0]
    return {
        "ok": not problems,
        "schema_version": len(applied),
        "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
        "synchronous": {0: "off", 1: "normal", 2: "full", 3: "extra"}.get(sync, str(sync)),
        "foreign_keys": bool(db.execute("PRAGMA foreign_keys").fetchone()[0]),
        "problems": problems,
    }
