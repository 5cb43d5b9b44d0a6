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

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from coprod_app.domain.errors import CoprodError, InvalidInput
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes as vote_store
from coprod_app.storage.sessions import session_pack
from coprod_app.ui.common import read_aloud
from coprod_app.ui.theme import Palette
from coprod_app.ui.view_settings import load_view_settings, palette_of
from coprod_app.ui.voting.ballot_page import BallotPage
from coprod_app.ui.voting.console import FacilitatorConsole
from coprod_app.ui.voting.look import style_sheet
from coprod_app.ui.voting.pages import PausedPage, ReviewPage, ThanksPage, WelcomePage
from coprod_app.ui.voting.pin_pad import PinPad
from coprod_app.ui.voting.results_page import ResultsPage
from coprod_app.ui.voting.scanning import install_scanning

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

logger = logging.getLogger(__name__)

NEXT_PERSON_MS = 6000
FACILITATOR_KEY = (Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
NEXT_PERSON_KEY = (Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier | Qt.ShiftModifier


class ParticipantScreen(QWidget):
    vote_saved = Signal(int)
    state_changed = Signal()
    problem = Signal(str)
    ended = Signal()

    def __init__(
        self,
        db: AppDatabase,
        round_id: int,
        *,
        scale: float | None = None,
        palette: Palette | None = None,
        embedded_console: bool = True,
        next_person_ms: int = NEXT_PERSON_MS,
        clock: Callable[[], float] = time.time,
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
        self.setFocusPolicy(Qt.StrongFocus)
        self.setStyleSheet(style_sheet(palette=self.palette_, scale=scale))

        look = {"palette": self.palette_}
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self.round.method, self.round.max_choices, scale, **look)
        self.welcome.start.connect(lambda: self._go(self.ballot))
        self.review = ReviewPage(scale, **look)
        self.review.confirm.connect(self.confirm_vote)
        self.review.change.connect(lambda: self._go(self.ballot))
        self.thanks = ThanksPage(scale, **look)
        self.paused_page = PausedPage(scale, **look)
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
            self.pin_pad,
            self.console_page,
        ):
            if page is not None:
                self._add_page(page, scrolls=True)
        self._add_page(self.results_page, scrolls=False)  # the chart fits itself to the height it gets
        self._add_page(self.review, scrolls=False)  # its list scrolls; Yes and Change stay in view
        self.ballot: BallotPage = self._new_ballot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._flow_page: QWidget = self.welcome
        self.next_timer = QTimer(self)
        self.next_timer.setSingleShot(True)
        self.next_timer.setInterval(next_person_ms)
        self.next_timer.timeout.connect(self.next_person)
        QApplication.instance().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._show()
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

    def _new_ballot(self) -> BallotPage:
        ballot = BallotPage(self.round, self.pack, self.scale, palette=self.palette_, settings=self.settings)
        ballot.done.connect(self._review)
        self._add_page(ballot, scrolls=False)  # the ballot scrolls its cards itself
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
            self.stack.setCurrentWidget(self._holders[page])
            self._focus_page()

    def _focus_page(self) -> None:
        page = self.current_page()
        target = {
            self.welcome: self.welcome.start_button,
            self.review: self.review.yes_button,
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

    # The flow -------------------------------------------------------------------

    def _review(self) -> None:
        self.review.show_choices(self.round.method, self.ballot.choices(), self.pack)
        self._go(self.review)

    def confirm_vote(self) -> None:
        """Store the vote (committed) and only then say thank you."""
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
        self.vote_saved.emit(vote.id)

    def next_person(self) -> None:
        """A clean screen: a brand-new ballot, so nothing of the last person's choices remains."""
        self.next_timer.stop()
        read_aloud.stop()  # nothing of the last person's choices may still be heard
        old = self.ballot
        self.ballot = self._new_ballot()
        self.stack.removeWidget(self._holders.pop(old))
        old.deleteLater()
        self._go(self.welcome)
        self._focus_page()

    # The facilitator ------------------------------------------------------------

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._show()
        self.state_changed.emit()

    def set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        if revealed:
            self.refresh_results()
        self._show()
        self.state_changed.emit()

    def refresh_results(self) -> None:
        self.results_page.set_results(self.pack.relabel(vote_store.round_results(self.db, self.round.id)))

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
        return False

    def _is_mine(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return watched.window() is self
        return watched is self.windowHandle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # nothing reaches a parent


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
