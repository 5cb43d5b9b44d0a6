"""Finding damage in a database: the integrity check, stored text that is not UTF-8, and `check`'s report.

`quick_check` lists what `PRAGMA quick_check` finds; `undecodable_text` reads every
stored text back as bytes, which neither SQLite nor quick_check does; `IntegrityCheck` runs both in
a thread on its own read-only connection at the window's start-up, and every write
on the app's connection waits for it (`refuse_if_damaged`, called by
`connection.writing`, through `wait_before_writing`), so nothing is written to a damaged
file; `health` is what `coprod-app check` reports. Writing lives in connection.py and
opening in database.py: this module imports the first, the second imports this one.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Callable, Iterator

from coprod_app.domain.bounds import SQLITE_INTEGER_MAX
from coprod_app.storage.connection import (
    AppDatabase,
    connect_read_only,
    read_only_reason,
    wait_before_writing,
)
from coprod_app.storage.errors import StorageError, damage_detail, is_damage, one_line
from coprod_app.storage.migrations import MIGRATION_SET

logger = logging.getLogger(__name__)


def quick_check(db: AppDatabase | sqlite3.Connection) -> list[str]:
    """Problems `PRAGMA quick_check` finds, one line each; an empty list when the file is sound."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if rows == ["ok"]:
        return []
    # SQLite can put several problems in one row under a "*** in database main ***" heading;
    # split them so an error message stays one line.
    lines = (line.strip() for row in rows for line in str(row).splitlines())
    return [line for line in lines if line and not line.startswith("***")]


# Stored text that is not valid UTF-8 --------------------------------------------------------
#
# SQLite stores whatever bytes it is given as TEXT and never checks them; quick_check does not
# either. One flipped byte in a view's words made `check` say ok while every read of that view
# (and so saving, exporting, opening the window) failed with a raw "Could not decode to UTF-8".

_SCAN_ROWS = 2000  # rows per step: a step holds at most this many values of one column in memory


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def undecodable_text(conn: sqlite3.Connection, rows_shown: int = 5) -> list[dict]:
    """Every column holding text that is not valid UTF-8: [{"table", "column", "count", "rows"}].

    One pass over every table (the schema's own table included), a few thousand rows
    at a time, with the values read as bytes: about 0.5 s for 50,000 views and 200,000
    votes. `rows` are the first few row ids of bad values (None for a table without them).
    """
    old_factory = conn.text_factory
    conn.text_factory = bytes
    try:
        found = _scan_table(conn, "sqlite_master", has_rowid=True, rows_shown=rows_shown)
        for raw_name, raw_sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            try:
                name, sql = raw_name.decode("utf-8"), (raw_sql or b"").decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                continue  # its schema entry is damaged: the sqlite_master scan above reported it
            if sql.upper().startswith("CREATE VIRTUAL"):
                continue  # its shadow tables are ordinary tables, scanned in turn
            found += _scan_table(conn, name, has_rowid="WITHOUT ROWID" not in sql.upper(),
                                 rows_shown=rows_shown)
        return found
    finally:
        conn.text_factory = old_factory


def _scan_table(conn: sqlite3.Connection, table: str, *, has_rowid: bool, rows_shown: int) -> list[dict]:
    columns = []
    for row in conn.execute(f"PRAGMA table_info({_quoted(table)})").fetchall():
        try:
            columns.append(row[1].decode("utf-8"))
        except UnicodeDecodeError:
            continue
    if not columns:
        return []
    texts = ", ".join(f"group_concat(CASE WHEN typeof({_quoted(c)}) = 'text' THEN {_quoted(c)} END, char(10))"
                      for c in columns)
    where = " WHERE rowid BETWEEN ? AND ?" if has_rowid else ""
    bad: dict[str, list] = {}
    for step in _steps(conn, table) if has_rowid else [()]:
        sums = conn.execute(f"SELECT {texts} FROM {_quoted(table)}{where}", step).fetchone()
        for column, joined in zip(columns, sums):
            try:
                if joined is not None:
                    joined.decode("utf-8")  # one C call for thousands of values; the newlines keep them apart
            except UnicodeDecodeError:
                bad.setdefault(column, []).extend(_bad_rows(conn, table, column, where, step, has_rowid))
    return [{"table": table, "column": column, "count": len(rows), "rows": rows[:rows_shown]}
            for column, rows in bad.items()]


def _steps(conn: sqlite3.Connection, table: str) -> Iterator[tuple[int, int]]:
    """Row id ranges of _SCAN_ROWS ids covering the table, skipping gaps (ids need not be dense)."""
    start = conn.execute(f"SELECT min(rowid) FROM {_quoted(table)}").fetchone()[0]
    while start is not None:
        end = min(start + _SCAN_ROWS - 1, SQLITE_INTEGER_MAX)
        yield start, end
        if end == SQLITE_INTEGER_MAX:
            return
        start = conn.execute(f"SELECT min(rowid) FROM {_quoted(table)} WHERE rowid > ?", [end]).fetchone()[0]


def _bad_rows(conn, table: str, column: str, where: str, step: tuple, has_rowid: bool) -> list:
    key = "rowid" if has_rowid else "NULL"
    clause = f"{where} AND" if where else " WHERE"
    rows = []
    for rowid, value in conn.execute(
            f"SELECT {key}, {_quoted(column)} FROM {_quoted(table)}{clause} "
            f"typeof({_quoted(column)}) = 'text'",
            step):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            rows.append(rowid)
    return rows


