"""Screen readers and keyboard: every window and dialog names its focusable widgets; on the participant
screen focus follows reading order and is always visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import pin as pin_store
from coprod_app.storage import sessions as session_store
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.packs import current_pack
from coprod_app.storage.sessions import session_pack
from coprod_app.storage.views import record_view
from coprod_app.ui.capture.participant_dialog import ParticipantDialog
from coprod_app.ui.capture.session_dialog import NewSessionDialog
from coprod_app.ui.main_window import MainWindow
from coprod_app.ui.theme import DEFAULT, HIGH_CONTRAST
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.accessibility_walk import unnamed_focusable

PIN = "2468"


def test_main_window_names_every_focusable_widget(qtbot, db, db_path, session):
    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.show()
    assert unnamed_focusable(window) == []


def test_dialogs_name_every_focusable_widget(qtbot, db, session):
    pack = current_pack(db)
    for dialog in (
        NewSessionDialog(pack, lambda **f: session_store.create_session(db, **f)),
        ParticipantDialog(pack.towns, lambda **f: session_store.add_participant(db, session.id, **f)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_focusable(dialog) == []


# The participant screen, page by page -------------------------------------------------------


@pytest.fixture
def make_screen(db, session, app_look, show_screen):
    pin_store.set_facilitator_pin(db, PIN)
    app_look()  # the app's own font and style sheet, as at start: a screen is used under them
    session_store.add_participant(db, session.id, group="young-person")

    def _make(method="pick", keys=None, palette=DEFAULT, max_choices=2) -> ParticipantScreen:
        rnd = votes.create_round(db, session.id, method, max_choices, keys)
        # press_guard_ms=0: Tab is pressed as fast as code can (the 600 ms guard has its own tests)
        return show_screen(
            ParticipantScreen(
                db, rnd.id, next_person_ms=600_000, palette=palette, scale=1.0, press_guard_ms=0
            )
        )

    return _make


def go_to(screen: ParticipantScreen, page: str) -> QWidget:
    """Put the screen on `page` the way people get there; return the page."""
    if page == "welcome":
        pass
    elif page == "ballot":
        screen.welcome.start_button.click()
    elif page in ("review", "thanks"):
        screen.welcome.start_button.click()
        if screen.ballot.rating_one is not None:  # a rating round, one card at a time
            screen.ballot.rating_one.scale_buttons["like"].click()
        elif screen.round.method == "rating":
            screen.ballot.rating_cards[screen.round.commitments[0]].buttons[0].click()
        else:
            QTest.mouseClick(screen.ballot.cards[screen.round.commitments[0]], Qt.LeftButton)
        screen.ballot.done_button.click()
        if page == "thanks":
            screen.review.yes_button.click()
    elif page == "paused":
        screen.set_paused(True)
    elif page == "results":
        screen.set_revealed(True)
    elif page == "pin":
        screen.request_exit()
    elif page == "console":
        screen.request_exit()
        QTest.keyClicks(screen.pin_pad.entry, PIN)
        QTest.keyClick(screen.pin_pad.entry, Qt.Key_Return)
    QApplication.processEvents()
    return screen.current_page()


PAGES = ("welcome", "ballot", "review", "thanks", "paused", "results", "pin", "console")


@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
def test_participant_screen_names_every_focusable_widget_on_every_page(make_screen, method):
    for page in PAGES:
        screen = make_screen(method)
        shown = go_to(screen, page)
        assert unnamed_focusable(shown) == [], (method, page)
        assert unnamed_focusable(screen) == [], (method, page)
        screen.end()


def tab_cycle(screen: ParticipantScreen, limit: int = 80) -> list[QWidget]:
    """Press Tab until focus comes back; the widgets it stopped on."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is screen
    stops = []
    widget = start
    for _ in range(limit):
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return stops
    raise AssertionError("Tab never came back to where it started")


def _common_ancestor(a: QWidget, b: QWidget) -> QWidget:
    chain = []
    w = a
    while w is not None:
        chain.append(w)
        w = w.parentWidget()
    w = b
    while w not in chain:
        w = w.parentWidget()
    return w


