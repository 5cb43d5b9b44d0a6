"""Switch access: a whole vote with one switch (Space) or two (Space steps, Enter chooses), saved in the database."""

from __future__ import annotations

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
from tests.gui.voting_screens import stored_votes as stored

KEYS = ["commitment-1.1", "commitment-2.1", "commitment-3.1"]


CLOCK = Clock()  # the screen's: each switch press comes a second after the last, as a person's would


@pytest.fixture
def scanning_screen(db, session, show_screen):
    pin_store.set_facilitator_pin(db, "2468")

    def _make(scanning: str, method: str = "pick", seconds: float = 10.0, **settings) -> ParticipantScreen:
        save_settings(db, scanning=scanning, scan_seconds=seconds, **settings)
        rnd = votes.create_round(db, session.id, method, 2, KEYS)
        return show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000, clock=CLOCK))

    return _make


def switch(key) -> None:
    """One press of a switch: the key goes where keyboard focus is, as a switch interface sends it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing is highlighted"
    CLOCK.now += 1.0  # never a double press: the screen ignores a press just after a page changes
    QTest.keyClick(target, key)


def highlighted_at_top(qtbot, screen, page) -> None:
    """A new page: the highlight starts again at its first target."""
    qtbot.waitUntil(lambda: screen.current_page() is page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scanner.targets()[0])


def test_off_by_default_there_is_no_scanner(scanning_screen):
    screen = scanning_screen("off")
    assert screen.scanner is None


def test_two_switches_space_steps_and_enter_chooses_a_whole_pick_vote(scanning_screen, qtbot, db):
    screen = scanning_screen("two-switch")
    highlighted_at_top(qtbot, screen, screen.welcome)
    assert QApplication.focusWidget() is screen.welcome.start_button
    switch(Qt.Key_Return)  # Start

    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    first = ballot.cards[KEYS[0]]
    assert QApplication.focusWidget() is first
    switch(Qt.Key_Space)
    assert first.mark == "", "Space only moves the highlight with two switches"
    assert QApplication.focusWidget() is ballot.cards[KEYS[1]]
    switch(Qt.Key_Return)  # choose 2.1
    switch(Qt.Key_Space)
    assert QApplication.focusWidget() is ballot.cards[KEYS[2]]
    switch(Qt.Key_Return)  # choose 3.1: the most there may be, so the ballot moves to Done
    assert ballot.choices() == [KEYS[1], KEYS[2]]
    while QApplication.focusWidget() is not ballot.done_button:
        switch(Qt.Key_Space)
    switch(Qt.Key_Return)  # Done

    highlighted_at_top(qtbot, screen, screen.review)
    assert screen.scanner.targets()[-1] is screen.review.yes_button, "reading order: Change, then Yes"
    while QApplication.focusWidget() is not screen.review.yes_button:
        switch(Qt.Key_Space)
    assert stored(db, screen.round.id) == [], "stepping never sends the vote"
    switch(Qt.Key_Return)  # Yes
    assert screen.current_page() is screen.thanks
    assert stored(db, screen.round.id) == [[KEYS[1], KEYS[2]]]


def test_steps_wrap_round_and_skip_what_cannot_be_chosen(scanning_screen, qtbot):
    screen = scanning_screen("two-switch")
    switch(Qt.Key_Return)
    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    targets = screen.scanner.targets()
    assert ballot.undo_button not in targets and ballot.done_button not in targets, "nothing chosen yet"
    assert all(t.isVisible() and t.isEnabled() for t in targets)
    for _ in targets:
        switch(Qt.Key_Space)
    assert QApplication.focusWidget() is targets[0], "after the last target the highlight starts again"


def test_one_switch_votes_with_space_alone(scanning_screen, qtbot, db):
    screen = scanning_screen("one-switch", seconds=10.0)
    scanner = screen.scanner
    assert scanner.timer.isActive() and scanner.timer.interval() == 10_000
    highlighted_at_top(qtbot, screen, screen.welcome)
    switch(Qt.Key_Space)  # Start

    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    switch(Qt.Key_Space)  # choose the first card, where the scan starts
    scanner.timer.timeout.emit()  # the scan moves on by itself (its timer's own signal)
    scanner.timer.timeout.emit()
    assert QApplication.focusWidget() is ballot.cards[KEYS[2]]
    switch(Qt.Key_Space)  # choose the third
    assert ballot.choices() == [KEYS[0], KEYS[2]]
    while QApplication.focusWidget() is not ballot.done_button:
        scanner.timer.timeout.emit()
    switch(Qt.Key_Space)  # Done

    highlighted_at_top(qtbot, screen, screen.review)
    while QApplication.focusWidget() is not screen.review.yes_button:
        scanner.timer.timeout.emit()
    switch(Qt.Key_Space)  # Yes
    assert stored(db, screen.round.id) == [[KEYS[0], KEYS[2]]]
    qtbot.waitUntil(lambda: not scanner.timer.isActive()), "nothing to scan on the thank-you page"


def test_one_switch_highlight_moves_by_itself(scanning_screen, qtbot):
    screen = scanning_screen("one-switch", seconds=0.5)
    switch(Qt.Key_Return)  # Start (Enter chooses too)
    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ballot.cards[KEYS[1]], timeout=10_000)
    assert ballot.choices() == [], "moving the highlight chooses nothing"


def test_a_held_switch_is_one_press(scanning_screen, qtbot):
    screen = scanning_screen("two-switch")
    switch(Qt.Key_Return)
    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    first = ballot.cards[KEYS[0]]
    CLOCK.now += 1.0
    QTest.keyPress(first, Qt.Key_Return)
    for _ in range(5):  # what a held key sends
        QApplication.sendEvent(first, _auto_repeat(Qt.Key_Return))
    QTest.keyRelease(first, Qt.Key_Return)
    assert ballot.choices() == [KEYS[0]], "a held Enter must not choose and un-choose again and again"


def _auto_repeat(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.KeyPress, key, Qt.NoModifier, "", True)


def test_the_pin_pad_is_left_to_the_facilitators_keyboard(scanning_screen, qtbot):
    screen = scanning_screen("two-switch")
    screen.request_exit()
    qtbot.waitUntil(lambda: screen.current_page() is screen.pin_pad)
    assert screen.scanner.targets() == []


def test_one_switch_waits_for_a_targets_words_before_moving_on(scanning_screen, qtbot, monkeypatch):
    words_left = [True]
    monkeypatch.setattr(read_aloud, "speaking", lambda: words_left[0])
    screen = scanning_screen("one-switch", seconds=10.0, read_pages_aloud=True)
    scanner = screen.scanner
    switch(Qt.Key_Return)  # Start
    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    first = ballot.cards[KEYS[0]]
    for _ in range(3):
        scanner.timer.timeout.emit()
    assert QApplication.focusWidget() is first, "the card is still being read: the scan stays"
    assert scanner.timer.interval() < 1000, "it asks again soon whether the words are done"
    words_left[0] = False
    scanner.timer.timeout.emit()
    assert QApplication.focusWidget() is first and scanner.timer.interval() == 10_000, (
        "a whole step from the end of the words"
    )
    scanner.timer.timeout.emit()
    assert QApplication.focusWidget() is ballot.cards[KEYS[1]]


@pytest.fixture
def heard(monkeypatch):
    said: list[str] = []

    class Speech:
        def say(self, text):
            said.append(text)

        def stop(self):
            pass

    monkeypatch.setattr(read_aloud, "find_engine", lambda: (Speech(), ""))
    read_aloud.reset()
    yield said
    read_aloud.reset()


def test_with_pages_read_aloud_each_target_is_announced_and_each_page_read_once(
    heard, scanning_screen, qtbot
):
    screen = scanning_screen("two-switch", read_pages_aloud=True)
    switch(Qt.Key_Return)  # Start
    ballot = screen.ballot
    highlighted_at_top(qtbot, screen, ballot)
    targets = screen.scanner.targets()
    assert not any(t is card.speaker for card in ballot.cards.values() for t in targets), (
        "pages speak on focus: the speaker buttons are not steps"
    )
    switch(Qt.Key_Space)
    second = ballot.cards[KEYS[1]]
    assert QApplication.focusWidget() is second
    assert heard[-1].startswith(second.accessibleName()), heard[-1]
    switch(Qt.Key_Return)  # choose it
    while QApplication.focusWidget() is not ballot.done_button:
        switch(Qt.Key_Space)
    del heard[:]
    switch(Qt.Key_Return)  # Done: "You chose…" opens with the scan at its top, on Change
    highlighted_at_top(qtbot, screen, screen.review)
    change, yes = screen.review.change_button, screen.review.yes_button
    assert QApplication.focusWidget() is change
    qtbot.waitUntil(lambda: any(text.startswith("You chose:") for text in heard))
    page = [text for text in heard if text.startswith("You chose:")]
    assert len(page) == 1, heard
    assert page[0].endswith(change.accessibleName()), "the page is read once, ending where the scan is"
    assert heard[-1] == page[0], "nothing cut the page's reading short"
    switch(Qt.Key_Space)
    assert heard[-1].startswith(yes.accessibleName())


def test_a_switch_press_just_as_a_page_opens_is_a_double_press_and_ignored(scanning_screen, qtbot):
    screen = scanning_screen("one-switch")
    highlighted_at_top(qtbot, screen, screen.welcome)
    switch(Qt.Key_Space)  # Start
    highlighted_at_top(qtbot, screen, screen.ballot)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)  # at once, in the screen's clock
    assert screen.ballot.choices() == [], "the second half of a double press on Start chose a card"
    switch(Qt.Key_Space)  # a second later: meant
    assert screen.ballot.choices() == [KEYS[0]]
