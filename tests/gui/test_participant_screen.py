"""Participant mode: it cannot be left without the PIN; whole votes by keyboard alone and by mouse alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.voting_screens import Clock, press, stored_votes

PIN = "2468"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def make_screen(db, session, clock, app_look, show_screen):
    pin_store.set_facilitator_pin(db, PIN)
    app_look()  # the app's own font and style sheet, as at start: a screen is used under them

    def _make(method: str = "pick", max_choices: int = 3, commitments=None) -> ParticipantScreen:
        rnd = votes.create_round(db, session.id, method, max_choices, commitments)
        # press_guard_ms=0: these tests press as fast as code can; the guard has its own tests
        screen = show_screen(
            ParticipantScreen(db, rnd.id, next_person_ms=600_000, clock=clock, press_guard_ms=0)
        )
        screen.welcome.start_button.setFocus()
        return screen

    return _make


# Staying put ---------------------------------------------------------------------


def test_escape_alt_f4_ctrl_w_ctrl_q_and_close_leave_it_open(make_screen, qtbot):
    screen = make_screen()
    main = QMainWindow()
    qtbot.addWidget(main)
    quits = []
    for shortcut in ("Ctrl+Q", "Ctrl+W", "Ctrl+N"):  # like the main window's Quit, Close and New session
        action = QAction(shortcut, main)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ApplicationShortcut)
        action.triggered.connect(lambda _=False, s=shortcut: quits.append(s))
        main.addAction(action)
    screen.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is screen
    )

    for key, mods in (
        (Qt.Key_Escape, Qt.NoModifier),
        (Qt.Key_F4, Qt.AltModifier),
        (Qt.Key_W, Qt.ControlModifier),
        (Qt.Key_Q, Qt.ControlModifier),
        (Qt.Key_N, Qt.ControlModifier),
    ):
        press(key, mods)
        assert screen.isVisible()
        assert screen.current_page() is screen.welcome
    assert quits == [], "the app's Ctrl+Q shortcut fired from the participant screen"

    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    QTest.keyClick(main, Qt.Key_Q, Qt.ControlModifier)
    assert quits == ["Ctrl+Q"], "control: outside the participant screen the shortcut does fire"

    assert screen.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(screen, event)
    assert not event.isAccepted()
    assert screen.isVisible()


def test_right_pin_leaves_and_wrong_pins_slow_down(make_screen, clock, qtbot):
    screen = make_screen()
    press(Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert screen.current_page() is screen.pin_pad
    pad = screen.pin_pad

    def try_pin(pin: str) -> None:
        QTest.keyClicks(pad.entry, pin)
        QTest.keyClick(pad.entry, Qt.Key_Return)

    try_pin("0000")
    assert pad.unlock_button.isEnabled()  # the first slip costs nothing
    try_pin("1111")
    assert not pad.unlock_button.isEnabled()
    assert "1 second" in pad.message.text()
    try_pin("0000")  # too early: not even checked
    assert screen.pin_guard.failures == 2
    clock.now += 1.5
    try_pin("0000")
    assert "2 seconds" in pad.message.text()
    try_pin(PIN)  # right PIN, but still inside the wait: refused
    assert screen.current_page() is screen.pin_pad
    clock.now += 2.5
    try_pin(PIN)
    assert screen.current_page() is screen.console_page
    qtbot.mouseClick(screen.console_page.end_button, Qt.LeftButton)
    assert screen.has_ended and not screen.isVisible()


def test_back_from_the_pin_pad_returns_to_the_same_place(make_screen):
    screen = make_screen()
    press(Qt.Key_Space)  # Start
    assert screen.current_page() is screen.ballot
    press(Qt.Key_Space)  # choose the first card
    press(Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    press(Qt.Key_Escape)
    assert screen.current_page() is screen.ballot
    assert screen.ballot.choices() == ["commitment-1.1"]


# Whole votes by keyboard alone ----------------------------------------------------


def test_pick_vote_by_keyboard_alone_then_a_clean_ballot(make_screen, db):
    screen = make_screen("pick", 3)
    seen_at_thanks = []
    screen.stack.currentChanged.connect(
        lambda _i: (
            seen_at_thanks.append(len(stored_votes(db, screen.round.id)))
            if screen.current_page() is screen.thanks
            else None
        )
    )

    press(Qt.Key_Return)  # Start
    assert QApplication.focusWidget().objectName() == "card_commitment-1.1"
    press(Qt.Key_Space)
    press(Qt.Key_Right)
    press(Qt.Key_Return)
    press(Qt.Key_Down)
    press(Qt.Key_Space)
    chosen = screen.ballot.choices()
    assert len(chosen) == 3 and chosen[:2] == ["commitment-1.1", "commitment-1.2"]
    assert QApplication.focusWidget() is screen.ballot.done_button  # all chosen: Done is next
    press(Qt.Key_Return)
    assert screen.current_page() is screen.review
    assert "We will train staff" in screen.review.choice_rows.text()
    press(Qt.Key_Return)  # Yes
    assert screen.current_page() is screen.thanks
    assert seen_at_thanks == [1], "the vote must be stored before the thank-you shows"
    assert stored_votes(db, screen.round.id) == [chosen]

    press(Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)  # facilitator: next person now
    assert screen.current_page() is screen.welcome
    press(Qt.Key_Space)
    assert screen.ballot.choices() == []
    assert all(card.mark == "" for card in screen.ballot.cards.values())
    assert screen.ballot.status.text() == "You chose 0 of 3."


def test_rank_vote_by_keyboard_alone_with_undo(make_screen, db):
    screen = make_screen("rank", 3, ["commitment-1.1", "commitment-2.1", "commitment-3.1", "commitment-4.1"])
    press(Qt.Key_Space)  # Start
    press(Qt.Key_Right)
    press(Qt.Key_Space)  # 1st: the second card
    press(Qt.Key_Left)
    press(Qt.Key_Space)  # 2nd: the first card
    assert screen.ballot.cards["commitment-2.1"].mark == "1"
    assert screen.ballot.cards["commitment-1.1"].mark == "2"
    for _ in range(30):  # past the cards and the 1st, 2nd, 3rd places
        if QApplication.focusWidget() is screen.ballot.undo_button:
            break
        press(Qt.Key_Tab)
    press(Qt.Key_Space)  # Undo last tap
    assert screen.ballot.choices() == ["commitment-2.1"]
    press(Qt.Key_Tab)
    assert QApplication.focusWidget() is screen.ballot.done_button
    press(Qt.Key_Return)
    press(Qt.Key_Return)  # Yes
    assert screen.current_page() is screen.thanks
    assert stored_votes(db, screen.round.id) == [["commitment-2.1"]]


def test_rating_vote_by_keyboard_alone(make_screen, db):
    from coprod_app.storage.device_settings import save_settings

    save_settings(db, rating_layout="list")  # the list of cards (one at a time has its own tests)
    screen = make_screen("rating", 3, ["commitment-1.1", "commitment-2.1"])
    press(Qt.Key_Space)
    assert QApplication.focusWidget().objectName() == "rate_commitment-1.1_like"
    press(Qt.Key_Space)  # like the first
    press(Qt.Key_Down)
    press(Qt.Key_Right)
    press(Qt.Key_Right)
    press(Qt.Key_Space)  # don't like the second
    assert screen.ballot.choices() == {"commitment-1.1": "like", "commitment-2.1": "dislike"}
    screen.ballot.done_button.setFocus()
    press(Qt.Key_Return)
    assert "Don't like" in screen.review.choice_rows.text()
    press(Qt.Key_Return)
    assert stored_votes(db, screen.round.id) == [{"commitment-1.1": "like", "commitment-2.1": "dislike"}]


# Whole votes by mouse (or a single tap) alone ---------------------------------------


def test_pick_and_rank_by_mouse_alone(make_screen, qtbot, db, clock):
    screen = make_screen("pick", 2)
    qtbot.mouseClick(screen.welcome.start_button, Qt.LeftButton)
    screen.ballot.clock = clock  # a tap again within 600 ms is a double tap, and ignored
    cards = screen.ballot.cards
    qtbot.mouseClick(cards["commitment-2.1"], Qt.LeftButton)
    qtbot.mouseClick(cards["commitment-3.1"], Qt.LeftButton)
    clock.now += 1
    qtbot.mouseClick(cards["commitment-3.1"], Qt.LeftButton)  # tap again, a second later: un-chosen
    qtbot.mouseClick(cards["commitment-1.5"], Qt.LeftButton)
    qtbot.mouseClick(cards["commitment-4.5"], Qt.LeftButton)  # a third: refused, says why
    assert "You have chosen 2" in screen.ballot.status.text()
    qtbot.mouseClick(screen.ballot.done_button, Qt.LeftButton)
    qtbot.mouseClick(screen.review.change_button, Qt.LeftButton)  # change: back with the choices kept
    assert screen.ballot.choices() == ["commitment-2.1", "commitment-1.5"]
    qtbot.mouseClick(screen.ballot.done_button, Qt.LeftButton)
    qtbot.mouseClick(screen.review.yes_button, Qt.LeftButton)
    assert screen.current_page() is screen.thanks
    assert stored_votes(db, screen.round.id) == [["commitment-2.1", "commitment-1.5"]]
    screen.next_timer.setInterval(10)
    screen.next_timer.start()
    qtbot.waitUntil(lambda: screen.current_page() is screen.welcome)  # clean screen after a few seconds

    rank = make_screen("rank", 3)
    qtbot.mouseClick(rank.welcome.start_button, Qt.LeftButton)
    for key in ("commitment-4.1", "commitment-1.1", "commitment-2.2"):
        qtbot.mouseClick(rank.ballot.cards[key], Qt.LeftButton)
    qtbot.mouseClick(rank.ballot.undo_button, Qt.LeftButton)
    qtbot.mouseClick(rank.ballot.cards["commitment-3.3"], Qt.LeftButton)
    assert [rank.ballot.cards[k].mark for k in ("commitment-4.1", "commitment-1.1", "commitment-3.3")] == [
        "1",
        "2",
        "3",
    ]
    qtbot.mouseClick(rank.ballot.done_button, Qt.LeftButton)
    qtbot.mouseClick(rank.review.yes_button, Qt.LeftButton)
    assert stored_votes(db, rank.round.id) == [["commitment-4.1", "commitment-1.1", "commitment-3.3"]]


def test_results_hidden_until_revealed_and_pause(make_screen, db):
    screen = make_screen("pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):  # 5 people: the big screen shows the count (fewer would read "not shown")
        votes.cast_vote(db, screen.round.id, ["commitment-1.2"])
    assert screen.current_page() is screen.welcome
    screen.set_paused(True)
    assert screen.current_page() is screen.paused_page
    screen.set_revealed(True)
    assert screen.current_page() is screen.results_page
    assert screen.results_page.chart.describe().startswith("1. We will help schools, doctors")
    screen.set_revealed(False)
    screen.set_paused(False)
    assert screen.current_page() is screen.welcome


def test_a_vote_that_cannot_be_saved_says_so_and_shows_no_thank_you(make_screen, db):
    screen = make_screen("pick", 1, ["commitment-1.1", "commitment-1.2"])
    press(Qt.Key_Space)
    press(Qt.Key_Space)
    votes.close_round(db, screen.round.id)  # e.g. closed from the command line meanwhile
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    assert screen.current_page() is screen.review
    assert screen.review.problem.isVisibleTo(screen.review)
    assert stored_votes(db, screen.round.id) == []


def test_refuses_to_start_without_a_pin(db, session):
    from coprod_app.domain.errors import InvalidInput

    rnd = votes.create_round(db, session.id, "pick")
    with pytest.raises(InvalidInput, match="PIN"):
        ParticipantScreen(db, rnd.id)


# Two screens ---------------------------------------------------------------------


def test_two_screens_put_voting_on_the_projector_and_the_console_on_the_laptop(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "LAPTOP",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    },
                    {
                        "name": "PROJECTOR",
                        "x": 1366,
                        "y": 0,
                        "width": 1024,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    },
                ]
            }
        )
    )
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv)
        from coprod_app.storage.database import open_database
        from coprod_app.storage.packs import ensure_default_pack
        from coprod_app.storage.sessions import create_session
        from coprod_app.storage import votes
        from coprod_app.storage import pin as pin_store
        from coprod_app.ui.voting.participant_screen import start_participant_mode
        db = open_database({str(tmp_path / "two.sqlite3")!r}); ensure_default_pack(db)
        s = create_session(db, title="T", date="2026-01-01", forum="youth-forum")
        r = votes.create_round(db, s.id, "pick")
        pin_store.set_facilitator_pin(db, "2468")
        screens = app.screens()
        participant, console = start_participant_mode(db, r.id, screens[1], laptop=screens[0])
        app.processEvents()
        print(len(screens), participant.screen().name(), participant.geometry().x(),
              participant.isFullScreen(),
              console.screen().name(), console.isVisible())
        participant.end()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2", "PROJECTOR", "1366", "True", "LAPTOP", "True"]


# Names for screen readers, the menu and the facilitator's dialogs ----------------------------


def test_every_focusable_widget_is_named(make_screen, qtbot, db, session):
    from coprod_app.storage.sessions import session_pack
    from coprod_app.ui.voting.console import FacilitatorConsole
    from coprod_app.ui.voting.pin_pad import PinDialog, SetPinDialog
    from coprod_app.ui.voting.results_dialog import VoteResultsDialog
    from coprod_app.ui.voting.round_dialog import NewRoundDialog
    from coprod_app.ui.voting.tally_dialog import TallyDialog
    from tests.gui.accessibility_walk import unnamed_focusable

    for method in ("pick", "rating"):
        screen = make_screen(method, 2, ["commitment-1.1", "commitment-2.1"])
        assert unnamed_focusable(screen) == []
    pack = session_pack(db, session.id)
    console = FacilitatorConsole(screen, embedded=False)
    for widget in (
        console,
        TallyDialog(db, screen.round, pack),
        NewRoundDialog(pack, lambda **f: None),
        SetPinDialog(lambda pin: None),
        PinDialog(screen.pin_guard),
        VoteResultsDialog(db, screen.round.id),
    ):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_focusable(widget) == [], type(widget).__name__
    screen.end()  # the console window closes only when voting has ended


def test_new_round_dialog_makes_a_round_of_one_priority(qtbot, db, session):
    from coprod_app.storage.sessions import session_pack
    from coprod_app.ui.voting.round_dialog import NewRoundDialog

    dialog = NewRoundDialog(session_pack(db, session.id), lambda **f: votes.create_round(db, session.id, **f))
    qtbot.addWidget(dialog)
    dialog.one_priority.setChecked(True)
    dialog.priority.setCurrentIndex(2)
    dialog.method.setCurrentIndex(dialog.method.findData("rank"))
    dialog.max_choices.setValue(5)
    dialog.save()
    assert dialog.round.method == "rank"
    assert dialog.round.commitments == ("commitment-3.1", "commitment-3.2", "commitment-3.3")
    assert dialog.round.max_choices == 3  # no more than the cards on the ballot


def test_paper_tally_dialog_adds_to_the_results(qtbot, db, session):
    from coprod_app.storage.sessions import session_pack
    from coprod_app.ui.voting.tally_dialog import TallyDialog

    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    dialog = TallyDialog(db, rnd, session_pack(db, session.id))
    qtbot.addWidget(dialog)
    dialog.commitment.setCurrentIndex(1)
    dialog.count.setValue(7)
    dialog.group.setCurrentIndex(dialog.group.findData("parent-carer"))
    dialog.save()
    top = votes.round_results(db, rnd.id)["commitments"][0]
    assert (top["key"], top["count"], top["rank"]) == ("commitment-1.2", 7, 1)


def test_main_window_has_the_voting_menu(qtbot, db, db_path, session):
    from coprod_app.ui.main_window import MainWindow

    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {
        "action_new_round",
        "action_participant_screen",
        "action_paper_tally",
        "action_vote_results",
    } <= names
