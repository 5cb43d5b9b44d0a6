"""Backups of the whole database, and restoring one, always through SQLite's online backup API.

A copy made with the backup API is consistent even while the app is writing,
and includes what is still in the -wal file; copying the file by hand is not
(see docs/known-traps). Restore checks the backup before touching anything and
keeps the database it replaces beside it. Cleaning the backups after an erase or a
purge is in backup_cleaning.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import tempfile
from pathlib import Path

from coprod_app.storage.connection import (
    AppDatabase,
    check_sqlite_header,
    connect_read_only,
    read_only_reason,
)
from coprod_app.storage.copies import (  # noqa: F401 (known_backups: part of this module's API)
    backups_folder,
    known_backups,
    private_folder,
    remove_quietly,
)
from coprod_app.storage.database import open_database
from coprod_app.storage.disk_place import held_open, held_open_words, replace_file
from coprod_app.storage.errors import StorageError
from coprod_app.storage.ledger import applied_on_open, apply_ledger
from coprod_app.storage.ledger_file import note_backup_elsewhere, read_sidecar, write_sidecar
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, is_app_trigger, migration_set

logger = logging.getLogger(__name__)


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")


def backup_database(db: AppDatabase, out: str | Path | None = None) -> Path:
    """Copy the whole database into a dated file (or `out`), readable by its owner only; returns its path."""
    source = db.path
    if out is None:
        folder = backups_folder(source)
        out = folder / f"{source.stem}-{_stamp()}.sqlite3"
        n = 2
        while out.exists():  # two backups in the same second
            out = folder / f"{source.stem}-{_stamp()}-{n}.sqlite3"
            n += 1
    out = Path(out)
    if out.is_dir():
        raise StorageError(f"'{out}' is a folder; give a file name for the backup.")
    if out.exists() and out.resolve() == source.resolve():
        raise StorageError("A backup cannot be written over the database it is a backup of.")
    folder = backups_folder(source)
    if out.parent.resolve() == folder.resolve() or not out.parent.exists() and out.parent == folder:
        private_folder(folder)
    else:
        # Erase and purge clean every backup they know of: remember this one (its path only).
        if read_only_reason(db) is None:  # read-only: nothing can be erased from it, nor its sidecar written
            note_backup_elsewhere(source, out)
    _copy_with_backup_api(db.conn, out, single_file=True)
    return out


def _copy_with_backup_api(source: sqlite3.Connection, out: Path, *, single_file: bool) -> None:
    """Backup API into a private temp file beside `out`, then rename: `out` is whole or absent."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)  # mode 0600
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"The backup could not be written in '{out.parent}' ({exc.strerror}).") from None
    try:
        target = sqlite3.connect(tmp_name)
        try:
            source.backup(target)
            if single_file:  # a backup is one self-contained file: no -wal to forget when it is copied
                target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        with open(tmp_name, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp_name, 0o600)
        replace_file(tmp_name, out)  # waits a little for a program that holds `out` open
    except (OSError, sqlite3.Error) as exc:
        remove_quietly(tmp_name)
        reason = (
            held_open_words(out) if held_open(exc) else exc.strerror if isinstance(exc, OSError) else str(exc)
        )
        raise StorageError(
            f"The backup could not be written to '{out}' ({reason}); nothing was changed."
        ) from None
    except BaseException:
        remove_quietly(tmp_name)
        raise


def check_backup(path: str | Path) -> dict:
    """Is this file a sound coprod-app database this version can use? Raises StorageError saying why not.

    Only reads the file. Returns {"schema_version", "sessions", "views"} when it is good.
    """
    path = Path(path)
    where = f"'{path}'"
    if not path.is_file():
        raise StorageError(f"There is no backup file {where}.")
    check_sqlite_header(path, "backup", "nothing was changed")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(
            f"The backup {where} could not be opened ({exc}), so nothing was changed."
        ) from None
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StorageError(
                f"The backup {where} is damaged ({str(result[0]).splitlines()[0]}), so nothing was changed."
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" not in tables or "sessions" not in tables:
            raise StorageError(f"{where} is a database from another program, so nothing was changed.")
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        ]
        if not applied:
            raise StorageError(f"{where} is a database from another program, so nothing was changed.")
        if any(name not in KNOWN_MIGRATIONS for name in applied):
            raise StorageError(
                f"{where} was written by a newer version of coprod-app, so nothing was changed; "
                "update the app to restore it."
            )
        foreign = _foreign_objects(conn)
        if foreign:
            raise StorageError(
                f"{where} holds {foreign}, which coprod-app never makes, so another program changed "
                "it and nothing was changed."
            )
        return {
            "schema_version": len(applied),
            "sessions": conn.execute("SELECT count(*) FROM sessions").fetchone()[0],
            "views": conn.execute("SELECT count(*) FROM views").fetchone()[0],
        }
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"The backup {where} is damaged or unreadable ({exc}), so nothing was changed."
        ) from None
    finally:
        conn.close()


