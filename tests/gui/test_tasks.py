"""run_task: the one way slow work leaves the GUI thread; what it sends back arrives on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from coprod_app.ui.common.tasks import ImmediatePool, run_task


class Done:
    """Collects on_done calls and the thread each arrived on."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, object, threading.Thread]] = []

    def __call__(self, result, error) -> None:
        self.calls.append((result, error, threading.current_thread()))


def test_the_result_and_progress_come_back_on_the_gui_thread_in_order(qtbot):
    done, seen, worker_threads = Done(), [], []

    def count(task):
        worker_threads.append(threading.current_thread())
        for i in range(1, 4):
            task.progress(i, f"step {i}")
        return "counted"

    run_task(count, done, on_progress=lambda i, what: seen.append((i, what, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(done.calls), timeout=30_000)
    assert worker_threads[0] is not threading.main_thread(), "the work must leave the GUI thread"
    assert done.calls == [("counted", None, threading.main_thread())]
    assert [(i, what) for i, what, _ in seen] == [(1, "step 1"), (2, "step 2"), (3, "step 3")]
    assert all(t is threading.main_thread() for _, _, t in seen), "progress must arrive on the GUI thread"


def test_an_exception_is_delivered_not_lost(qtbot):
    done = Done()

    def fail(task):
        raise ValueError("broken on purpose")

    run_task(fail, done)
    qtbot.waitUntil(lambda: bool(done.calls), timeout=30_000)
    result, error, thread = done.calls[0]
    assert result is None and isinstance(error, ValueError) and str(error) == "broken on purpose"
    assert thread is threading.main_thread()


def test_the_immediate_pool_has_finished_when_run_task_returns():
    done, seen = Done(), []
    task = run_task(
        lambda task: (task.progress("half"), 42)[1], done, on_progress=seen.append, pool=ImmediatePool()
    )
    assert seen == ["half"]
    assert [(r, e) for r, e, _ in done.calls] == [(42, None)]
    assert task.done, "callers ask the task, since on_done ran before run_task returned it"


@pytest.mark.parametrize("press_cancel", [False, True])
def test_cancel_is_seen_by_the_work(press_cancel):
    class CancelFirst:
        def start(self, task):
            if press_cancel:
                task.cancel()
            task.run()

    done = Done()
    run_task(lambda task: task.cancelled(), done, pool=CancelFirst())
    assert done.calls[0][0] is press_cancel


def test_nothing_is_delivered_to_a_window_closed_while_its_task_ran(qtbot):
    import shiboken6
    from PySide6.QtWidgets import QLabel

    class Status(QLabel):
        calls: list = []

        def finished(self, result, error) -> None:
            Status.calls.append(result)
            self.setText(result)  # a dead label: this would fail inside Qt's event loop

    release = threading.Event()
    status = Status("export running")
    task = run_task(lambda task: release.wait(60) and "written", status.finished)
    shiboken6.delete(status)  # the dialog closed (and was deleted) while the export still ran
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert Status.calls == []


def test_a_lambda_is_dropped_with_its_context(qtbot):
    import shiboken6
    from PySide6.QtCore import QObject

    release, done = threading.Event(), Done()
    owner = QObject()
    task = run_task(lambda task: release.wait(60), done, context=owner)
    shiboken6.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert done.calls == []
