"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate past its
threshold: an export worker writing a PDF, the integrity check at start-up. A
closed dialog caught in a cycle (a slot that refers back to it) would then be
destroyed in that thread, and Qt crashes when a widget is destroyed outside the
GUI thread. So automatic collection is turned off and a timer on the GUI thread
collects instead, when Python itself would have (see `collect_due`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it runs, cycles are collected only here, on the thread that made it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("gui_thread_collector_timer")
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the oldest generation due by Python's thresholds (which takes the younger with it).

        At most one collection a tick: a full one comes only after ten of the middle
        generation, so at most every 50 seconds or so. Returns how many objects were freed.
        """
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                break
            due = generation
        return gc.collect(due) if due >= 0 else 0

    def stop(self) -> None:
        """Collect once more here and give collection back to Python."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()


_running: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Start collecting on the GUI thread for the life of `app` (once; later calls return the same)."""
    global _running
    if _running is None:
        _running = GuiThreadCollector(app)
    return _running
