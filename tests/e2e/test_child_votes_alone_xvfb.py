"""The real app on a real X display: a child who cannot read votes by keyboard only and hears it.

The laptop is prepared with the command line (a session, a pick round, the PIN, pages read aloud),
and the app is started as after a power cut in the middle of voting, so it opens straight on the
locked voting screen, full screen under openbox. Keys come from xdotool, through the X server, as
a keyboard sends them. Speech goes through Qt, speech-dispatcher and espeak-ng into ALSA's "file"
device (a .asoundrc in a home made for the test), so the test hears what a child would: after each
key it waits until the app has finished speaking (as a child listens) and checks that sound reached
the file. The launcher only listens in on read_aloud.say, to know what was said and when it ended.
The vote is read back from the database with sqlite3.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.e2e.speech_home import speech_home, stop_speech_dispatcher
from tests.e2e.xvfb import need, window_manager, x_run, xvfb

SPEECHD_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
KEYS = ["commitment-1.1", "commitment-2.1", "commitment-3.1", "commitment-4.1"]
WORDS = {  # the cards' easy-read words, as the screen reads them
    "commitment-2.1": "We will help local places, clubs and activities welcome and include you",
    "commitment-4.1": "We will help schools include everyone, so you can do your best",
}

pytestmark = pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None or not SPEECHD_MODULE.exists(),
    reason="needs speech-dispatcher and speech-dispatcher-espeak-ng (Debian packages; .ci/run installs them)",
)

LAUNCHER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from coprod_app.storage import pin as pin_store
    from coprod_app.storage.database import open_database
    from coprod_app.ui.app import run_app
    from coprod_app.ui.common import read_aloud

    db = open_database(sys.argv[1])
    pin_store.remember_voting(db, int(sys.argv[2]))  # voting was on when the laptop lost power
    db.close()

    real_say = read_aloud.say
    heard = Path(sys.argv[3])
    waiting = [None]  # the sound file's size when the app began to speak, until it has been heard

    def size():
        return heard.stat().st_size if heard.exists() else 0

    def say(text):
        if waiting[0] is None:
            waiting[0] = size()
        spoken = real_say(text)
        print("said", json.dumps(text), spoken, flush=True)
        return spoken

    read_aloud.say = say

    def too_soon():
        # A person presses again only after the screen's guard against double presses (600 ms): the
        # speech here goes to a file faster than it would be spoken, so the guard can outlast it.
        return any(w._too_soon() for w in QApplication.topLevelWidgets() if hasattr(w, "_too_soon"))

    def listen():
        # Heard: its sound is in the file, the engine has finished, and a person would press again.
        if waiting[0] is not None and size() > waiting[0] and not read_aloud.speaking() and not too_soon():
            waiting[0] = None
            print("quiet", flush=True)

    timer = QTimer()
    timer.timeout.connect(listen)
    timer.start(50)
    sys.exit(run_app(sys.argv[1]))
    """
)


class App:
    """The app's process; its lines ("said ...", "quiet") are read as they come."""

    def __init__(self, command, env) -> None:
        self.proc = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def listen(self, timeout: float = 60) -> list[str]:
        """Everything said until the app is quiet again (a child listening to the end)."""
        said: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"the app said nothing more, or never stopped: {said}") from None
            if line.startswith("said "):
                text, spoken = line[5:].rsplit(" ", 1)
                assert spoken == "True", f"read aloud could not speak: {text}"
                said.append(json.loads(text))
            elif line == "quiet" and said:
                self.said += said
                return said

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


def test_a_keyboard_pick_on_the_real_screen_is_heard_and_saved(tmp_path):
    need("Xvfb", "openbox", "wmctrl", "xdotool")
    db = tmp_path / "db" / "coprod.sqlite3"
    session = json.loads(
        cli(
            db,
            "session",
            "new",
            "--title",
            "Youth forum night",
            "--date",
            "2026-11-20",
            "--forum",
            "youth-forum",
            "--json",
        )
    )["id"]
    rnd = json.loads(
        cli(
            db,
            "round",
            "new",
            "--session",
            str(session),
            "--method",
            "pick",
            "--max",
            "2",
            "--commitment",
            *KEYS,
            "--json",
        )
    )["id"]
    cli(db, "pin", "set", "--pin", "2468")
    cli(db, "settings", "--read-aloud", "on")

    home, runtime, heard = speech_home(tmp_path)
    launcher = tmp_path / "launch.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")

    with xvfb(1366, 768) as display, window_manager(display):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("COPROD_READ_ALOUD", "COPROD_READ_ALOUD_WAV", "QT_QPA_PLATFORM")
        }
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_RUNTIME_DIR=str(runtime),
        )
        app = App([sys.executable, str(launcher), str(db), str(rnd), str(heard)], env)
        sound = [0]

        def listen_after(*keys: str) -> str:
            """Press `keys` one by one, listening to the end after each; all that was said, in one text."""
            said = []
            for key in keys:
                x_run(display, "xdotool", "key", key)
                said += app.listen()
            size = heard.stat().st_size if heard.exists() else 0
            assert size - sound[0] > 20_000, f"no sound reached the file after {keys}: {said}"
            sound[0] = size
            return " | ".join(said)

        try:
            welcome = " | ".join(app.listen())  # the voting screen opens and reads itself
            assert "Your turn." in welcome and "Start" in welcome, welcome
            sound[0] = heard.stat().st_size if heard.exists() else 0
            assert sound[0] > 20_000, "the welcome page was not heard"

            ballot = listen_after("Return")  # Start
            assert "Tap up to 2 cards" in ballot and "not chosen" in ballot, ballot
            said = listen_after("Right")  # the second card takes focus and is read
            assert WORDS["commitment-2.1"] in said and "not chosen" in said, said
            said = listen_after("space")
            assert f"You chose: {WORDS['commitment-2.1']}" in said, said
            said = listen_after("Right", "Right")  # along the first row and on to the second
            assert WORDS["commitment-4.1"] in said, said
            said = listen_after("space")  # the second choice: the feedback, then Done, in one reading
            assert f"You chose: {WORDS['commitment-4.1']}" in said and "Done" in said, said
            check = listen_after("Return")  # Done
            assert check.startswith("You chose:") and "Is this right?" in check, check
            assert all(WORDS[k] in check for k in WORDS), check
            thanks = listen_after("Return")  # Yes
            assert "Thank you." in thanks and "Your vote is saved." in thanks, thanks
        finally:
            errors = app.stop()
            stop_speech_dispatcher(runtime)
        assert "Traceback" not in errors, errors[-3000:]

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT choices FROM votes WHERE round_id = ?", [rnd]).fetchall()
    finally:
        connection.close()
    assert [json.loads(r[0]) for r in rows] == [["commitment-2.1", "commitment-4.1"]]
    raw = heard.read_bytes()
    assert raw.count(0) < len(raw) * 0.9, "the file holds sound, not silence"
