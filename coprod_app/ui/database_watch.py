"""Noticing that another program changed the database, so the window never shows erased words.

`coprod-app erase` (or purge, restore, an import) may run from a terminal while
the window is open on the same file. Every half second the window's connection
reads `PRAGMA data_version`, which SQLite changes only when another connection
has committed: a few microseconds, no file read. When it changes, the main
window reloads what it shows (`MainWindow.reload_saved`); when the ledger of
erased and purged records grew, the undo history is forgotten too, so undo
cannot bring back words that were erased elsewhere.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer

logger = logging.getLogger(__name__)

INTERVAL_MS = 500


class DatabaseWatch(QObject):
    """Polls the window's connection for commits made by other connections."""

    def __init__(self, window, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.version = self._data_version()
        self.ledger_size = self._ledger_size()
        self.timer = QTimer(self)
        self.timer.setObjectName("database_watch_timer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _data_version(self) -> int | None:
        # On the raw connection: a PRAGMA through sqlite-utils would load it before the first paint.
        return self.window.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def _ledger_size(self) -> int:
        try:
            return self.window.db.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
        except sqlite3.Error:  # a database older than the ledger (read-only, not upgraded)
            return 0

    def check(self) -> bool:
        """Reload the window if another connection committed since the last look; True when it did."""
        try:
            version = self._data_version()
        except sqlite3.Error as exc:  # the connection was closed (the window is going away)
            logger.debug("database watch stopped: %s", exc)
            self.timer.stop()
            return False
        if version == self.version:
            return False
        self.version = version
        size = self._ledger_size()
        erased_elsewhere = size != self.ledger_size
        self.ledger_size = size
        self.window.reload_saved(forget_undo=erased_elsewhere)
        return True

    def stop(self) -> None:
        self.timer.stop()
