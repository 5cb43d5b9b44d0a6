"""The results on the shared screen (issue 17): nothing until 5 people have voted, every card reachable
page by page in big rows with their symbols, right plurals, and like / not sure / don't like told apart
without colour. The facilitator's dialog says when the big screen shows nothing."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.voting import RATINGS
from coprod_app.storage import votes
from coprod_app.storage.sessions import session_pack
from coprod_app.ui import theme
from coprod_app.ui.voting import look, results_chart
from coprod_app.ui.voting.results_chart import ResultsChart
from coprod_app.ui.voting.results_dialog import VoteResultsDialog
from coprod_app.ui.voting.results_page import ResultsPage
from tests.gui.accessibility_walk import unnamed_focusable

# Before issue 17 a row was two lines of 15 pt bold plus 2 x 8 px: 65.6 px at 1366x768 and 100 %.
ROW_BEFORE_PX = 65.6


def shared_screen(qtbot, width=1366, height=768, scale=1.0, palette=theme.DEFAULT) -> ResultsPage:
    """The results page as the participant screen holds it: its style sheet, its size, shown."""
    host = QWidget()
    host.setObjectName("participant_screen")
    host.setStyleSheet(look.style_sheet(palette=palette, scale=scale))
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    page = ResultsPage(scale, palette=palette)
    layout.addWidget(page)
    qtbot.addWidget(host)
    host.setFixedSize(width, height)
    host.show()
    qtbot.waitExposed(host)
    page.host = host  # qtbot keeps only a weak reference: the host must live as long as the page
    return page


def cast(db, rnd, people: int) -> None:
    """`people` ballots, each different, so a card's order or count would say who chose what."""
    keys = list(rnd.commitments)
    for i in range(people):
        if rnd.method == "rating":
            votes.cast_vote(db, rnd.id, {k: RATINGS[(i + j) % 3] for j, k in enumerate(keys[:3])})
        elif rnd.method == "rank":
            votes.cast_vote(db, rnd.id, [keys[i % len(keys)], keys[(i + 1) % len(keys)]])
        else:
            votes.cast_vote(db, rnd.id, [keys[i % len(keys)]])


def everything_shown(page: ResultsPage) -> str:
    """Every word the page holds: labels (shown or not), accessible names and descriptions, the chart's
    words and what the speaker would read."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    for widget in [page, *page.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription()]
    speaker = page.findChild(QWidget, "results_read")
    texts += [page.chart.describe(), speaker.words() if speaker is not None else ""]
    return "\n".join(texts)


# Fewer than 5 people: nothing of anyone's choice reaches the room -------------------------------------


@pytest.mark.parametrize(
    "method,people,tallied",
    [(m, n, 0) for m in ("pick", "rank", "rating") for n in (1, 2, 3, 4)] + [("pick", 2, 2)],
)
def test_fewer_than_5_voters_show_no_count_and_no_card_order(qtbot, db, session, method, people, tallied):
    """Before: with one voter the projector listed that child's card first, with "1 vote" beside it."""
    rnd = votes.create_round(db, session.id, method, 2)
    cast(db, rnd, people)
    if tallied:
        votes.add_tally(db, rnd.id, rnd.commitments[-1], tallied)
    results = votes.round_results(db, rnd.id)
    page = shared_screen(qtbot)
    page.set_results(results)

    words = everything_shown(page)
    pack = session_pack(db, session.id)
    for key in rnd.commitments:
        card = pack.commitment(key)
        assert key not in words
        assert (card.easy_read or card.text) not in words
        assert card.text not in words
    everyone = people + tallied
    # The only numbers anywhere: how many have voted, and the 5 needed. No count of any card.
    assert set(re.findall(r"\d+", words)) <= {str(everyone), str(SMALL_COUNT)}, words
    assert f"We need {SMALL_COUNT} votes before we show what people chose." in words
    assert page.chart.results is None and not page.chart.isVisibleTo(page)
    assert page.chart.describe() == "" and page.chart.page_cards() == []
    assert not page.next_button.isVisibleTo(page) and not page.back_button.isVisibleTo(page)
    assert page.figures.count == everyone  # the figures of people: filled for each vote so far


def test_the_chart_alone_keeps_nothing_below_5_voters(qtbot, db, session):
    """Whoever builds the big-screen chart, it refuses small results itself (not only the page)."""
    rnd = votes.create_round(db, session.id, "pick", 1)
    cast(db, rnd, 4)
    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.set_results(votes.round_results(db, rnd.id))
    assert chart.results is None and chart.describe() == "" and chart.accessibleDescription() == ""
    exact = ResultsChart(exact=True)  # the facilitator's own chart shows them
    qtbot.addWidget(exact)
    exact.set_results(votes.round_results(db, rnd.id))
    assert "1 vote." in exact.describe()


