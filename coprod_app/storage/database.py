"""Opening the database safely, and turning SQLite failures into one clear sentence.

Every connection runs in WAL mode with synchronous=FULL and foreign keys on, so
anything the app has shown as saved survives a crash or a flat battery. A file
that is not ours, is damaged or comes from a newer version is never changed.

Finding damage (the integrity check, in the background or not, and `check`'s report)
is in integrity.py, which imports this module for its errors and read-only
connections; the few functions here that need it import it inside the function, so
the two modules never import each other while loading.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import sqlite3
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from coprod_app.domain.errors import CoprodError
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migration_set

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(CoprodError):
    """The database could not be opened or written; nothing saved before is lost."""


class DamagedDatabase(StorageError):
    """The file is damaged or is not a database at all: a backup may be offered."""


def default_db_path() -> Path:
    """`COPROD_DB` if set, else db/ in a checkout or the user's data folder (coprod_app/locations.py says)."""
    from coprod_app.locations import database_path

    return database_path()


def now() -> str:
    """The time of a change, UTC, to the microsecond, sortable as text."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    import uuid  # here, not at start-up (it loads the platform module)

    return str(uuid.uuid4())


class AppDatabase:
    """The open database: a sqlite-utils `Database` on one connection, loaded when first needed.

    Reads (`execute` of a SELECT) run straight on the connection until then, so
    the window's first paint (the session list, the newest session's views) does
    not wait for sqlite-utils to be imported (about 50 ms, with click and dateutil).
    Anything else (`db.atomic()`, `db["table"]`, `db.query`, a write through
    `execute`) goes to the sqlite-utils Database, made on first use; the window
    makes it just after its first paint, so the first save does not wait either.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

    def utils(self) -> Database:
        """The sqlite-utils Database on this connection."""
        if self._utils is None:
            from sqlite_utils import Database

            # execute_plugins=False: third-party sqlite-utils plugins installed on the laptop must not
            # change how the app's connection behaves (they can register SQL functions).
            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        if self._utils is None and sql.lstrip()[:6].upper() == "SELECT":
            return self.conn.execute(sql, () if parameters is None else parameters)
        return self.utils().execute(sql, parameters)

    def __getattr__(self, name: str):
        return getattr(self.utils(), name)

    def __getitem__(self, table: str):
        return self.utils()[table]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> AppDatabase:  # `with open_database(path) as db:` closes it, as sqlite-utils does
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_database(path: str | Path, *, create: bool = True, check_in_background: bool = False) -> AppDatabase:
    """Open (and if needed create and upgrade) the database at `path`.

    Raises StorageError with one sentence, leaving the file untouched, when the
    file is not SQLite (an empty file included), is another program's database,
    is damaged, or was written by a newer version of the app. Only a path where
    nothing exists is made into a new database.

    A database in a read-only place (a read-only file, folder or disk) opens
    read-only: everything can be read, listed, exported and backed up elsewhere,
    and every save says in one sentence why it cannot (`read_only_reason(db)`).

    `check_in_background=True` (the window's start-up) runs the integrity check
    (`PRAGMA quick_check`, about 0.1 s on a 50,000-view file) in a thread with its
    own read-only connection instead of before returning. Until it has passed,
    every write on the returned connection waits for it, and on a damaged file
    fails with one sentence, so nothing is ever written to a damaged file; see
    `integrity.integrity_check(db)`. If opening must write (a new file, a schema upgrade)
    the check runs first, as without the option.
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
    read_only = not _writable(path)
    if not read_only:
        _make_private(path)
    try:
        # Absolute: where SQLite is built with SQLITE_USE_URI (as here) a --db of "file:x?mode=memory"
        # was read as a URI, and everything went into memory and was lost at exit.
        conn = connect_read_only(path) if read_only else sqlite3.connect(os.path.abspath(path), timeout=10,
                                                                            check_same_thread=True)
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
            from coprod_app.storage.integrity import start_integrity_check  # see the module docstring

            start_integrity_check(db, path)  # nothing to upgrade: _writes_on_open said so
        else:
            if _pending_migrations(conn):
                with writing(db, what="upgrade the database"):
                    migration_set().apply(db.utils())
            _ensure_device_id(db)
        from coprod_app.storage.ledger import apply_on_open

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
        path.parent.mkdir(parents=True, exist_ok=True)
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
                migration_set().apply(db.utils())
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


# What failing to make a file means "this place is read-only"; anything else (a full disk) is left
# for SQLite to say in its own words when it writes.
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _writable(path: Path) -> bool:
    """Whether SQLite can write `path` and make its -wal and -shm files beside it: tried, not asked.

    Not os.access: on Windows it reads only the read-only attribute, never the folder's
    permissions (ACLs), so a folder the user may not write passed as writable and every
    save failed later. Here a file is made (and removed) in the folder, and the database
    itself is opened for writing (nothing is written to it).
    """
    folder = path.parent if str(path.parent) else Path(".")
    for attempt in range(100):
        probe = folder / f".{path.name}.{os.getpid()}-{attempt}.writable"
        try:
            fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue  # left by a process killed between making and removing it
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                return False
            break  # e.g. a full disk: not read-only
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)
        break
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        return exc.errno not in _READ_ONLY_ERRNOS
    return True


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


# A database in a read-only place ---------------------------------------------------------------

_read_only: weakref.WeakKeyDictionary[AppDatabase, str] = weakref.WeakKeyDictionary()


_place_warnings: weakref.WeakKeyDictionary[AppDatabase, str] = weakref.WeakKeyDictionary()


def place_warning(db) -> str | None:
    """The sentence warning that `db` is on a network drive or in a synced folder (disk_place.py), else None."""
    return _place_warnings.get(db)


def _note_place(db: AppDatabase, path: Path) -> None:
    from coprod_app.storage.disk_place import place_warning as warning_for  # /proc/mounts only when opening

    warning = warning_for(path)
    if warning:
        _place_warnings[db] = warning
        logger.warning("%s", warning)


def read_only_reason(db) -> str | None:
    """The sentence saving gives when `db` was opened read-only (it is in a read-only place), else None."""
    return _read_only.get(db)


def _read_only_sentence(path: Path) -> str:
    return (f"The database '{path}' is in a read-only place (file, folder or disk), so nothing can be saved "
            "to it; open a copy in a writable folder.")


def read_only_uri(path: str | Path, *, immutable: bool = False) -> str:
    """An SQLite `file:` URI that opens `path` read-only: only for the read-only-disk fallback.

    Everyday read-only opens take the plain path (`connect_read_only`). Only a WAL database
    without its -shm on a read-only disk needs `immutable=1`, which exists only as a URI.
    Not `Path.as_uri()`: it turns a Windows UNC path (\\\\server\\share\\db) into
    file://server/share/db, whose "server" SQLite refuses as an authority. Here the
    authority is always empty (file:///…, and file:////server/share/… for UNC), and
    characters URIs reserve (?, #, %, spaces, non-ASCII) are percent-escaped.
    """
    return file_uri(os.path.abspath(path), windows=os.name == "nt") + "?mode=ro" + (
        "&immutable=1" if immutable else "")


def file_uri(absolute: str, *, windows: bool) -> str:
    """The `file:` URI of an absolute path, with an empty authority (see `read_only_uri`)."""
    from urllib.parse import quote

    if windows:
        absolute = absolute.replace("\\", "/")  # C:\db → C:/db; \\server\share → //server/share
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # C:/folder/db → /C:/folder/db, the form SQLite reads as a drive
    return "file://" + quote(absolute, safe="/:")


def connect_read_only(path: str | Path, *, timeout: float = 10,
                      check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that only reads `path`: the plain path with `PRAGMA query_only=ON`, never a URI.

    A plain path is taken by SQLite as it is on every system: a UNC home folder
    (\\\\server\\home$\\jo), a drive letter, ?, #, % and spaces need no escaping, so nothing
    can be misread the way a URI was (issue 18). The path is made absolute first, so a
    relative name beginning "file:" is never read as a URI either. Nothing is created:
    a missing file raises "unable to open database file" like SQLite's own mode=ro.
    Unlike mode=ro, before Python 3.12 (no `setconfig`) the last connection to close a WAL
    file nobody else has open folds its -wal into it: the same data, rewritten in place.

    On a read-only folder or mount a WAL database whose -shm file is absent cannot be
    read at all ("unable to open database file"); nobody can write it there, so it is
    then opened as immutable, the one case that needs a URI (`read_only_uri`).
    """
    absolute = os.path.abspath(path)
    if not os.path.isfile(absolute):
        # sqlite3.connect with a plain path always creates: a check must never make a file.
        raise sqlite3.OperationalError(f"unable to open database file (there is no file '{absolute}')")
    conn = sqlite3.connect(absolute, timeout=timeout, check_same_thread=check_same_thread)
    no_checkpoint = getattr(sqlite3, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE", None)  # Python 3.12+
    if no_checkpoint is not None:
        # query_only stops every statement from writing, but the last connection to close a WAL file
        # still folds its -wal into it (the same data, rewritten); this stops that too.
        conn.setconfig(no_checkpoint, True)
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        if "unable to open" not in str(exc).lower():
            return conn  # damaged, or not ours: the checks that follow say which, in one sentence
        conn.close()
        if _writable(Path(absolute)):
            # Immutable ignores the -wal: on a disk the app writes, a check would read a half-copied file.
            raise
    logger.info("opening %s as immutable: it is on a read-only disk without its -shm file", absolute)
    return sqlite3.connect(read_only_uri(absolute, immutable=True), uri=True, timeout=timeout,
                           check_same_thread=check_same_thread)


def _open_read_only(db: AppDatabase, path: Path, check_in_background: bool) -> None:
    """The checks of an existing file, with nothing written: no upgrade, no device id, no WAL switch."""
    _check_existing(db, path, integrity=not check_in_background)
    try:
        pending = _pending_migrations(db.conn)
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA busy_timeout=10000")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"The database '{path}' could not be opened ({_reason(exc)}).") from None
    if pending:
        raise StorageError(
            f"The database '{path}' was made by an older version of coprod-app and must be upgraded, which "
            "cannot be done in a read-only place; copy it to a folder you can write to and open the copy."
        )
    sentence = _read_only_sentence(path)
    _read_only[db] = sentence
    logger.info("%s", sentence)  # info: a warning would print on every command-line run
    if check_in_background:
        from coprod_app.storage.integrity import start_integrity_check  # see the module docstring

        start_integrity_check(db, path)


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
    applied = {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return [name for name in KNOWN_MIGRATIONS if name not in applied]


def check_sqlite_header(path: Path, what: str = "database", outcome: str = "it was left untouched") -> None:
    """Refuse, in one sentence, a file that is not SQLite at all (reads 16 bytes, writes nothing)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"The {what} '{path}' could not be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise DamagedDatabase(f"'{path}' is not a coprod-app database (it is not an SQLite file), so {outcome}.")


def _check_existing(db: Database, path: Path, integrity: bool = True) -> None:
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
        from coprod_app.storage.integrity import quick_check  # see the module docstring

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
            f"The database '{path}' could not be opened ({_reason(exc)}), so it was left untouched."
        ) from None


def one_line(exc: BaseException | str, limit: int = 160) -> str:
    """An error's words on one line, cut short: SQLite quotes whole statements, newlines included."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SCHEMA_ENTRY = re.compile(r"malformed database schema \(([^)]*)\)")


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error means the file itself is damaged (not busy, full or read-only)."""
    message = str(exc).lower()
    return any(word in message
               for word in ("malformed", "not a database", "corrupt", "could not decode to utf-8"))


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


def _set_pragmas(db: AppDatabase, path: Path) -> None:
    try:
        mode = db.conn.execute("PRAGMA journal_mode=wal").fetchone()[0]
        db.conn.execute("PRAGMA synchronous=FULL")
        db.conn.execute("PRAGMA foreign_keys=ON")
        db.conn.execute("PRAGMA busy_timeout=10000")
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
    try:  # the window reads its settings before its first paint: a damaged file is one sentence here too
        row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.Error as exc:
        raise read_failure(exc, "read a setting") from None
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
    read_only = _read_only.get(db)
    if read_only:
        raise StorageError(f"Could not {what}: {read_only[:1].lower()}{read_only[1:]}")
    from coprod_app.storage.integrity import refuse_if_damaged  # see the module docstring

    refuse_if_damaged(db)
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as exc:
        raise StorageError(f"Could not {what}: {_reason(exc)}. Everything saved before is safe.") from None


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
        return DamagedDatabase(f"Could not {what}: the database is damaged ({damage_detail(exc)}); "
                               "restore a backup ('coprod-app check' lists what is damaged).")
    return StorageError(f"Could not {what}: {_reason(exc)}.")


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
    if is_damage(exc):
        return f"the database file is damaged ({damage_detail(exc)}); restore a backup"
    return one_line(exc)
