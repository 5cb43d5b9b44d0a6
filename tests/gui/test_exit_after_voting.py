"""Python leaves cleanly after a voting screen was opened and ended, for every kind of round.

The ballot's event filter used to ask its scroll area for the viewport while Qt destroyed the
page at exit; the scroll area was already gone, the filter raised, and Python died with a
segmentation fault (exit code 139) after the rating round's one-card-at-a-time ballot.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from coprod_app.storage import pin as pin_store, votes
from coprod_app.storage.database import open_database
from coprod_app.storage.device_settings import save_settings
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import create_session
from coprod_app.ui.voting.participant_screen import ParticipantScreen
method, layout, path = sys.argv[1:4]
db = open_database(path).__enter__()
ensure_default_pack(db)
session = create_session(db, title="Exit", date="2026-11-20", forum="youth-forum")
pin_store.set_facilitator_pin(db, "2468")
save_settings(db, rating_layout=layout)
rnd = votes.create_round(db, session.id, method, 2, ["commitment-1.1", "commitment-2.1"])
screen = ParticipantScreen(db, rnd.id)
screen.end()  # ended but not deleted: Qt destroys it as Python exits
print("ended")
"""


@pytest.mark.parametrize(
    ("method", "layout"),
    [("rating", "one-at-a-time"), ("rating", "list"), ("pick", "one-at-a-time"), ("rank", "one-at-a-time")],
)
def test_python_exits_cleanly_after_a_voting_screen(tmp_path: Path, method: str, layout: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPROD_READ_ALOUD": "off"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, method, layout, str(tmp_path / "exit.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "ended" in done.stdout, done.stderr
    assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-2000:]}"
