"""One window per database: a `QLockFile` beside the database (`<db>.lock`) while a window has it open.

Two windows on one database showed each other's changes only after a reload, each with its own
undo history, and on Windows a restore from one could not work while the other held the file. The
lock is only the window's: the command line never takes it, so `coprod-app erase`, `backup` or
`restore` still run beside an open window (the window notices their changes and reloads).

A lock left by a window that crashed (or a laptop that lost power) is taken over: QLockFile
writes the process id, the computer's name and the program's name into the file and, with
`setStaleLockTime(0)` (never stale by age, as Qt advises for a lock held as long as a document is
open), treats the lock as stale once that process no longer runs on this computer. A lock taken
on another computer (a database on a shared drive) cannot be checked from here and is obeyed.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from PySide6.QtCore import QLockFile

from coprod_app.domain.errors import CoprodError

logger = logging.getLogger(__name__)

WAIT_MS = 200  # a second start a moment after a crash waits this long for the lock to be released


class AlreadyOpen(CoprodError):
    """Another coprod-app window has this database open."""


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the database at `db_path`: beside it, named after its real path's file."""
    return Path(os.path.realpath(db_path) + ".lock")  # two spellings of one file (a symlink, ..) share a lock


def already_open_sentence(db_path: str | Path, host: str = "") -> str:
    where = f" on the computer '{host}'" if host else ""
    return (
        f"The database '{db_path}' is already open in another coprod-app window{where}; "
        "use that window, or close it and start coprod-app again."
    )


def _let_qt_remove(path: Path) -> bool:
    """Make our own read-only lock file writable, so Qt can remove it if it is stale; True if it was made so."""
    try:
        if os.access(path, os.W_OK):
            return False  # Qt could already open it: the lock is held, or not ours to take
        os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) | stat.S_IWUSR)  # fails on another user's file
    except OSError:
        return False
    return True


def take_database_lock(db_path: str | Path) -> QLockFile | None:
    """Lock the database at `db_path` for this window; keep what is returned for as long as the window is open.

    Raises AlreadyOpen (one sentence) when another window holds it. Returns None, with a note in
    the log, where no lock file can be made (a read-only folder: that database opens read-only,
    and nothing can be saved to it from either window).
    """
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a first start: the database's folder is made anyway
    except OSError:
        pass  # opening the database says why in one sentence
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(WAIT_MS):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError and _let_qt_remove(path) and lock.tryLock(WAIT_MS):
        # A crashed window's lock file that is read-only (copied from a stick or a backup, a Windows
        # read-only attribute): Qt saw it was stale but could not open it to remove it, and said
        # "already open" for ever. Made writable, Qt's own test (is that process still running
        # here?) decides again; a lock another running window holds is still refused.
        logger.warning(
            "took over the read-only lock file %s left by a window that is no longer running", path
        )
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, holder_host, _app = lock.getLockInfo()
        if pid <= 0 and lock.removeStaleLockFile() and lock.tryLock(WAIT_MS):
            # An empty or unreadable lock file (a crash or a full disk while it was written): with a stale
            # time of 0 Qt never takes it over, and the database could not be opened ever again. Qt removes
            # it only when no running window holds it (it locks the file itself while it is held).
            logger.warning("took over the unreadable lock file %s", path)
            return lock
        from PySide6.QtCore import QSysInfo

        host = holder_host if holder_host and holder_host != QSysInfo.machineHostName() else ""
        raise AlreadyOpen(already_open_sentence(db_path, host))
    logger.info("no single-window lock for %s (%s): the folder takes no new file", db_path, lock.error())
    return None
