"""Cycles are collected on the GUI thread, never in a worker (Qt crashes when a widget dies elsewhere)."""

import gc
import threading
from typing import ClassVar

from coprod_app.ui.collector import GuiThreadCollector


class Node:
    deaths: ClassVar[list] = []

    def __init__(self):
        self.me = self  # a cycle: only the cycle collector frees it

    def __del__(self):
        Node.deaths.append(threading.current_thread())


def test_a_worker_allocating_heavily_never_collects_cycles_the_gui_thread_does(qtbot):
    assert not gc.isenabled()  # the fixture runs the collector, as the app does
    Node.deaths.clear()
    for _ in range(50):
        Node()

    def churn():  # far past every threshold: with automatic collection the worker would free the nodes
        for _ in range(100_000):
            loop = []
            loop.append(loop)

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    assert Node.deaths == []
    qtbot.waitUntil(lambda: len(Node.deaths) == 50, timeout=5000)
    assert all(t is threading.main_thread() for t in Node.deaths)


def test_collect_due_follows_pythons_thresholds(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        gc.collect()
        Node.deaths.clear()
        Node()
        assert collector.collect_due() == 0 and Node.deaths == []  # under the threshold: nothing yet
        for _ in range(collector.threshold[0] + 1):
            Node()
        assert collector.collect_due() > 0
        assert len(Node.deaths) == collector.threshold[0] + 2
    finally:
        collector.stop()
    assert gc.isenabled()
