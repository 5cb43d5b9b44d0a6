"""How a menu item is made, and what a menu may ask of the main window.

Every menu item of the app is made by `add_action`, so each has an object name (tests and
`lock_cover` find it by that), a name a screen reader says, and a shortcut that works only
in its own window: a window shortcut (Qt's default context) fires while that window is the
active one, never while the participant screen, "Last time you said…" or a dialog is in
front, where Ctrl+Q or Ctrl+N from the facilitator's window must do nothing. (While voting is
on, `voting/lock_cover.py` also disables every action and drops any shortcut event that
reaches a covered window; the context keeps the keys local when voting is off too.)

Menus talk to the window only through `MenuWindow` and `SessionView`: named methods, not
reaching for its stack, another widget's signals or the page's attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar

    from coprod_app.domain.session import Session
    from coprod_app.storage.database import AppDatabase


class SessionView(Protocol):
    """The open session's page, as the menus see it."""

    session: Session | None
    changed: SignalInstance  # a session opened, changed or closed

    def refresh(self) -> None: ...

    def forget_history(self) -> None: ...


class MenuWindow(Protocol):
    """The main window, as the menus see it."""

    db: AppDatabase
    db_path: str
    page: SessionView
    file_menu: QMenu
    quit_action: QAction

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def current_session_id(self) -> int | None: ...

    def open_session(self, session_id: int) -> None: ...

    def close_session(self) -> None: ...

    def refresh_sessions(self) -> None: ...

    def reload_saved(self, forget_undo: bool = False) -> None: ...


def add_action(
    menu: QMenu | None,
    text: str,
    name: str,
    slot: Callable[[], object] | None,
    *,
    parent: QObject,
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    more_shortcuts: Sequence[str] = (),
    checkable: bool = False,
) -> QAction:
    """One menu item: `text` (with its & letter), object `name`, `slot` called with no argument.

    `parent` owns the action (the window it belongs to, so its shortcut is that window's).
    `menu` None: the caller places the action itself (insertActions).

    QAction has no accessibleName of its own: Qt's accessible menu item says the text without
    its & (and the shortcut), so `text` must never be empty. No status tip: showing it as the
    pointer passes would wipe the status bar's last sentence (what an erase removed).
    """
    if not text.replace("&", "").strip():
        raise ValueError(f"menu item {name} needs words a screen reader can say")
    action = QAction(text, parent)
    action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey):
        keys = QKeySequence.keyBindings(shortcut)  # this platform's keys; Quit has none on Windows
    else:
        keys = [QKeySequence(shortcut)] if shortcut is not None else []
    keys += [QKeySequence(k) for k in more_shortcuts]
    if keys:
        action.setShortcuts(keys)
    action.setShortcutContext(Qt.WindowShortcut)  # see the module's docstring
    action.setCheckable(checkable)
    if slot is not None:
        # `triggered` passes `checked`; the slots take no argument (and lambdas must not get it).
        action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    return action
