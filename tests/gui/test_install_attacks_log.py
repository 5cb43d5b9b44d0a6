"""An error nobody expected in the window reaches coprod-app.log (found by trying issue 18 as a user).

The window has no console (a Start-menu shortcut, the frozen coprod-app, the gui script), and
Python's own hook printed such an error to stderr only: the log beside the database, the one
thing a facilitator can send to IT, had no trace of it.
"""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from coprod_app import logs
from coprod_app.ui.common.qt_messages import send_qt_messages_to_the_log, set_up_window_logging


@pytest.fixture
def window_logging(tmp_path, monkeypatch):
    """The window's logging for a database in tmp_path, undone afterwards; returns the log file."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    before = send_qt_messages_to_the_log()
    set_up_window_logging(str(tmp_path / "coprod.sqlite3"))
    yield tmp_path / "coprod-app.log"
    qInstallMessageHandler(before)
    logger = logging.getLogger(logs.APP_LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, (logs.LogFile, logs.OneLineStderr))]:
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.qt_no_exception_capture  # the app's own hook must see it, not pytest-qt's
def test_an_unexpected_error_in_a_window_slot_goes_to_the_log(qapp, window_logging):
    def menu_action():
        raise RuntimeError("boom in a menu action")

    QTimer.singleShot(0, menu_action)  # as a menu item's slot runs: from Qt's event loop
    QApplication.processEvents()
    written = window_logging.read_text(encoding="utf-8")
    assert "ERROR coprod_app.ui" in written and "unexpected error in the window" in written
    assert "Traceback" in written and "RuntimeError: boom in a menu action" in written
    assert window_logging.stat().st_mode & 0o777 == 0o600
