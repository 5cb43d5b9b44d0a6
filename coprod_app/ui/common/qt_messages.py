"""Qt's own messages (a missing plugin, a bad style sheet, a font it could not load) into the app's log.

Without this they go to stderr only, and the window has no console to show them:
a Windows user whose window stayed blank had nothing to send. See coprod_app/logs.py.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

logger = logging.getLogger("coprod_app.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_message(kind, context, message: str) -> None:
    where = (
        f" ({context.category})"
        if context is not None and context.category not in (None, "", "default")
        else ""
    )
    logger.log(LEVELS.get(kind, logging.WARNING), "Qt%s: %s", where, message)


def send_qt_messages_to_the_log():
    """From now on Qt's messages are records of the 'coprod_app.qt' logger; returns the handler before."""
    return qInstallMessageHandler(log_qt_message)


def set_up_window_logging(db_path: str | None) -> None:
    """The window's log: the file beside its database (see coprod_app/logs.py), Qt's messages included."""
    from coprod_app.locations import log_file
    from coprod_app.logs import set_up_logging

    set_up_logging(log_file(db_path))
    send_qt_messages_to_the_log()
    sys.excepthook = log_unexpected_error


def log_unexpected_error(kind, error, traceback) -> None:
    """sys.excepthook of the window: an error no code expected goes to the log with its traceback.

    Python's own hook prints to stderr, which the window has none of (a Start-menu shortcut,
    the frozen coprod-app, the gui script): an error in a menu action left no trace at all.
    """
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    logging.getLogger("coprod_app.ui").error(
        "unexpected error in the window", exc_info=(kind, error, traceback)
    )
