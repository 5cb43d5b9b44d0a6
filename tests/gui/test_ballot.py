"""The ballot as children use it: by touch alone, by keyboard alone, ranking by places, rating one card
at a time; a double tap, a swipe and a take-back never trip anyone. Each whole vote is checked in the
database through the participant screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QScroller

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.device_settings import save_settings
from coprod_app.ui.common import read_aloud
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.voting_screens import Clock, FakeSpeech, press, stored_votes

PIN = "2468"
PICK = ["commitment-1.1", "commitment-2.1", "commitment-3.1", "commitment-4.1"]


@pytest.fixture
def make_screen(db, session, show_screen):
    pin_store.set_facilitator_pin(db, PIN)

    def _make(method="pick", max_choices=2, keys=PICK, size=(1024, 768), **settings) -> ParticipantScreen:
        if settings:
            save_settings(db, **settings)
        rnd = votes.create_round(db, session.id, method, max_choices, keys)
        # The screen's own 600 ms guard after a page change has its own tests; these press as fast as code.
        screen = show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000, press_guard_ms=0), size)
        screen.welcome.start_button.setFocus()
        return screen

    return _make


def focused() -> str:
    return QApplication.focusWidget().objectName()


TOUCH = QTest.createTouchDevice()


def _at(widget) -> tuple:
    window = widget.window()
    return window.windowHandle(), widget.mapTo(window, widget.rect().center())


def words(screen, key: str) -> str:
    """A card's easy-read words as the ballot's sentences say them (without their own full stop)."""
    c = screen.pack.commitment(key)
    return (c.easy_read or c.text).rstrip(" .")


def touch_tap(widget) -> None:
    """A finger on `widget` and off again, as a touch screen sends it (scrolled into view first)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)  # as a person scrolls to a card before tapping it
    handle, at = _at(widget)
    QTest.touchEvent(handle, TOUCH).press(0, at, handle).commit()
    QTest.touchEvent(handle, TOUCH).release(0, at, handle).commit()


