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
        self._drop_gone_views()
        return True

    def _drop_gone_views(self) -> None:
        """Views deleted elsewhere leave the screens the reload does not redraw: the words box while one is
        being changed, and the themes editor's list of views to tick. Before, both kept erased words on screen."""
        from PySide6.QtCore import Qt

        from coprod_app.ui.officer.themes_editor import ActionsEditor

        conn = self.window.db.conn
        form = self.window.page.form
        editing = form.editing_id
        if (
            editing is not None
            and conn.execute("SELECT 1 FROM views WHERE id = ?", [editing]).fetchone() is None
        ):
            form.stop_edit()  # clears the words box; what was typed there was that person's words
            form.show_status(
                self.tr("That view was removed elsewhere (erased, purged or restored away)."), "error"
            )
        for editor in self.window.findChildren(ActionsEditor):
            existing = {
                r[0] for r in conn.execute("SELECT id FROM views WHERE session_id = ?", [editor.session.id])
            }
            for i in reversed(
                range(editor.views.count())
            ):  # only those gone: the officer's ticks and typing stay
                if editor.views.item(i).data(Qt.UserRole) not in existing:
                    editor.views.takeItem(i)

    def stop(self) -> None:
        self.timer.stop()
