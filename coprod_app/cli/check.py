"""`coprod-app check`: is the database sound and set up for no-loss saving?"""

from __future__ import annotations

from coprod_app.cli.common import emit, open_db


def register(subparsers, common) -> None:
    check = subparsers.add_parser("check", parents=[common], help="check the database")
    check.set_defaults(handler=run_check)


def run_check(args) -> int:
    from coprod_app.storage.database import health

    report = health(open_db(args))
    text = "ok" if report["ok"] else "problems:\n" + "\n".join(f"  {p}" for p in report["problems"])
    emit(args, report, f"{text} (schema {report['schema_version']}, journal {report['journal_mode']}, "
                       f"synchronous {report['synchronous']})")
    return 0 if report["ok"] else 1
