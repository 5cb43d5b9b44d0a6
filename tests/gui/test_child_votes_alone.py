"""A child who cannot read votes alone: by touch only, by keyboard only and by one switch, for pick,
rank and rating rounds, hearing what they need (issue 17, second "Done when").

Each case is a whole turn on a real ParticipantScreen with the app's own look, pages read aloud:
welcome -> ballot -> "You chose ... Is this right?" -> Yes -> thank you. Only the one input is used:
touch events (no mouse, no keys), key presses (Tab, arrows, Space, Enter, starting on the welcome
page) or Space alone with one-switch scanning (the scan's own timer signal moves the highlight).
The screen's 600 ms guard is on: its clock moves a second before each press, as a person's pace.

What is heard is checked, not only what was sent to the engine: the fake engine below acts as a
speech engine does, each new sentence stopping the one before. Sentences sent in the same moment
(one press, one step of the scan) leave only the last to be heard; a sentence is heard to its end
only when the next input comes later. The vote is read back from the database with sqlite3, a second
connection apart from the app's own.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QScroller, QWidget

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.common import read_aloud
from coprod_app.ui.voting.cards import ChoiceCard
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from coprod_app.ui.voting.rating_one import ScaleButton

PIN = "2468"
RANK_KEYS = ["commitment-1.1", "commitment-2.1", "commitment-3.1", "commitment-4.1"]
RATING_KEYS = ["commitment-1.1", "commitment-2.1", "commitment-3.1"]
TOUCH = QTest.createTouchDevice()

# What the child presses on the ballot, and the vote that must be stored.
ROUNDS = {
    # Pick two of all 17 cards: the last is far below the first screenful (a finger swipes down to it).
    "pick": (["card_commitment-2.1", "card_commitment-4.5"], ["commitment-2.1", "commitment-4.5"]),
    # Rank: 3.1 first, then 1.1, then 1.1 moved up to the 1st place with its slot's button.
    "rank": (
        ["card_commitment-3.1", "card_commitment-1.1", "slot_2_up"],
        ["commitment-1.1", "commitment-3.1"],
    ),
    # Rating one card at a time (this laptop's default layout): like, don't like, not sure.
    "rating": (
        ["rate_one_like", "rate_one_dislike", "rate_one_unsure"],
        {"commitment-1.1": "like", "commitment-2.1": "dislike", "commitment-3.1": "unsure"},
    ),
}


class Clock:
    """The screen's clock (its 600 ms guard) and the ballot's (its double-tap guard): moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class HeardSpeech:
    """A speech engine as a listener hears it: a new sentence (or stop) cuts off the one being read.

    `said` is every sentence the app sent; `heard` only those read to their end, which is the last one
    sent before `moment_passes()` (the test calls it between one input and the next).
    """

    def __init__(self) -> None:
        self.said: list[str] = []
        self.heard: list[str] = []
        self.cut: list[str] = []
        self._reading: str | None = None

    def say(self, text: str) -> None:
        self.stop()
        self.said.append(text)
        self._reading = text

    def stop(self) -> None:
        if self._reading is not None:
            self.cut.append(self._reading)
        self._reading = None

    def moment_passes(self) -> None:
        if self._reading is not None:
            self.heard.append(self._reading)
        self._reading = None

    def heard_since(self, index: int) -> list[str]:
        return self.heard[index:]


@pytest.fixture
def speech(monkeypatch):
    """The narrator's engine: read_aloud's own path (say, stop, the speaker buttons shown), this engine at its end."""
    engine = HeardSpeech()
    monkeypatch.setattr(read_aloud, "find_engine", lambda: (engine, ""))
    read_aloud.reset()
    yield engine
    read_aloud.reset()


