"""Slow work off the GUI thread: a QRunnable that reports by signals and never touches a widget.

The worker opens its own database connection (a sqlite3 connection belongs to
the thread that opened it) and closes it when done. Tests swap the thread pool
for one whose start() runs the task at once.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coprod_app.domain.errors import CoprodError
from coprod_app.reports.atomic import ExportCancelled
from coprod_app.reports.exports import ExportRequest

logger = logging.getLogger(__name__)
PROGRESS_INTERVAL = 0.05  # seconds between progress signals, so the GUI's queue never floods


class WorkerSignals(QObject):
    progress = Signal(int, str)  # percent, what is happening
    finished = Signal(list)  # the paths written, as strings
    failed = Signal(str)  # one sentence
    cancelled = Signal()


def database_path(db) -> str:
    """The file behind an open sqlite-utils Database, for a worker to open its own connection."""
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2]


class ExportWorker(QRunnable):
    """Runs one export in a pool thread; `cancel()` may be called from the GUI thread at any time."""

    def __init__(self, db_path: str | Path, request: ExportRequest) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.request = request
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._last = 0.0
        self.setAutoDelete(False)  # the dialog keeps it until its signals have been handled

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float, what: str) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last = now
            self.signals.progress.emit(round(fraction * 100), what)

    def run(self) -> None:
        from coprod_app.reports.exports import run_export
        from coprod_app.storage.database import open_database

        db = None
        try:
            db = open_database(self.db_path, create=False)
            written = run_export(db, self.request, progress=self._progress, cancelled=self._cancel.is_set)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except CoprodError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a worker must report, never die silently
            logger.exception("export failed")
            self.signals.failed.emit(f"The export failed unexpectedly ({exc!r}); nothing was written.")
        else:
            self.signals.finished.emit([str(p) for p in written])
        finally:
            if db is not None:
                db.close()


class ImmediatePool:
    """A stand-in for QThreadPool whose start() runs the task at once (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


def default_pool() -> QThreadPool:
    return QThreadPool.globalInstance()
