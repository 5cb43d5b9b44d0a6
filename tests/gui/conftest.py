"""What the GUI tests share: the main window on the test's database, shown as a user sees it."""

from __future__ import annotations

import pytest

from coprod_app.ui.app import open_main_window
from coprod_app.ui.main_window import MainWindow


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
