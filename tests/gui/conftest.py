"""What the GUI tests share: the main window on the test's database, shown as a user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coprod_app.storage.device_settings import save_settings
from coprod_app.ui.app import open_main_window, use_view_settings
from coprod_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _application_look_restored(request):
    """Each test starts with the application font and style sheet the one before it found."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    app = request.getfixturevalue("qapp")
    font, sheet = QFont(app.font()), app.styleSheet()
    yield
    if app.font() != font or app.styleSheet() != sheet:
        app.setFont(font)
        app.setStyleSheet(sheet)  # set again even when unchanged: polished widgets take the font from it


@pytest.fixture
def app_look(qapp, db):
    """Screens as people see them: `app_look(text_scale=2.0, ...)` stores those settings, then applies
    this laptop's look the way the app does at start (its font and its application-wide style sheet)."""

    def _apply(**settings):
        if settings:
            save_settings(db, **settings)
        return use_view_settings(qapp, db)

    return _apply


@pytest.fixture
def window(qtbot, db, db_path):
    """The main window on the `db` fixture's database, shown and exposed."""
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def start_app_window(qtbot, path):
    """Open the database at `path` the way the app does at start, and show its window."""
    window = open_main_window(path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def show_screen(qtbot):
    """`show_screen(screen, size)`: a participant screen shown at `size`, exposed and (unless
    `activate=False`) the active window, as it opens for voting; its voting is ended after the test."""
    shown = []

    def _show(screen, size=(1024, 768), *, activate: bool = True):
        qtbot.addWidget(screen)
        shown.append(screen)
        screen.resize(*size)
        screen.show()
        qtbot.waitExposed(screen)
        if activate:
            screen.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
        return screen

    yield _show
    for screen in shown:
        if not screen.has_ended:
            screen.end()
