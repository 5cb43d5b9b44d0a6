"""Read aloud: a speaker button on every participant card where the computer can speak, hidden where not."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.device_settings import save_settings
from coprod_app.ui.common import read_aloud, speech_engines
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.voting_screens import Clock, FakeSpeech


@pytest.fixture
def speech(monkeypatch):
    fake = FakeSpeech()
    monkeypatch.setattr(read_aloud, "find_engine", lambda: (fake, ""))
    read_aloud.reset()
    yield fake
    read_aloud.reset()


@pytest.fixture
def no_speech(monkeypatch):
    monkeypatch.setattr(read_aloud, "find_engine", lambda: (None, "Read aloud is off: no engine here."))
    read_aloud.reset()
    yield
    read_aloud.reset()


CLOCK = Clock()  # the screen's: each press comes a second after the last, never as a double press


@pytest.fixture
def screen_for(db, session, show_screen):
    pin_store.set_facilitator_pin(db, "2468")

    def _make(method="pick", keys=("commitment-1.1", "commitment-2.1")):
        if method == "rating":
            save_settings(db, rating_layout="list")  # a speaker on every card (one at a time has one)
        rnd = votes.create_round(db, session.id, method, 2, list(keys))
        return show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000, clock=CLOCK))

    return _make


def speakers(widget) -> list[SpeakerButton]:
    return widget.findChildren(SpeakerButton)


def press_on(widget, key=Qt.Key_Space) -> None:
    widget.setFocus(Qt.TabFocusReason)
    assert QApplication.focusWidget() is widget
    CLOCK.now += 1.0
    QTest.keyClick(widget, key)


def test_every_participant_card_has_a_speaker_that_reads_its_words(speech, screen_for, db, session):
    screen = screen_for()
    names = {b.objectName() for b in speakers(screen)}
    assert {
        "welcome_read",
        "review_read",
        "thanks_read",
        "paused_read",
        "results_read",
        "read_commitment-1.1",
        "read_commitment-2.1",
    } <= names
    assert all(not b.isHidden() for b in speakers(screen))

    press_on(screen.welcome.speaker)
    assert speech.said[-1].startswith("Your turn.")
    screen.welcome.start_button.click()
    card = screen.ballot.cards["commitment-1.1"]
    assert card.speaker.isVisibleTo(screen)
    press_on(card.speaker, Qt.Key_Return)
    assert speech.said[-1].startswith("We will train staff in schools, health and care")
    assert card.mark == "", "reading a card aloud does not choose it"
    card.activated.emit(card.key)
    screen.ballot.done_button.click()
    press_on(screen.review.speaker)
    assert speech.said[-1].startswith("You chose:") and "We will train staff" in speech.said[-1]
    assert speech.said[-1].endswith("Is this right?")
    screen.review.yes_button.click()
    press_on(screen.thanks.speaker)
    # ... and the countdown under it (issue 17)
    assert speech.said[-1].startswith("Thank you. Your vote is saved. The next person can have a turn soon.")
    assert speech.said[-1].endswith("Next person in 600…")


def test_rating_cards_and_last_time_cards_read_aloud(speech, screen_for, qtbot):
    screen = screen_for("rating")
    screen.welcome.start_button.click()
    card = screen.ballot.rating_cards["commitment-2.1"]  # the list (the fixture's layout for rating)
    press_on(card.speaker)
    assert speech.said[-1].startswith("We will help local places, clubs and activities")

    viewer = LastTimeViewer(cards_for(None, []))
    viewer.show()
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    try:
        assert viewer.read_button.isVisibleTo(viewer)
        press_on(viewer.read_button)
        assert speech.said[-1] == "Welcome. This is our first meeting. We want to hear what you think."
    finally:
        viewer.close()


def test_without_an_engine_every_speaker_is_hidden_and_the_view_menu_says_why(
    no_speech, screen_for, qtbot, db, db_path
):
    from coprod_app.ui.main_window import MainWindow

    screen = screen_for()
    found = speakers(screen)
    assert found and all(b.isHidden() for b in found), "hidden, not merely disabled"
    assert all(b.isEnabled() for b in found)
    screen.welcome.start_button.click()
    assert not screen.ballot.cards["commitment-1.1"].speaker.isVisibleTo(screen)
    viewer = LastTimeViewer(cards_for(None, []))
    qtbot.addWidget(viewer)
    assert viewer.read_button.isHidden()
    assert not viewer.read_aloud()

    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.view_menu.menu.aboutToShow.emit()
    assert window.view_menu.read_aloud_status.text() == "Read aloud is off: no engine here."
    assert not window.view_menu.read_aloud_status.isEnabled()


def test_a_missing_speech_library_is_reported_not_raised(monkeypatch):
    monkeypatch.delenv("COPROD_READ_ALOUD", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails like a missing libpulse
    monkeypatch.setattr(speech_engines, "espeak_program", lambda: None)  # and no espeak-ng to fall back on
    read_aloud.reset()
    try:
        assert not read_aloud.is_available()
        assert "could not be loaded" in read_aloud.unavailable_reason()
        assert read_aloud.say("Hello") is False
    finally:
        read_aloud.reset()


def test_only_the_silent_test_engine_counts_as_no_engine(monkeypatch):
    class OnlyMock:
        @staticmethod
        def availableEngines():
            return ["mock"]

    monkeypatch.delenv("COPROD_READ_ALOUD", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", types.SimpleNamespace(QTextToSpeech=OnlyMock))
    monkeypatch.setattr(speech_engines, "espeak_program", lambda: None)
    read_aloud.reset()
    try:
        assert not read_aloud.is_available()
        assert "speech-dispatcher" in read_aloud.unavailable_reason()
    finally:
        read_aloud.reset()


def test_read_aloud_can_be_switched_off_for_a_computer(monkeypatch):
    monkeypatch.setenv("COPROD_READ_ALOUD", "off")
    read_aloud.reset()
    try:
        assert not read_aloud.is_available()
        assert "COPROD_READ_ALOUD=off" in read_aloud.status_text()
    finally:
        read_aloud.reset()
