"""Switch access on the participant screen: one target highlighted at a time, chosen with one or two switches.

A switch (a big button, a head switch, a sip-and-puff) sends Space or Enter like a keyboard.
- Two-switch step and select: Space moves the highlight to the next target, Enter chooses it.
- One-switch automatic scanning: the highlight moves by itself every `scan_seconds`; Space or
  Enter chooses the target it is on.

The highlight is keyboard focus (the focus ring the screen's style sheet draws), so everything a
keyboard user gets comes with it: the ballot scrolls the target into view, and when read aloud is
on the screen's normal focus path says its name. Targets are the visible, enabled widgets of the
page on show that take focus by Tab, in tab order (the pages set it to reading order); on a new
page the highlight starts again at the top. The PIN pad and the facilitator's console are not
scanned: they are for the facilitator's keyboard.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from coprod_app.ui.common import read_aloud
from coprod_app.ui.common.read_aloud import SpeakerButton

logger = logging.getLogger(__name__)

STEP_KEYS = (Qt.Key_Space,)
SELECT_KEYS = (Qt.Key_Return, Qt.Key_Enter)
WORDS_POLL_MS = 200  # how often a waiting scan asks whether the words have been read
_FOCUS_CHAIN_LIMIT = 5000  # a broken focus chain must never hang the screen


class Scanner(QObject):
    """Moves the highlight (keyboard focus) through the current page's targets and chooses one."""

    def __init__(self, screen: QWidget, mode: str, seconds: float) -> None:
        super().__init__(screen)
        self.setObjectName("switch_scanner")
        self.screen = screen
        self.mode = mode  # "one-switch" or "two-switch"
        self._selecting = False  # the Enter this scanner sends itself passes through its own filter
        self._new_page = False  # a page has just opened: its first focus goes to its first target
        self.timer = QTimer(self)
        self.timer.setObjectName("switch_scan_timer")
        self.interval_ms = max(100, round(seconds * 1000))
        self.timer.setInterval(self.interval_ms)
        self.timer.timeout.connect(self._tick)
        self._waiting_for_words = False
        screen.stack.currentChanged.connect(self._page_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        screen.ended.connect(self.uninstall)
        QApplication.instance().installEventFilter(self)
        self._page_changed()

    # Targets -------------------------------------------------------------------

    def scanned(self) -> bool:
        """False on the facilitator's pages (PIN pad, console) and once voting has ended."""
        page = self.screen.current_page()
        return not self.screen.has_ended and page not in (self.screen.pin_pad, self.screen.console_page)

    def targets(self) -> list[QWidget]:
        """The current page's targets, in tab order (reading order)."""
        page = self.screen.current_page()
        if page is None or not self.scanned():
            return []
        # When pages speak on focus, the speaker buttons would only double the steps to every card.
        skip_speakers = self.screen.settings.read_pages_aloud
        found: list[QWidget] = []
        widget = page.nextInFocusChain()
        for _ in range(_FOCUS_CHAIN_LIMIT):
            if widget is None or widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and widget.isVisibleTo(page)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.TabFocus
                and not (skip_speakers and isinstance(widget, SpeakerButton))
                and widget not in found
            ):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def current(self) -> QWidget | None:
        """The highlighted target (None when focus is on nothing the page offers)."""
        focused = QApplication.focusWidget()
        return focused if focused in self.targets() else None

    # Moving and choosing -------------------------------------------------------

    def highlight(self, widget: QWidget) -> None:
        # TabFocusReason: the focus ring shows (Qt draws it for keyboard focus only), and the
        # screen's focus path scrolls it into view and reads it aloud.
        widget.setFocus(Qt.TabFocusReason)

    def step(self) -> QWidget | None:
        """Highlight the next target (the first after the last, or when none is highlighted)."""
        self._new_page = False  # a press or a tick of the scan: the page has settled
        targets = self.targets()
        if not targets:
            return None
        current = self.current()
        nxt = targets[(targets.index(current) + 1) % len(targets)] if current is not None else targets[0]
        self.highlight(nxt)
        return nxt

    def _tick(self) -> None:
        """One-switch: the highlight moves on, but only `scan_seconds` after its words were read aloud.

        Without this a card whose words take longer to say than a step was passed before the child
        had heard what it was.
        """
        if self.screen.settings.read_pages_aloud and read_aloud.speaking():
            self._waiting_for_words = True
            self.timer.start(WORDS_POLL_MS)
            return
        if self._waiting_for_words:
            self._waiting_for_words = False
            self.timer.start(self.interval_ms)  # the words are done: a full step from now
            return
        self.step()

    def restart(self) -> None:
        """Back to the top of the page, and the automatic scan's clock from the start."""
        self._new_page = False
        targets = self.targets()
        if targets and self.current() is not targets[0]:
            self.highlight(targets[0])
        if self.mode == "one-switch":
            self._waiting_for_words = False
            if targets:
                self.timer.start(self.interval_ms)
            else:
                self.timer.stop()  # a page with nothing to choose (thank you, please wait)

    def select(self) -> None:
        """Choose the highlighted target as Enter would, so the screen's own guards see the press."""
        self._new_page = False
        target = self.current()
        if target is None:
            self.step()  # nothing highlighted yet: the first press shows where the scan is
            return
        self._selecting = True
        try:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key_Return, Qt.NoModifier))
        finally:
            self._selecting = False
        if self.mode == "one-switch" and self.timer.isActive():
            self._waiting_for_words = False
            self.timer.start(
                self.interval_ms
            )  # a full turn on the target just chosen before the scan moves on

    def _page_changed(self, *_args) -> None:
        self._new_page = True
        QTimer.singleShot(0, self, self.restart)  # for a page that gives nothing focus itself

    def _focus_moved(self, _old, new) -> None:
        """The screen gives a new page's focus to its usual control; the scan starts at the top instead.

        Done as the screen sets that focus, before it reads the new page aloud with the focused
        control's name: the page is read once, ending with the target the scan starts on, instead
        of being cut off by the highlight moving just after.
        """
        if not self._new_page or new is None or new.window() is not self.screen:
            return
        self._new_page = False
        targets = self.targets()
        if targets and new is not targets[0]:
            self.highlight(targets[0])

    def uninstall(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            try:
                app.focusChanged.disconnect(self._focus_moved)
            except (RuntimeError, TypeError):
                pass

    # The switches --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.KeyPress, QEvent.KeyRelease) or self._selecting:
            return False
        key = event.key()
        if key not in STEP_KEYS + SELECT_KEYS or event.modifiers() & ~Qt.KeypadModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.screen or not self.scanned():
            return False
        if event.isAutoRepeat() or kind == QEvent.KeyRelease:
            return True  # a held switch is one press; releases would only half-press a button
        if self.mode == "two-switch" and key in STEP_KEYS:
            self.step()
        else:
            self.select()
        return True


def install_scanning(screen: QWidget) -> Scanner | None:
    """Switch access on `screen` (a ParticipantScreen) as this laptop's settings ask; None when scanning is off.

    The screen is not imported here (it imports this module): the scanner uses its `settings`,
    `stack`, `current_page()`, `pin_pad`, `console_page`, `has_ended` and `ended`.
    """
    settings = screen.settings
    if settings.scanning not in ("one-switch", "two-switch"):
        return None
    logger.info("switch access: %s, %.1f s a step", settings.scanning, settings.scan_seconds)
    return Scanner(screen, settings.scanning, settings.scan_seconds)
