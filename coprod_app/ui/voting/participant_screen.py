"""Participant mode: a full-screen window where people vote one after another.

Flow for each person: welcome → ballot → review ("You chose …. Is this right?")
→ the vote is saved (one transaction) → a calm thank-you → after a few seconds
(or Ctrl+Shift+N, or the console's "Next person") a clean screen with a new,
empty ballot for the next person.

It cannot be left without the facilitator's PIN: Escape, Alt+F4, Ctrl+W, Ctrl+Q
and every other Ctrl/Alt shortcut of the app are absorbed while it is active, and
its close event is refused. Ctrl+Shift+F asks for the PIN and then shows the
facilitator's controls. With two screens it opens on the chosen screen and the
console (how many have voted, pause, reveal, end) stays on the laptop.

Minimised or hidden, it comes straight back. `start_participant_mode` also
covers every other window of the app for as long as voting is on (see
ui/voting/lock_cover.py): Alt+Tab, minimising or switching desktop shows a lock cover,
never the session. Wrong PINs make the next try wait, and the wait is kept in
the database, so restarting the app does not reset it. So is the round being
voted on, until the PIN ends voting: after a crash or a power cut the app starts
again on this locked screen (menus/voting.py `resume`). Unmapped or destroyed
from outside (xdotool), "Back to voting" on a lock cover makes its window anew.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError, InvalidInput
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes as vote_store
from coprod_app.storage.database import get_meta, set_meta
from coprod_app.storage.sessions import session_pack
from coprod_app.ui.common import read_aloud
from coprod_app.ui.common.swipe import touch_scrolling
from coprod_app.ui.theme import Palette
from coprod_app.ui.view_settings import load_view_settings, palette_of
from coprod_app.ui.voting.ballot_page import BallotPage
from coprod_app.ui.voting.console import FacilitatorConsole
from coprod_app.ui.voting.countdown import Countdown
from coprod_app.ui.voting.look import style_sheet
from coprod_app.ui.voting.pages import PausedPage, ReviewPage, ThanksPage, WelcomePage, spoken_page
from coprod_app.ui.voting.pin_pad import PinPad
from coprod_app.ui.voting.practice import PracticeDonePage, PracticeIntroPage, practice_pack, practice_round
from coprod_app.ui.voting.results_page import ResultsPage, figures_of
from coprod_app.ui.voting.scanning import install_scanning

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

logger = logging.getLogger(__name__)

# A second press this soon after a page changes is a double press (a double tap on Start, Enter held
# a moment too long on Done), not a choice on the new page: it is ignored.
PRESS_GUARD_MS = 600
# Presses of one key closer than this are one key held down (a keyboard repeats 25-30 times a second).
KEY_REPEAT_GAP_S = 0.3
_POINTER_STARTS = (QEvent.MouseButtonPress, QEvent.MouseButtonDblClick, QEvent.TouchBegin)
_POINTER_ENDS = (QEvent.MouseButtonRelease, QEvent.TouchEnd, QEvent.TouchCancel)
_POINTER = (*_POINTER_STARTS, *_POINTER_ENDS, QEvent.TouchUpdate)
FACILITATOR_KEY = (Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
NEXT_PERSON_KEY = (Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier | Qt.ShiftModifier


class ParticipantScreen(QWidget):
    vote_saved = Signal(int)
    state_changed = Signal()
    problem = Signal(str)
    ended = Signal()
    help_requested = Signal()  # a voter pressed "help me": the console shows it, the shared screen does not

    def __init__(
        self,
        db: AppDatabase,
        round_id: int,
        *,
        scale: float | None = None,
        palette: Palette | None = None,
        embedded_console: bool = True,
        next_person_ms: int | None = None,
        clock: Callable[[], float] = time.time,
        press_guard_ms: int = PRESS_GUARD_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.Window)
        guard = pin_store.pin_guard(db)  # its wrong-PIN wait is kept in the database, in wall-clock time
        if guard is None:
            raise InvalidInput("Set a facilitator PIN before starting the participant screen.")
        self.db = db
        self.round = vote_store.get_round(db, round_id)
        if not self.round.is_open:
            raise InvalidInput(f"Vote round {round_id} is closed; start a new round to vote.")
        settings = load_view_settings(db)  # this laptop's View menu: text size and theme
        self.pack = session_pack(db, self.round.session_id).in_language(settings.language)
        scale = settings.text_scale if scale is None else scale
        self.scale = scale
        self.settings = settings  # read aloud, scanning, thank-you time, card options
        self.palette_ = palette or palette_of(settings)
        self.pin_guard = guard
        self.clock = clock
        self.press_guard_ms = press_guard_ms
        self._shown_at: float | None = None  # when the page in view was shown (None: a facilitator's page)
        self._pointer_swallowed = False  # a press was ignored: its release and touch moves are too
        self._key_run: tuple[int, float, float] | None = None  # a key, when its hold began, its last press
        self.narrator = read_aloud.Narrator(self.settings.read_pages_aloud)
        self._announcing = False  # a page is being shown: its first focus is said with it, not over it
        self._unread: QWidget | None = None  # the first page: read when focus first comes to the screen
        self.waiting: set[str] = set()  # "pause", "reveal": asked for during someone's turn, done after it
        self.practising = False
        self.help_times: list[float] = []
        self._full_screen = False
        self._remaking = False  # hiding to make a new native window is not a hide to undo
        self.next_participant_code: str | None = None
        self.paused = False
        self.revealed = False
        self.has_ended = False
        self._overlay: QWidget | None = None
        self.lockdown = None  # set by start_participant_mode: the covers on the app's other windows
        self.setObjectName("participant_screen")
        self.setAccessibleName(self.tr("Voting screen"))
        self.setWindowTitle(self.tr("Voting"))
        # No focus policy of its own: the screen is not a Tab stop (an invisible one confused keyboard and
        # switch users). Key presses still reach it, and its filter, when nothing on a page has focus.
        self.setStyleSheet(style_sheet(palette=self.palette_, scale=scale))

        look = {"palette": self.palette_}
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(
            self.round.method, self.round.max_choices, scale, **look, settings=self.settings
        )
        self.welcome.start.connect(lambda: self._go(self.ballot))
        self._flow_page: QWidget = self.welcome  # the console asks where the flow is as it is built
        self.review = ReviewPage(scale, **look, settings=self.settings)
        self.review.confirm.connect(self.confirm_vote)
        self.review.change.connect(lambda: self._go(self.ballot))
        self.thanks = ThanksPage(scale, **look, settings=self.settings)
        self.paused_page = PausedPage(scale, **look, settings=self.settings)
        self.practice_intro = PracticeIntroPage(scale, **look)
        self.practice_intro.start.connect(lambda: self._go(self.ballot))
        self.practice_done = PracticeDonePage(scale, **look)
        self.practice_done.real_vote.connect(self.next_person)
        self.results_page = ResultsPage(scale, **look)
        self.pin_pad = PinPad(self.pin_guard, scale, clock)
        self.pin_pad.unlocked.connect(self._unlocked)
        self.pin_pad.cancelled.connect(self.back_to_voting)
        self.console_page = FacilitatorConsole(self, embedded=True) if embedded_console else None
        self._holders: dict[QWidget, QWidget] = {}
        for page in (
            self.welcome,
            self.thanks,
            self.paused_page,
            self.practice_intro,
            self.practice_done,
            self.pin_pad,
        ):
            self._add_page(page, scrolls=True)
        if self.console_page is not None:
            self._add_page(self.console_page, scrolls=False)  # it scrolls itself, and keeps focus in view
        self._add_page(self.results_page, scrolls=False)  # the chart fits itself to the height it gets
        self._add_page(self.review, scrolls=False)  # its list scrolls; Yes and Change stay in view
        self.ballot: BallotPage = self._new_ballot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.next_timer = QTimer(self)
        self.next_timer.setSingleShot(True)
        # How long the thank-you stays is this laptop's setting; tests pass their own to keep it up.
        self.next_timer.setInterval(
            self.settings.thanks_seconds * 1000 if next_person_ms is None else next_person_ms
        )
        self.next_timer.timeout.connect(self.next_person)
        self.countdown = Countdown(self.next_timer, scale, palette=self.palette_)
        thanks_layout = self.thanks.layout()
        thanks_layout.insertWidget(thanks_layout.count() - 1, self.countdown)  # under its words
        QApplication.instance().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._show()
        # The first page is the stack's own first one, so _show did not read it (nor could anyone hear it
        # before the screen is shown): it is read as the screen first takes focus, not just "Start".
        self._unread = self.current_page()
        self.scanner = install_scanning(self)  # switch access, as this laptop's settings ask; None when off

    # Showing --------------------------------------------------------------------

    def open_on(self, screen: QScreen | None = None) -> None:
        """Full screen on `screen` (the projector the facilitator picked), or on the current one."""
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self._full_screen = True
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self._focus_page()

    def come_back(self) -> None:
        """In front again, as it was opened (after a minimise, a hide, or "Back to voting" on a lock cover)."""
        if self.has_ended:
            return
        handle = self.windowHandle()
        if self.isVisible() and not self.isMinimized() and handle is not None and not handle.isExposed():
            self._remake_window()
        if self._full_screen:
            self.showFullScreen()
        else:
            self.setWindowState(self.windowState() & ~Qt.WindowMinimized)
            self.show()
        self.raise_()
        self.activateWindow()

    def _remake_window(self) -> None:
        """A new native window, for one unmapped or destroyed behind Qt's back.

        `xdotool windowunmap` or `windowclose` takes the voting screen off the display without Qt
        hearing of it: Qt still takes it for shown, so showing it again would do nothing and only the
        PIN (which ends voting) was left. Hidden and destroyed here, it is made and mapped afresh.
        """
        logger.info("the voting screen was taken off the display from outside; showing it again")
        self._remaking = True
        try:
            self.hide()
            self.destroy()
        finally:
            self._remaking = False

    def _new_ballot(self, practice: bool = False) -> BallotPage:
        rnd, pack = (practice_round(self.round), practice_pack()) if practice else (self.round, self.pack)
        ballot = BallotPage(rnd, pack, self.scale, palette=self.palette_, settings=self.settings)
        ballot.done.connect(self._review)
        # BallotPage gains these signals in this issue; older ones have neither.
        if hasattr(ballot, "feedback"):
            ballot.feedback.connect(self.narrator.feedback)
        if hasattr(ballot, "help_requested"):
            ballot.help_requested.connect(self._help_requested)
        # The ballot scrolls its cards itself, by swipe too (common.swipe.swipe_scrolling: Qt's touch
        # gesture here would replace it, and a swipe then also chose the card it started on).
        self._add_page(ballot, scrolls=False)
        return ballot

    def _add_page(self, page: QWidget, scrolls: bool) -> None:
        """Pages that could outgrow the screen at a large text size scroll instead of being cut off."""
        holder = page
        if scrolls:
            holder = QScrollArea()
            holder.setObjectName(f"{page.objectName()}_scroll")
            holder.setWidgetResizable(True)
            holder.setFocusPolicy(Qt.NoFocus)
            holder.setFrameShape(QFrame.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            holder.setWidget(page)
            touch_scrolling(holder)
        self._holders[page] = holder
        self.stack.addWidget(holder)

    def current_page(self) -> QWidget:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _show(self) -> None:
        if self._overlay is not None:
            page = self._overlay
        elif self.revealed:
            page = self.results_page
        elif self.paused:
            page = self.paused_page
        else:
            page = self._flow_page
        if self.current_page() is not page:
            facilitator = page in (self.pin_pad, self.console_page)
            self._announcing = True
            try:
                # Inside: hiding the old page moves its focus on at once, and that is not to be read.
                self.stack.setCurrentWidget(self._holders[page])
                self._shown_at = None if facilitator else self.clock()
                self._focus_page()
            finally:
                self._announcing = False
            if not facilitator and self.narrator.enabled:  # off: not even the words are gathered
                self._announce(page)

    def _focus_page(self) -> None:
        page = self.current_page()
        target = {
            self.welcome: self.welcome.start_button,
            self.review: self.review.yes_button,
            self.practice_intro: self.practice_intro.start_button,
            self.practice_done: self.practice_done.real_button,
            self.ballot: self.ballot.first_focus(),
        }.get(page)
        if page is self.pin_pad:
            self.pin_pad.reset()
            return
        if page is self.console_page:
            target = self.console_page.back_button
        (target or self).setFocus(Qt.OtherFocusReason)
        holder = self._holders.get(page)
        if target is not None and isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(target)

    def _go(self, page: QWidget) -> None:
        self._flow_page = page
        self._show()

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.current_page() is self.ballot:
            self.ballot.focus_changed(new)
        if (
            new is not None
            and new is not self
            and new.window() is self
            and not self._announcing
            and self.current_page() not in (self.pin_pad, self.console_page)
        ):
            if self._unread is self.current_page():
                self._announce(self._unread)
            else:
                self.narrator.focus(_focus_words(new))

    def _announce(self, page: QWidget) -> None:
        """Read the page that has just opened (when this laptop reads pages aloud), then what has focus.

        One reading, not two: the focus's words said on their own would stop the page's mid-sentence.
        """
        self._unread = None
        words = self.ballot.heading.text() if page is self.ballot else spoken_page(page)
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self and page.isAncestorOf(focused):
            words = f"{words} {_focus_words(focused)}".strip()
        self.narrator.page(words)

    # The flow -------------------------------------------------------------------

    def _review(self) -> None:
        self.review.show_choices(self.ballot.round.method, self.ballot.choices(), self.ballot.pack)
        self._go(self.review)

    def confirm_vote(self) -> None:
        """Store the vote (committed) and only then say thank you. A practice vote is never stored."""
        if self.practising:
            self._go(self.practice_done)
            return
        try:
            vote = vote_store.cast_vote(
                self.db, self.round.id, self.ballot.choices(), self.next_participant_code
            )
        except CoprodError as exc:
            logger.warning("vote not saved: %s", exc)
            self.review.show_problem(self.tr("Your vote could not be saved. Please ask the facilitator."))
            self.problem.emit(str(exc))
            return
        self.next_participant_code = None
        self._go(self.thanks)
        self.next_timer.start()
        self.countdown.start()
        self.vote_saved.emit(vote.id)

    def next_person(self) -> None:
        """A clean screen: a brand-new ballot, so nothing of the last person's choices remains.

        A pause or the results asked for during the last person's turn happen now.
        """
        self.next_timer.stop()
        self.countdown.stop()
        read_aloud.stop()  # nothing of the last person's choices may still be heard
        self.practising = False
        self._replace_ballot(practice=False)
        self._go(self.welcome)
        self._focus_page()
        self._do_waiting()

    def _replace_ballot(self, practice: bool) -> None:
        old = self.ballot
        self.ballot = self._new_ballot(practice)
        self.stack.removeWidget(self._holders.pop(old))
        old.deleteLater()

    def in_a_turn(self) -> bool:
        """True while someone is on the ballot or the "You chose…" page with something chosen."""
        return self._flow_page in (self.ballot, self.review) and self.ballot.chosen_count() > 0

    def can_practise(self) -> bool:
        """A practice round may start between people: on the welcome or thank-you page."""
        return not self.practising and self._flow_page in (self.welcome, self.thanks)

    def start_practice(self) -> None:
        """Pretend cards, the real round's way of voting, nothing saved; then the real vote."""
        if not self.can_practise():
            return
        self.next_timer.stop()
        self.countdown.stop()
        self.practising = True
        self._replace_ballot(practice=True)
        self._go(self.practice_intro)
        self.state_changed.emit()

    def _help_requested(self) -> None:
        self.help_times.append(self.clock())
        self.help_requested.emit()

    # The facilitator ------------------------------------------------------------

    def set_paused(self, paused: bool, *, now: bool = False) -> None:
        """Pause or resume. A pause during someone's turn waits until their vote is saved, unless `now`."""
        if paused and not self.paused and not now and (self.in_a_turn() or self.practising):
            self.waiting.add("pause")
            self.state_changed.emit()
            return
        self.waiting.discard("pause")
        self.paused = paused
        self._show()
        self.state_changed.emit()

    def set_revealed(self, revealed: bool, *, now: bool = False) -> None:
        """Show or hide the results. Shown during someone's turn, they wait until the vote is saved, unless `now`."""
        if revealed and not self.revealed and not now and (self.in_a_turn() or self.practising):
            self.waiting.add("reveal")
            self.state_changed.emit()
            return
        self.waiting.discard("reveal")
        self.revealed = revealed
        if revealed:
            self.refresh_results()
        self._show()
        self.state_changed.emit()

    def cancel_waiting(self, what: str) -> None:
        self.waiting.discard(what)
        self.state_changed.emit()

    def _do_waiting(self) -> None:
        if "pause" in self.waiting:
            self.set_paused(True, now=True)
        if "reveal" in self.waiting:
            self.set_revealed(True, now=True)

    def refresh_results(self) -> None:
        page = self.results_page
        if page.remembered is None and page.last_shown is None:
            page.remembered = _remembered_results(self.db, self.round.id)
        page.set_results(self.pack.relabel(vote_store.round_results(self.db, self.round.id)))
        if page.last_shown is not None:
            # Kept in the database: voting ended and started again on this round must not show a
            # result that differs from the room's by fewer than 5 votes either.
            seen = figures_of(page.last_shown)
            if seen != page.remembered:
                try:
                    set_meta(self.db, _RESULTS_SHOWN.format(round_id=self.round.id), json.dumps(seen))
                    page.remembered = seen
                except CoprodError as exc:
                    logger.warning("results shown not remembered: %s", exc)

    def request_exit(self) -> None:
        """Ask for the PIN; the right PIN shows the facilitator's controls."""
        self._overlay = self.pin_pad
        self._show()

    def _unlocked(self) -> None:
        if self.console_page is None:
            self.end()
            return
        self._overlay = self.console_page
        self.console_page.refresh()
        self._show()

    def back_to_voting(self) -> None:
        self._overlay = None
        self._show()
        self._focus_page()

    def end(self) -> None:
        """Leave participant mode for good (only reached through the PIN)."""
        self.has_ended = True
        self.next_timer.stop()
        self.countdown.stop()
        read_aloud.stop()
        app = QApplication.instance()
        app.removeEventFilter(self)
        try:
            app.focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass
        self.close()
        self.ended.emit()

    # Staying put ----------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.has_ended:
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.WindowStateChange and self.isMinimized() and not self.has_ended:
            QTimer.singleShot(0, self, self.come_back)  # minimised by the window manager: straight back

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not self.has_ended and not event.spontaneous() and not self._remaking:
            QTimer.singleShot(0, self, self.come_back)  # hidden by code: only the PIN ends voting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _POINTER:
            return isinstance(watched, QWidget) and watched.window() is self and self._pointer_too_soon(kind)
        if kind not in (QEvent.ShortcutOverride, QEvent.KeyPress) or not self._is_mine(watched):
            return False
        key, mods = event.key(), event.modifiers() & _MODIFIERS
        if kind == QEvent.ShortcutOverride:
            if mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier) or key in (
                Qt.Key_Escape,
                Qt.Key_F4,
            ):
                event.accept()  # no app shortcut (Quit, Close, New session…) may fire from here
                return True
            return False
        if (key, mods) == FACILITATOR_KEY:
            if self._overlay is None:
                self.request_exit()
            return True
        if (key, mods) == NEXT_PERSON_KEY:
            if self._flow_page is self.thanks and self._overlay is None:
                self.next_person()
            return True
        if key == Qt.Key_Escape or mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            if key == Qt.Key_Escape and self._overlay is self.pin_pad:
                self.back_to_voting()
            return True  # Escape, Alt+F4, Ctrl+W, Ctrl+Q… absorbed
        return self._held_over(key) or self._too_soon()  # the facilitator's keys above always work

    def _too_soon(self) -> bool:
        """True within PRESS_GUARD_MS of a participant page being shown (in the screen's own clock)."""
        if self._shown_at is None or self.press_guard_ms <= 0:
            return False
        elapsed = self.clock() - self._shown_at
        return 0 <= elapsed < self.press_guard_ms / 1000  # a clock set back never locks the screen

    def _held_over(self, key: int) -> bool:
        """True for a key held down since before the page in view was shown.

        A held key repeats: Enter held on Change went back to the ballot, then on to Done, "Is this
        right?" and Yes, and the vote was saved, each repeat coming after the 600 ms guard. Under X
        many repeats reach Qt as fresh presses (not marked auto-repeat), so a press of the same key
        within KEY_REPEAT_GAP_S of its last one counts as the same hold.
        """
        now = self.clock()
        last = self._key_run
        held = last is not None and last[0] == key and 0 <= now - last[2] < KEY_REPEAT_GAP_S
        self._key_run = (key, last[1] if held else now, now)
        return (
            held
            and self.press_guard_ms > 0
            and self._shown_at is not None
            and self._key_run[1] <= self._shown_at
        )

    def _pointer_too_soon(self, kind: QEvent.Type) -> bool:
        """A press too soon is ignored, and so is the rest of that touch or click, even after the guard.

        A card chooses itself on release: letting the release through would choose it after all.
        """
        if kind in _POINTER_STARTS:
            self._pointer_swallowed = self._too_soon()
            return self._pointer_swallowed
        swallowed = self._pointer_swallowed
        if kind in _POINTER_ENDS:
            self._pointer_swallowed = False
        return swallowed

    def _is_mine(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return watched.window() is self
        return watched is self.windowHandle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # nothing reaches a parent


_RESULTS_SHOWN = "results_shown_round_{round_id}"


def _remembered_results(db: AppDatabase, round_id: int) -> list | None:
    """The figures of the results an earlier voting screen showed for this round (results_page.figures_of)."""
    try:
        raw = get_meta(db, _RESULTS_SHOWN.format(round_id=round_id))
        return json.loads(raw) if raw else None
    except (CoprodError, ValueError):
        return None


def _focus_words(widget: QWidget) -> str:
    """What a control is called and what it does, as read aloud when it takes focus."""
    name, description = widget.accessibleName().strip(), widget.accessibleDescription().strip()
    if name and description:  # a name that ends its own sentence gets no second full stop
        return f"{name} {description}" if name.endswith((".", "!", "?", "…")) else f"{name}. {description}"
    return name or description


def start_participant_mode(
    db: AppDatabase,
    round_id: int,
    screen: QScreen | None = None,
    *,
    with_console: bool | None = None,
    scale: float | None = None,
    laptop: QScreen | None = None,
) -> tuple[ParticipantScreen, FacilitatorConsole | None]:
    """Open participant mode; with two screens the console opens on the laptop's screen.

    `with_console` None means: a console window when there is more than one screen.
    `scale` None means: this laptop's text-size setting (View menu).
    Every other window of the app is covered until voting ends (ui/voting/lock_cover.py).
    """
    from coprod_app.ui.voting.lock_cover import Lockdown

    screens = QGuiApplication.screens()
    two = len(screens) > 1 if with_console is None else with_console
    read_aloud.reset()  # an engine installed or started since the app opened is found now
    participant = ParticipantScreen(db, round_id, scale=scale)
    console = None
    if two:
        console = FacilitatorConsole(participant, embedded=False)
        participant.ended.connect(console.close)
        laptop = laptop or next((s for s in screens if s is not screen), screens[0])
        console.setScreen(laptop)
        geo = laptop.availableGeometry()
        console.resize(min(560, geo.width()), min(720, geo.height()))
        console.move(geo.topLeft())
        console.show()
    participant.lockdown = Lockdown(participant, [participant, console])
    participant.lockdown.start()
    # Kept in the database until the PIN ends voting: started again after a crash or a power cut, the
    # app comes back on this locked screen (see resume_voting), not on the main window.
    pin_store.remember_voting(db, round_id)
    participant.ended.connect(lambda: pin_store.remember_voting(db, None))
    participant.open_on(screen)
    return participant, console