def _place(widget: QWidget, ancestor: QWidget) -> QRect:
    """Where `widget` is in `ancestor`; inside a scroll area below `ancestor`, the scroll area's place
    (a scrolling list is one block on the page, whatever it is scrolled to)."""
    block = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not ancestor:
        if isinstance(parent, QAbstractScrollArea):
            block = parent
        parent = parent.parentWidget()
    return QRect(block.mapTo(ancestor, QPoint(0, 0)), block.size())


def reads_before(wa: QWidget, wb: QWidget) -> bool:
    """True when b comes after a in reading order: inside it, to its right on the same line, or below it."""
    if wa.isAncestorOf(wb):
        return True
    if wb.isAncestorOf(wa):
        return False
    common = _common_ancestor(wa, wb)
    ra, rb = _place(wa, common), _place(wb, common)
    if ra == rb:
        return True  # both in one scrolling block that is not their common parent's
    overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
    if overlap > 0:
        return rb.left() >= ra.left()
    return rb.top() >= ra.bottom() - 2


@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
def test_tab_follows_reading_order_on_every_page(make_screen, method):
    for page in PAGES:
        screen = make_screen(method, None if page == "ballot" else ["commitment-1.1", "commitment-2.1"])
        go_to(screen, page)
        if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not screen:
            continue  # a page with nothing to press
        stops = tab_cycle(screen)
        backwards = [
            f"{stops[i].objectName()} -> {stops[(i + 1) % len(stops)].objectName()}"
            for i in range(len(stops))
            if not reads_before(stops[i], stops[(i + 1) % len(stops)])
        ]
        # One step back is the wrap from the last control to the first.
        assert len(backwards) <= 1, (method, page, backwards)
        if page == "ballot":
            names = [w.objectName() for w in stops]
            keys = screen.round.commitments
            if method == "rating" and screen.ballot.rating_one is not None:
                # One card at a time: its three choices, the way to other cards (one stop in the strip).
                assert names[:3] == ["rate_one_like", "rate_one_unsure", "rate_one_dislike"]
                assert [n for n in names if n.startswith("rating_strip_")] == [f"rating_strip_{keys[0]}"]
            elif method == "rating":
                # Like / not sure / don't like are one stop, like radio buttons (arrows move inside it).
                rated = [
                    n.removeprefix("rate_").removesuffix("_like") for n in names if n.startswith("rate_")
                ]
                assert rated == list(keys)
                if f"read_{keys[1]}" in names:  # speaker buttons are there when the computer can speak
                    at = names.index(f"read_{keys[1]}")
                    assert names[at - 1 : at + 2] == [
                        f"rate_{keys[0]}_like",
                        f"read_{keys[1]}",
                        f"rate_{keys[1]}_like",
                    ]
            else:
                cards = [n.removeprefix("card_") for n in names if n.startswith("card_")]
                assert cards == list(keys), "every card, in the order they are shown"
        screen.end()


def ring_pixels(widget: QWidget, colour: str) -> int:
    """How many pixels of the widget, as drawn now, are (nearly) the focus ring's colour."""
    image = widget.grab().toImage()
    want = QColor(colour)
    count = 0
    step = 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) < 40
                and abs(c.green() - want.green()) < 40
                and abs(c.blue() - want.blue()) < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("palette", [DEFAULT, HIGH_CONTRAST], ids=["default", "high-contrast"])
