"""Slow work off the GUI thread, one way for all of it: `run_task(func, on_done)`.

The shape is Picard's (picard/util/thread.py): `func` runs as a QRunnable on a
QThreadPool; its result or exception comes back to `on_done` on the GUI thread
by a signal, so neither `func` nor anything it calls ever touches a widget.
`func` is given the `Task` it runs in, to report progress (`task.progress(...)`,
delivered to `on_progress` on the GUI thread) and to ask whether the user has
pressed cancel (`task.cancelled()`).

A sqlite3 connection belongs to the thread that opened it: a `func` that reads
or writes the database opens its own connection from the file's path and
closes it before it returns; it is never handed the GUI thread's.

Like a Qt connection to a widget's method, on_done and on_progress are dropped
once the object they belong to has been deleted (a dialog closed while its export
still runs): the object of a bound method, or `context` for a lambda.

Tests pass `pool=ImmediatePool()`, whose start() runs the task at once, so
on_done has been called when run_task returns and nothing depends on timing.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)

# Tasks started and not yet delivered. Qt does not keep a Python object alive, so without
# this a task whose caller dropped it could be collected while its thread still runs.
_running: set[Task] = set()


class _Delivery(QObject):
    """Lives in the thread that called run_task; its slots run there, whichever thread emits."""

    progressed = Signal(object)  # a tuple of what func passed to task.progress
    done = Signal(object, object)  # result, exception (one of them None)

    def __init__(
        self,
        task: Task,
        on_done: Callable[..., Any],
        on_progress: Callable[..., Any] | None,
        context: QObject | None,
    ) -> None:
        super().__init__()
        self.task = task
        self.on_done = on_done
        self.on_progress = on_progress
        owner = getattr(on_done, "__self__", None)
        self.context = context if context is not None else (owner if isinstance(owner, QObject) else None)
        # Connected to this object's own slots (not to plain callables), so Qt queues each call
        # to this object's thread when the signal is emitted from a pool thread.
        self.progressed.connect(self._progressed)
        self.done.connect(self._done)

    def _gone(self) -> bool:
        """The object the callbacks belong to was deleted: calling them would fail on a dead widget."""
        return self.context is not None and not shiboken6.isValid(self.context)

    @Slot(object)
    def _progressed(self, values: tuple) -> None:
        if self.on_progress is not None and not self._gone():
            self.on_progress(*values)

    @Slot(object, object)
    def _done(self, result: object, error: object) -> None:
        _running.discard(self.task)
        self.task.done = True
        if self._gone():
            if error is not None:  # nobody is left to tell; keep it in the log
                logger.error("a background task failed after its window closed", exc_info=error)
            return
        self.on_done(result=result, error=error)


class Task(QRunnable):
    """One call of `func` in a pool thread. `cancel()` may be called from the GUI thread at any time."""

    def __init__(
        self,
        func: Callable[[Task], Any],
        on_done: Callable[..., Any],
        on_progress: Callable[..., Any] | None = None,
        context: QObject | None = None,
    ) -> None:
        super().__init__()
        self.func = func
        # True once on_done has been called. Callers ask this rather than clearing their own
        # reference in on_done: with ImmediatePool on_done runs before run_task has returned it.
        self.done = False
        self._cancel = threading.Event()
        self._delivery = _Delivery(self, on_done, on_progress, context)
        self.setAutoDelete(False)  # Python owns it (see _running), not the pool

    # -- for the GUI thread ------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask func to stop; it stops where it next asks `cancelled()`."""
        self._cancel.set()

    # -- for func, in the pool thread --------------------------------------------------------------
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, *values: object) -> None:
        """Send `values` to on_progress on the GUI thread."""
        self._delivery.progressed.emit(values)

    def run(self) -> None:
        try:
            result = self.func(self)
        except Exception as exc:  # on_done must always hear back, or the window waits forever
            self._delivery.done.emit(None, exc)
        else:
            self._delivery.done.emit(result, None)


def run_task(
    func: Callable[[Task], Any],
    on_done: Callable[..., Any],
    *,
    on_progress: Callable[..., Any] | None = None,
    pool: QThreadPool | ImmediatePool | None = None,
    context: QObject | None = None,
) -> Task:
    """Run `func(task)` off the GUI thread; then `on_done(result=..., error=...)` on the GUI thread.

    `error` is the exception func raised (and `result` None), else None. `on_progress(*values)`
    receives each `task.progress(*values)` in order, all before on_done. Neither is called once
    `context` (by default the object of on_done when it is a bound method) has been deleted.
    Returns the task, whose `cancel()` asks func to stop.
    """
    task = Task(func, on_done, on_progress, context)
    _running.add(task)
    (pool if pool is not None else default_pool()).start(task)
    return task


class ImmediatePool:
    """A stand-in for QThreadPool whose start() runs the task at once, in the caller's thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


def default_pool() -> QThreadPool:
    return QThreadPool.globalInstance()
