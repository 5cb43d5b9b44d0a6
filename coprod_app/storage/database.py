"""Opening the database safely: creating, checking and upgrading the file.

Every connection runs in WAL mode with synchronous=FULL and foreign keys on, so
anything the app has shown as saved survives a crash or a flat battery. A file
that is not ours, is damaged or comes from a newer version is never changed.

This is the top of storage's own ladder: it imports the open database and writing
(connection.py), errors (errors.py), finding damage (integrity.py) and the ledger
(ledger.py), and none of them imports it. The names other layers use with an open
database (`writing`, `StorageError`, `get_meta`, ...) are re-exported here, so the ui,
reports and the command line import storage's front door; modules inside storage import
them from connection.py and errors.py, below them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from coprod_app import locations
from coprod_app.storage.connection import (
    SQLITE_HEADER,
    AppDatabase,
    change_fields,
    check_sqlite_header,
    connect_read_only,
    device_id,
    file_uri,
    get_meta,
    is_writable,
    mark_read_only,
    new_uuid,
    note_place_warning,
    now,
    place_warning,
    read_only_reason,
    read_only_uri,
    record_fields,
    set_meta,
    writing,
)
from coprod_app.storage.disk_place import place_warning as place_warning_for
from coprod_app.storage.errors import (
    DamagedDatabase,
    StorageError,
    damage_detail,
    is_damage,
    one_line,
    read_failure,
    reading,
    reason,
)
from coprod_app.storage.integrity import check_before_writing, quick_check
from coprod_app.storage.ledger import apply_on_open
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migration_set

__all__ = [
    "SQLITE_HEADER",
    "AppDatabase",
    "DamagedDatabase",
    "StorageError",
    "change_fields",
    "check_sqlite_header",
    "connect_read_only",
    "damage_detail",
    "default_db_path",
    "device_id",
    "file_uri",
    "get_meta",
    "is_damage",
    "new_uuid",
    "now",
    "one_line",
    "open_database",
    "place_warning",
    "read_failure",
    "read_only_reason",
    "read_only_uri",
    "reading",
    "reason",
    "record_fields",
    "set_meta",
    "writing",
]

logger = logging.getLogger(__name__)


def default_db_path() -> Path:
    """`COPROD_DB` if set, else db/ in a checkout or the user's data folder (coprod_app/locations.py says)."""
    return locations.database_path()


def open_database(path: str | Path, *, create: bool = True, check_in_background: bool = False) -> AppDatabase:
    """Open (and if needed create and upgrade) the database at `path`.

    Raises StorageError with one sentence, leaving the file untouched, when the
    file is not SQLite (an empty file included), is another program's database,
    is damaged, or was written by a newer version of the app. Only a path where
    nothing exists is made into a new database.

    A database in a read-only place (a read-only file, folder or disk) opens
    read-only: everything can be read, listed, exported and backed up elsewhere,
    and every save says in one sentence why it cannot (`read_only_reason(db)`).

    `check_in_background=True` (the window's start-up) leaves the integrity check
    (`PRAGMA quick_check`, about 0.1 s on a 50,000-view file) until later instead of
    running it before returning: the window runs `integrity.integrity_check(db).run` in
    its thread pool once it is up, on a read-only connection of its own. Until it has
    passed, every write on the returned connection waits for it (and runs it, if nobody
    has), and on a damaged file fails with one sentence, so nothing is ever written to a
    damaged file. If opening must write (a new file, a schema upgrade) the check runs
    first, as without the option.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"'{path}' is a folder, not a database file.")
    created = not os.path.lexists(path)
    if created:
        if not create:
            raise StorageError(f"There is no database at '{path}'.")
        _create_database(path)
    _check_is_database(path)
    read_only = not is_writable(path)
    if not read_only:
        _make_private(path)
    try:
        # Absolute: where SQLite is built with SQLITE_USE_URI (as here) a --db of "file:x?mode=memory"
        # was read as a URI, and everything went into memory and was lost at exit.
        conn = (
            connect_read_only(path)
            if read_only
            else sqlite3.connect(os.path.abspath(path), timeout=10, check_same_thread=True)
        )
    except sqlite3.Error as exc:
        raise StorageError(f"The database '{path}' could not be opened ({one_line(exc)}).") from None
    db = AppDatabase(conn)
    try:
        if read_only:
            _open_read_only(db, path, check_in_background)
            return db
        # Opening that must write (an upgrade, a device id, switching to WAL) checks first,
        # as without the option.
        background = check_in_background and not created and not _writes_on_open(db)
        _check_existing(db, path, integrity=not background)
        _set_pragmas(db, path)
        if background:
            check_before_writing(db, path)  # nothing to upgrade: _writes_on_open said so
        else:
            if _pending_migrations(conn):
                with writing(db, what="upgrade the database"):
                    migration_set().apply(db.utils)
            _ensure_device_id(db)
        apply_on_open(db)  # what was erased or purged stays so, even after restoring an older backup
    except BaseException:
        conn.close()
        raise
    _note_place(db, path)
    return db


def _create_database(path: Path) -> None:
    """Make a new, empty coprod-app database at `path`, owner-only, whole or not at all.

    It is built in a private file beside `path` and linked into place only once
    SQLite has written it, so a kill or a full disk never leaves an empty or
    half-made file at `path` (which the next start would refuse as not a database).
    """
    import tempfile  # here, not at start-up: it loads random, and with it OpenSSL

    try:
        # A folder made here is the user's own (0700): its backups/, log and ledger are private too.
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)  # mode 0600
        os.close(fd)
    except OSError as exc:
        raise StorageError(
            f"The database could not be created at '{path}' ({exc.strerror}); choose a folder you can write to."
        ) from None
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp_name, timeout=10)
        try:
            db = AppDatabase(conn)
            _set_pragmas(db, path)
            with writing(db, what=f"create the database at '{path}'"):
                migration_set().apply(db.utils)
            _ensure_device_id(db)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection folds the WAL into the file and removes -wal and -shm
        _link_into_place(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{tmp_name}{suffix}")


def _link_into_place(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # never replaces a file that appeared at `path` meanwhile
    except FileExistsError:
        return  # another program made it first: the checks of an existing file follow
    except OSError as exc:
        if os.path.lexists(path):
            return
        try:  # a file system without hard links (FAT on a memory stick)
            os.rename(tmp, path)
        except OSError:
            raise StorageError(
                f"The database could not be created at '{path}' ({exc.strerror}); choose a folder you can write to."
            ) from None


def _check_is_database(path: Path) -> None:
    """Refuse, in one sentence, anything at `path` that is not an SQLite file (reads, writes nothing)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StorageError(f"The database '{path}' could not be read ({exc.strerror}).") from None
    if size == 0:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return  # a database whose saves are all still in its -wal: SQLite reads it from there
        # Without this an empty file given as --db was silently made into a database
        # (and stayed world-readable).
        raise DamagedDatabase(
            f"'{path}' is an empty file, not a coprod-app database, so it was left untouched; "
            "give the path of a database, or a path where no file exists yet to make a new one."
        )
    check_sqlite_header(path)