def test_focus_is_always_visible(make_screen, palette):
    for method, page in (
        ("pick", "welcome"),
        ("pick", "ballot"),
        ("rating", "ballot"),
        ("pick", "review"),
        ("pick", "thanks"),
        ("pick", "pin"),
    ):
        screen = make_screen(method, ["commitment-1.1", "commitment-2.1"], palette=palette)
        shown = go_to(screen, page)
        focusable = [
            w
            for w in shown.findChildren(QWidget)
            if w.isVisibleTo(screen) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus
        ]
        if page != "thanks":  # the thank-you has only its speaker button, hidden where nothing can speak
            assert focusable, page
        for widget in focusable:
            if isinstance(widget, QAbstractButton) and widget.objectName().startswith("pin_key_"):
                continue  # the keypad is for touch; it is reached by Tab too, checked on one key below
            widget.clearFocus()
            QApplication.processEvents()
            before = ring_pixels(widget, palette.focus)
            widget.setFocus(Qt.TabFocusReason)
            QApplication.processEvents()
            assert widget.hasFocus(), widget.objectName()
            ringed = ring_pixels(widget, palette.focus) - before
            assert ringed >= 40, f"{page}: no visible focus ring on {widget.objectName()} ({ringed})"
        screen.end()


# Every other window and dialog ----------------------------------------------------------------


def test_every_facilitator_window_and_dialog_names_its_widgets(qtbot, db, db_path, session, tmp_path):
    from coprod_app.ui.officer.export_dialog import ExportDialog
    from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
    from coprod_app.ui.officer.themes_editor import ActionsEditor
    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog
    from coprod_app.ui.privacy.notice_screen import PrivacyNoticeScreen
    from coprod_app.ui.privacy.passphrase_lock import (
        RemovePassphraseDialog,
        SetPassphraseDialog,
        UnlockDialog,
    )
    from coprod_app.ui.privacy.retention_dialog import RetentionDialog
    from coprod_app.ui.voting.console import FacilitatorConsole
    from coprod_app.ui.voting.pin_pad import PinDialog, SetPinDialog
    from coprod_app.ui.voting.results_dialog import VoteResultsDialog
    from coprod_app.ui.voting.round_dialog import NewRoundDialog
    from coprod_app.ui.voting.tally_dialog import TallyDialog

    pin_store.set_facilitator_pin(db, PIN)
    session_store.add_participant(db, session.id, group="parent-carer")
    view_ids = [record_view(db, session.id, ViewDraft(text=f"View {i}")).id for i in range(2)]
    theme = theme_store.add_theme(db, "Clubs", "You said clubs.", view_ids)
    theme_store.add_action(db, theme.id, "A club night.", "planned")
    rnd = votes.create_round(db, session.id, "pick", 2)
    pack = session_pack(db, session.id)
    screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000)
    qtbot.addWidget(screen)
    later = session_store.create_session(db, title="Next", date="2027-01-10", forum="youth-forum")
    previous, themes = theme_store.themes_heard_last_time(db, later.id)

    windows = {
        "console": lambda: FacilitatorConsole(screen, embedded=False),
        "tally": lambda: TallyDialog(db, rnd, pack),
        "round": lambda: NewRoundDialog(pack, lambda **f: None),
        "results": lambda: VoteResultsDialog(db, rnd.id),
        "set PIN": lambda: SetPinDialog(lambda pin: None),
        "PIN": lambda: PinDialog(screen.pin_guard),
        "last time": lambda: LastTimeViewer(cards_for(previous, themes)),
        "privacy notice": lambda: PrivacyNoticeScreen(24, "Call 01642 000000"),
        "erase": lambda: EraseParticipantDialog(db, session.id),
        "retention": lambda: RetentionDialog(db),
        "export": lambda: ExportDialog(db, session.id, "officer"),
        "actions editor": lambda: ActionsEditor(db, session.id),
        "unlock": lambda: UnlockDialog(db),
        "set passphrase": lambda: SetPassphraseDialog(db),
        "remove passphrase": lambda: RemovePassphraseDialog(db),
    }
    problems = {}
    for name, make in windows.items():
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        found = unnamed_focusable(widget)
        if found:
            problems[name] = found
        if name == "last time":  # every card, not just the first
            while widget.index < len(widget.cards) - 1:
                widget.next()
                problems.setdefault(name, []).extend(unnamed_focusable(widget))
            if not problems[name]:
                del problems[name]
    screen.end()  # the console window closes only when voting has ended
    assert problems == {}
