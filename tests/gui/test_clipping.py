"""At 200 % text on a 1024x768 projector (and 1920x1080), no words on a participant screen are cut off.

Each page is shown at that size and grabbed; then every visible label is checked: its
text fits its own box (height for its width when it wraps, width when it does not),
and no parent cuts it off, except a scroll area, which scrolls. Buttons' words must fit too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import pin as pin_store
from coprod_app.storage import sessions as session_store
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.views import record_view
from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
from coprod_app.ui.privacy.notice_screen import PrivacyNoticeScreen
from coprod_app.ui.theme import DEFAULT, HIGH_CONTRAST
from coprod_app.ui.voting.participant_screen import ParticipantScreen

SIZES = [(1024, 768), (1920, 1080)]


def _is_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def cut_off(root: QWidget) -> list[str]:
    """Every visible label or button under `root` whose words do not fit where they are shown."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(root):
            continue
        text = widget.text()
        if not text.strip():
            continue
        name = f"{type(widget).__name__} '{widget.objectName()}' ({text[:40]!r})"
        box = widget.contentsRect() if isinstance(widget, QLabel) else widget.rect()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{name}: needs {needed}px of height, has {widget.height()}")
            if widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"{name}: a word is wider than the label ({widget.width()}px)")
        elif isinstance(widget, QLabel):
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(
                    f"{name}: needs {hint.width()}x{hint.height()}, has {box.width()}x{box.height()}"
                )
        else:  # a button: its words (and icon) within its width
            hint = widget.sizeHint()
            words = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            if words > widget.width() or hint.height() > widget.height() + 1:
                problems.append(f"{name}: words {words}px wide in {widget.width()}x{widget.height()}")
        # Cut off by a parent? A scroll area's viewport may hide it vertically (people scroll), no more.
        rect = QRect(QPoint(0, 0), widget.size())
        child: QWidget = widget
        parent = widget.parentWidget()
        scrolls = False
        while parent is not None:
            rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
            inside = parent.rect()
            if rect.left() < inside.left() - 1 or rect.right() > inside.right() + 1:
                problems.append(
                    f"{name}: cut off at the side by {parent.objectName() or type(parent).__name__}"
                )
                break
            if _is_scroll_viewport(parent):
                scrolls = True
            elif not scrolls and (rect.top() < inside.top() - 1 or rect.bottom() > inside.bottom() + 1):
                problems.append(
                    f"{name}: cut off at the top or bottom by {parent.objectName() or type(parent).__name__}"
                )
                break
            if parent is root:
                break
            child, parent = parent, parent.parentWidget()
    return problems


@pytest.fixture
def voting(qtbot, db, session, app_look):
    pin_store.set_facilitator_pin(db, "2468")
    made = []

    def _make(method: str, size, scale=2.0, palette=None) -> ParticipantScreen:
        app_look(text_scale=scale, theme=(palette or DEFAULT).name)  # the app's real look at that size
        rnd = votes.create_round(db, session.id, method, 3)  # all 17 commitments
        for choice in (["commitment-1.1", "commitment-2.2"], ["commitment-4.5"]):
            if method == "rating":
                votes.cast_vote(db, rnd.id, {k: "like" for k in choice})
            else:
                votes.cast_vote(db, rnd.id, choice)
        screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, scale=scale, palette=palette)
        qtbot.addWidget(screen)
        made.append(screen)
        screen.setFixedSize(*size)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    yield _make
    for screen in made:
        if not screen.has_ended:
            screen.end()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def pages_of(screen: ParticipantScreen):
    """Show each page in turn; yield its name once it is laid out."""
    settle()
    yield "welcome"
    screen.welcome.start_button.click()
    settle()
    yield "ballot"
    ballot = screen.ballot
    if ballot.rating_one is not None:  # one card at a time: each answer shows the next card
        ballot.clock = iter(range(1000)).__next__  # a second between presses: none is a double tap
        for _ in range(5):
            ballot.rating_one.scale_buttons["unsure"].click()
    elif screen.round.method == "rating":
        for key in screen.round.commitments[:5]:
            ballot.rating_cards[key].buttons[1].click()
    else:
        for key in screen.round.commitments[-3:]:  # the longest words are near the end
            QTest.mouseClick(ballot.cards[key], Qt.LeftButton)
    settle()
    yield "ballot, 3 chosen"
    ballot.scroll.verticalScrollBar().setValue(ballot.scroll.verticalScrollBar().maximum())
    settle()
    yield "ballot, scrolled to the end"
    ballot.done_button.click()
    settle()
    yield "review"
    screen.review.yes_button.click()
    settle()
    yield "thanks"
    screen.next_person()
    screen.set_paused(True)
    settle()
    yield "paused"
    screen.set_revealed(True)
    settle()
    yield "results"


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
def test_no_words_are_cut_off_at_200_percent(voting, size, method, tmp_path):
    screen = voting(method, size)
    problems = {}
    for page in pages_of(screen):
        shown = screen.current_page()
        assert screen.grab().save(str(tmp_path / f"{page}.png"))  # what a person would see
        found = cut_off(shown)
        if found:
            problems[page] = found
    assert problems == {}


def test_high_contrast_at_200_percent_fits_too(voting):
    screen = voting("pick", SIZES[0], palette=HIGH_CONTRAST)
    problems = {page: cut_off(screen.current_page()) for page in pages_of(screen)}
    assert {page: found for page, found in problems.items() if found} == {}


def test_the_checker_finds_a_cut_label(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("A sentence far too long for this narrow label to show whole", host)
    label.setObjectName("too_long")
    label.setGeometry(0, 0, 80, 20)
    wrapped = QLabel("Many words that wrap onto more lines than there is room for here", host)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 120, 20)
    host.resize(200, 60)
    host.show()
    found = cut_off(host)
    assert any("too_long" in p for p in found)
    assert any("needs" in p and "height" in p for p in found)


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
def test_last_time_cards_fit_at_200_percent(qtbot, db, session, size, tmp_path, app_look):
    app_look(text_scale=2.0)
    views = [record_view(db, session.id, ViewDraft(text=f"View {i}")).id for i in range(3)]
    theme = theme_store.add_theme(
        db,
        "More clubs and activities after school for everyone",
        "You said there are not enough clubs near you, and the buses stop too early to get home.",
        views,
    )
    theme_store.add_action(db, theme.id, "We asked three youth clubs to open on Saturdays.", "in-progress")
    theme_store.add_action(db, theme.id, "We talked to the bus company about later buses.", "done")
    later = session_store.create_session(db, title="Next", date="2027-01-10", forum="youth-forum")
    previous, themes = theme_store.themes_heard_last_time(db, later.id)
    viewer = LastTimeViewer(cards_for(previous, themes), scale=2.0)
    qtbot.addWidget(viewer)
    viewer.setFixedSize(*size)
    viewer.show()
    qtbot.waitExposed(viewer)
    problems = {}
    for index in range(len(viewer.cards)):
        viewer.show_card(index)
        settle()
        assert viewer.grab().save(str(tmp_path / f"card{index}.png"))
        found = cut_off(viewer)
        if found:
            problems[index] = found
    assert problems == {}


def test_privacy_notice_fits_at_200_percent(qtbot, app_look):
    app_look(text_scale=2.0)
    notice = PrivacyNoticeScreen(24, "Call 01642 000000", scale=2.0)
    qtbot.addWidget(notice)
    notice.setFixedSize(1024, 768)
    notice.show()
    qtbot.waitExposed(notice)
    settle()
    assert cut_off(notice) == []