def _make_private(path: Path) -> None:
    """Owner-only (0600) for the database and its -wal and -shm, where the system has such permissions.

    A database copied in with a permissive umask (0644) is tightened: children's words are
    never readable by other accounts on the laptop. Files owned by another account are left
    as they are (only their owner may change them), and so is Windows, whose permissions are ACLs.
    """
    if os.name != "posix":
        return
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        try:
            info = os.stat(name)
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(name, info.st_mode & 0o700)
                logger.info("made %s readable by its owner only", name)
        except OSError:
            pass  # missing -wal/-shm, or a file system without modes (FAT): nothing to tighten


def _note_place(db: AppDatabase, path: Path) -> None:
    warning = place_warning_for(path)  # reads /proc/mounts: only when opening
    if warning:
        note_place_warning(db, warning)
        logger.warning("%s", warning)


def _read_only_sentence(path: Path) -> str:
    return (
        f"The database '{path}' is in a read-only place (file, folder or disk), so nothing can be saved "
        "to it; open a copy in a writable folder."
    )


def _open_read_only(db: AppDatabase, path: Path, check_in_background: bool) -> None:
    """The checks of an existing file, with nothing written: no upgrade, no device id, no WAL switch."""
    _check_existing(db, path, integrity=not check_in_background)
    try:
        pending = _pending_migrations(db.conn)
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA busy_timeout=10000")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"The database '{path}' could not be opened ({reason(exc)}).") from None
    if pending:
        raise StorageError(
            f"The database '{path}' was made by an older version of coprod-app and must be upgraded, which "
            "cannot be done in a read-only place; copy it to a folder you can write to and open the copy."
        )
    sentence = _read_only_sentence(path)
    mark_read_only(db, sentence)
    logger.info("%s", sentence)  # info: a warning would print on every command-line run
    if check_in_background:
        check_before_writing(db, path)


def _damaged_sentence(path: Path, problem: str) -> str:
    return f"The database '{path}' is damaged ({problem}), so it was left untouched; restore a backup."


def _writes_on_open(db: AppDatabase) -> bool:
    """Whether opening would write: switching to WAL, a schema upgrade, the migrations table, a device id."""
    try:
        if db.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return True
        return bool(_pending_migrations(db.conn)) or device_id(db) is None
    except sqlite3.DatabaseError:
        return True  # another program's file, or unreadable: the checks before writing say which


def _pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """The app's migrations not yet applied to the file (all of them for a new file).

    Also "pending" when sqlite-utils' table of applied migrations has another shape
    than the one it makes today (an `id` key), so that applying brings it up to date.
    """
    columns = {row[1]: row[5] for row in conn.execute("PRAGMA table_info(_sqlite_migrations)")}
    if not columns:
        return list(KNOWN_MIGRATIONS)
    if [name for name, key in columns.items() if key] != ["id"]:
        return list(KNOWN_MIGRATIONS)
    applied = {
        r[0]
        for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    return [name for name in KNOWN_MIGRATIONS if name not in applied]


def _check_existing(db: AppDatabase, path: Path, integrity: bool = True) -> None:
    """Read-only checks before anything is written to an existing file."""
    try:
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
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
        problems = quick_check(db) if integrity else []
        if problems:
            raise DamagedDatabase(_damaged_sentence(path, problems[0]))
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedDatabase(
                f"The database '{path}' is damaged or unreadable ({damage_detail(exc)}), "
                "so it was left untouched; restore a backup."
            ) from None
        raise StorageError(
            f"The database '{path}' could not be opened ({reason(exc)}), so it was left untouched."
        ) from None


def _set_pragmas(db: AppDatabase, path: Path) -> None:
    try:
        mode = db.conn.execute("PRAGMA journal_mode=wal").fetchone()[0]
        db.conn.execute("PRAGMA synchronous=FULL")
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA busy_timeout=10000")
    except sqlite3.Error as exc:
        raise StorageError(
            f"The database '{path}' could not be opened for writing ({reason(exc)})."
        ) from None
    if mode.lower() != "wal":
        logger.warning("journal mode is %s, not wal", mode)


def _ensure_device_id(db: AppDatabase) -> None:
    if device_id(db) is None:
        with writing(db, what="set up the database"):
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", [new_uuid()])