_APP_TABLES: frozenset[str] | None = None


def _app_tables() -> frozenset[str]:
    """The tables the app's own migrations make (older backups hold some of them)."""
    global _APP_TABLES
    if _APP_TABLES is None:
        from sqlite_utils import Database  # only when a backup is checked: it costs start-up time

        scratch = Database(memory=True)
        migration_set().apply(scratch)
        _APP_TABLES = frozenset(scratch.table_names())
        scratch.close()
    return _APP_TABLES


def _foreign_objects(conn: sqlite3.Connection) -> str:
    """What another program added to the schema, in words ('' when nothing). The app makes no views and no
    triggers but its own (migrations.APP_TRIGGERS, exactly as made): a trigger in a restored backup ran on
    every erase, and one that copied each deleted view into a table of its own kept erased words in the
    database for good."""
    known = _app_tables()
    for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view', 'table')"
        " ORDER BY type = 'table', name"
    ):
        if kind == "trigger" and is_app_trigger(name, sql):
            continue
        if kind != "table":
            return f"a {kind} '{name[:60]}'"
        if name not in known and not name.startswith("sqlite_"):
            return f"a table '{name[:60]}'"
    return ""


def restore_database(db_path: str | Path, backup: str | Path) -> dict:
    """Replace the database at `db_path` with a checked backup; the replaced one is kept beside it.

    The backup is checked first; a damaged or foreign file changes nothing. The
    current database is copied aside with the backup API (or, when it is too
    damaged to read, moved aside together with its -wal and -shm files), then the
    backup is copied in with the backup API, in one transaction.
    """
    db_path, backup = Path(db_path), Path(backup)
    found = check_backup(backup)
    if db_path.exists() and db_path.resolve() == backup.resolve():
        raise StorageError("That file is the database itself; choose a backup to restore.")
    _ledger_to_sidecar(db_path)  # the ledger outlives the database it replaces
    kept = None
    if db_path.exists() and db_path.stat().st_size > 0:
        kept = db_path.with_name(f"{db_path.name}.replaced-{_stamp()}")
        n = 2
        while kept.exists():
            kept = db_path.with_name(f"{db_path.name}.replaced-{_stamp()}-{n}")
            n += 1
        _keep_aside(db_path, kept)
    elif not db_path.exists():
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise StorageError(
                f"The database could not be created at '{db_path}' ({exc.strerror})."
            ) from None
    source = connect_read_only(backup)
    try:
        # Written through a connection, never by replacing the file: on Windows a file the window holds
        # open cannot be replaced, and the window notices the change (PRAGMA data_version) and reloads.
        target = sqlite3.connect(os.path.abspath(db_path), timeout=10)  # never read as a URI
        try:
            source = _with_page_size_of(target, source, backups_folder(db_path))
            source.backup(target)  # one transaction on the target: all of the backup or none of it
            target.execute("PRAGMA journal_mode=wal")
            if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StorageError(
                    f"The restored database '{db_path}' failed its check; the replaced one is "
                    f"kept as '{kept}'."
                )
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise StorageError(
            f"The backup could not be restored into '{db_path}' ({exc}); "
            + (f"the database before is kept as '{kept}'." if kept else "nothing was changed.")
        ) from None
    finally:
        source.close()
    os.chmod(db_path, 0o600)
    applied = _apply_ledger_after_restore(db_path)
    logger.info("restored %s from %s, kept the old one as %s", db_path, backup, kept)
    return {
        "database": str(db_path),
        "restored_from": str(backup),
        "replaced_kept_as": str(kept) if kept else None,
        **found,
        "ledger": applied,
    }


