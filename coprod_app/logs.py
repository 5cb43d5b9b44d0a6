"""The log file beside the database: warnings and errors of the command line and the window. No Qt here.

The window has no console (a Start-menu shortcut, `pythonw`, the frozen build), so
without a file an error there leaves no trace at all. Set up once per database by
`set_up_logging`, called by the command line before a sub-command runs and by the
window before it opens the database; Qt's own messages are sent here by
ui/common/qt_messages.py.

- The file gets warnings and errors with their tracebacks (1 MB, three older files
  kept), readable by its owner only: a message may quote a path or a session title.
- stderr gets errors only, one line each, never a traceback: a refused command
  still says exactly one sentence (warnings such as "WAL checkpoint was blocked"
  printed before an erase's own sentence until they went to a log). A record
  logged with `extra=TOLD` (the user already got a sentence about it) goes to
  the file only.
- Nothing here ever stops a command: a log that cannot be written (a read-only
  folder, a file held by another program during a rollover) is skipped, and
  errors still reach stderr. Nothing is created until something is logged, so
  `where` and a quiet command leave no file behind.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

APP_LOGGER = "coprod_app"
MAX_BYTES = 1_000_000
KEPT_FILES = 3
TOLD = {"told": True}  # extra= for a record whose sentence the user has already seen: file only
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"


class LogFile(RotatingFileHandler):
    """A rotating log file, made owner-only, that gives up quietly when it cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8", delay=True)
        self.unwritable = False
        self.setLevel(logging.WARNING)
        self.setFormatter(logging.Formatter(FORMAT))

    def _open(self):
        try:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError:
            self.unwritable = True  # read-only or missing folder: from now on stderr only
            raise
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.unwritable:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # Not logging's "--- Logging error ---" and a traceback on stderr: the command's sentence stays alone.
        pass

    def usable(self) -> bool:
        """True when the file exists and the last attempt to open it did not fail."""
        return not self.unwritable and os.path.isfile(self.baseFilename)


class OneLineStderr(logging.Handler):
    """Errors on stderr as "coprod-app: <message>", one line, looked up at each record (tests swap stderr)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        stream = sys.stderr
        if stream is None or getattr(record, "told", False):  # a windowed app on Windows has no stderr
            return
        try:
            message = " ".join(record.getMessage().split())
            stream.write(f"coprod-app: {message}\n")
            stream.flush()
        except Exception:  # a closed or full stderr must not stop the command
            pass


def _handlers() -> tuple[LogFile | None, OneLineStderr | None]:
    logger = logging.getLogger(APP_LOGGER)
    files = [h for h in logger.handlers if isinstance(h, LogFile)]
    errs = [h for h in logger.handlers if isinstance(h, OneLineStderr)]
    return (files[0] if files else None), (errs[0] if errs else None)


def set_up_logging(log_path: str | Path) -> LogFile:
    """Send the app's warnings and errors to `log_path` (and errors to stderr); safe to call again.

    Called again with another path (the tests open many databases in one process),
    the file handler moves to the new file and the old one is closed.
    """
    logger = logging.getLogger(APP_LOGGER)
    current, stderr = _handlers()
    if stderr is None:
        logger.addHandler(OneLineStderr())
    wanted = os.path.abspath(log_path)
    if current is not None:
        if current.baseFilename == wanted:
            return current
        logger.removeHandler(current)
        current.close()
    handler = LogFile(Path(wanted))
    logger.addHandler(handler)
    return handler


def written_log() -> Path | None:
    """The log file records go to, if there is one and it could be opened (else None: stderr only)."""
    current, _ = _handlers()
    if current is None or not current.usable():
        return None
    return Path(current.baseFilename)
