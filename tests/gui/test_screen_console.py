"""Issue 17: nothing changes under a child's fingers, a practice round, a quiet "help me", a console at 200 %.

- "Pause" and "Show results" during someone's turn wait until that vote is saved (and thanked),
  or the facilitator confirms "… now anyway"; the choices stay on the ballot either way.
- The thank-you page counts down in words and in a shrinking bar, for this laptop's time.
- "Practice first" runs a ballot of pretend cards that is never saved.
- A voter's "help me" is a line on the console with the time, and nothing on the shared screen.
- At 200 % text on a 1024×768 laptop the console fits, no words are cut, and Tab keeps the
  control with focus in view.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from coprod_app.resources import symbol_path
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.device_settings import save_settings
from coprod_app.ui.common.wrap_button import WrapButton
from coprod_app.ui.voting.console import FacilitatorConsole
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from coprod_app.ui.voting.practice import FOODS, THINGS_TO_DO
from tests.gui.voting_screens import Clock
from tests.gui.voting_screens import stored_votes as stored

PIN = "2468"


@pytest.fixture
def make_screen(db, session, show_screen):
    pin_store.set_facilitator_pin(db, PIN)

    def _make(method="pick", max_choices=3, commitments=None, **options) -> ParticipantScreen:
        rnd = votes.create_round(db, session.id, method, max_choices, commitments)
        options.setdefault("next_person_ms", 600_000)
        clock = Clock(datetime(2026, 3, 4, 10, 42).timestamp())
        return show_screen(
            ParticipantScreen(db, rnd.id, clock=clock, press_guard_ms=0, **options), activate=False
        )

    return _make


@pytest.fixture
def window_console():
    """The console as a window of its own (two screens); voting is ended before it closes."""
    made = []

    def _make(screen: ParticipantScreen) -> FacilitatorConsole:
        console = FacilitatorConsole(screen, embedded=False)
        made.append((screen, console))
        return console

    yield _make
    for screen, console in made:
        if not screen.has_ended:
            screen.end()  # closing the window first would ask for the PIN
        console.close()
        console.deleteLater()


def all_votes(db) -> int:
    return db.execute("SELECT count(*) FROM votes").fetchone()[0]


def choose_first_card(screen) -> None:
    screen.welcome.start_button.click()
    next(iter(screen.ballot.cards.values())).activated.emit(next(iter(screen.ballot.cards)))


def answer_next_box(button_role) -> list:
    """Press `button_role` on the next message box that opens (as the facilitator would); what it said."""
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.button(button_role).click()

    QTimer.singleShot(0, answer)
    return seen


# Pause and reveal wait for the current voter -----------------------------------------


def test_pause_during_a_turn_waits_until_the_vote_is_saved(make_screen, db):
    screen = make_screen()
    console = screen.console_page
    choose_first_card(screen)
    console.pause_button.click()
    assert screen.current_page() is screen.ballot, "the pause replaced the ballot in the middle of a turn"
    assert not screen.paused
    assert console.waiting_label.isVisibleTo(console)
    assert "Waits for the current voter to finish" in console.waiting_label.text()
    assert console.now_button.isVisibleTo(console) and console.now_button.text() == "Pause now anyway"
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    assert stored(db, screen.round.id) == [["commitment-1.1"]]
    assert screen.current_page() is screen.thanks, "the thank-you is still said"
    screen.next_timer.timeout.emit()  # the thank-you's time is up
    assert screen.paused and screen.current_page() is screen.paused_page
    assert not console.waiting_label.isVisibleTo(console)
    console.pause_button.click()  # Resume
    assert screen.current_page() is screen.welcome


def test_show_results_during_a_turn_waits_too(make_screen, db):
    screen = make_screen()
    console = screen.console_page
    choose_first_card(screen)
    screen.ballot.done_button.click()  # on "Is this right?"
    console.reveal_button.click()
    assert screen.current_page() is screen.review and not screen.revealed
    assert console.now_button.text() == "Show results now anyway"
    screen.review.yes_button.click()
    screen.next_person()
    assert screen.revealed and screen.current_page() is screen.results_page
    assert stored(db, screen.round.id) == [["commitment-1.1"]]


def test_pause_now_anyway_asks_first_and_keeps_the_voters_choices(make_screen, db):
    screen = make_screen()
    console = screen.console_page
    choose_first_card(screen)
    console.pause_button.click()
    said = answer_next_box(QMessageBox.No)  # "Wait for them"
    console.now_button.click()
    assert said and "middle of voting" in said[0]
    assert not screen.paused and screen.current_page() is screen.ballot
    answer_next_box(QMessageBox.Yes)
    console.now_button.click()
    assert screen.paused and screen.current_page() is screen.paused_page
    assert all_votes(db) == 0
    console.pause_button.click()  # Resume: the same person, the same choices
    assert screen.current_page() is screen.ballot
    assert screen.ballot.choices() == ["commitment-1.1"]


def test_pause_with_nothing_chosen_is_at_once_and_a_waiting_pause_can_be_cancelled(make_screen):
    screen = make_screen()
    console = screen.console_page
    screen.welcome.start_button.click()  # on the ballot, nothing chosen: no turn to protect yet
    console.pause_button.click()
    assert screen.paused and screen.current_page() is screen.paused_page
    console.pause_button.click()
    choose_first_card(screen) if screen.current_page() is screen.welcome else None
    screen.ballot.cards["commitment-1.2"].activated.emit("commitment-1.2")
    console.pause_button.click()
    assert screen.waiting == {"pause"} and console.pause_button.text() == "Cancel the pause"
    console.pause_button.click()
    assert screen.waiting == set() and not console.now_button.isVisibleTo(console)
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    screen.next_person()
    assert not screen.paused and screen.current_page() is screen.welcome


# The thank-you countdown -----------------------------------------------------------------


def test_the_thank_you_counts_down_for_this_laptops_time(make_screen, db):
    save_settings(db, thanks_seconds=4)
    screen = make_screen(next_person_ms=None)
    assert screen.next_timer.interval() == 4000
    choose_first_card(screen)
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    countdown = screen.countdown
    assert countdown.isVisibleTo(screen.thanks)
    assert countdown.label.text() == "Next person in 4…"
    assert (countdown.bar.blocks, countdown.bar.filled) == (4, 4)
    countdown.show_remaining(1500)
    assert countdown.label.text() == "Next person in 2…"
    assert countdown.bar.filled == 2, "the bar shrinks with the words"
    screen.next_timer.timeout.emit()
    assert screen.current_page() is screen.welcome
    assert stored(db, screen.round.id) == [["commitment-1.1"]]


# Practice first -------------------------------------------------------------------------


def test_practice_first_uses_pretend_cards_and_saves_nothing(make_screen, db):
    screen = make_screen("rank", 3)
    console = screen.console_page
    assert console.practice_button.isEnabled()
    console.practice_button.click()
    assert screen.current_page() is screen.practice_intro
    assert screen.focusWidget() is screen.practice_intro.start_button
    assert console.practice_button.isEnabled() is False
    screen.practice_intro.start_button.click()
    ballot = screen.ballot
    assert screen.current_page() is ballot
    assert tuple(ballot.cards) == FOODS + THINGS_TO_DO
    assert all(symbol_path(key) is not None for key in FOODS + THINGS_TO_DO), (
        "each pretend card has a picture"
    )
    assert ballot.round.method == "rank"
    ballot.cards["practice-pizza"].activated.emit("practice-pizza")
    ballot.cards["practice-swimming"].activated.emit("practice-swimming")
    ballot.done_button.click()
    assert screen.current_page() is screen.review
    assert "Pizza" in screen.review.choice_rows.text() and "Swimming" in screen.review.choice_rows.text()
    screen.review.yes_button.click()
    assert screen.current_page() is screen.practice_done
    assert screen.focusWidget() is screen.practice_done.real_button, "Enter or a switch goes on"
    words = " ".join(label.text() for label in screen.practice_done.findChildren(QLabel))
    assert "That was practice." in words and "Now the real vote." in words
    assert all_votes(db) == 0, "a practice vote was saved"
    screen.practice_done.real_button.click()
    assert screen.current_page() is screen.welcome and not screen.practising
    screen.welcome.start_button.click()
    assert "commitment-1.1" in screen.ballot.cards, "the real vote has the real cards"
    screen.ballot.cards["commitment-2.1"].activated.emit("commitment-2.1")
    screen.ballot.done_button.click()
    screen.review.yes_button.click()
    assert stored(db, screen.round.id) == [["commitment-2.1"]]
    assert all_votes(db) == 1


def test_practice_cannot_start_in_the_middle_of_someones_turn(make_screen, db):
    screen = make_screen()
    console = screen.console_page
    choose_first_card(screen)
    console.refresh()
    assert not console.practice_button.isEnabled()
    screen.start_practice()
    assert screen.current_page() is screen.ballot and screen.ballot.choices() == ["commitment-1.1"]


# "Help me" -----------------------------------------------------------------------------------


def test_help_me_is_a_quiet_line_on_the_console_with_the_time(make_screen, window_console):
    screen = make_screen(embedded_console=False)
    console = window_console(screen)
    console.show()
    screen.welcome.start_button.click()
    shown_before = {w.objectName() for w in screen.findChildren(QLabel) if w.isVisible()}
    screen.ballot.help_requested.emit()  # the ballot's "help me" button
    assert console.help_label.isVisible()
    assert console.help_label.text() == "A voter asked for help at 10:42."
    assert screen.current_page() is screen.ballot, "the shared screen does not change"
    shown_after = {w.objectName() for w in screen.findChildren(QLabel) if w.isVisible()}
    assert not {"console_help"} & shown_after
    assert shown_after - shown_before <= {"ballot_help_note", "help_note", "ballot_help_coming"}
    screen.ballot.help_requested.emit()
    assert "2 times" in console.help_label.text()
    console.help_seen_button.click()
    assert not console.help_label.isVisible()


def test_help_on_one_screen_waits_on_the_console_page_until_it_is_opened(make_screen):
    screen = make_screen()
    screen.welcome.start_button.click()
    screen.ballot.help_requested.emit()
    assert screen.current_page() is screen.ballot
    screen.request_exit()
    QTest.keyClicks(screen.pin_pad.entry, PIN)
    QTest.keyClick(screen.pin_pad.entry, Qt.Key_Return)
    assert screen.current_page() is screen.console_page
    assert screen.console_page.help_label.isVisible()
    assert "asked for help at 10:42" in screen.console_page.help_label.text()


# 200 % on a 1024×768 laptop ----------------------------------------------------------------


def cut_words(root) -> list[str]:
    """Labels and buttons under `root` whose words do not fit, or that stick out of the scroll view."""
    problems = []
    view = root.scroll.viewport()
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or not widget.text().strip():
            continue
        name = f"{widget.objectName()} ({widget.text()[:30]!r})"
        metrics = widget.fontMetrics()
        if isinstance(widget, WrapButton):
            room = widget.text_rect()
            words = widget.text().replace("&", "")
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), Qt.TextWordWrap, words)
            longest = max(metrics.horizontalAdvance(w) for w in words.split())
            if needed.height() > room.height() + 1 or longest > room.width():
                problems.append(
                    f"{name}: needs {needed.width()}x{needed.height()} in {room.width()}x{room.height()}"
                )
        elif isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                problems.append(
                    f"{name}: needs {widget.heightForWidth(widget.width())}px, has {widget.height()}"
                )
            if widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"{name}: a word is wider than the label")
        elif isinstance(widget, QLabel):
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name}: {widget.sizeHint().width()}px of words in {widget.width()}px")
        else:
            if metrics.horizontalAdvance(widget.text()) > widget.width():
                problems.append(f"{name}: words wider than the button")
        left = widget.mapTo(view, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > view.width() + 1:
            problems.append(f"{name}: sticks out at the side of the console")
    return problems


@pytest.mark.parametrize("size", [(560, 720), (1024, 768)])
def test_the_console_fits_a_1024_by_768_laptop_at_200_percent(
    make_screen, window_console, qtbot, app_look, size
):
    app_look(text_scale=2.0)
    screen = make_screen(embedded_console=False)
    console = window_console(screen)
    console.resize(*size)  # start_participant_mode makes it at most 560×720 on a laptop of this size
    console.show()
    qtbot.waitExposed(console)
    for _ in range(3):
        QApplication.processEvents()
    hint = console.minimumSizeHint()
    # The size it is given, not a bigger one it forces (the old console needed 986 px of width at 200 %,
    # so a window manager keeping it to 560 px cut its words: "ow results on the big scre").
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    assert (console.width(), console.height()) == size
    assert cut_words(console) == []
    # Tab through every control: each one, as it takes focus, is in view.
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    console.code.setFocus()
    out_of_view = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        top = focused.mapTo(console.scroll.viewport(), focused.rect().topLeft()).y()
        if top < 0 or top + focused.height() > console.scroll.viewport().height():
            out_of_view.append(focused.objectName())
    assert out_of_view == []