def _with_page_size_of(
    target: sqlite3.Connection, source: sqlite3.Connection, folder: Path
) -> sqlite3.Connection:
    """`source`, or a private copy of it in `folder` with the page size of `target` when the two differ.

    SQLite's backup cannot change the page size of a database in WAL mode: a backup made with
    another page size (another build of SQLite, or `PRAGMA page_size` and VACUUM) failed to
    restore with "attempt to write a readonly database". An in-memory copy cannot change its
    page size either, so the copy is a file, removed when its connection is closed.
    """
    wanted = int(target.execute("PRAGMA page_size").fetchone()[0])
    if int(source.execute("PRAGMA page_size").fetchone()[0]) == wanted:
        return source
    # In the backups folder, named as a partial backup: one a kill leaves behind is cleaned by erase and purge.
    private_folder(folder)
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".tmp", dir=folder)  # mode 0600
    os.close(fd)
    copy = _RemovedOnClose(name)
    try:
        source.backup(copy)
        copy.execute(f"PRAGMA page_size={wanted}")
        copy.execute("VACUUM")  # rebuilds the copy with the new page size
    except BaseException:
        copy.close()
        raise
    source.close()
    return copy


class _RemovedOnClose(sqlite3.Connection):
    """A connection to a scratch file that goes with it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def close(self) -> None:
        super().close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            remove_quietly(self.name + suffix)


def _ledger_to_sidecar(db_path: Path) -> None:
    """Copy the current database's ledger into the sidecar before the database is replaced."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    try:
        conn = connect_read_only(db_path)
        try:
            rows = conn.execute("SELECT uuid, kind, at FROM ledger").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:  # too damaged to read, or older than the ledger: the sidecar is all there is
        return
    sidecar = read_sidecar(db_path)
    missing = {uuid: (kind, at) for uuid, kind, at in rows if uuid not in sidecar.entries}
    if missing:
        sidecar.entries.update(missing)
        write_sidecar(db_path, sidecar)


def _apply_ledger_after_restore(db_path: Path) -> dict:
    """Open the restored database (bringing its schema up to date) and apply the ledger to it.

    An older backup may still hold someone erased or a session purged since: they go again,
    before anything shows them.
    """
    try:
        db = open_database(
            db_path
        )  # opening applies the ledger already; applying again is cheap and explicit
        try:
            first, again = applied_on_open(db), apply_ledger(db)
        finally:
            db.close()
    except StorageError as exc:
        raise StorageError(
            f"The backup was restored, but what was erased or purged since could not be removed "
            f"from it again ({str(exc).rstrip('.')}); run 'coprod-app purge' to finish."
        ) from None
    return {"removed": first["removed"] + again["removed"], "wiped": first["wiped"] or again["wiped"]}


def _keep_aside(db_path: Path, kept: Path) -> None:
    """A copy of the current database (with what is in its -wal) under `kept`; moved when unreadable."""
    try:
        current = sqlite3.connect(os.path.abspath(db_path), timeout=10)
        try:
            current.execute("PRAGMA quick_check").fetchall()  # raises when the file is too damaged to copy
            _copy_with_backup_api(current, kept, single_file=True)
        finally:
            current.close()
        return
    except sqlite3.DatabaseError:
        logger.warning("current database %s is unreadable; moving it aside instead", db_path)
    # Never separate a database from its -wal: move all three together.
    try:
        for suffix in ("-wal", "-shm", ""):
            part = Path(str(db_path) + suffix)
            if part.exists():
                replace_file(part, Path(str(kept) + suffix))
        os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        if held_open(exc):  # Windows: a window (or another program) has the damaged file open
            raise StorageError(
                "The damaged database is open in another program (a coprod-app window?); close it "
                "and restore again. Nothing was restored."
            ) from None
        raise StorageError(
            f"The damaged database could not be moved aside ({exc.strerror}); nothing was restored."
        ) from None


def newest_good_backup(db_path: str | Path) -> Path | None:
    """The most recent backup beside the database that passes every check, for the app to offer."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite3"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for candidate in candidates:
        try:
            check_backup(candidate)
        except StorageError as exc:
            logger.info("skipping backup %s: %s", candidate, exc)
            continue
        return candidate
    return None
