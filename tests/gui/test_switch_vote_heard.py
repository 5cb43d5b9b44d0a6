"""A child who cannot read votes with one switch, hearing each page and target: pick, rank and rating.

Pages read themselves aloud and the scan moves by itself; the only key is Space. The speech is
really made: espeak-ng writes each sentence to a numbered .wav and .txt (COPROD_READ_ALOUD_WAV),
and the test reads back what was said. The vote is checked in the database.
"""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.device_settings import save_settings
from coprod_app.ui.common import read_aloud
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.voting_screens import Clock

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs espeak-ng (Debian: apt-get install espeak-ng)"
)

KEYS = ["commitment-1.1", "commitment-2.1", "commitment-3.1"]


@pytest.fixture
def espeak_to_files(tmp_path, monkeypatch):
    """Read aloud on, through espeak-ng, each sentence written to a file in the folder yielded."""
    monkeypatch.delenv("COPROD_READ_ALOUD", raising=False)
    monkeypatch.setenv(read_aloud.WAV_FOLDER_VARIABLE, str(tmp_path / "said"))
    read_aloud.reset()
    yield tmp_path / "said"
    read_aloud.reset()  # after the screens have ended (show_screen is set up after this fixture)


@pytest.fixture
def heard_screen(db, session, espeak_to_files, show_screen):
    pin_store.set_facilitator_pin(db, "2468")
    save_settings(db, scanning="one-switch", scan_seconds=10.0, read_pages_aloud=True)
    clock = Clock()

    def _make(method: str) -> ParticipantScreen:
        rnd = votes.create_round(db, session.id, method, 2, KEYS)
        return show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000, clock=clock), (1366, 768))

    return _make, clock, espeak_to_files


def said(folder) -> list[str]:
    """Every sentence espeak-ng was given, in order (its sound file is beside it)."""
    return [text.read_text(encoding="utf-8") for text in sorted(folder.glob("*.txt"))]


def wait_for(qtbot, screen, object_name: str, clock) -> None:
    """Move the scan on (as its timer does, without waiting for the words) until `object_name`, then press."""
    scanner = screen.scanner
    screen.ballot.clock = clock  # the ballot's double-tap guard keeps the same time as the screen's
    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused is not None and focused.objectName() == object_name:
            break
        scanner.step()
    else:
        pytest.fail(f"the scan never reached {object_name}")
    clock.now += 1.0  # a person's press, never a double press
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)


@pytest.mark.parametrize(
    "method, presses, stored",
    [
        ("pick", ["card_commitment-2.1", "card_commitment-3.1"], ["commitment-2.1", "commitment-3.1"]),
        ("rank", ["card_commitment-3.1", "card_commitment-1.1"], ["commitment-3.1", "commitment-1.1"]),
        (
            "rating",
            ["rate_one_like", "rate_one_dislike", "rate_one_unsure"],
            {"commitment-1.1": "like", "commitment-2.1": "dislike", "commitment-3.1": "unsure"},
        ),
    ],
)
def test_one_switch_vote_heard_and_saved(heard_screen, qtbot, db, method, presses, stored):
    make, clock, folder = heard_screen
    screen = make(method)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.welcome.start_button)
    wait_for(qtbot, screen, "welcome_start", clock)
    qtbot.waitUntil(lambda: screen.current_page() is screen.ballot)
    for name in presses:
        wait_for(qtbot, screen, name, clock)
    wait_for(qtbot, screen, "ballot_done", clock)
    qtbot.waitUntil(lambda: screen.current_page() is screen.review)
    wait_for(qtbot, screen, "review_yes", clock)
    assert screen.current_page() is screen.thanks
    rows = [
        json.loads(r[0])
        for r in db.execute("SELECT choices FROM votes WHERE round_id = ?", [screen.round.id])
    ]
    assert rows == [stored]

    qtbot.waitUntil(lambda: any(t.startswith("Thank you.") for t in said(folder)), timeout=20_000)
    texts = said(folder)
    assert "Start" in texts[0], "the scan's first target was announced"
    assert any(t.startswith("You chose:") for t in texts), "the check page was read"
    assert any(t.startswith(screen.review.yes_button.accessibleName()) for t in texts), "Yes was announced"
    # Each sentence cuts the one before short (as on a real screen); the last one, the thank-you, is whole.
    qtbot.waitUntil(lambda: not read_aloud.speaking(), timeout=20_000)
    last = sorted(folder.glob("*.txt"))[-1]
    assert last.read_text(encoding="utf-8").startswith("Thank you.")
    assert last.with_suffix(".wav").stat().st_size > 20_000, "real speech, not an empty file"
