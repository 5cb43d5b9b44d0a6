"""`coprod-app check`: is the database sound and set up for no-loss saving?"""

from __future__ import annotations

from coprod_app.cli.common import emit, open_db


def register(subparsers, common) -> None:
    check = subparsers.add_parser("check", parents=[common], help="check the database")
    check.set_defaults(handler=run_check)


def run_check(args) -> int:
    from coprod_app.storage.database import DamagedDatabase
    from coprod_app.storage.integrity import health

    try:
        db = open_db(args)
    except DamagedDatabase as exc:
        if not getattr(args, "json", False):
            raise
        # --json still answers on stdout: a file too damaged to open is the check's result, not a usage error.
        emit(
            args,
            {
                "ok": False,
                "schema_version": None,
                "journal_mode": None,
                "synchronous": None,
                "foreign_keys": None,
                "problems": [str(exc)],
                "damaged_text": [],
                "read_only": None,
            },
        )
        return 1
    report = health(db)
    settings = (
        f"schema {report['schema_version']}, journal {report['journal_mode']}, "
        f"synchronous {report['synchronous']}" + (", read-only place" if report["read_only"] else "")
    )
    if report["ok"]:
        text = f"ok ({settings})"
    else:
        problems = report["problems"]
        more = f"; and {len(problems) - 1} more (see check --json)" if len(problems) > 1 else ""
        text = (
            f"The database is damaged: {problems[0]}{more}; restore a backup, or copy out what is still "
            f"readable ({settings})."
        )
    emit(args, report, text)
    return 0 if report["ok"] else 1
