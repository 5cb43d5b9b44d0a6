"""Attacks on the real voting screen under Xvfb and openbox: double and held keys from xdotool.

The app starts as after a power cut in the middle of voting (straight on the locked voting screen);
the launcher prints each page the screen shows ("page <name>"), each vote saved ("vote"), each key
the screen gets ("key <autorepeat>") and "settled" once the screen takes presses again after one
(its 600 ms guard), so the test presses as a person would and never sleeps.
"""

from __future__ import annotations

import json
import os
import queue
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from tests.e2e.xvfb import need, window_manager, x_run, xvfb

LAUNCHER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from coprod_app.storage import pin as pin_store
    from coprod_app.storage.database import open_database
    from coprod_app.ui.app import run_app

    db = open_database(sys.argv[1])
    pin_store.remember_voting(db, int(sys.argv[2]))
    db.close()
    state = {"page": None, "screen": None, "unsettled": True}

    class Keys(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.KeyPress and watched is QApplication.focusWidget():
                print("key", event.isAutoRepeat(), flush=True)
                state["unsettled"] = True
            return False

    keys = Keys()
    app.installEventFilter(keys)

    def watch():
        screen = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "_too_soon")), None)
        if screen is None:
            return
        if state["screen"] is not screen:
            state["screen"] = screen
            screen.vote_saved.connect(lambda _id: print("vote", flush=True))
            app.removeEventFilter(keys)
            app.installEventFilter(keys)  # installed last, it sees each key before the screen does
        page = screen.current_page().objectName()
        if page != state["page"]:
            state["page"] = page
            print("page", page, flush=True)
        if state["unsettled"] and not screen._too_soon() and screen.isActiveWindow():
            state["unsettled"] = False
            print("settled", flush=True)

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    sys.exit(run_app(sys.argv[1]))
    """
)


class App:
    def __init__(self, command, env) -> None:
        self.proc = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def until(self, wanted, timeout: float = 25) -> list[str]:
        """The lines up to the first for which `wanted(line)` is true (that one included)."""
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"never came; seen: {seen}") from None
            seen.append(line)
            if wanted(line):
                return seen

    def stop(self) -> str:
        self.proc.terminate()
        try:
            return self.proc.communicate(timeout=20)[1]
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.communicate()[1]


def cli(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "coprod_app", "--db", str(db), *args], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def pages(lines: list[str]) -> list[str]:
    return [line.split()[1] for line in lines if line.startswith("page ")]


def test_double_and_held_enter_never_skip_is_this_right_nor_save_twice(tmp_path):
    need("Xvfb", "openbox", "wmctrl", "xdotool")
    db = tmp_path / "db" / "coprod.sqlite3"
    session = json.loads(
        cli(
            db,
            "session",
            "new",
            "--title",
            "Club",
            "--date",
            "2026-11-20",
            "--forum",
            "youth-forum",
            "--json",
        )
    )["id"]
    rnd = json.loads(
        cli(db, "round", "new", "--session", str(session), "--method", "pick", "--max", "1", "--json")
    )["id"]
    cli(db, "pin", "set", "--pin", "2468")
    launcher = tmp_path / "launch.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    with xvfb(1366, 768) as display, window_manager(display):
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", COPROD_READ_ALOUD="off")
        app = App([sys.executable, str(launcher), str(db), str(rnd)], env)
        settled = lambda line: line == "settled"  # noqa: E731
        try:
            assert "welcome_page" in pages(app.until(settled))
            x_run(display, "xdotool", "key", "--delay", "80", "Return", "Return")  # Start, bounced
            seen = app.until(settled)
            assert pages(seen) == ["ballot_page"], seen
            x_run(display, "xdotool", "key", "space")  # the first card; with 1 to choose, Done takes focus
            app.until(settled)
            x_run(display, "xdotool", "key", "--delay", "80", "Return", "Return")  # Done, bounced
            seen = app.until(settled)
            assert pages(seen) == ["review_page"] and "vote" not in seen, seen
            # Enter held down on Change: back to the ballot, and nothing more. Before, the repeats (Xvfb
            # repeats a held key as a keyboard does, most of them not marked as repeats) went on to
            # Done, past "Is this right?" to Yes, and saved the vote.
            x_run(display, "xdotool", "key", "Tab")  # to Change
            app.until(settled)
            x_run(display, "xdotool", "keydown", "Return")  # Change, held: back to the ballot
            held = []
            while sum(line.startswith("key") for line in held) < 150 and "vote" not in held:  # 5 s or so
                held += app.until(lambda line: line.startswith(("key", "vote")))
            x_run(display, "xdotool", "keyup", "Return")
            held += app.until(settled)
            assert pages(held) == ["ballot_page"] and "vote" not in held, ", ".join(held)
            x_run(display, "xdotool", "key", "Tab")
            app.until(settled)
        finally:
            errors = app.stop()
        assert "Traceback" not in errors, errors[-3000:]
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT count(*) FROM votes").fetchone()[0] == 0
    finally:
        connection.close()