def test_results_hide_again_when_votes_drop_below_5(qtbot, db, session):
    """A participant erased after the reveal: the screen must not keep showing 4 people's choices."""
    rnd = votes.create_round(db, session.id, "pick", 1)
    cast(db, rnd, 5)
    page = shared_screen(qtbot)
    results = votes.round_results(db, rnd.id)
    page.set_results(results)
    assert page.chart.isVisibleTo(page) and page.chart.describe()
    page.set_results({**results, "ballots": 4})
    assert page.chart.results is None and not page.chart.isVisibleTo(page)
    assert "4 votes so far." in everything_shown(page)


def test_a_new_reveal_after_1_to_4_more_votes_keeps_the_results_the_room_saw(qtbot, db, session):
    """Before: reveal at 5, one more child votes, reveal again: the card that went up by 1 was theirs."""
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    page = shared_screen(qtbot)
    page.set_results(votes.round_results(db, rnd.id))
    first = page.chart.describe()
    assert ": 5 votes." in first and not page.later.isVisibleTo(page)
    for extra in range(1, 5):
        votes.cast_vote(db, rnd.id, ["commitment-1.2"])
        page.set_results(votes.round_results(db, rnd.id))
        assert page.chart.describe() == first, f"{extra} more vote(s) could be told apart"
        assert page.subtitle.text() == "5 votes. Most chosen first."
        assert page.later.text() == "We show new results after 10 votes."
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])  # 5 more: a group too big to pick anyone out
    page.set_results(votes.round_results(db, rnd.id))
    assert page.chart.describe() != first and ": 5 votes." in page.chart.describe()
    assert page.subtitle.text() == "10 votes. Most chosen first." and not page.later.isVisibleTo(page)
    fewer = votes.round_results(db, rnd.id)
    fewer["ballots"] = 9  # a participant erased: what is left is shown at once, without their vote
    fewer["commitments"] = [
        {**c, "score": c["score"] - (c["key"] == "commitment-1.2")} for c in fewer["commitments"]
    ]
    page.set_results(fewer)
    assert page.subtitle.text() == "9 votes. Most chosen first."


# 5 people and more ------------------------------------------------------------------------------------


def test_5_voters_show_the_counts(qtbot, db, session):
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):
        votes.cast_vote(db, rnd.id, ["commitment-1.2"])
    page = shared_screen(qtbot)
    page.set_results(votes.round_results(db, rnd.id))
    assert page.chart.isVisibleTo(page) and not page.waiting.isVisibleTo(page)
    assert page.subtitle.text() == "5 votes. Most chosen first."
    assert page.chart.describe() == (
        "1. We will help schools, doctors and carers teach you how to stay healthy.: 5 votes. "
        "2. We will train staff in schools, health and care to understand and meet your needs.: 0 votes."
    )
    assert not page.next_button.isVisibleTo(page)  # two cards: one page, no paging


def test_every_row_has_its_cards_symbol_and_each_rating_its_own(qtbot, db, session, monkeypatch):
    """Before: no symbol at all on the results."""
    rnd = votes.create_round(db, session.id, "rating", commitments=["commitment-1.1", "commitment-2.1"])
    for _ in range(6):
        votes.cast_vote(db, rnd.id, {"commitment-1.1": "like", "commitment-2.1": "dislike"})
    painted = []
    real = results_chart.paint_symbol
    monkeypatch.setattr(
        results_chart, "paint_symbol", lambda p, r, name, pal: painted.append(name) or real(p, r, name, pal)
    )
    page = shared_screen(qtbot)
    page.set_results(votes.round_results(db, rnd.id))
    page.chart.grab()  # paints it
    assert set(painted) == {"commitment-1.1", "commitment-2.1", *RATINGS}
    assert painted.count("like") == painted.count("dislike") == 2  # one per rating on every row


