"""Attacks on issue 17's voting screen, as a careless or hostile person would try them.

Each test is one attack that once worked; the screens are the real ones, built with the app's look.
"""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.privacy import erase_participant
from coprod_app.storage.sessions import add_participant
from coprod_app.ui.voting.participant_screen import ParticipantScreen

PIN = "2468"


class Clock:
    """The screen's clock, moved by hand: each press a second after the last, past the double-press guard."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def open_screen(qtbot, db, app_look):
    """A voting screen on `round_id`, as the facilitator opens it (again, for the same round)."""
    pin_store.set_facilitator_pin(db, PIN)
    app_look()
    made = []

    def _open(round_id: int, press_guard_ms: int = 600, clock=time.time) -> ParticipantScreen:
        screen = ParticipantScreen(
            db, round_id, next_person_ms=600_000, press_guard_ms=press_guard_ms, clock=clock
        )
        qtbot.addWidget(screen)
        made.append(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    yield _open
    for screen in made:
        if not screen.has_ended:
            screen.end()


def shown(screen: ParticipantScreen) -> str:
    """What the room sees of the results: the chart's rows (empty when none are shown)."""
    page = screen.results_page
    return page.chart.describe() if page.chart.isVisibleTo(page) and page.chart.results else ""


# Results: one more vote must never be told apart by subtraction -------------------------------------


def test_ending_and_restarting_voting_on_the_same_round_does_not_show_one_more_vote(open_screen, db, session):
    """Reveal at 5, end voting with the PIN, start it again on the same round, 1 more child votes, reveal:
    the room saw 5 for card 1, now sees card 2 go up by one: that child's choice. The shown results
    were kept by the screen alone, so a new screen forgot them."""
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    first = open_screen(rnd.id)
    first.set_revealed(True)
    seen = shown(first)
    assert ": 5 votes." in seen
    first.end()
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])
    again = open_screen(rnd.id)
    again.set_revealed(True)
    assert shown(again) in ("", seen), "one more child's choice can be found by subtraction"


def test_an_erasure_then_one_more_vote_does_not_show_that_vote(open_screen, db, session):
    """Reveal at 5, one child is erased (4: nothing shown), one more child votes (5 again), reveal: the
    count is the same as the room saw, so the new results were shown, and the card that went up by one
    is the new child's (and the one that went down, the erased child's)."""
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    child = add_participant(db, session.id)
    votes.cast_vote(db, rnd.id, ["commitment-1.1"], child.code)
    for _ in range(4):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    screen = open_screen(rnd.id)
    screen.set_revealed(True)
    seen = shown(screen)
    assert ": 5 votes." in seen
    erase_participant(db, session.id, child.code)
    screen.refresh_results()
    assert shown(screen) == ""  # 4 voters: nothing, at once
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])
    screen.set_revealed(False)
    screen.set_revealed(True)
    now = shown(screen)
    assert now == "", f"the room can subtract: before {seen!r}, now {now!r}"


# Rank by places: whatever is pressed, what is stored is what the places show ------------------------


