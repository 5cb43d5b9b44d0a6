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
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from coprod_app.domain.errors import CoprodError
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migration_set

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_DB = Path("db") / "coprod.sqlite3"


class StorageError(CoprodError):
    """The database could not be opened or written; nothing saved before is lost."""


class DamagedDatabase(StorageError):
    """The file is damaged or is not a database at all: a backup may be offered."""


def default_db_path() -> Path:
    """`COPROD_DB` if set, else db/coprod.sqlite3 under the current folder."""
    return Path(os.environ.get("COPROD_DB") or DEFAULT_DB)


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
    file is not SQLite, is another program's database, is damaged, or was
    written by a newer version of the app.

    `check_in_background=True` (the window's start-up) runs the integrity check
    (`PRAGMA quick_check`, about 0.1 s on a 50,000-view file) in a thread with its
    own read-only connection instead of before returning. Until it has passed,
    every write on the returned connection waits for it, and on a damaged file
    fails with one sentence, so nothing is ever written to a damaged file; see
    `integrity_check(db)`. If opening must write (a new file, a schema upgrade)
    the check runs first, as without the option.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"'{path}' is a folder, not a database file.")
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        check_sqlite_header(path)
        _check_writable(path)
    elif not create:
        raise StorageError(f"There is no database at '{path}'.")
    else:
        _create_private_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=10, check_same_thread=True)
    except sqlite3.Error as exc:
        raise StorageError(f"The database '{path}' could not be opened ({exc}).") from None
    db = AppDatabase(conn)
    try:
        # Opening that must write (an upgrade, a device id, switching to WAL) checks first, as without the option.
        background = check_in_background and exists and not _writes_on_open(db)
        if exists:
            _check_existing(db, path, integrity=not background)
        _set_pragmas(db, path)
        if background:
            _start_integrity_check(db, path)  # nothing to upgrade: _writes_on_open said so
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
    return db


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


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StorageError(
            f"The database could not be created at '{path}' ({exc.strerror}); choose a folder you can write to."
        ) from None


def check_sqlite_header(path: Path, what: str = "database", outcome: str = "it was left untouched") -> None:
    """Refuse, in one sentence, a file that is not SQLite at all (reads 16 bytes, writes nothing)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"The {what} '{path}' could not be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise DamagedDatabase(f"'{path}' is not a coprod-app database (it is not an SQLite file), so {outcome}.")


def _check_writable(path: Path) -> None:
    # Without this a sound file in a read-only folder was reported as "damaged; restore a backup"
    # (SQLite cannot make its -shm file there and says only "unable to open database file").
    # os.access honours read-only mounts even for root.
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StorageError(
            f"The database '{path}' is in a read-only file or folder, so nothing can be saved there and it "
            "was left untouched; copy it to a folder you can write to."
        )


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
        problems = quick_check(db) if integrity else []
        if problems:
            raise DamagedDatabase(_damaged_sentence(path, problems[0]))
    except sqlite3.DatabaseError as exc:
        message = str(exc).lower()
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            raise DamagedDatabase(
                f"The database '{path}' is damaged or unreadable ({exc}), so it was left untouched; "
                "restore a backup."
            ) from None
        raise StorageError(
            f"The database '{path}' could not be opened ({_reason(exc)}), so it was left untouched."
        ) from None


def quick_check(db: Database | sqlite3.Connection) -> list[str]:
    """Problems `PRAGMA quick_check` finds, one line each; an empty list when the file is sound."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if rows == ["ok"]:
        return []
    # SQLite can put several problems in one row under a "*** in database main ***" heading;
    # split them so an error message stays one line.
    lines = (line.strip() for row in rows for line in str(row).splitlines())
    return [line for line in lines if line and not line.startswith("***")]


# The integrity check off the start-up path ---------------------------------------------------

# Everything that changes the file; reads, BEGIN/COMMIT, savepoints and pragmas are let through.
_WRITE_ACTIONS = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_CREATE_", "SQLITE_DROP_",
                        "SQLITE_ALTER_TABLE", "SQLITE_REINDEX", "SQLITE_ANALYZE"))
)
_checks: weakref.WeakKeyDictionary[Database, IntegrityCheck] = weakref.WeakKeyDictionary()


class IntegrityCheck:
    """`PRAGMA quick_check` in a thread, on its own read-only connection.

    `problem` is None while running and when the file is sound, else one sentence.
    Callbacks added with `when_done` run in the checking thread (a Qt signal's
    `emit` delivers them to the GUI thread); one added after the end runs at once.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self.released = False  # the connection stopped asking: the check passed and a write has run since
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[str | None], None]] = []
        self._thread = threading.Thread(target=self._run, name="coprod-integrity-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> str | None:
        """Block until the check has finished; return its problem sentence or None."""
        self._done.wait(timeout)
        return self.problem

    def when_done(self, callback: Callable[[str | None], None]) -> None:
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self.problem)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
            try:
                problems = quick_check(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:  # a file the check cannot even read is not one to write to
            problems = [str(exc)]
        except Exception as exc:  # never leave writes waiting forever
            logger.exception("integrity check failed to run")
            problems = [str(exc) or type(exc).__name__]
        if problems:
            self.problem = (f"The database '{self.path}' is damaged ({problems[0]}), so nothing more will be "
                            "saved to it; close the app and restore a backup.")
            logger.error("%s", self.problem)
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            try:
                callback(self.problem)
            except Exception:  # e.g. the window it would tell was closed meanwhile
                logger.exception("could not report the integrity check")


def _start_integrity_check(db: Database, path: Path) -> None:
    check = IntegrityCheck(path)
    _checks[db] = check

    def authorize(action: int, *_args) -> int:
        # Runs in the connection's own thread while SQLite prepares a statement; waiting here
        # blocks only that write, for at most the rest of the check.
        if action in _WRITE_ACTIONS and check.wait() is not None:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    db.conn.set_authorizer(authorize)
    check.start()


def integrity_check(db: Database) -> IntegrityCheck | None:
    """The background integrity check of a database opened with `check_in_background=True`."""
    return _checks.get(db)


def _refuse_if_damaged(db: Database) -> None:
    """Before a user action writes: wait for a running check; one sentence if the file is damaged."""
    check = _checks.get(db)
    if check is None or check.released:
        return
    problem = check.wait()
    if problem is not None:
        raise StorageError(problem)
    db.conn.set_authorizer(None)  # passed: stop asking on every statement
    check.released = True


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
    _refuse_if_damaged(db)
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