# Paging: every card can be shown ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "width,height,scale", [(1366, 768, 1.0), (1024, 768, 1.0), (1366, 768, 2.0), (1024, 768, 2.0)]
)
def test_17_cards_page_through_all_17_in_rows_three_times_as_tall(qtbot, db, session, width, height, scale):
    """Before: 8 of 17 rows and "9 more cards are not shown here", with no way to see them."""
    rnd = votes.create_round(db, session.id, "pick", 3)
    assert len(rnd.commitments) == 17
    cast(db, rnd, 20)
    results = votes.round_results(db, rnd.id)
    page = shared_screen(qtbot, width, height, scale)
    page.set_results(results)
    chart = page.chart
    pages = chart.page_count()
    assert pages > 1 and chart.rows_per_page() >= 2  # big rows, but not one card per screen
    assert chart.height() / chart.rows_per_page() >= 3 * ROW_BEFORE_PX
    seen = []
    for number in range(1, pages + 1):
        assert page.page_number.text() == f"Page {number} of {pages}"
        seen += [c["key"] for c in chart.page_cards()]
        assert page.back_button.isEnabled() == (number > 1)
        assert page.next_button.isEnabled() == (number < pages)
        if number < pages:
            qtbot.mouseClick(page.next_button, Qt.LeftButton)  # a tap
    assert seen == [c["key"] for c in chart.cards()] and len(set(seen)) == 17
    qtbot.mouseClick(page.back_button, Qt.LeftButton)
    assert page.page_number.text() == f"Page {pages - 1} of {pages}"


def test_a_window_taller_than_its_screen_keeps_every_row_on_the_screen(qtbot, db, session):
    """Seen under Xvfb at 200 %: a rating ballot's minimum height made the voting window 1248 px tall on a
    768 px screen, and the results put 4 rows a page, the last ones below the edge, never seen."""
    rnd = votes.create_round(db, session.id, "pick", 3)
    cast(db, rnd, 20)
    screen_bottom = QApplication.primaryScreen().geometry().bottom() + 1
    page = shared_screen(qtbot, 1366, screen_bottom + 600)
    page.set_results(votes.round_results(db, rnd.id))
    chart = page.chart
    top = chart.mapToGlobal(QPoint(0, 0)).y()
    assert chart.height() > screen_bottom - top  # the window is taller than the screen
    assert chart.rows_per_page() * chart.row_height() <= screen_bottom - top
    seen = []
    for number in range(chart.page_count()):
        chart.set_page(number)
        seen += [c["key"] for c in chart.page_cards()]
    assert len(set(seen)) == 17


def test_paging_by_keyboard_and_by_swipe(qtbot, db, session):
    rnd = votes.create_round(db, session.id, "pick", 3)
    cast(db, rnd, 20)
    page = shared_screen(qtbot)
    page.set_results(votes.round_results(db, rnd.id))
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    page.first_focus().setFocus()
    chart = page.chart
    last = chart.page_count() - 1

    def key(k):
        QTest.keyClick(QApplication.focusWidget(), k)

    key(Qt.Key_Space)  # Space on the focused Next
    assert chart.page == 1
    key(Qt.Key_Right)
    key(Qt.Key_PageDown)
    assert chart.page == 3
    key(Qt.Key_Left)
    key(Qt.Key_PageUp)
    assert chart.page == 1
    key(Qt.Key_End)
    assert chart.page == last and not page.next_button.isEnabled()
    assert QApplication.focusWidget() is page.back_button  # not lost when Next went grey
    key(Qt.Key_Home)
    assert chart.page == 0
    y = chart.height() // 2
    QTest.mousePress(chart, Qt.LeftButton, Qt.NoModifier, QPoint(chart.width() - 50, y))
    QTest.mouseRelease(chart, Qt.LeftButton, Qt.NoModifier, QPoint(50, y))
    assert chart.page == 1  # a swipe to the left shows the next cards
    QTest.mousePress(chart, Qt.LeftButton, Qt.NoModifier, QPoint(100, y))
    QTest.mouseRelease(chart, Qt.LeftButton, Qt.NoModifier, QPoint(110, y))
    assert chart.page == 1  # a tap is not a swipe


def test_every_focusable_widget_on_the_results_page_is_named(qtbot, db, session):
    rnd = votes.create_round(db, session.id, "pick", 3)
    cast(db, rnd, 20)
    page = shared_screen(qtbot)
    page.set_results(votes.round_results(db, rnd.id))
    assert unnamed_focusable(page) == []
    assert page.next_button.accessibleName() and page.back_button.accessibleName()
    assert not page.next_button.icon().isNull() and not page.back_button.icon().isNull()  # arrows


# Plurals ------------------------------------------------------------------------------------------