def text_problem_words(found: dict) -> str:
    """One bad column in words, for a sentence.

    For example "1 stored text in table views, column text (row 3) is not valid UTF-8".
    """
    rows = [str(r) for r in found["rows"] if r is not None]
    more = ", …" if found["count"] > len(rows) else ""
    where = f" ({'row' if len(rows) == 1 else 'rows'} {', '.join(rows)}{more})" if rows else ""
    noun = "stored text" if found["count"] == 1 else "stored texts"
    verb = "is" if found["count"] == 1 else "are"
    return (f"{found['count']} {noun} in table {found['table']}, column {found['column']}{where} "
            f"{verb} not valid UTF-8")


# The integrity check off the start-up path ---------------------------------------------------

# Everything that changes the file; reads, BEGIN/COMMIT, savepoints and pragmas are let through.
_WRITE_ACTIONS = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_CREATE_", "SQLITE_DROP_",
                        "SQLITE_ALTER_TABLE", "SQLITE_REINDEX", "SQLITE_ANALYZE"))
)
_checks: weakref.WeakKeyDictionary[AppDatabase, IntegrityCheck] = weakref.WeakKeyDictionary()


class IntegrityCheck:
    """`PRAGMA quick_check` in a thread, on its own read-only connection.

    `problem` is None while running and when the file is sound, else one sentence.
    Callbacks added with `when_done` run in the checking thread (a Qt signal's
    `emit` delivers them to the GUI thread); one added after the end runs at once.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self.skipped: str | None = None  # the check could not run (the file could not be opened): not damage
        self.released = False  # the connection stopped asking: the check passed and a write has run since
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[str | None], None]] = []
        self._thread = threading.Thread(target=self._run, name="coprod-integrity-check", daemon=True)

    def start(self) -> None:
        """Begin checking (once; later calls do nothing)."""
        with self._lock:
            if self._thread.ident is not None:
                return
            self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> str | None:
        """Block until the check has finished (beginning it if it has not begun); its problem sentence or None."""
        self.start()
        self._done.wait(timeout)
        return self.problem

    def when_done(self, callback: Callable[[str | None], None]) -> None:
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self.problem)

    def _run(self) -> None:
        problems: list[str] = []
        try:
            conn = connect_read_only(self.path)
            try:
                problems = quick_check(conn)
                if not problems:  # a flipped byte in stored words: reads of them and exports would fail later
                    problems = [text_problem_words(found) for found in undecodable_text(conn)[:1]]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            if is_damage(exc):
                problems = [damage_detail(exc)]
            else:
                # Not opening is not damage: the app's own connection has just read this file. Before, a
                # sound database on a UNC path the check could not open was called damaged, and every
                # save was refused (issue 18).
                self._could_not_check(exc)
        except Exception as exc:  # never leave writes waiting forever, nor refuse them for the check's own fault
            logger.exception("integrity check failed to run")
            self._could_not_check(exc)
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

    def _could_not_check(self, exc: BaseException) -> None:
        self.skipped = (f"The background check of the database '{self.path}' could not run "
                        f"({one_line(exc) or type(exc).__name__}); 'coprod-app check' checks it on demand.")
        logger.warning("%s", self.skipped)


def start_integrity_check(db: AppDatabase, path: Path, *, begin: bool = True) -> None:
    """Guard every write on `db` by a check of the file at `path`, begun now, or with begin=False when
    `integrity_check(db).start()` is called or the first write needs it, whichever comes first."""
    check = IntegrityCheck(path)
    _checks[db] = check

    def authorize(action: int, *_args) -> int:
        # Runs in the connection's own thread while SQLite prepares a statement; waiting here
        # blocks only that write, for at most the rest of the check.
        if action in _WRITE_ACTIONS and check.wait() is not None:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    db.conn.set_authorizer(authorize)
    wait_before_writing(db, refuse_if_damaged)
    if begin:
        check.start()


def integrity_check(db: AppDatabase) -> IntegrityCheck | None:
    """The background integrity check of a database opened with `check_in_background=True`."""
    return _checks.get(db)


def refuse_if_damaged(db: AppDatabase) -> None:
    """Before a user action writes: wait for a running check; one sentence if the file is damaged."""
    check = _checks.get(db)
    if check is None or check.released:
        return
    problem = check.wait()
    if problem is not None:
        raise StorageError(problem)
    db.conn.set_authorizer(None)  # passed: stop asking on every statement
    check.released = True


def health(db: AppDatabase) -> dict:
    """What `check` reports: the file's soundness and its settings.

    Beyond `PRAGMA quick_check` and the foreign keys, every stored text is read back
    (`undecodable_text`): `damaged_text` lists each column holding bytes that are not
    UTF-8, and `problems` says each in words.
    """
    problems = quick_check(db)
    fk = [f"broken link in table {r[0]}" for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    problems += fk
    damaged_text = _scan_text(db)
    problems += [text_problem_words(found) for found in damaged_text]
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
        "damaged_text": damaged_text,
        "read_only": read_only_reason(db) is not None,
    }


def _scan_text(db: AppDatabase) -> list[dict]:
    """undecodable_text on a read-only connection of its own (its bytes text_factory touches nobody else)."""
    try:
        conn = connect_read_only(db.path)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise
        # A second connection that cannot open (a share that refuses it) is no reason to skip the scan.
        logger.info("scanning stored text on the open connection: %s", exc)
        return undecodable_text(db.conn)
    with contextlib.closing(conn):
        return undecodable_text(conn)
