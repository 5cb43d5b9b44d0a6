"""`coprod-app where [--json]`: where this copy keeps the database, the backups, the exports and the log.

It only says: nothing is opened or made, so it answers even before the first
session, on a read-only disk or with a damaged database, and loads no Qt.
"""

from __future__ import annotations

import os

from coprod_app.cli.common import emit


def register(subparsers, common) -> None:
    where = subparsers.add_parser(
        "where",
        parents=[common],
        help="say where the database, backups, exports and log are (nothing is made)",
    )
    where.set_defaults(handler=run_where)


def places(given=None) -> dict:
    """The paths `where` prints, made absolute so they can be pasted anywhere."""
    from coprod_app import locations

    database = locations.database_path(given)
    return {
        "database": os.path.abspath(database),
        "database_exists": database.is_file(),
        "database_from": locations.database_source(given),
        "backups": os.path.abspath(locations.backups_folder(given)),
        "exports": os.path.abspath(locations.exports_folder()),
        "log": os.path.abspath(locations.log_file(given)),
        "checkout": locations.is_checkout(),
        "resources": os.path.abspath(locations.resources_folder()),
    }


def run_where(args) -> int:
    found = places(getattr(args, "db", None))
    kind = "a source checkout" if found["checkout"] else "installed"
    chosen = {
        "--db": "given by --db",
        "COPROD_DB": "from $COPROD_DB",
        "checkout": "the checkout's default",
        "user folder": "the user's own data folder",
    }[found["database_from"]]
    text = "\n".join(
        [
            f"database:  {found['database']} ({chosen}{'' if found['database_exists'] else '; not made yet'})",
            f"backups:   {found['backups']}",
            f"exports:   {found['exports']}",
            f"log:       {found['log']}",
            f"resources: {found['resources']} ({kind})",
        ]
    )
    emit(args, found, text)
    return 0