def test_plurals_for_1_and_2(qtbot, db, session):
    """Before: "1 votes", "1 points" (no English plural forms for the strings)."""
    rnd = votes.create_round(db, session.id, "pick", 1)
    page = shared_screen(qtbot)
    votes.cast_vote(db, rnd.id, [rnd.commitments[0]])
    page.set_results(votes.round_results(db, rnd.id))
    assert page.waiting_count.text() == "1 vote so far."
    votes.cast_vote(db, rnd.id, [rnd.commitments[0]])
    page.set_results(votes.round_results(db, rnd.id))
    assert page.waiting_count.text() == "2 votes so far."
    ranked = votes.create_round(db, session.id, "rank", 2)
    votes.cast_vote(db, ranked.id, list(ranked.commitments[:2]))
    dialog = VoteResultsDialog(db, ranked.id)
    qtbot.addWidget(dialog)
    words = dialog.chart.describe()
    assert ": 2 points." in words and ": 1 point." in words and "1 points" not in words


# Told apart without colour ------------------------------------------------------------------------------


def _grey_bar(palette: theme.Palette, rating: str) -> QImage:
    image = QImage(240, 48, QImage.Format_RGB32)
    image.fill(QColor(palette.background))
    painter = QPainter(image)
    style = results_chart.RATING_STYLES[rating]
    results_chart.paint_bar(painter, QRectF(0, 0, 240, 48), palette.rating_colour(rating), style)
    painter.end()
    return image.convertToFormat(QImage.Format_Grayscale8)


def _ink(image: QImage, background: int) -> list[bool]:
    return [
        abs(QColor(image.pixel(x, y)).value() - background) > 40
        for y in range(image.height())
        for x in range(image.width())
    ]


@pytest.mark.parametrize("palette", list(theme.PALETTES.values()), ids=lambda p: p.name)
def test_like_unsure_and_dislike_bars_differ_in_black_and_white(qtbot, palette):
    """Before: one solid bar per rating, 1.23:1 apart in lightness (1.00:1 for a colour-blind child)."""
    assert len(set(results_chart.RATING_STYLES.values())) == 3
    background = QColor(palette.background).value()
    cover = {}
    for rating in RATINGS:
        ink = _ink(_grey_bar(palette, rating), background)
        cover[rating] = sum(ink) / len(ink)
    # Solid, stripes and crossed lines cover very different shares of the bar, whatever the colour.
    for a, b in itertools.combinations(RATINGS, 2):
        assert abs(cover[a] - cover[b]) >= 0.15, cover
    assert cover["like"] > 0.95


@pytest.mark.parametrize("palette", list(theme.PALETTES.values()), ids=lambda p: p.name)
def test_bars_stand_out_from_both_row_backgrounds(palette):
    """WCAG 1.4.11: each bar's colour at least 3:1 against the background and the striped rows."""
    for colour in (palette.accent, palette.like, palette.unsure, palette.dislike):
        for behind in (palette.background, palette.surface):
            assert theme.contrast_ratio(colour, behind) >= theme.NON_TEXT, (palette.name, colour, behind)


# The facilitator's dialog ---------------------------------------------------------------------------


def test_the_facilitators_dialog_shows_small_counts_and_says_the_big_screen_does_not(qtbot, db, session):
    rnd = votes.create_round(db, session.id, "pick", 1)
    votes.cast_vote(db, rnd.id, [rnd.commitments[0]])
    dialog = VoteResultsDialog(db, rnd.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.big_screen_note.isVisible()
    assert dialog.big_screen_note.text() == "Fewer than 5 have voted: not shown on the big screen."
    words = dialog.chart.describe()
    assert ": 1 vote." in words and words.count(". ") >= 17  # every card, exactly, in a scroll area
    assert unnamed_focusable(dialog) == []
    cast(db, rnd, 4)
    again = VoteResultsDialog(db, rnd.id)
    qtbot.addWidget(again)
    again.show()
    assert not again.big_screen_note.isVisible()


def test_big_rows_are_three_times_the_old_ones():
    assert results_chart.BIG.min_row_px >= 3 * ROW_BEFORE_PX


# On the participant screen itself ------------------------------------------------------------------


def test_on_the_participant_screen_arrow_keys_page_the_revealed_results(db, session, show_screen):
    from coprod_app.storage import pin as pin_store
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    pin_store.set_facilitator_pin(db, "2468")
    rnd = votes.create_round(db, session.id, "pick", 3)
    cast(db, rnd, 3)
    screen = show_screen(ParticipantScreen(db, rnd.id, next_person_ms=600_000), (1366, 768))
    screen.set_revealed(True)
    page = screen.results_page
    assert screen.current_page() is page and page.chart.results is None  # 3 voters: nothing yet
    cast(db, rnd, 17)
    screen.set_revealed(False)
    screen.set_revealed(True)
    assert page.chart.page_count() > 1
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key_Right)
    assert page.chart.page == 1
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key_Left)
    assert page.chart.page == 0