def touch_swipe(widget, dy: int) -> None:
    """A finger put down on `widget` and moved `dy` pixels (up when negative) before it lifts."""
    handle, start = _at(widget)
    QTest.touchEvent(handle, TOUCH).press(0, start, handle).commit()
    for step in range(1, 21):
        QTest.touchEvent(handle, TOUCH).move(0, start + QPoint(0, dy * step // 20), handle).commit()
    QTest.touchEvent(handle, TOUCH).release(0, start + QPoint(0, dy), handle).commit()


def mouse_drag(widget, dy: int) -> None:
    """The left mouse button held on `widget` and dragged `dy` pixels."""
    handle, start = _at(widget)
    QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, start)
    for step in range(1, 21):
        QTest.mouseMove(handle, start + QPoint(0, dy * step // 20))
    QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, start + QPoint(0, dy))


# Pick ------------------------------------------------------------------------------------


def test_pick_by_touch_alone_with_a_take_back_that_says_so(make_screen, db):
    screen = make_screen("pick", 2)
    touch_tap(screen.welcome.start_button)
    assert screen.current_page() is screen.ballot
    ballot = screen.ballot
    ballot.clock = clock = Clock()
    said = []
    ballot.feedback.connect(said.append)
    cards = ballot.cards
    touch_tap(cards["commitment-1.1"])
    assert said[-1] == f"You chose: {words(screen, 'commitment-1.1')}."
    assert said[-1] in ballot.status.text(), "what is said is also shown"
    touch_tap(cards["commitment-2.1"])
    touch_tap(cards["commitment-3.1"])  # a third of two: refused, and says why
    assert said[-1] == "You have chosen 2. Tap a chosen card to change it."
    assert ballot.choices() == ["commitment-1.1", "commitment-2.1"]
    clock.now += 5  # a real take-back, later: shown and said
    touch_tap(cards["commitment-1.1"])
    assert said[-1] == f"You took back: {words(screen, 'commitment-1.1')}."
    assert said[-1] in ballot.status.text()
    touch_tap(cards["commitment-4.1"])
    touch_tap(ballot.done_button)
    assert screen.current_page() is screen.review
    touch_tap(screen.review.yes_button)
    assert screen.current_page() is screen.thanks
    assert stored_votes(db, screen.round.id) == [["commitment-2.1", "commitment-4.1"]]


def test_pick_by_keyboard_alone_and_tab_skips_the_speakers_when_pages_speak(make_screen, db, monkeypatch):
    fake = FakeSpeech()
    monkeypatch.setattr(read_aloud, "find_engine", lambda: (fake, ""))
    read_aloud.reset()
    try:
        screen = make_screen("pick", 2, keys=None, read_pages_aloud=True)  # all 17 cards
        press(Qt.Key_Return)  # Start
        ballot = screen.ballot
        assert focused() == "card_commitment-1.1"
        press(Qt.Key_Space)
        press(Qt.Key_Right)
        press(Qt.Key_Return)
        assert ballot.choices() == ["commitment-1.1", "commitment-1.2"]
        assert QApplication.focusWidget() is ballot.done_button  # all chosen: Done is next
        stops = []
        start = QApplication.focusWidget()
        for _ in range(80):
            press(Qt.Key_Tab)
            if ballot.isAncestorOf(QApplication.focusWidget()):  # the screen's own stop is its own test's
                stops.append(focused())
            if QApplication.focusWidget() is start:
                break
        assert not [s for s in stops if s.startswith("read_")], "speakers are no stops when cards speak"
        # 17 cards, help me, Undo and Done: every stop is something to choose (it was 37)
        assert len(stops) == 20, stops
        assert stops[-3:] == ["ballot_help", "ballot_undo", "ballot_done"]
        press(Qt.Key_Return)  # Done
        press(Qt.Key_Return)  # Yes
        assert stored_votes(db, screen.round.id) == [["commitment-1.1", "commitment-1.2"]]
    finally:
        read_aloud.reset()


def test_a_double_tap_on_a_card_is_one_tap(make_screen, db):
    screen = make_screen("pick", 2)
    screen.welcome.start_button.click()
    ballot = screen.ballot
    ballot.clock = clock = Clock()
    card = ballot.cards["commitment-2.1"]
    touch_tap(card)
    clock.now += 0.25  # the second tap of a double tap
    touch_tap(card)
    assert ballot.choices() == ["commitment-2.1"], "a double tap must not choose and un-choose"
    clock.now += 0.2
    QTest.mouseDClick(card, Qt.LeftButton)  # a mouse double-click: the same
    assert ballot.choices() == ["commitment-2.1"]
    clock.now += 0.3
    QTest.keyClick(card, Qt.Key_Space)  # a switch pressed again at once (or Space bounced): the same
    assert ballot.choices() == ["commitment-2.1"]
    clock.now += 1.0
    touch_tap(card)  # a second later it is meant: taken back
    assert ballot.choices() == []
    touch_tap(ballot.cards["commitment-1.1"])
    ballot.done_button.click()
    screen.review.yes_button.click()
    assert stored_votes(db, screen.round.id) == [["commitment-1.1"]]


@pytest.mark.parametrize("how", ["touch", "mouse"])
def test_a_swipe_scrolls_the_cards_and_chooses_nothing(make_screen, qtbot, how):
    screen = make_screen("pick", 3, keys=None)  # 17 cards: more than the screen shows
    screen.welcome.start_button.click()
    ballot = screen.ballot
    bar = ballot.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    card = ballot.cards["commitment-1.1"]
    (touch_swipe if how == "touch" else mouse_drag)(card, -250)
    qtbot.waitUntil(lambda: bar.value() > 100)  # the cards moved with the finger (and glide on)
    QScroller.scroller(ballot.scroll.viewport()).stop()
    assert ballot.choices() == [], "a swipe is never taken as a tap"
    assert all(c.mark == "" for c in ballot.cards.values())
    touch_tap(ballot.cards["commitment-2.1"])  # a tap still chooses
    assert ballot.choices() == ["commitment-2.1"]


def test_help_me_is_on_the_ballot_and_says_the_facilitator_is_coming(make_screen):
    for method in ("pick", "rank", "rating"):
        screen = make_screen(method, 2)
        screen.welcome.start_button.click()
        ballot = screen.ballot
        help_button = ballot.findChild(type(ballot.help_button), "ballot_help")
        assert help_button is not None and help_button.isVisibleTo(screen) and help_button.accessibleName()
        calls = []
        ballot.help_requested.connect(lambda: calls.append(1))
        assert not ballot.help_note.isVisibleTo(screen)
        touch_tap(help_button)
        assert calls == [1]
        assert ballot.help_note.isVisibleTo(screen)
        assert ballot.help_note.text() == "The facilitator is coming."
        screen.end()


# Rank by places ------------------------------------------------------------------------------


def test_rank_by_places_move_swap_take_out_and_undo(make_screen, db):
    a, b, c, d = PICK
    screen = make_screen("rank", 3)
    touch_tap(screen.welcome.start_button)
    ballot = screen.ballot
    slots = ballot.slots
    said = []
    ballot.feedback.connect(said.append)
    for key in (a, b, c):
        touch_tap(ballot.cards[key])
    assert ballot.choosing.choices.slots == (a, b, c)
    assert [ballot.cards[k].mark for k in (a, b, c)] == ["1", "2", "3"]
    assert "1st" in slots.faces[0].accessibleName()
    touch_tap(ballot.cards[d])  # all three places full: refused, says why
    assert said[-1] == "All 3 places are full. Take a card out to change it."

    touch_tap(slots.ups[2])  # the 3rd moves up
    assert ballot.choosing.choices.slots == (a, c, b)
    touch_tap(slots.faces[0])  # press the 1st, then the 3rd: they swap
    assert "picked" in said[-1]
    touch_tap(slots.faces[2])
    assert ballot.choosing.choices.slots == (b, c, a)
    slots.downs[0].setFocus(Qt.TabFocusReason)  # by keyboard: the 1st moves down
    press(Qt.Key_Return)
    assert ballot.choosing.choices.slots == (c, b, a)

    touch_tap(slots.outs[1])  # taken out: the others keep their places, and it says so
    assert ballot.choosing.choices.slots == (c, None, a)
    assert ballot.cards[a].mark == "3", "the 3rd stays 3rd"
    assert "The 2nd place is empty now" in said[-1]
    assert said[-1] in ballot.status.text()
    touch_tap(ballot.undo_button)  # undo puts back exactly the card taken out, in its place
    assert ballot.choosing.choices.slots == (c, b, a)
    assert said[-1].startswith("Undone.")
    touch_tap(ballot.undo_button)
    assert ballot.choosing.choices.slots == (b, c, a)

    touch_tap(ballot.done_button)
    touch_tap(screen.review.yes_button)
    assert stored_votes(db, screen.round.id) == [[b, c, a]]


def test_rank_an_empty_place_between_two_is_stored_without_a_gap(make_screen, db):
    a, b, c, _ = PICK
    screen = make_screen("rank", 3)
    screen.welcome.start_button.click()
    ballot = screen.ballot
    for key in (a, b, c):
        ballot.cards[key].activated.emit(key)
    ballot.slots.outs[0].click()
    assert ballot.choosing.choices.slots == (None, b, c)
    ballot.cards[a].activated.emit(a)  # a second later: into the first empty place
    assert ballot.choosing.choices.slots == (a, b, c)
    ballot.slots.outs[1].click()
    ballot.done_button.click()
    ballot_review = screen.review
    ballot_review.yes_button.click()
    assert stored_votes(db, screen.round.id) == [[a, c]]


# Rating, one card at a time ------------------------------------------------------------------------


def test_rating_one_at_a_time_by_keyboard_alone_with_a_way_back(make_screen, db):
    a, b, c, _ = PICK
    screen = make_screen("rating", 3, keys=[a, b, c])  # one at a time is this laptop's default
    press(Qt.Key_Return)  # Start
    ballot = screen.ballot
    one = ballot.rating_one
    assert one is not None and ballot.rating_cards == {}
    ballot.clock = clock = Clock()
    assert focused() == "rate_one_like"
    assert ballot.heading.text().startswith("Card 1 of 3.")
    press(Qt.Key_Space)  # like the first; the second card shows
    assert one.current_key() == b and focused() == "rate_one_like"
    assert ballot.heading.text().startswith("Card 2 of 3.")
    press(Qt.Key_Space)  # pressed again at once: a double press, not an answer for the second card
    assert ballot.choices() == {a: "like"}
    clock.now += 1
    press(Qt.Key_Right)
    press(Qt.Key_Right)
    assert focused() == "rate_one_dislike", "Left and Right move along the scale"
    press(Qt.Key_Right)
    assert focused() == "rate_one_dislike"
    press(Qt.Key_Space)  # don't like the second
    clock.now += 1
    press(Qt.Key_Right)
    press(Qt.Key_Space)  # not sure for the third; all answered: Done is next
    assert QApplication.focusWidget() is ballot.done_button
    assert ballot.choices() == {a: "like", b: "dislike", c: "unsure"}

    # Back to the first card along the strip (one Tab stop; Left walks along it), and change it.
    for _ in range(20):
        if focused().startswith("rating_strip_"):
            break
        press(Qt.Key_Tab)
    assert focused() == f"rating_strip_{c}"
    press(Qt.Key_Left)
    press(Qt.Key_Left)
    press(Qt.Key_Space)
    assert one.current_key() == a
    assert one.scale_buttons["like"].isChecked(), "the card shows its answer"
    clock.now += 1
    one.scale_buttons["unsure"].setFocus(Qt.TabFocusReason)
    press(Qt.Key_Space)
    assert ballot.choices()[a] == "unsure"
    ballot.done_button.setFocus(Qt.TabFocusReason)
    press(Qt.Key_Return)
    assert screen.current_page() is screen.review
    press(Qt.Key_Return)
    assert stored_votes(db, screen.round.id) == [{a: "unsure", b: "dislike", c: "unsure"}]


def test_rating_one_at_a_time_by_touch_alone_with_undo(make_screen, db):
    a, b, c, _ = PICK
    screen = make_screen("rating", 3, keys=[a, b, c], size=(1366, 768))
    touch_tap(screen.welcome.start_button)
    ballot = screen.ballot
    one = ballot.rating_one
    ballot.clock = clock = Clock()
    for button in one.scale_buttons.values():  # big targets, in view
        assert button.width() >= 150 and button.height() >= 150
        assert button.visibleRegion().boundingRect().size() == button.size()
    touch_tap(one.scale_buttons["dislike"])
    clock.now += 1
    touch_tap(one.scale_buttons["like"])
    assert ballot.choices() == {a: "dislike", b: "like"}
    strip = one.strip_buttons
    assert strip[0].rating == "dislike" and strip[1].rating == "like" and strip[2].rating is None
    touch_tap(ballot.undo_button)  # undo: the second card shows again, without its answer
    assert ballot.choices() == {a: "dislike"}
    assert one.current_key() == b and not any(x.isChecked() for x in one.scale_buttons.values())
    clock.now += 1
    touch_tap(strip[2])  # straight to the third card
    touch_tap(one.scale_buttons["unsure"])
    touch_tap(ballot.done_button)
    touch_tap(screen.review.yes_button)
    assert stored_votes(db, screen.round.id) == [{a: "dislike", c: "unsure"}]


# Rating, the list -------------------------------------------------------------------------------


def test_rating_list_left_right_stay_on_the_card_and_the_focused_choice_shows_at_200_percent(
    make_screen, app_look
):
    app_look(text_scale=2.0, rating_layout="list")
    screen = make_screen("rating", 3, keys=None)
    screen.welcome.start_button.click()
    ballot = screen.ballot
    first, second = screen.round.commitments[:2]
    assert focused() == f"rate_{first}_like"
    press(Qt.Key_Right)
    press(Qt.Key_Right)
    assert focused() == f"rate_{first}_dislike"
    press(Qt.Key_Right)
    assert focused() == f"rate_{first}_dislike", "Right past the last choice stays on this card"
    viewport = ballot.scroll.viewport()

    def shown(widget) -> bool:
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(top_left) and viewport.rect().contains(
            top_left + QPoint(widget.width() - 1, widget.height() - 1)
        )

    assert shown(QApplication.focusWidget()), "the focused Don't like is scrolled into view"
    press(Qt.Key_Down)
    assert focused() == f"rate_{second}_dislike"
    assert shown(QApplication.focusWidget())
    press(Qt.Key_Space)
    assert ballot.choices() == {second: "dislike"}


@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
def test_at_200_percent_the_whole_ballot_fits_1024_by_768(make_screen, app_look, method):
    app_look(text_scale=2.0)  # the app's real look; rating one card at a time (the default)
    screen = make_screen(method, 3, keys=None)
    screen.welcome.start_button.click()
    ballot = screen.ballot
    # Its scroll bars once asked 246 px each: the window grew past the screen and Done went off it.
    assert screen.minimumSizeHint().height() <= 768
    QApplication.processEvents()
    must_show = [ballot.help_button, ballot.undo_button, ballot.done_button]
    if ballot.slots is not None:
        must_show += [*ballot.slots.faces, *ballot.slots.outs]
    if ballot.rating_one is not None:
        must_show += [*ballot.rating_one.scale_buttons.values(), ballot.rating_one.next_button]
    for pressed_help in (False, True):  # "The facilitator is coming." once made the bar taller
        if pressed_help:
            ballot.help_button.click()
            QApplication.processEvents()
            assert screen.minimumSizeHint().height() <= 768
        for widget in must_show:
            place = widget.mapTo(screen, QPoint(0, 0))
            assert screen.rect().contains(place) and screen.rect().contains(
                place + QPoint(widget.width() - 1, widget.height() - 1)
            ), f"{widget.objectName()} is not all on the screen"
            assert widget.visibleRegion().boundingRect().size() == widget.size(), widget.objectName()
