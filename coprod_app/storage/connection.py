"""The open database (`AppDatabase`), read-only connections, and one transaction per user action.

Below everything in storage except errors.py: the modules that find damage (integrity.py),
keep the ledger (ledger.py), back up (backup.py) and open a file (database.py) all import
this one, and it imports none of them. The background integrity check makes writes wait
through `wait_before_writing`, so `writing` needs nothing from integrity.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import logging
import os
import sqlite3
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from coprod_app.storage.errors import DamagedDatabase, StorageError, read_failure, reason

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """The time of a change, UTC, to the microsecond, sortable as text."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    import uuid  # here, not at start-up (it loads the platform module)

    return str(uuid.uuid4())


class AppDatabase:
    """The open database: its file, its sqlite3 connection, and sqlite-utils for table writes.

    - `path`: the absolute file SQLite opened (symbolic links followed, as SQLite does), the one
      answer to "which file is this database?" (backups, the ledger's sidecar, wiping, exports).
    - `conn`: the plain sqlite3 connection. Every read and every raw statement runs on it,
      `execute` included; the window's first paint (the session list, the newest session's
      views) needs nothing else.
    - `utils`: the sqlite-utils `Database` on the same connection, for writing rows to tables
      (`db["views"].insert(...)`, `db.atomic()`). It is made on first use, because importing
      sqlite-utils costs about 50 ms of start-up (with click and dateutil); the window makes it
      just after its first paint, so the first save does not wait either.

    `db["table"]` is kept, typed, as sqlite-utils spells it: storage code reads like the
    sqlite-utils documentation, and there is no second way (`table()`) to learn.
    No `__getattr__`: anything else sqlite-utils offers is reached through `db.utils`, by name.

    The connection uses Python's default transaction handling, which sqlite-utils requires: a
    write through `execute` outside a transaction is committed at once (as sqlite-utils'
    own `execute` does), and inside `writing(db)` (sqlite-utils' `atomic()`: an explicit
    BEGIN ... COMMIT on this connection) it is part of that one transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        file = next((f for _seq, name, f in conn.execute("PRAGMA database_list") if name == "main"), "")
        if not file:
            raise StorageError("This database lives in memory, so it has no file.")
        self.path = Path(file)

    @functools.cached_property
    def utils(self) -> Database:
        """The sqlite-utils Database on this connection; imports sqlite-utils on first use."""
        from sqlite_utils import Database  # here, not at start-up: see the class docstring

        # execute_plugins=False: third-party sqlite-utils plugins installed on the laptop must not
        # change how the app's connection behaves (they can register SQL functions).
        return Database(self.conn, execute_plugins=False)

    def __getitem__(self, table: str) -> Table:
        """The sqlite-utils Table `table`, for inserts and updates (loads sqlite-utils on first use)."""
        return self.utils[table]

    def atomic(self) -> contextlib.AbstractContextManager[Database]:
        """sqlite-utils' transaction (BEGIN ... COMMIT, a savepoint when nested); loads sqlite-utils.

        Use `writing(db)` for a user action: it also says in one sentence why a save failed.
        """
        return self.utils.atomic()

    def execute(self, sql: str, parameters=()) -> sqlite3.Cursor:
        """Run one statement on `conn`. A write outside a transaction is committed at once.

        Transactions are opened by `writing(db)` or `atomic()`, never by a BEGIN given here
        (it would be committed at once, as an empty transaction).
        """
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters if parameters is not None else ())
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.rollback()  # never leave a failed statement's transaction open to catch later writes
            raise
        if not was_in_transaction and self.conn.in_transaction:
            # Python's sqlite3 opened a transaction for this INSERT, UPDATE or DELETE: it is the whole action.
            self.conn.commit()
        return cursor

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> AppDatabase:  # `with open_database(path) as db:` closes it, as sqlite-utils does
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


# What failing to make a file means "this place is read-only"; anything else (a full disk) is left
# for SQLite to say in its own words when it writes.
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def is_writable(path: Path) -> bool:
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


# A database in a read-only place, on a network drive, or with its integrity check running --------

_read_only: weakref.WeakKeyDictionary[AppDatabase, str] = weakref.WeakKeyDictionary()


_place_warnings: weakref.WeakKeyDictionary[AppDatabase, str] = weakref.WeakKeyDictionary()


def place_warning(db: AppDatabase) -> str | None:
    """The sentence warning that `db` is on a network drive or in a synced folder (disk_place.py), else None."""
    return _place_warnings.get(db)


def mark_read_only(db: AppDatabase, sentence: str) -> None:
    """Opened in a read-only place: every `writing(db)` refuses with `sentence`."""
    _read_only[db] = sentence


def note_place_warning(db: AppDatabase, warning: str) -> None:
    _place_warnings[db] = warning


def read_only_reason(db: AppDatabase) -> str | None:
    """The sentence saving gives when `db` was opened read-only (it is in a read-only place), else None."""
    return _read_only.get(db)


def _read_only_sentence(path: Path) -> str:
    return (
        f"The database '{path}' is in a read-only place (file, folder or disk), so nothing can be saved "
        "to it; open a copy in a writable folder."
    )


def read_only_uri(path: str | Path, *, immutable: bool = False) -> str:
    """An SQLite `file:` URI that opens `path` read-only: only for the read-only-disk fallback.

    Everyday read-only opens take the plain path (`connect_read_only`). Only a WAL database
    without its -shm on a read-only disk needs `immutable=1`, which exists only as a URI.
    Not `Path.as_uri()`: it turns a Windows UNC path (\\\\server\\share\\db) into
    file://server/share/db, whose "server" SQLite refuses as an authority. Here the
    authority is always empty (file:///…, and file:////server/share/… for UNC), and
    characters URIs reserve (?, #, %, spaces, non-ASCII) are percent-escaped.
    """
    return (
        file_uri(os.path.abspath(path), windows=os.name == "nt")
        + "?mode=ro"
        + ("&immutable=1" if immutable else "")
    )


def file_uri(absolute: str, *, windows: bool) -> str:
    """The `file:` URI of an absolute path, with an empty authority (see `read_only_uri`)."""
    from urllib.parse import quote

    if windows:
        absolute = absolute.replace("\\", "/")  # C:\db → C:/db; \\server\share → //server/share
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # C:/folder/db → /C:/folder/db, the form SQLite reads as a drive
    return "file://" + quote(absolute, safe="/:")


def connect_read_only(
    path: str | Path, *, timeout: float = 10, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A connection that only reads `path`: the plain path with `PRAGMA query_only=ON`, never a URI.

    A plain path is taken by SQLite as it is on every system: a UNC home folder
    (\\\\server\\home$\\jo), a drive letter, ?, #, % and spaces need no escaping, so nothing
    can be misread the way a URI was (issue 18). The path is made absolute first, so a
    relative name beginning "file:" is never read as a URI either. Nothing is created:
    a missing file raises "unable to open database file" like SQLite's own mode=ro.
    Unlike mode=ro, before Python 3.12 (no `setconfig`) the last connection to close a WAL
    file nobody else has open folds its -wal into it: the same data, rewritten in place.

    On a read-only folder or mount a WAL database whose -shm file is absent cannot be
    read at all ("unable to open database file", or "attempt to write a readonly database" in a
    folder the user may not write); nobody can write it there, so it is then opened as immutable,
    the one case that needs a URI (`read_only_uri`).
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
        # A read-only mount says "unable to open"; a folder the user may not write on an ordinary
        # disk (chmod 555, a Windows folder that denies writing) says "attempt to write a readonly
        # database" (SQLITE_READONLY_DIRECTORY: no -shm can be made). Both mean: read it as immutable.
        message = str(exc).lower()
        if "unable to open" not in message and "readonly database" not in message:
            return conn  # damaged, or not ours: the checks that follow say which, in one sentence
        conn.close()
        if is_writable(Path(absolute)):
            # Immutable ignores the -wal: on a disk the app writes, a check would read a half-copied file.
            raise
    logger.info("opening %s as immutable: it is on a read-only disk without its -shm file", absolute)
    return sqlite3.connect(
        read_only_uri(absolute, immutable=True),
        uri=True,
        timeout=timeout,
        check_same_thread=check_same_thread,
    )


def check_sqlite_header(path: Path, what: str = "database", outcome: str = "it was left untouched") -> None:
    """Refuse, in one sentence, a file that is not SQLite at all (reads 16 bytes, writes nothing)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"The {what} '{path}' could not be read ({exc.strerror}).") from None
    if header != SQLITE_HEADER:
        raise DamagedDatabase(
            f"'{path}' is not a coprod-app database (it is not an SQLite file), so {outcome}."
        )


# Writes that wait for the background integrity check (integrity.py) ----------------------------

# A plain function of the database, never a closure over it: a value that holds its key would keep
# the weak key (and the connection) alive for ever.
_write_gates: weakref.WeakKeyDictionary[AppDatabase, Callable[[AppDatabase], None]] = (
    weakref.WeakKeyDictionary()
)


def wait_before_writing(db: AppDatabase, gate: Callable[[AppDatabase], None]) -> None:
    """Make every `writing(db)` call `gate(db)` first; it raises StorageError to refuse the write."""
    _write_gates[db] = gate


def device_id(db: AppDatabase) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    return row[0] if row else None


def get_meta(db: AppDatabase, key: str) -> str | None:
    try:  # the window reads its settings before its first paint: a damaged file is one sentence here too
        row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.Error as exc:
        raise read_failure(exc, "read a setting") from None
    return row[0] if row else None


def set_meta(db: AppDatabase, key: str, value: str) -> None:
    with writing(db, what="save a setting"):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def record_fields(db: AppDatabase) -> dict:
    """The fields every new record carries: its UUID, when, and which device."""
    stamp = now()
    return {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "device_id": device_id(db)}


def change_fields(db: AppDatabase) -> dict:
    return {"updated_at": now(), "device_id": device_id(db)}


@contextlib.contextmanager
def writing(db: AppDatabase, what: str = "save this change") -> Iterator[AppDatabase]:
    """One user action = one transaction; a failure rolls it all back and says why in one sentence."""
    read_only = _read_only.get(db)
    if read_only:
        raise StorageError(f"Could not {what}: {read_only[:1].lower()}{read_only[1:]}")
    gate = _write_gates.get(db)
    if gate is not None:
        gate(db)  # waits for a running integrity check; refuses, in one sentence, to write to a damaged file
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as exc:
        raise StorageError(f"Could not {what}: {reason(exc)}. Everything saved before is safe.") from None
