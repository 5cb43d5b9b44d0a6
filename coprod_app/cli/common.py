"""What every sub-command shares: one-line errors, --db and --json, and printing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_app.domain.bounds import SQLITE_INTEGER_MAX, fits_in_sqlite, shown
from coprod_app.domain.errors import CoprodError

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class CommandLineError(CoprodError):
    """A usage error: exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise CommandLineError(f"{message} (see '{self.prog} --help')")


def fail(message: str, status: int) -> int:
    print(f"coprod-app: {message}", file=sys.stderr)
    return status


def common_options() -> argparse.ArgumentParser:
    """--db and --json, accepted after the sub-command as well as before it."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --db given before the sub-command must not be replaced by a default here.
    common.add_argument("--db", default=argparse.SUPPRESS, help="the database file")
    common.add_argument("--json", action="store_true", help="print JSON on stdout")
    return common


def open_db(args) -> AppDatabase:
    from coprod_app.storage.database import default_db_path, open_database, place_warning
    from coprod_app.storage.packs import ensure_default_pack

    db = open_database(Path(args.db) if getattr(args, "db", None) else default_db_path())
    if place_warning(db):  # a network or synced folder: the command runs, but the person must know
        print(f"coprod-app: {place_warning(db)}", file=sys.stderr)
    ensure_default_pack(db)
    return db


def emit(args, data, text: str | None = None) -> None:
    """Print JSON when --json was given, otherwise the human-readable text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=None))
    elif text is not None:
        print(text)


def _parse_whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:  # also a number of more than 4,300 digits
        raise argparse.ArgumentTypeError(f"'{shown(value)}' is not a whole number") from None


def _storable(number: int, value: str) -> int:
    # Without this `--session 99999999999999999999` failed with a raw OverflowError from SQLite.
    if not fits_in_sqlite(number):
        raise argparse.ArgumentTypeError(
            f"'{shown(value)}' is too {'big' if number > 0 else 'small'}; "
            f"numbers the app takes go up to {SQLITE_INTEGER_MAX:,}"
        )
    return number


def positive_int(value: str) -> int:
    """An id, a number of months or a maximum: 1 or more, and small enough for SQLite's 64-bit integers."""
    number = _parse_whole_number(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{shown(value)}' must be 1 or more")
    return _storable(number, value)


def whole_number(value: str) -> int:
    """A count: a whole number small enough to store; its range is checked by the domain rule it feeds."""
    return _storable(_parse_whole_number(value), value)


def iso_date(value: str) -> str:
    from coprod_app.domain.session import check_date

    try:
        return check_date(value)
    except CoprodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def read_text_argument(text: str | None, text_file: str | None) -> str:
    """The text of --text, or of --text-file (a path, or - for standard input)."""
    if text_file is None:
        if text is None:
            raise CommandLineError("give the words with --text TEXT or --text-file FILE")
        return text
    if text is not None:
        raise CommandLineError("give either --text or --text-file, not both")
    try:
        data = sys.stdin.buffer.read() if text_file == "-" else Path(text_file).read_bytes()
        return data.decode("utf-8")
    except OSError as exc:
        raise CoprodError(f"The file '{text_file}' could not be read ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise CoprodError(f"The file '{text_file}' is not UTF-8 text.") from None


def table(rows: list[list], headers: list[str]) -> str:
    cells = [headers] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(headers))]
    return "\n".join("  ".join(c[:40].ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells)