@pytest.fixture
def make_screen(qtbot, db, session, app_look):
    pin_store.set_facilitator_pin(db, PIN)
    clock = Clock()
    made = []

    def _make(method: str, way: str) -> ParticipantScreen:
        app_look(  # the app's own font and style sheet, and this laptop's settings
            read_pages_aloud=True,
            scanning="one-switch" if way == "switch" else "off",
            scan_seconds=2.0,
        )
        keys = {"pick": None, "rank": RANK_KEYS, "rating": RATING_KEYS}[method]  # None: every card
        rnd = votes.create_round(db, session.id, method, 2 if method != "rating" else None, keys)
        screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, clock=clock)  # the guard is on
        screen.ballot.clock = clock
        qtbot.addWidget(screen)
        made.append(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
        return screen

    yield _make, clock
    for screen in made:
        if not screen.has_ended:
            screen.end()


# The three ways ------------------------------------------------------------------------------


class Way:
    """One way of pressing: `press(name)` chooses the widget called `name` on the page shown, by this way only."""

    def __init__(self, qtbot, screen: ParticipantScreen, clock: Clock, speech: HeardSpeech) -> None:
        self.qtbot, self.screen, self.clock, self.speech = qtbot, screen, clock, speech

    def find(self, name: str) -> QWidget:
        page = self.screen.current_page()
        widget = page.findChild(QWidget, name)
        assert widget is not None and widget.isVisibleTo(page), f"{name} is not on {page.objectName()}"
        assert widget.isEnabled(), f"{name} cannot be pressed"
        return widget

    def press(self, name: str) -> None:
        target = self.find(name)
        fired: list[object] = []
        signal = target.activated if isinstance(target, ChoiceCard) else target.clicked
        signal.connect(lambda *_a: fired.append(True))
        self.reach(target)
        self.clock.now += 1.0  # a person's press: after the page's guard, never a double tap
        self.choose(target)
        self.qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        self.speech.moment_passes()

    def reach(self, target: QWidget) -> None:
        """Get to `target` (scroll it into sight, or move focus to it) by this way alone."""

    def choose(self, target: QWidget) -> None:
        raise NotImplementedError


class Touch(Way):
    """A finger only: taps on the screen, and swipes to scroll; no mouse event and no key is sent."""

    def _point(self, widget: QWidget) -> QPoint:
        return widget.mapTo(self.screen, widget.rect().center())

    def _under_finger(self, widget: QWidget) -> bool:
        hit = self.screen.childAt(self._point(widget))
        return hit is not None and (hit is widget or widget.isAncestorOf(hit))

    def reach(self, target: QWidget) -> None:
        for _ in range(12):
            if self._under_finger(target):
                return
            area = target.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            assert area is not None, f"{target.objectName()} is covered, and nothing there scrolls"
            viewport = area.viewport()
            below = target.mapTo(viewport, target.rect().center()).y() > viewport.height() // 2
            self.swipe(viewport, -viewport.height() // 3 if below else viewport.height() // 3, target)
        pytest.fail(f"touch cannot reach {target.objectName()}: it never came under a finger")

    def swipe(self, viewport: QWidget, dy: int, target: QWidget) -> None:
        """A swipe, then, if the list is still gliding when `target` comes by, a finger on it to stop it.

        The test's swipe takes no time, so the list glides far: a person stops it with a touch when
        they see their card. That touch must stop the list and choose nothing.
        """
        self.clock.now += 1.0  # a swipe too soon after a page change is ignored, as a press is
        handle = self.screen.windowHandle()
        start = viewport.mapTo(self.screen, viewport.rect().center())
        QTest.touchEvent(handle, TOUCH).press(0, start, handle).commit()
        for step in range(1, 21):
            QTest.touchEvent(handle, TOUCH).move(0, start + QPoint(0, dy * step // 20), handle).commit()
        QTest.touchEvent(handle, TOUCH).release(0, start + QPoint(0, dy), handle).commit()
        scroller = QScroller.scroller(viewport)
        self.qtbot.waitUntil(
            lambda: scroller.state() == QScroller.Inactive or self._under_finger(target), timeout=5000
        )
        if scroller.state() != QScroller.Inactive:
            chosen = self.screen.ballot.choices()
            self.clock.now += 1.0
            QTest.touchEvent(handle, TOUCH).press(0, start, handle).commit()
            QTest.touchEvent(handle, TOUCH).release(0, start, handle).commit()
            self.qtbot.waitUntil(lambda: scroller.state() == QScroller.Inactive, timeout=5000)
            assert self.screen.ballot.choices() == chosen, "the touch that stopped the list chose a card"
        self.speech.moment_passes()

    def choose(self, target: QWidget) -> None:
        handle = self.screen.windowHandle()
        at = self._point(target)
        QTest.touchEvent(handle, TOUCH).press(0, at, handle).commit()
        QTest.touchEvent(handle, TOUCH).release(0, at, handle).commit()


class Keyboard(Way):
    """Keys only, from the focus the welcome page gives: arrows along the cards and the scale, Tab
    elsewhere, Space on a card, Enter on a button."""

    def reach(self, target: QWidget) -> None:
        for _ in range(80):
            focused = QApplication.focusWidget()
            assert focused is not None and focused.window() is self.screen, "keyboard focus was lost"
            if focused is target:
                return
            along = isinstance(focused, ChoiceCard) and isinstance(target, ChoiceCard)
            along = along or (isinstance(focused, ScaleButton) and isinstance(target, ScaleButton))
            self.clock.now += 1.0
            QTest.keyClick(focused, Qt.Key_Right if along else Qt.Key_Tab)
            self.speech.moment_passes()
            if QApplication.focusWidget() is focused and along:  # the end of a row: Tab on
                QTest.keyClick(focused, Qt.Key_Tab)
                self.speech.moment_passes()
        pytest.fail(f"the keyboard cannot reach {target.objectName()}")

    def choose(self, target: QWidget) -> None:
        QTest.keyClick(target, Qt.Key_Space if isinstance(target, ChoiceCard) else Qt.Key_Return)


class OneSwitch(Way):
    """One switch (Space) with automatic scanning: the scan moves by its own timer's signal; Space chooses."""

    def reach(self, target: QWidget) -> None:
        scanner = self.screen.scanner
        assert scanner is not None, "one-switch scanning is not on"
        for _ in range(80):
            if QApplication.focusWidget() is target:
                return
            assert scanner.timer.isActive(), "the scan stopped moving on this page"
            scanner.timer.timeout.emit()  # one tick of the scan, as its timer gives it
            self.speech.moment_passes()
        pytest.fail(f"the scan never reaches {target.objectName()}")

    def choose(self, target: QWidget) -> None:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)


WAYS = {"touch": Touch, "keyboard": Keyboard, "switch": OneSwitch}


# Reading what was heard and what was stored --------------------------------------------------


def words(screen: ParticipantScreen, key: str) -> str:
    """A card's easy-read words, as the screen says them inside a sentence."""
    c = screen.pack.commitment(key)
    return (c.easy_read or c.text).rstrip(" .")


def key_of(name: str) -> str:
    return name.removeprefix("card_")


def stored_in_database(db_path, round_id: int) -> list:
    """The round's votes, read by a connection of its own: what is on disk, not what the app holds."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT votes.choices, rounds.method FROM votes JOIN rounds ON rounds.id = votes.round_id"
            " WHERE votes.round_id = ? ORDER BY votes.id",
            [round_id],
        ).fetchall()
    finally:
        connection.close()
    return [(json.loads(choices), method) for choices, method in rows]


def heard_any(texts: list[str], *parts: str) -> bool:
    return any(all(part in text for part in parts) for text in texts)


# The nine cases ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
@pytest.mark.parametrize("way", ["touch", "keyboard", "switch"])
def test_a_child_who_cannot_read_votes_alone(make_screen, speech, qtbot, db, db_path, method, way):
    make, clock = make_screen
    screen = make(method, way)
    by = WAYS[way](qtbot, screen, clock, speech)
    presses, expected = ROUNDS[method]
    speech.moment_passes()  # the child looks at the screen as it opens

    # The welcome page says itself as it opens.
    assert screen.current_page() is screen.welcome
    assert heard_any(speech.heard, "Your turn."), f"the welcome page was not heard: {speech.heard}"

    by.press("welcome_start")
    assert screen.current_page() is screen.ballot
    heading = screen.ballot.heading.text()
    assert heard_any(speech.heard[-1:], heading.split(".")[0]), f"the ballot was not heard: {speech.heard}"

    for name in presses:
        before = len(speech.heard)
        answering = screen.ballot.rating_one.current_key() if method == "rating" else None
        by.press(name)
        now = speech.heard_since(before)
        if name.startswith("card_"):
            key = key_of(name)
            assert heard_any(now, "You chose", words(screen, key)), f"no feedback heard for {key}: {now}"
            if way != "touch":  # a finger focuses and chooses at once: the feedback names the card
                assert heard_any(now, words(screen, key), "not chosen"), f"{key} was not read on focus: {now}"
        elif name == "slot_2_up":
            moved = words(screen, "commitment-1.1")
            assert heard_any(now, moved, "1st now"), f"the move was not heard: {now}"
        else:  # rating: the card answered is said with its answer, then the next card as it shows
            rating = screen.ballot.rating_one.scale_buttons[name.removeprefix("rate_one_")].text()
            assert heard_any(now, f"You chose {rating} for: {words(screen, answering)}"), (
                f"no feedback heard for {name} on {answering}: {now}"
            )
            if len(screen.ballot.choices()) < len(RATING_KEYS):
                shown = screen.ballot.rating_one.current_key()
                assert shown != answering
                assert heard_any(now, words(screen, shown)), (
                    f"the next card ({shown}) was not read when it showed: {now}"
                )

    assert screen.ballot.choices() == expected, "the ballot does not hold what was pressed"
    by.press("ballot_done")
    assert screen.current_page() is screen.review
    check = speech.heard[-1]
    assert check.startswith("You chose:") and "Is this right?" in check, f"the check was not heard: {check}"
    for key in expected:  # the keys in order, or the rated keys
        assert words(screen, key) in check, f"the check did not say {key}: {check}"
    assert stored_in_database(db_path, screen.round.id) == [], "saved before Yes"

    by.press("review_yes")
    assert screen.current_page() is screen.thanks
    assert heard_any(speech.heard[-1:], "Thank you.", "Your vote is saved."), speech.heard[-1:]
    assert stored_in_database(db_path, screen.round.id) == [(expected, method)]
    ballots, _tallies = votes.ballots_and_tallies(db, screen.round.id)  # and the app reads it back so
    assert [dict(b.choices) if method == "rating" else list(b.choices) for b in ballots] == [expected]


# Real speech ---------------------------------------------------------------------------------


class Said:
    """What espeak-ng was given, read back from its numbered .txt files (its .wav beside each).

    Between one input and the next the child listens: the test waits until espeak-ng has finished
    the sentence (a new one would stop it, as on a real screen, and leave no sound file).
    """

    def __init__(self, qtbot, folder) -> None:
        self.qtbot = qtbot
        self.folder = folder

    @property
    def heard(self) -> list[str]:
        return [t.read_text(encoding="utf-8") for t in sorted(self.folder.glob("*.txt"))]

    def moment_passes(self) -> None:
        QApplication.processEvents()
        self.qtbot.waitUntil(lambda: not read_aloud.speaking(), timeout=20_000)


@pytest.mark.skipif(
    shutil.which("espeak-ng") is None,
    reason="needs espeak-ng to make real speech (Debian: apt-get install espeak-ng; .ci/run installs it)",
)
def test_a_keyboard_pick_is_really_spoken_by_espeak_ng(make_screen, qtbot, db_path, monkeypatch, tmp_path):
    """The keyboard pick with real speech: espeak-ng writes each sentence to a .wav, its words in a .txt."""
    folder = tmp_path / "said"
    monkeypatch.delenv("COPROD_READ_ALOUD", raising=False)
    monkeypatch.setenv(read_aloud.WAV_FOLDER_VARIABLE, str(folder))
    read_aloud.reset()
    make, clock = make_screen
    screen = make("pick", "keyboard")
    said = Said(qtbot, folder)
    said.moment_passes()  # the welcome page, read as the screen opened
    by = Keyboard(qtbot, screen, clock, said)
    presses, expected = ROUNDS["pick"]
    try:
        for name in ["welcome_start", *presses, "ballot_done", "review_yes"]:
            by.press(name)
        assert stored_in_database(db_path, screen.round.id) == [(expected, "pick")]
        said.moment_passes()
    finally:
        read_aloud.reset()
    texts = said.heard
    assert heard_any(texts, "Your turn."), texts
    for key in expected:
        assert heard_any(texts, words(screen, key)), f"{key} was never spoken: {texts}"
    assert heard_any(texts, "You chose:", "Is this right?")
    assert heard_any(texts[-1:], "Thank you.", "Your vote is saved."), texts[-1:]
    # What the child needed was spoken to its end, each into a sound file of its own (a second of speech
    # is about 44 kB): the welcome page, each card as it took focus, each feedback, the check, thank you.
    needed = [("Your turn.",), ("You chose:", "Is this right?"), ("Thank you.",)]
    needed += [(words(screen, key), "not chosen") for key in expected]
    needed += [("You chose: " + words(screen, key),) for key in expected]
    spoken = {
        text.read_text(encoding="utf-8"): text.with_suffix(".wav").stat().st_size
        for text in folder.glob("*.txt")
        if text.with_suffix(".wav").exists()
    }
    for parts in needed:
        sizes = [size for text, size in spoken.items() if all(part in text for part in parts)]
        assert sizes and max(sizes) > 10_000, f"{parts} was not really spoken: {spoken}"


# The Qt binding itself ----------------------------------------------------------------------


def test_qt_calls_give_back_their_reference_to_none(qapp):
    """Each PySide6 call that returns nothing must leave Python's None as it found it.

    PySide6 6.12.0 under Python 3.11 takes one reference to None away per such call (setText,
    update, every QPainter call, ...): after a few thousand, Python aborts ("none_dealloc:
    deallocating None"). The touch-only vote at 200 % on 1024x768 did so while its cards were
    repainted as the ballot scrolled; so would a voting screen left on for a session. (From
    Python 3.12 on None is immortal and its count never moves, so this passes there.)
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Your turn.")
        label.update()
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 400 calls: this PySide6 will crash the app"
