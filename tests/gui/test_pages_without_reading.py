"""The pages around the ballot can be understood without reading: symbols on every button and page,
the chosen cards' own symbols on "You chose…", and a list that a finger scrolls without choosing anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from coprod_app.resources import SYMBOLS
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.app import use_view_settings
from coprod_app.ui.common.symbols import SymbolView
from coprod_app.ui.voting import page_symbols, pages
from coprod_app.ui.voting.page_symbols import PageSymbol
from coprod_app.ui.voting.participant_screen import ParticipantScreen

ALL_17 = [f"commitment-{p}.{n}" for p, count in ((1, 5), (2, 4), (3, 3), (4, 5)) for n in range(1, count + 1)]


@pytest.fixture
def screen_for(db, session, show_screen):
    pin_store.set_facilitator_pin(db, "2468")

    def _make(method="pick", keys=("commitment-1.1", "commitment-2.1", "commitment-3.1"), size=(1366, 768)):
        use_view_settings(QApplication.instance(), db)  # the real application style, as people see it
        rnd = votes.create_round(db, session.id, method, len(keys), list(keys))
        return show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000), size, activate=False)

    return _make


def test_every_page_symbol_is_a_real_openmoji_file_credited_in_the_licence():
    licence = (SYMBOLS / "LICENSE.md").read_text(encoding="utf-8")
    for name, meaning in page_symbols.PAGE_SYMBOLS.items():
        assert (SYMBOLS / f"{name}.svg").is_file(), name
        assert page_symbols._page_renderer(name) is not None, (
            f"{name}.svg does not load: a painted stand-in shows"
        )
        code = meaning.split()[0]
        assert f"`{name}` {code}" in licence, (
            f"{name} ({code}) is not credited in resources/symbols/LICENSE.md"
        )


def test_start_yes_and_change_each_carry_their_symbol(screen_for):
    screen = screen_for()
    for button, symbol in (
        (screen.welcome.start_button, "page-start"),
        (screen.review.yes_button, "page-yes"),
        (screen.review.change_button, "page-change"),
    ):
        assert button.property("symbol") == symbol
        assert not button.icon().isNull()
        assert button.iconSize().width() >= 48, "big enough to see from a wheelchair at the table"
        assert button.accessibleName() and button.objectName()


@pytest.mark.parametrize("page_name, symbol", [("thanks", "page-thanks"), ("paused_page", "page-wait")])
def test_thank_you_and_please_wait_show_a_big_symbol(screen_for, page_name, symbol):
    screen = screen_for()
    page = getattr(screen, page_name)
    [shown] = page.findChildren(PageSymbol)
    assert shown.name == symbol and shown.width() >= 150


def test_you_chose_shows_each_chosen_card_with_its_own_symbol_in_rank_order(screen_for, qtbot):
    screen = screen_for("rank")
    screen.review.show_choices("rank", ["commitment-3.1", "commitment-1.1"], screen.pack)
    screen._go(screen.review)
    rows = screen.review.choice_rows.rows
    assert [r.objectName() for r in rows] == ["review_row_commitment-3.1", "review_row_commitment-1.1"]
    for row, key, number in zip(rows, ["commitment-3.1", "commitment-1.1"], ["1.", "2."]):
        [symbol] = row.findChildren(SymbolView)
        assert symbol.name == key and symbol.has_symbol(), "the card's own OpenMoji symbol, not a stand-in"
        assert symbol.isVisibleTo(screen)
        assert row.findChild(QLabel, "review_rank").text() == number
    [question] = screen.review.findChildren(PageSymbol)
    assert question.name == "page-check"
    spoken = pages.spoken_page(screen.review)
    assert spoken.startswith("You chose: 1. We will help you learn skills") and spoken.endswith(
        "Is this right?"
    )


def test_a_rating_review_shows_the_face_and_word_of_each_rating(screen_for):
    keys = ("commitment-1.1", "commitment-2.1", "commitment-3.1")
    screen = screen_for("rating", keys)
    chosen = dict(zip(keys, ("like", "unsure", "dislike")))
    screen.review.show_choices("rating", chosen, screen.pack)
    for row, (key, rating) in zip(screen.review.choice_rows.rows, chosen.items()):
        names = [view.name for view in row.findChildren(SymbolView)]
        assert names == [rating, key]
    assert "Don't like" in screen.review.choice_rows.text()


def test_a_new_person_never_sees_the_last_persons_rows(screen_for):
    screen = screen_for()
    screen.review.show_choices("pick", ["commitment-1.1", "commitment-2.1"], screen.pack)
    screen.review.show_choices("pick", ["commitment-3.1"], screen.pack)
    QApplication.processEvents()
    assert [r.objectName() for r in screen.review.choice_rows.rows] == ["review_row_commitment-3.1"]
    assert "We will train staff" not in screen.review.choice_rows.text()


def test_a_swipe_scrolls_the_long_list_and_sends_nothing(screen_for, qtbot, db):
    screen = screen_for("rating", ALL_17, size=(1024, 768))
    screen.review.show_choices("rating", dict.fromkeys(ALL_17, "like"), screen.pack)
    screen._go(screen.review)
    area = screen.review.list_scroll
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    touch = QTest.createTouchDevice()
    viewport = area.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    QTest.touchEvent(viewport, touch).press(0, start, viewport)
    for step in range(1, 16):
        QTest.touchEvent(viewport, touch).move(0, start - QPoint(0, step * 20), viewport)
        QApplication.processEvents()
    QTest.touchEvent(viewport, touch).release(0, start - QPoint(0, 300), viewport)
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert screen.current_page() is screen.review, "a swipe is not a tap on Yes or Change"
    assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 0


def test_when_pages_speak_by_themselves_their_speakers_are_no_tab_stops(qtbot):
    from coprod_app.storage.device_settings import DeviceSettings
    from coprod_app.ui.voting.pages import PausedPage, ReviewPage, ThanksPage, WelcomePage

    for speaking in (False, True):
        settings = DeviceSettings(read_pages_aloud=speaking)
        made = [
            WelcomePage("pick", 3, settings=settings),
            ReviewPage(settings=settings),
            ThanksPage(settings=settings),
            PausedPage(settings=settings),
        ]
        for page in made:
            qtbot.addWidget(page)
            takes_tab = bool(page.speaker.focusPolicy() & Qt.TabFocus)
            assert takes_tab is not speaking, (page.objectName(), speaking)