def test_any_sequence_of_put_move_swap_take_out_and_undo_stores_what_the_places_show(
    qtbot, db, session, app_look
):
    """1,500 random presses (a fixed seed) on the real places, buttons and cards, keys and Space as a
    keyboard user presses them, checked after each against a model of the rules written here: the places
    on screen, each card's number, Undo, and at the end the check page and what is saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from coprod_app.storage.sessions import session_pack
    from coprod_app.ui.voting.ballot_page import BallotPage

    app_look()
    rnd = votes.create_round(db, session.id, "rank", 3)
    pack = session_pack(db, session.id)
    ballot = BallotPage(rnd, pack, 1.0)
    qtbot.addWidget(ballot)
    ballot.resize(1366, 768)
    ballot.show()
    qtbot.waitExposed(ballot)
    now = [0.0]
    ballot.clock = lambda: now[0]
    rng = random.Random(1717)
    keys = list(rnd.commitments)
    places: list[str | None] = [None, None, None]
    history: list[list[str | None]] = []
    picked: int | None = None

    def press(widget) -> None:
        now[0] += 1.0  # a second between presses: never a double tap
        if not widget.isEnabled():
            return
        widget.setFocus(Qt.TabFocusReason)
        QTest.keyClick(widget, Qt.Key_Space)

    def did(after: list[str | None]) -> None:
        nonlocal places
        if after != places:
            history.append(places)
            places = after

    for step in range(1500):
        action = rng.choice(["card", "card", "face", "up", "down", "out", "undo"])
        slot = rng.randrange(3)
        before = (list(places), picked)
        if action == "card":
            key = rng.choice(keys[:6])
            press(ballot.cards[key])
            picked = None
            if key in places:
                did([None if k == key else k for k in places])
            elif None in places:
                after = list(places)
                after[after.index(None)] = key
                did(after)
        elif action == "face":
            press(ballot.slots.faces[slot])
            if picked is None:
                picked = slot if places[slot] is not None else None
            elif picked == slot:
                picked = None
            else:
                after = list(places)
                after[picked], after[slot] = after[slot], after[picked]
                picked = None
                did(after)
        elif action in ("up", "down"):
            button = (ballot.slots.ups if action == "up" else ballot.slots.downs)[slot]
            other = slot + (-1 if action == "up" else 1)
            press(button)
            if places[slot] is not None and 0 <= other < 3:
                after = list(places)
                after[slot], after[other] = after[other], after[slot]
                did(after)
        elif action == "out":
            press(ballot.slots.outs[slot])
            if places[slot] is not None:
                did([None if i == slot else k for i, k in enumerate(places)])
        else:
            press(ballot.undo_button)
            picked = None
            if history:
                places = history.pop()
        where = f"step {step}: {action} {slot} from {before}"
        assert [face.key for face in ballot.slots.faces] == places, where
        assert {k: c.mark for k, c in ballot.cards.items() if c.mark} == {
            k: str(i + 1) for i, k in enumerate(places) if k is not None
        }, where
        assert ballot.undo_button.isEnabled() == bool(history), where
        assert ballot.choices() == [k for k in places if k is not None], where


# Names and Tab stops on every participant page -----------------------------------------------------


def _every_page(screen: ParticipantScreen):
    """Each page a voter can see, in the order a voter meets them (the test's own steps between)."""
    yield "welcome", screen.welcome
    screen.welcome.start_button.click()
    yield "ballot", screen.ballot
    ballot = screen.ballot
    first = next(iter(ballot.round.commitments))
    if ballot.round.method == "rating":
        ballot._rated(first, "like")
    else:
        ballot._tapped(first)
    yield "ballot with a choice", ballot
    ballot.done_button.click()
    yield "review", screen.review
    screen.review.yes_button.click()
    yield "thanks", screen.thanks
    screen.set_paused(True)
    yield "paused", screen.paused_page
    screen.set_paused(False)
    screen.set_revealed(True)
    yield "results", screen.results_page
    screen.set_revealed(False)
    screen.start_practice()
    yield "practice intro", screen.practice_intro
    screen.practice_intro.start_button.click()
    yield "practice ballot", screen.ballot
    screen.ballot._tapped(screen.ballot.round.commitments[0]) if screen.ballot.round.method != "rating" else (
        screen.ballot._rated(screen.ballot.round.commitments[0], "like")
    )
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    yield "practice done", screen.practice_done


@pytest.mark.parametrize("speech", ["none", "speaker buttons", "pages read aloud"])
@pytest.mark.parametrize(
    ("method", "layout"), [("pick", None), ("rank", None), ("rating", "one-at-a-time"), ("rating", "list")]
)
def test_every_control_on_every_voter_page_is_named_and_no_tab_stop_is_unseen(
    open_screen, db, session, method, layout, speech, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from coprod_app.storage.device_settings import save_settings
    from coprod_app.ui.common import read_aloud
    from coprod_app.ui.common.read_aloud import SpeakerButton
    from tests.gui.voting_screens import FakeSpeech

    if layout:
        save_settings(db, rating_layout=layout)
    engine = None if speech == "none" else FakeSpeech()
    monkeypatch.setattr(read_aloud, "_state", read_aloud._state)  # put back as found after the test
    monkeypatch.setattr(read_aloud, "find_engine", lambda: (engine, "" if engine else "no engine here"))
    read_aloud.reset()
    save_settings(db, read_pages_aloud=speech == "pages read aloud")
    rnd = votes.create_round(db, session.id, method, 3)
    for _ in range(5):
        votes.cast_vote(
            db,
            rnd.id,
            {k: "like" for k in rnd.commitments[:3]} if method == "rating" else list(rnd.commitments[:3]),
        )
    screen = open_screen(rnd.id, press_guard_ms=0)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    problems = []
    for name, page in _every_page(screen):
        assert screen.current_page() is page, name
        for widget in [page, *page.findChildren(QWidget)]:
            if engine is None and isinstance(widget, SpeakerButton) and widget.isVisible():
                problems.append(f"{name}: speaker {widget.objectName()!r} shown with nothing to speak")
            if widget.focusPolicy() == Qt.NoFocus or widget.focusProxy() is not None:
                continue
            if not widget.objectName() or not widget.accessibleName():
                problems.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} unnamed")
        seen = []
        for _ in range(60):
            QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key_Tab)
            qtbot.wait(0)
            w = QApplication.focusWidget()
            stops = [
                c
                for c in page.findChildren(QWidget)
                if c.isVisible() and c.isEnabled() and c.focusPolicy() & Qt.TabFocus
            ]
            if w is screen and not stops:
                break  # a page with nothing to press (thank you, please wait): keys still reach the screen
            if w is None or w is screen:
                problems.append(f"{name}: Tab reached {'nothing' if w is None else 'the screen itself'}")
                break
            if not page.isAncestorOf(w) or not w.isVisible() or w.visibleRegion().isEmpty():
                problems.append(f"{name}: Tab stop {w.objectName()!r} cannot be seen")
            if w in seen:
                break
            seen.append(w)
    assert problems == []


