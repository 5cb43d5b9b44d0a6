"""Finding damage in a database: the integrity check, stored text that is not UTF-8, and `check`'s report.

`quick_check` lists what `PRAGMA quick_check` finds; `undecodable_text` reads every
stored text back as bytes, which neither SQLite nor quick_check does; `IntegrityCheck` runs both
on its own read-only connection, and every write on the app's connection waits for it
(`refuse_if_damaged`, called by `connection.writing`, through `wait_before_writing`), so
nothing is written to a damaged file. Storage starts no thread and imports no Qt: the window
runs `IntegrityCheck.run` in its thread pool once it is up (ui/main_window.py, with
ui/common/tasks.run_task), and a write that comes first runs the check itself; `health` is what `coprod-app check` reports. Writing lives in connection.py and
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
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall():
            try:
                name, sql = raw_name.decode("utf-8"), (raw_sql or b"").decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                continue  # its schema entry is damaged: the sqlite_master scan above reported it
            if sql.upper().startswith("CREATE VIRTUAL"):
                continue  # its shadow tables are ordinary tables, scanned in turn
            found += _scan_table(
                conn, name, has_rowid="WITHOUT ROWID" not in sql.upper(), rows_shown=rows_shown
            )
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
    texts = ", ".join(
        f"group_concat(CASE WHEN typeof({_quoted(c)}) = 'text' THEN {_quoted(c)} END, char(10))"
        for c in columns
    )
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
    return [
        {"table": table, "column": column, "count": len(rows), "rows": rows[:rows_shown]}
        for column, rows in bad.items()
    ]


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
        f"SELECT {key}, {_quoted(column)} FROM {_quoted(table)}{clause} typeof({_quoted(column)}) = 'text'",
        step,
    ):
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
    return (
        f"{found['count']} {noun} in table {found['table']}, column {found['column']}{where} "
        f"{verb} not valid UTF-8"
    )


# The integrity check off the start-up path ---------------------------------------------------

# Everything that changes the file; reads, BEGIN/COMMIT, savepoints and pragmas are let through.
_WRITE_ACTIONS = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(
        (
            "SQLITE_INSERT",
            "SQLITE_UPDATE",
            "SQLITE_DELETE",
            "SQLITE_CREATE_",
            "SQLITE_DROP_",
            "SQLITE_ALTER_TABLE",
            "SQLITE_REINDEX",
            "SQLITE_ANALYZE",
        )
    )
)
_checks: weakref.WeakKeyDictionary[AppDatabase, IntegrityCheck] = weakref.WeakKeyDictionary()


class IntegrityCheck:
    """`PRAGMA quick_check` and the stored-text scan, once, on a read-only connection of its own.

    Storage starts no thread: the window runs `run()` in its thread pool, beside the first
    paint. Whoever asks first runs it, in their own thread: a write that comes before the
    pool has started it runs it itself rather than wait for a thread that may never come,
    and anyone asking while it runs waits for it. `problem` is None while it runs and when
    the file is sound, else one sentence.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self.skipped: str | None = None  # the check could not run (the file could not be opened): not damage
        self.released = False  # the connection stopped asking: the check passed and a write has run since
        self._state = "waiting"  # for someone to run it; then "running", then "done"
        self._changed = threading.Condition()

    @property
    def started(self) -> bool:
        return self._state != "waiting"

    @property
    def done(self) -> bool:
        return self._state == "done"

    def run(self, cancelled: Callable[[], bool] | None = None, timeout: float | None = None) -> str | None:
        """Check the file in this thread, unless it is being checked elsewhere; return the problem sentence or None.

        `cancelled()` turning true (the app is closing) stops it; it then counts as not
        run, so the next write runs it again before anything is saved. `timeout` bounds
        the wait for a check running elsewhere.
        """
        with self._changed:
            self._changed.wait_for(lambda: self._state != "running", timeout)
            if self._state != "waiting":  # done, or still running elsewhere after the timeout
                return self.problem
            self._state = "running"
        finished = False
        try:
            finished = self._check(cancelled)
        finally:
            with self._changed:
                self._state = "done" if finished else "waiting"
                self._changed.notify_all()
        return self.problem

    def wait(self, timeout: float | None = None) -> str | None:
        """The check's problem sentence or None, once it has run (here, if nobody has started it)."""
        return self.run(timeout=timeout)

    def _check(self, cancelled: Callable[[], bool] | None) -> bool:
        """Run the check; False when it was cancelled before it could say anything."""

        def stopped() -> bool:
            return cancelled is not None and cancelled()

        if stopped():
            return False
        problems: list[str] = []
        try:
            conn = connect_read_only(self.path)
            try:
                if cancelled is not None:  # SQLite asks every 1,000 steps; a true answer interrupts
                    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1_000)
                problems = quick_check(conn)
                if not problems:  # a flipped byte in stored words: reads of them and exports would fail later
                    if stopped():
                        return False
                    problems = [text_problem_words(found) for found in undecodable_text(conn)[:1]]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            if stopped():
                return False  # interrupted because the app is closing: no finding either way
            if is_damage(exc):
                problems = [damage_detail(exc)]
            else:
                # Not opening is not damage: the app's own connection has just read this file. Before, a
                # sound database on a UNC path the check could not open was called damaged, and every
                # save was refused (issue 18).
                self._could_not_check(exc)
        except (
            Exception
        ) as exc:  # never leave writes waiting forever, nor refuse them for the check's own fault
            logger.exception("integrity check failed to run")
            self._could_not_check(exc)
        if problems:
            self.problem = (
                f"The database '{self.path}' is damaged ({problems[0]}), so nothing more will be "
                "saved to it; close the app and restore a backup."
            )
            logger.error("%s", self.problem)
        return True

    def _could_not_check(self, exc: BaseException) -> None:
        self.skipped = (
            f"The background check of the database '{self.path}' could not run "
            f"({one_line(exc) or type(exc).__name__}); 'coprod-app check' checks it on demand."
        )
        logger.warning("%s", self.skipped)


def check_before_writing(db: AppDatabase, path: Path) -> None:
    """Guard every write on `db` by one check of the file at `path`, run by whoever comes first: the
    window's thread pool (`integrity_check(db).run`, once the window is up) or the first write."""
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
    applied = [
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    ]
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
