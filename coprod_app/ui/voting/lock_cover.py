"""While the participant screen is on, every other window of the app shows only a lock cover.

A window manager lets Alt+Tab, minimising, switching desktop or a taskbar bring
any of the app's windows forward, whatever a full-screen window does with its
keys. So the other windows (the main window, an open dialog, "Last time you
said…") do not merely sit behind the voting screen: their contents and menu bar
are hidden and a cover takes their place, with only two ways on: back to
voting, or unlock with the facilitator PIN (which ends voting). While covered:

- every menu action is disabled and no shortcut of those windows fires (a
  `Shortcut` event to anything outside the voting screen, its console and the
  covers is dropped), so Ctrl+Q, Ctrl+N, Alt+F… do nothing;
- their close button (Alt+F4, the title bar, `wmctrl -c`) is refused;
- no key, click or touch reaches the covered window itself: only the cover's buttons and PIN pad answer;
- their titles say only that the app is locked (the window list shows titles);
- a window that opens meanwhile is covered as it appears; nothing is dropped on them.

The voting screen and the facilitator's console (and the console's own dialogs)
stay as they are. `release()` puts everything back as it was, with any change
the app asked for meanwhile (an action enabled, a new title).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_app.ui.accessibility import named
from coprod_app.ui.voting.pin_pad import PinPad

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from coprod_app.domain.pin import PinGuard
    from coprod_app.ui.theme import Palette


class VotingScreen(Protocol):
    """What the covers use of the participant screen (ui/voting/participant_screen.py).

    A Protocol, not the class itself: the participant screen starts the lockdown, so this module
    naming it would make the two import each other.
    """

    scale: float
    palette_: Palette
    pin_guard: PinGuard
    clock: Callable[[], float]
    ended: SignalInstance

    def come_back(self) -> None: ...

    def end(self) -> None: ...


logger = logging.getLogger(__name__)

# Windows of these kinds are transient parts of another window (a combo box's list, a tooltip).
_NOT_COVERED = (Qt.Popup, Qt.ToolTip, Qt.SplashScreen, Qt.Desktop, Qt.SubWindow)
_DROPPED = (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop)
# What a person does with keys, mouse or finger. Qt hands an input a widget leaves unused to its parent:
# from a cover's button to the covered window itself, which would act on it under the cover (a message
# box clicks the button whose underlined letter is typed, "Y" for "&Yes"; on Windows Ctrl+C copies its
# words). Only the cover answers.
_INPUT = (
    QEvent.KeyPress,
    QEvent.KeyRelease,
    QEvent.MouseButtonPress,
    QEvent.MouseButtonRelease,
    QEvent.MouseButtonDblClick,
    QEvent.Wheel,
    QEvent.ContextMenu,
    QEvent.TouchBegin,
    QEvent.TouchUpdate,
    QEvent.TouchEnd,
)


class _CoverButton(QPushButton):
    """Enter presses it too: the cover sits in a main window, where only Space would."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier:
            self.click()
            return
        super().keyPressEvent(event)


