"""The command line: `coprod-app` opens the window; sub-commands do the same jobs without a screen.

Each module named in COMMAND_MODULES has a `register(subparsers, common)` function that adds its
own sub-commands. The list is written out, not discovered: a frozen build (PyInstaller) has no
package folder to search, and discovery found nothing there ("invalid choice: 'session'").
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys

from coprod_app import __version__
from coprod_app.cli.common import CommandLineError, Parser, common_options, fail
from coprod_app.domain.errors import CoprodError
from coprod_app.locations import default_database

logger = logging.getLogger(__name__)


def build_parser() -> Parser:
    parser = Parser(
        prog="coprod-app",
        description="Record, vote on and answer what children, young people and families say.",
    )
    parser.add_argument(
        "--db",
        help=f"the database file (default: $COPROD_DB, else {default_database()}; "
        "'coprod-app where' says which)",
    )
    parser.add_argument("--version", action="version", version=f"coprod-app {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    for module in _command_modules():
        module.register(subparsers, common)
    return parser


def _command_modules():
    # Imported here, not at the top: opening the window (no sub-command) needs none of them.
    from coprod_app.cli import (
        bundle,
        check,
        device,
        export,
        pack,
        privacy,
        report,
        sessions,
        settings,
        themes,
        views,
        voting,
        where,
    )

    return (
        bundle,
        check,
        device,
        export,
        pack,
        privacy,
        report,
        sessions,
        settings,
        themes,
        views,
        voting,
        where,
    )


def _window_only(argv: list[str]):
    """The --db value (or None) when the arguments only open the window; False otherwise."""
    if not argv:
        return None
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argv[0][len("--db=") :] or False
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argv[1]
    return False


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    window_db = _window_only(sys.argv[1:] if argv is None else argv)
    if window_db is not False:
        # No sub-command: open the window without importing every command's module first.
        from coprod_app.ui.app import run_app

        return run_app(window_db)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CommandLineError as exc:
        return fail(str(exc), 2)
    if not getattr(args, "handler", None):
        from coprod_app.ui.app import run_app  # Qt is loaded only when a window is wanted

        return run_app(args.db)
    from coprod_app.locations import log_file
    from coprod_app.logs import set_up_logging
    from coprod_app.reports.exports import remove_stray_exports

    # Warnings go to the log file beside the database, not stderr: a refused command says one sentence
    # (an erase beside an open window printed "WAL checkpoint was blocked ..." first). Errors also go to
    # stderr in one line; a log that cannot be written (a read-only folder) never stops the command.
    set_up_logging(log_file(args.db))
    remove_stray_exports()  # what an export killed last time left in the exports folder (old, unlocked only)
    try:
        return args.handler(args) or 0
    except CommandLineError as exc:
        return fail(str(exc), 2)
    except CoprodError as exc:
        return fail(str(exc), 1)
    except KeyboardInterrupt:
        return fail("Stopped.", 1)
    except BrokenPipeError:
        # `coprod-app report annual | head`: the reader has all it wanted. Python would print an
        # error while flushing at exit, so stdout is pointed at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141 if os.name == "posix" else 1  # what a shell reports for a command ended by SIGPIPE
    except sqlite3.Error as exc:  # e.g. a damaged file read outside a storage function's own sentence
        from coprod_app.storage.database import read_failure

        return fail(str(read_failure(exc, "finish")), 1)
    except Exception as exc:  # never a traceback on the command line
        from coprod_app.logs import TOLD, written_log

        # The command's name only, never its arguments: they may hold what someone said (view add --text).
        logger.error(
            "unexpected error in '%s'", args.command, exc_info=True, extra=TOLD
        )  # stderr: the sentence
        log = written_log()
        details = f"; the details are in {log}" if log else ""
        return fail(f"Something went wrong that the app did not expect: {exc!r}{details}.", 1)