# Touch: a swipe that ends on a button, two fingers at once ------------------------------------------

TOUCH = QTest.createTouchDevice()


def _swipe(screen, start: QWidget, end: QWidget, clock) -> None:
    """A finger put down on `start` and lifted on `end`, moving in 20 steps (no mouse, no key)."""
    handle = screen.windowHandle()
    a = start.mapTo(screen, start.rect().center())
    b = end.mapTo(screen, end.rect().center())
    clock.now += 1.0
    QTest.touchEvent(handle, TOUCH).press(0, a, handle).commit()
    for step in range(1, 21):
        QTest.touchEvent(handle, TOUCH).move(0, a + (b - a) * step / 20, handle).commit()
    QTest.touchEvent(handle, TOUCH).release(0, b, handle).commit()
    QApplication.processEvents()


def test_a_swipe_that_ends_on_done_or_yes_presses_nothing(open_screen, db, session, qtbot):
    rnd = votes.create_round(db, session.id, "pick", 3)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    clock.now += 1.0
    screen.welcome.start_button.click()
    ballot = screen.ballot
    cards = list(ballot.cards.values())
    clock.now += 1.0
    ballot._tapped(cards[0].key)
    _swipe(screen, cards[1], ballot.done_button, clock)
    qtbot.wait(50)
    assert screen.current_page() is ballot, "a swipe across the cards onto Done pressed Done"
    assert ballot.choices() == [cards[0].key], "the swipe chose or took back a card"
    clock.now += 1.0
    ballot.done_button.click()
    assert screen.current_page() is screen.review
    rows = screen.review.list_scroll.viewport()
    _swipe(screen, rows, screen.review.yes_button, clock)
    qtbot.wait(50)
    assert screen.current_page() is screen.review, "a swipe on 'You chose' onto Yes saved the vote"
    assert db.execute("SELECT count(*) FROM votes").fetchone()[0] == 0


def test_two_fingers_on_two_cards_choose_at_most_one_and_say_so(open_screen, db, session, qtbot):
    rnd = votes.create_round(db, session.id, "pick", 3)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    clock.now += 1.0
    screen.welcome.start_button.click()
    ballot = screen.ballot
    a, b = list(ballot.cards.values())[:2]
    handle = screen.windowHandle()
    pa, pb = a.mapTo(screen, a.rect().center()), b.mapTo(screen, b.rect().center())
    clock.now += 1.0
    QTest.touchEvent(handle, TOUCH).press(0, pa, handle).press(1, pb, handle).commit()
    QTest.touchEvent(handle, TOUCH).release(0, pa, handle).release(1, pb, handle).commit()
    QApplication.processEvents()
    chosen = ballot.choices()
    assert len(chosen) <= 1, chosen
    assert ballot.status.text().count("You chose") <= 2


# A held key ---------------------------------------------------------------------------------------


