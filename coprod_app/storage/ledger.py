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

import json
import logging
import sqlite3
import weakref
from pathlib import Path
from typing import Iterable

from coprod_app.storage.connection import AppDatabase, connect_read_only, now, writing
from coprod_app.storage.copies import known_backups
from coprod_app.storage.errors import StorageError
from coprod_app.storage.ledger_file import (  # noqa: F401 (read_sidecar, sidecar_path: the ledger's API)
    KIND_TABLES,
    Sidecar,
    read_sidecar,
    sidecar_path,
    write_sidecar,
)
from coprod_app.storage.migrations import is_app_trigger
from coprod_app.storage.wiping import rewrite_file, secure_delete

logger = logging.getLogger(__name__)

_CHUNK = 500  # UUIDs per query, well under SQLite's variable limit


# The ledger table -------------------------------------------------------------------


def _has_table(db: AppDatabase) -> bool:
    return (
        db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'").fetchone()
        is not None
    )


def table_entries(db: AppDatabase) -> dict[str, tuple[str, str]]:
    if not _has_table(db):
        return {}
    return {uuid: (kind, at) for uuid, kind, at in db.conn.execute("SELECT uuid, kind, at FROM ledger")}


def all_entries(db: AppDatabase) -> dict[str, tuple[str, str]]:
    """Everything the ledger names: the table and the sidecar together."""
    entries = table_entries(db)
    for uuid, value in read_sidecar(db.path).entries.items():
        entries.setdefault(uuid, value)
    return entries


def ledger_uuids(db: AppDatabase) -> set[str]:
    return set(all_entries(db))


def insert_entries(conn: sqlite3.Connection, entries: dict[str, tuple[str, str]]) -> None:
    """Add `entries` to the ledger table (inside the caller's transaction): the database's, or a backup's."""
    conn.executemany(
        "INSERT OR IGNORE INTO ledger (uuid, kind, at) VALUES (?, ?, ?)",
        [(uuid, kind, at) for uuid, (kind, at) in entries.items()],
    )


# Before deleting, and after wiping ----------------------------------------------------


def _sidecar_with_table(db: AppDatabase, path: Path) -> Sidecar:
    """The sidecar beside `path` with what only the ledger table names added (the sidecar's own dates kept)."""
    sidecar = read_sidecar(path)
    for uuid, value in table_entries(db).items():
        sidecar.entries.setdefault(uuid, value)
    return sidecar


def remember(db: AppDatabase, records: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Durably note `records` ((uuid, kind) pairs) in the sidecar, marked "wipe pending"; returns the entries.

    Call before deleting, then `insert_entries` inside the deleting transaction and
    `wiped` after the file is rewritten. Raises StorageError (nothing deleted yet)
    when the sidecar cannot be written.
    """
    at = now()
    new = {uuid: (kind, at) for uuid, kind in records if uuid}
    sidecar = _sidecar_with_table(db, db.path)
    for uuid, value in new.items():
        sidecar.entries.setdefault(uuid, value)
    sidecar.pending_wipe = True
    write_sidecar(db.path, sidecar)
    return new


def wiped(db: AppDatabase) -> None:
    """The file has been rewritten: clear the "wipe pending" mark (and bring the sidecar up to date)."""
    path = db.path
    sidecar = _sidecar_with_table(db, path)
    sidecar.pending_wipe = False
    try:
        write_sidecar(path, sidecar)
    except StorageError as exc:  # the words are wiped; the next open only rewrites once more
        logger.warning("%s", exc)


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
        rows = conn.execute(
            f"SELECT uuid FROM {KIND_TABLES[kind]} WHERE uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(uuids)],
        ).fetchall()
        if rows:
            found[kind] = [r[0] for r in rows]
    return found


def drop_foreign_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop every trigger but the app's own before erased records are deleted; returns their names.

    One added by another program runs on the deletes and can copy the words into a table of its own, where
    no erase or wipe would find them again. The app's own (migrations.APP_TRIGGERS, kept only if name and
    statement are exactly as made) keep the vote sums right as the votes go.
    """
    names = [
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        if not is_app_trigger(name, sql)
    ]
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
            chunk = uuids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            if table == "views":
                conn.execute(
                    f"DELETE FROM theme_views WHERE view_id IN (SELECT id FROM views WHERE uuid IN ({marks}))",
                    chunk,
                )
            removed += conn.execute(f"DELETE FROM {table} WHERE uuid IN ({marks})", chunk).rowcount
    return removed


def apply_ledger(db: AppDatabase) -> dict:
    """Make the database agree with the ledger: re-erase what it names, finish a wipe a kill interrupted.

    Runs on every open and after a restore. Cheap when there is nothing to do (reads
    the sidecar and looks the UUIDs up). Returns {"removed": N, "wiped": bool}.
    """
    path = db.path
    if not _has_table(db):
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
    with secure_delete(db):
        with writing(db, what="apply the erasure ledger"):
            insert_entries(db.conn, missing_in_table)
            removed = delete_named(db.conn, present)
        rewrite_file(db, [])
    wiped(db)
    logger.info("applied the erasure ledger: %d records removed again, file rewritten", removed)
    return {"removed": removed, "wiped": True}


def _entries_in_backups(db_path: Path) -> tuple[dict[str, tuple[str, str]], int]:
    """The ledger entries held by the backups the app made of this database (dated ones and ones kept aside
    by a restore), and how many backups were read; each opened read-only, one that cannot be read (damaged,
    older than the ledger) skipped."""
    entries: dict[str, tuple[str, str]] = {}
    scanned = 0
    for backup, where in known_backups(db_path):
        if where == "partial":
            continue
        scanned += 1
        try:
            conn = connect_read_only(backup)
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


def apply_on_open(db: AppDatabase) -> None:
    """The open path's hook: apply the ledger; a failure is logged, never stops the app opening."""
    try:
        _applied[db] = apply_ledger(db)
    except (StorageError, sqlite3.Error, OSError) as exc:
        logger.warning("could not apply the erasure ledger on open: %s", exc)


def applied_on_open(db: AppDatabase) -> dict:
    """What `apply_on_open` did when this database was opened: {"removed": N, "wiped": bool}."""
    return _applied.get(db, {"removed": 0, "wiped": False})
