"""Qt's own messages (a missing plugin, a bad style sheet, a font it could not load) into the app's log.

Without this they go to stderr only, and the window has no console to show them:
a Windows user whose window stayed blank had nothing to send. See coprod_app/logs.py.
"""

from __future__ import annotations

import logging

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