class LockCover(QWidget):
    """What a covered window shows: no data, no menus; back to voting, or unlock with the PIN."""

    def __init__(self, participant: VotingScreen, window: QWidget) -> None:
        super().__init__(window)
        self.participant = participant
        self.setObjectName("lock_cover")
        self.setAccessibleName(self.tr("Locked while people vote"))
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        p, scale = participant.palette_, participant.scale
        self.setStyleSheet(
            f"QWidget#lock_cover, QWidget#qt_scrollarea_viewport, QWidget#lock_cover_page"
            f" {{ background: {p.background}; }}"
            f" QLabel#lock_title {{ font-size: {round(20 * scale)}pt; font-weight: bold; }}"
        )

        front = QWidget()
        front.setObjectName("lock_cover_page")
        front.setAttribute(Qt.WA_StyledBackground, True)
        title = QLabel(self.tr("Voting is on"))
        title.setObjectName("lock_title")
        title.setAlignment(Qt.AlignCenter)
        title.setWordWrap(True)
        note = QLabel(
            self.tr(
                "This window is locked while people vote, so nothing from the session shows here. "
                "Unlocking needs the facilitator PIN and ends voting."
            )
        )
        note.setObjectName("lock_note")
        note.setAlignment(Qt.AlignCenter)
        note.setWordWrap(True)
        self.back_button = named(
            _CoverButton(self.tr("&Back to voting")), "lock_back", self.tr("Back to voting")
        )
        self.back_button.clicked.connect(participant.come_back)
        self.unlock_button = named(
            _CoverButton(self.tr("&Unlock with the facilitator PIN")),
            "lock_unlock",
            self.tr("Unlock with the facilitator PIN"),
        )
        self.unlock_button.clicked.connect(self.ask_pin)
        words = QWidget()
        words.setMaximumWidth(round(640 * scale))  # a short line is easier to read than one across the screen
        column = QVBoxLayout(words)
        column.addWidget(title)
        column.addWidget(note)
        column.addSpacing(round(16 * scale))
        # Both buttons as wide as the wider one, with room to spare for the thick focus ring.
        width = max(b.sizeHint().width() for b in (self.back_button, self.unlock_button)) + round(32 * scale)
        for button in (self.back_button, self.unlock_button):
            button.setMinimumSize(width, round(48 * scale))
            column.addWidget(button, 0, Qt.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(words, 4)
        row.addStretch(1)
        outer = QVBoxLayout(front)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        self.pin_pad = PinPad(participant.pin_guard, min(scale, 1.2), participant.clock)
        self.pin_pad.unlocked.connect(participant.end)
        self.pin_pad.cancelled.connect(self.show_front)
        self.pin_pad.cancelled.connect(participant.come_back)  # the pad's button says "Back to voting"
        pin_page = QWidget()
        pin_page.setObjectName("lock_cover_page")
        pin_page.setAttribute(Qt.WA_StyledBackground, True)
        pin_column = QVBoxLayout(pin_page)
        pin_column.addStretch(1)
        pin_column.addWidget(self.pin_pad)
        pin_column.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(front)
        self.pages.addWidget(pin_page)
        scroll = QScrollArea()  # at 200 % text the PIN pad may be taller than a small window
        scroll.setObjectName("lock_cover_scroll")
        scroll.setFocusPolicy(Qt.NoFocus)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def fit(self) -> None:
        """Cover the whole window, on top of everything in it."""
        self.setGeometry(self.parentWidget().rect())
        self.raise_()

    def show_front(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back_button.setFocus(Qt.OtherFocusReason)

    def ask_pin(self) -> None:
        self.pages.setCurrentIndex(1)
        self.pin_pad.reset()


class _Covered:
    """One covered window and what to give back when voting ends."""

    def __init__(self, window: QWidget, cover: LockCover, title: str) -> None:
        self.window = window
        self.cover = cover
        self.title = title
        self.hidden: list[QWidget] = []
        self.actions: dict[QAction, bool] = {}  # each action and the enabled state to give back


class Lockdown(QObject):
    """Covers every other top-level window of the app for as long as the participant screen is on."""

    def __init__(self, participant: VotingScreen, allowed: list[QWidget]) -> None:
        super().__init__(participant)
        self.participant = participant
        self.allowed = [w for w in allowed if w is not None]
        self.covered: dict[QWidget, _Covered] = {}
        self.active = False
        self._restoring = False
        self.locked_title = self.tr("coprod-app: locked while people vote")

    # Starting and ending ---------------------------------------------------------------------------

    def start(self) -> None:
        self.active = True
        QApplication.instance().installEventFilter(self)
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and self._should_cover(window):
                self.cover(window)
        self.participant.ended.connect(self.release)

    def release(self) -> None:
        """Give every covered window back as it was (voting has ended, through the PIN)."""
        if not self.active:
            return
        self.active = False
        QApplication.instance().removeEventFilter(self)
        for record in list(self.covered.values()):
            self._uncover(record)
        self.covered.clear()

    # Covering ---------------------------------------------------------------------------------------

    def _is_allowed(self, widget: QWidget | None) -> bool:
        """The voting screen, its console, and anything that belongs to them (the console's dialogs)."""
        while widget is not None:
            if any(widget is w for w in self.allowed):
                return True
            widget = widget.parentWidget()
        return False

    def _in_cover(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if isinstance(widget, LockCover):
                return True
            widget = widget.parentWidget()
        return False

    def _should_cover(self, window: QWidget) -> bool:
        return (
            window.isWindow()
            and window.windowType() not in _NOT_COVERED
            and window not in self.covered
            and not self._is_allowed(window)
        )

    def cover(self, window: QWidget) -> None:
        record = _Covered(window, LockCover(self.participant, window), window.windowTitle())
        self.covered[window] = record
        window.destroyed.connect(lambda *_: self.covered.pop(window, None))
        for child in window.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if child is not record.cover and not child.isWindow() and not child.isHidden():
                child.hide()  # replaced, not just behind: a hidden widget is neither drawn nor reachable
                record.hidden.append(child)
        actions = {*window.findChildren(QAction), *window.actions()}
        for action in actions:
            record.actions[action] = action.isEnabled()
            action.setEnabled(False)
            action.enabledChanged.connect(lambda on, a=action, r=record: self._action_changed(r, a, on))
        window.setWindowTitle(self.locked_title)
        record.cover.fit()
        record.cover.show()
        record.cover.show_front()
        logger.info("covered %s while voting is on", window.objectName() or type(window).__name__)

    def _action_changed(self, record: _Covered, action: QAction, enabled: bool) -> None:
        if self._restoring or not self.active or action not in record.actions:
            return
        if enabled:  # the app asked for it meanwhile: keep the wish, give it back at the end
            record.actions[action] = True
            action.setEnabled(False)

    def _uncover(self, record: _Covered) -> None:
        self._restoring = True
        try:
            for action, enabled in record.actions.items():
                try:
                    action.setEnabled(enabled)
                except RuntimeError:  # deleted while covered
                    pass
            record.cover.hide()
            record.cover.deleteLater()
            for child in record.hidden:
                try:
                    child.show()
                except RuntimeError:
                    pass
            record.window.setWindowTitle(record.title)
        finally:
            self._restoring = False

    # Watching every event of the app while voting is on ---------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Shortcut:
            return self._blocks_shortcut(watched)
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Show:
            self._shown(watched)
            return False
        if kind in _INPUT and watched.window() in self.covered and not self._in_cover(watched):
            event.accept()  # taken here, so it goes no further up either
            return True
        if kind in _DROPPED and watched.window() in self.covered:
            # Before the window's own events below: Qt hands a drop to the nearest widget that takes
            # drops, which is the covered main window itself. No bundle import while people vote.
            event.ignore()
            return True
        record = self.covered.get(watched)
        if record is not None:
            if kind == QEvent.Close:
                event.ignore()  # the window's close button, Alt+F4, Quit: refused while voting goes on
                return True
            if kind == QEvent.Resize:
                record.cover.fit()
            elif kind == QEvent.WindowTitleChange and watched.windowTitle() != self.locked_title:
                record.title = watched.windowTitle()
                QTimer.singleShot(0, record.cover, lambda: watched.setWindowTitle(self.locked_title))
            return False
        if kind == QEvent.KeyPress and event.key() == Qt.Key_Escape and watched.window() in self.covered:
            return True  # Escape would reject a covered dialog under its cover
        return False

    def _blocks_shortcut(self, receiver: QObject) -> bool:
        owner = receiver
        if isinstance(receiver, (QAction, QShortcut)):
            owner = receiver.parent()
        if isinstance(owner, QWidget) and (self._is_allowed(owner) or self._in_cover(owner)):
            return False
        logger.debug("shortcut of %r dropped while voting is on", receiver)
        return True

    def _shown(self, widget: QWidget) -> None:
        if widget.isWindow():
            if self._should_cover(widget):
                self.cover(widget)
            return
        parent = widget.parentWidget()
        record = self.covered.get(parent) if parent is not None else None
        if record is None or widget is record.cover:
            return
        # Something in a covered window was shown again: keep the cover on top, then hide it again.
        record.cover.raise_()
        if widget not in record.hidden:
            record.hidden.append(widget)
        QTimer.singleShot(0, record.cover, lambda: widget.hide() if self.active else None)
