"""The ledger of erased participants and purged sessions: random UUIDs and their kind, never words.

It is kept twice: in the database's `ledger` table and in a sidecar file beside
the database, `<database>.ledger` (owner-only, written atomically). Restoring an
older backup replaces the database but not the sidecar, so what was erased stays
erased: every open applies the union of both (`apply_ledger`), deleting again
whatever the ledger names and wiping the file. The sidecar also carries a
"wipe pending" mark, set durably before an erase or purge deletes anything and
cleared once the file is rewritten, so a kill -9 in between is finished on the
next open, and the paths of backups written with `backup --out`, so that an
erase can clean them too.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import sqlite3
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from coprod_app.storage.database import StorageError, now, writing
from coprod_app.storage.disk_place import replace_file

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".ledger"
FORMAT = "coprod-ledger"
# What each kind of entry names, children first: deleting in this order never leaves a dangling link.
KIND_TABLES = {
    "vote": "votes",
    "tally": "tallies",
    "view": "views",
    "round": "rounds",
    "participant": "participants",
    "session": "sessions",
}
_CHUNK = 500  # UUIDs per query, well under SQLite's variable limit


@dataclass
class Sidecar:
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)  # uuid -> (kind, at)
    pending_wipe: bool = False
    backups: list[str] = field(default_factory=list)  # backups written outside the backups folder


def sidecar_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}{SIDECAR_SUFFIX}")


def _database_file(db: Database) -> Path | None:
    for _seq, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


# The sidecar file -------------------------------------------------------------------


def read_sidecar(db_path: str | Path) -> Sidecar:
    """The sidecar beside `db_path`; an empty one when there is none. A damaged one is kept aside."""
    path = sidecar_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a ledger")
        entries = {}
        for uuid, kind, at in data.get("entries", []):
            if isinstance(uuid, str) and kind in KIND_TABLES:
                entries[uuid] = (kind, str(at))
        backups = [str(p) for p in data.get("backups", []) if isinstance(p, str)]
        return Sidecar(entries, bool(data.get("pending_wipe")), backups)
    except FileNotFoundError:
        return Sidecar()
    except (OSError, ValueError, TypeError) as exc:
        # Never lose what it held: move it aside, and rebuild from the database's own ledger.
        logger.warning("ledger file %s cannot be read (%s); keeping it aside", path, exc)
        stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
        try:
            os.replace(path, path.with_name(f"{path.name}.damaged-{stamp}"))
        except OSError:
            pass
        return Sidecar()


def write_sidecar(db_path: str | Path, sidecar: Sidecar) -> None:
    """Write the sidecar whole or not at all (temp file, fsync, rename, fsync folder), mode 0600."""
    path = sidecar_path(db_path)
    data = {
        "format": FORMAT,
        "version": 1,
        "pending_wipe": sidecar.pending_wipe,
        "entries": sorted([uuid, kind, at] for uuid, (kind, at) in sidecar.entries.items()),
        "backups": sorted(set(sidecar.backups)),
    }
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    except OSError as exc:
        raise StorageError(_sentence(path, exc)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=0)
            f.flush()
            os.fsync(f.fileno())
        replace_file(tmp, path)  # a virus scanner reading the sidecar lets go in a moment (Windows)
        _fsync_folder(path.parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StorageError(_sentence(path, exc)) from None


def _sentence(path: Path, exc: OSError) -> str:
    reason = "the disk is full; free some space and try again" if exc.errno == errno.ENOSPC else exc.strerror
    return f"The erasure ledger '{path}' could not be written ({reason}), so nothing was deleted."


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; its rename is durable by itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The ledger table -------------------------------------------------------------------


def _has_table(db: Database) -> bool:
    return db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'").fetchone() \
        is not None


def table_entries(db: Database) -> dict[str, tuple[str, str]]:
    if not _has_table(db):
        return {}
    return {uuid: (kind, at) for uuid, kind, at in db.conn.execute("SELECT uuid, kind, at FROM ledger")}


def all_entries(db: Database) -> dict[str, tuple[str, str]]:
    """Everything the ledger names: the table and the sidecar together."""
    entries = table_entries(db)
    path = _database_file(db)
    if path is not None:
        for uuid, value in read_sidecar(path).entries.items():
            entries.setdefault(uuid, value)
    return entries


def ledger_uuids(db: Database) -> set[str]:
    return set(all_entries(db))


def insert_entries(conn: sqlite3.Connection, entries: dict[str, tuple[str, str]]) -> None:
    """Add `entries` to the ledger table (inside the caller's transaction): the database's, or a backup's."""
    conn.executemany(
        "INSERT OR IGNORE INTO ledger (uuid, kind, at) VALUES (?, ?, ?)",
        [(uuid, kind, at) for uuid, (kind, at) in entries.items()],
    )


# Before deleting, and after wiping ----------------------------------------------------


def _sidecar_with_table(db: Database, path: Path) -> Sidecar:
    """The sidecar beside `path` with what only the ledger table names added (the sidecar's own dates kept)."""
    sidecar = read_sidecar(path)
    for uuid, value in table_entries(db).items():
        sidecar.entries.setdefault(uuid, value)
    return sidecar


def remember(db: Database, records: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Durably note `records` ((uuid, kind) pairs) in the sidecar, marked "wipe pending"; returns the entries.

    Call before deleting, then `insert_entries` inside the deleting transaction and
    `wiped` after the file is rewritten. Raises StorageError (nothing deleted yet)
    when the sidecar cannot be written.
    """
    at = now()
    new = {uuid: (kind, at) for uuid, kind in records if uuid}
    path = _database_file(db)
    if path is not None:
        sidecar = _sidecar_with_table(db, path)
        for uuid, value in new.items():
            sidecar.entries.setdefault(uuid, value)
        sidecar.pending_wipe = True
        write_sidecar(path, sidecar)
    return new


def wiped(db: Database) -> None:
    """The file has been rewritten: clear the "wipe pending" mark (and bring the sidecar up to date)."""
    path = _database_file(db)
    if path is None:
        return
    sidecar = _sidecar_with_table(db, path)
    sidecar.pending_wipe = False
    try:
        write_sidecar(path, sidecar)
    except StorageError as exc:  # the words are wiped; the next open only rewrites once more
        logger.warning("%s", exc)


def note_backup_elsewhere(db_path: str | Path, backup: str | Path) -> None:
    """Remember a backup written outside the backups folder, so an erase or purge can clean it too."""
    sidecar = read_sidecar(db_path)
    text = str(Path(backup).resolve())
    if text not in sidecar.backups:
        sidecar.backups.append(text)
        write_sidecar(db_path, sidecar)


def forget_backups(db_path: str | Path, gone: Iterable[str]) -> None:
    gone = set(gone)
    if not gone:
        return
    sidecar = read_sidecar(db_path)
    sidecar.backups = [p for p in sidecar.backups if p not in gone]
    write_sidecar(db_path, sidecar)


# Applying the ledger on open -------------------------------------------------------------


def present_rows(conn: sqlite3.Connection, entries: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """{kind: [uuid, ...]} of the records the ledger names that are still in this database."""
    by_kind: dict[str, list[str]] = {}
    for uuid, (kind, _at) in entries.items():
        by_kind.setdefault(kind, []).append(uuid)
    found: dict[str, list[str]] = {}
    for kind, uuids in by_kind.items():
        # One query per kind, the UUIDs passed as one JSON list: no limit on how many, and each is an
        # index lookup (uuid is UNIQUE), so even a ledger of thousands costs milliseconds at start-up.
        rows = conn.execute(f"SELECT uuid FROM {KIND_TABLES[kind]} WHERE uuid IN (SELECT value FROM json_each(?))",
                            [json.dumps(uuids)]).fetchall()
        if rows:
            found[kind] = [r[0] for r in rows]
    return found


def drop_foreign_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop every trigger (the app makes none) before erased records are deleted; returns their names.

    One added by another program runs on the deletes and can copy the words into a table of its own, where
    no erase or wipe would find them again.
    """
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()]
    for name in names:
        conn.execute(f'DROP TRIGGER IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')
    if names:
        logger.warning("dropped triggers another program added before erasing: %s", ", ".join(names))
    return names


def delete_named(conn: sqlite3.Connection, present: dict[str, list[str]]) -> int:
    """Delete the named records (their children go by ON DELETE CASCADE); returns how many records."""
    drop_foreign_triggers(conn)
    removed = 0
    for kind, table in KIND_TABLES.items():
        uuids = present.get(kind, [])
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start:start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            if table == "views":
                conn.execute(f"DELETE FROM theme_views WHERE view_id IN (SELECT id FROM views WHERE uuid IN ({marks}))",
                             chunk)
            removed += conn.execute(f"DELETE FROM {table} WHERE uuid IN ({marks})", chunk).rowcount
    return removed


def apply_ledger(db: Database) -> dict:
    """Make the database agree with the ledger: re-erase what it names, finish a wipe a kill interrupted.

    Runs on every open and after a restore. Cheap when there is nothing to do (reads
    the sidecar and looks the UUIDs up). Returns {"removed": N, "wiped": bool}.
    """
    from coprod_app.storage.privacy import _rewrite_file, _secure_delete

    path = _database_file(db)
    if path is None or not _has_table(db):
        return {"removed": 0, "wiped": False}
    sidecar = read_sidecar(path)
    scanned = 0
    if not sidecar_path(path).exists():
        # The sidecar is gone (deleted, or the database copied somewhere without it) and the database may be
        # an old copy put back by hand: the app's own backups were rewritten with the ledger at each erase,
        # so they still say who was erased. Without this, such a copy brought the erased child back.
        from_backups, scanned = _entries_in_backups(path)
        sidecar.entries.update(from_backups)
    table = table_entries(db)
    missing_in_table = {u: v for u, v in sidecar.entries.items() if u not in table}
    union = {**sidecar.entries, **table}
    present = present_rows(db.conn, union) if union else {}
    if not (missing_in_table or present or sidecar.pending_wipe):
        # Written again when lost, and once the backups were read for it, so the next open need not read them.
        if scanned or any(u not in sidecar.entries for u in table):
            sidecar.entries = union
            try:
                write_sidecar(path, sidecar)
            except StorageError as exc:
                logger.warning("%s", exc)
        return {"removed": 0, "wiped": False}
    if present:
        # Note the wipe as pending first, so a kill during this repair is finished by the next open.
        sidecar.entries = union
        sidecar.pending_wipe = True
        write_sidecar(path, sidecar)
    removed = 0
    with _secure_delete(db):
        with writing(db, what="apply the erasure ledger"):
            insert_entries(db.conn, missing_in_table)
            removed = delete_named(db.conn, present)
        _rewrite_file(db, [])
    wiped(db)
    logger.info("applied the erasure ledger: %d records removed again, file rewritten", removed)
    return {"removed": removed, "wiped": True}


def _entries_in_backups(db_path: Path) -> tuple[dict[str, tuple[str, str]], int]:
    """The ledger entries held by the backups the app made of this database (dated ones and ones kept aside
    by a restore), and how many backups were read; each opened read-only, one that cannot be read (damaged,
    older than the ledger) skipped."""
    from coprod_app.storage.backup import _open_read_only, known_backups

    entries: dict[str, tuple[str, str]] = {}
    scanned = 0
    for backup, where in known_backups(db_path):
        if where == "partial":
            continue
        scanned += 1
        try:
            conn = _open_read_only(backup)
            try:
                rows = conn.execute("SELECT uuid, kind, at FROM ledger").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        for uuid, kind, at in rows:
            if isinstance(uuid, str) and kind in KIND_TABLES:
                entries.setdefault(uuid, (kind, str(at)))
    return entries, scanned


_applied: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def apply_on_open(db: Database) -> None:
    """The open path's hook: apply the ledger; a failure is logged, never stops the app opening."""
    try:
        _applied[db] = apply_ledger(db)
    except (StorageError, sqlite3.Error, OSError) as exc:
        logger.warning("could not apply the erasure ledger on open: %s", exc)


def applied_on_open(db: Database) -> dict:
    """What `apply_on_open` did when this database was opened: {"removed": N, "wiped": bool}."""
    return _applied.get(db, {"removed": 0, "wiped": False})