def test_enter_held_on_done_shows_is_this_right_and_saves_nothing(open_screen, db, session, qtbot):
    """Enter held down on Done: the first press opens "Is this right?"; its repeats, 40 ms apart for
    5 s and under X most of them not marked as repeats, once pressed Yes after the 600 ms guard and
    saved the vote (seen under Xvfb: tests/e2e/test_attacks_voting_alone_xvfb.py)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    rnd = votes.create_round(db, session.id, "pick", 1)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    clock.now += 1.0
    screen.welcome.start_button.click()
    screen.ballot.clock = clock  # the ballot's double-tap guard keeps the same time as the screen
    clock.now += 1.0
    QTest.keyClick(screen.ballot.first_focus(), Qt.Key_Space)  # the only card to choose; Done takes focus
    assert QApplication.focusWidget() is screen.ballot.done_button
    clock.now += 1.0
    for i in range(125):
        target = QApplication.focusWidget() or screen
        repeat = i % 10 == 9  # now and then Qt does see a repeat
        QApplication.sendEvent(target, QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier, "\r", repeat))
        QApplication.sendEvent(
            target, QKeyEvent(QEvent.KeyRelease, Qt.Key_Return, Qt.NoModifier, "\r", repeat)
        )
        clock.now += 0.04
    assert screen.current_page() is screen.review, "a held Enter went past 'Is this right?'"
    assert db.execute("SELECT count(*) FROM votes").fetchone()[0] == 0
    clock.now += 1.0  # let go; a new press a second later is a press again: Yes
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert db.execute("SELECT count(*) FROM votes").fetchone()[0] == 1


# Practice ------------------------------------------------------------------------------------------


def test_voting_ended_by_the_pin_mid_practice_saves_nothing_and_starts_again_on_the_real_vote(
    open_screen, db, session
):
    rnd = votes.create_round(db, session.id, "pick", 3)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    screen.start_practice()
    clock.now += 1.0
    screen.practice_intro.start_button.click()
    pretend = screen.ballot.round.commitments[0]
    clock.now += 1.0
    screen.ballot._tapped(pretend)
    screen.ballot.done_button.click()
    assert screen.current_page() is screen.review
    screen.request_exit()
    screen.pin_pad.unlocked.emit()  # the right PIN
    screen.console_page.end_button.click()
    assert screen.has_ended
    assert db.execute("SELECT count(*) FROM votes").fetchone()[0] == 0
    again = open_screen(rnd.id, clock=clock)
    assert again.current_page() is again.welcome and not again.practising
    assert again.ballot.round.id == rnd.id and pretend not in again.ballot.round.commitments


# Rating one card at a time --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_random_presses_on_the_one_card_rating_reach_every_card_and_the_check_shows_exactly_the_ratings(
    open_screen, db, session, qtbot, language
):
    """600 random presses (fixed seed) on the scale, Back, Next, the strip of cards and Undo, checked
    after each against a model: the shown card's scale, Done, and at the end the check page's rows."""
    from coprod_app.storage.device_settings import save_settings

    save_settings(db, rating_layout="one-at-a-time", language=language)
    rnd = votes.create_round(db, session.id, "rating", 3)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    clock.now += 1.0
    screen.welcome.start_button.click()
    ballot = screen.ballot
    ballot.clock = clock
    one = ballot.rating_one
    assert one is not None
    keys = list(rnd.commitments)
    ratings: dict[str, str] = {}
    history: list[dict[str, str]] = []
    visited = set()
    rng = random.Random(17)
    for step in range(600):
        clock.now += 1.0  # a second apart: never a double tap
        action = rng.choice(["rate", "rate", "rate", "back", "next", "strip", "undo"])
        shown_key = one.current_key()
        if action == "rate":
            rating = rng.choice(list(one.scale_buttons))
            one.scale_buttons[rating].click()
            if ratings.get(shown_key) != rating:
                history.append(dict(ratings))
                ratings[shown_key] = rating
        elif action == "back":
            one.previous_button.click()
        elif action == "next":
            one.next_button.click()
        elif action == "strip":
            one.strip_buttons[rng.randrange(len(keys))].click()
        else:
            ballot.undo_button.click()
            if history:
                ratings = history.pop()
        visited.add(one.current_key())
        where = f"step {step}: {action} on {shown_key}"
        assert ballot.choices() == {k: ratings[k] for k in keys if k in ratings}, where
        assert {r for r, b in one.scale_buttons.items() if b.isChecked()} == (
            {ratings[one.current_key()]} if one.current_key() in ratings else set()
        ), where
        assert ballot.done_button.isEnabled() == bool(ratings), where
        assert ballot.undo_button.isEnabled() == bool(history), where
    assert visited == set(keys), "some cards were never reached"
    if not ratings:
        one.scale_buttons["like"].click()
        ratings[one.current_key()] = "like"
    clock.now += 1.0
    ballot.done_button.click()
    assert screen.current_page() is screen.review
    rows = [row.objectName().removeprefix("review_row_") for row in screen.review.choice_rows.rows]
    assert rows == [k for k in keys if k in ratings]


def test_a_finger_put_down_too_soon_chooses_nothing_even_if_the_mouse_clicks_before_it_lifts(
    open_screen, db, session, qtbot
):
    """A finger lands on a card just as the ballot opens (ignored: a double tap on Start), then, before
    it lifts, someone clicks the mouse elsewhere on the screen; the lift then chose the card."""
    from PySide6.QtCore import QPoint, Qt

    rnd = votes.create_round(db, session.id, "pick", 3)
    clock = Clock()
    screen = open_screen(rnd.id, clock=clock)
    clock.now += 1.0
    screen.welcome.start_button.click()
    ballot = screen.ballot
    card = next(iter(ballot.cards.values()))
    handle = screen.windowHandle()
    at = card.mapTo(screen, card.rect().center())
    clock.now += 0.1  # within the guard
    QTest.touchEvent(handle, TOUCH).press(0, at, handle).commit()
    clock.now += 1.0
    QTest.mouseClick(ballot.heading, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
    clock.now += 0.1
    QTest.touchEvent(handle, TOUCH).release(0, at, handle).commit()
    QApplication.processEvents()
    assert ballot.choices() == [], "the finger whose touch was ignored chose the card as it lifted"
