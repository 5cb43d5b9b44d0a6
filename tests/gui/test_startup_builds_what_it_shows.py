"""The window's start loads what its first screen shows, and no more: the voting screens only when voting
comes back after a crash, each dialog only when it is first opened.

Each start is the real program (`coprod-app --db PATH`) in a fresh interpreter, with the event loop
replaced by one pass of events, as `make bench` starts it; the interpreter then says which of the app's
modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes as vote_store
from coprod_app.storage.database import open_database
from tests.unit.test_storage import make_database

ROOT = Path(__file__).resolve().parents[2]

START = r"""
import json, sys
from PySide6.QtWidgets import QApplication

def painted(*_app):  # app.exec() passes the application
    QApplication.processEvents()
    print(json.dumps(sorted(name for name in sys.modules if name.startswith("coprod_app"))))
    return 0

QApplication.exec = painted
from coprod_app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""

NOT_SHOWN_AT_START = (
    "coprod_app.ui.voting.participant_screen",  # the participant screen and all its pages
    "coprod_app.ui.voting.ballot_page",
    "coprod_app.ui.voting.tally_dialog",
    "coprod_app.ui.privacy.erase_dialog",
    "coprod_app.ui.privacy.retention_dialog",
    "coprod_app.ui.capture.participant_dialog",
)


def loaded_at_start(path: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", START, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_start_with_no_voting_to_resume_loads_no_voting_screen_and_no_dialog(db_path):
    make_database(db_path, views=3)
    loaded = loaded_at_start(db_path)
    assert "coprod_app.ui.capture.session_page" in loaded  # the window itself was built
    assert [name for name in NOT_SHOWN_AT_START if name in loaded] == []


def test_voting_left_on_by_a_crash_still_comes_back_on_the_participant_screen(db_path):
    session_id = make_database(db_path, views=3)
    db = open_database(db_path)
    pin_store.set_facilitator_pin(db, "2468")
    rnd = vote_store.create_round(db, session_id, "pick", 2, ["commitment-1.1", "commitment-1.2"])
    pin_store.remember_voting(db, rnd.id)  # as the participant screen does when it starts
    db.close()
    assert "coprod_app.ui.voting.participant_screen" in loaded_at_start(db_path)


def test_the_integrity_check_begins_once_the_window_is_up_and_a_save_before_it_still_waits_for_it(
    qtbot, db_path
):
    import hashlib

    from PySide6.QtCore import Qt

    from coprod_app.storage.integrity import integrity_check
    from coprod_app.ui.app import open_main_window
    from tests.unit.test_storage import _orphan_pages

    make_database(db_path, views=3)
    _orphan_pages(db_path)  # only the integrity check notices this
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    check = integrity_check(window.db)
    assert not check.started  # building and painting the window do not share the processor with it

    window.show()
    words = window.page.form.words
    words.setFocus()
    qtbot.keyClicks(words, "Typed before the check began")
    qtbot.keyClick(words, Qt.Key_Return)  # the save begins the check and waits for it
    assert check.started and check.done
    assert window.page.form.status.text() == check.problem
    assert "damaged" in check.problem
    window.db.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_left_alone_the_window_begins_the_check_itself(qtbot, db_path):
    from coprod_app.storage.integrity import integrity_check
    from coprod_app.ui.app import open_main_window
    from tests.unit.test_storage import _orphan_pages

    make_database(db_path, views=3)
    _orphan_pages(db_path)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.integrity_problem is not None, timeout=30_000)
    assert integrity_check(window.db).started
    window.db.close()
