"""`coprod-app bundle export|import`, `backup` and `restore`: several laptops, one record.

Bundles are signed by the laptop that exports them; `coprod-app device` (cli/device.py) says
which laptops this one trusts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_app.cli.common import emit, open_db, positive_int


def register(subparsers, common) -> None:
    bundle = subparsers.add_parser("bundle", help="carry a session between laptops in one .coprod file")
    sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    export = sub.add_parser("export", parents=[common], help="write a session and all linked to it to a file")
    export.add_argument("--session", required=True, type=positive_int)
    export.add_argument("--out", required=True, metavar="FILE.coprod")
    export.set_defaults(handler=export_session)

    imp = sub.add_parser("import", parents=[common], help="merge a bundle; importing twice changes nothing")
    imp.add_argument("file", metavar="FILE.coprod")
    imp.set_defaults(handler=import_file)

    backup = subparsers.add_parser(
        "backup", parents=[common], help="back up the whole database; prints the path"
    )
    backup.add_argument(
        "--out",
        metavar="FILE",
        help="where to write it (default: a dated file in the backups "
        "folder beside the database; 'coprod-app where' says where)",
    )
    backup.set_defaults(handler=backup_now)

    restore = subparsers.add_parser(
        "restore", parents=[common], help="replace the database with a backup (the replaced one is kept)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=restore_file)


def export_session(args) -> int:
    from coprod_app.storage.bundle import NAMES, export_bundle

    result = export_bundle(open_db(args), args.session, Path(args.out))
    counts = ", ".join(
        f"{n} {NAMES[t][0] if n == 1 else NAMES[t][1]}"
        for t, n in result["counts"].items()
        if n and t != "sessions"
    )
    signer = result["signed_by"]
    emit(
        args,
        result,
        f"Exported session {args.session} ({counts or 'no records yet'}) to {result['path']}, "
        f"signed by this laptop, {signer['name']} ({signer['fingerprint']}).",
    )
    return 0


def import_file(args) -> int:
    from coprod_app.storage.bundle import import_bundle, summary_text

    # A bundle from a laptop this one does not trust is refused here with one sentence naming it;
    # trusting is `device trust`, after comparing fingerprints (the window can ask on the spot).
    report = import_bundle(open_db(args), Path(args.file))
    where = (
        f"session {report['session_id']}"
        if report["session_id"] is not None
        else "its session was erased or purged here, so none of it came back"
    )
    emit(args, report, f"{Path(args.file).name}: {summary_text(report)} ({where}).")
    return 0


def backup_now(args) -> int:
    from coprod_app.storage.backup import backup_database

    path = backup_database(open_db(args), Path(args.out) if args.out else None)
    emit(args, {"path": str(path)}, str(path))
    return 0


def restore_file(args) -> int:
    # The current database is not opened the usual way: restoring must work when it is damaged.
    from coprod_app.storage.backup import restore_database
    from coprod_app.storage.database import default_db_path

    db_path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    result = restore_database(db_path, Path(args.file))
    kept = result["replaced_kept_as"]
    sessions, views = result["sessions"], result["views"]
    text = (
        f"Restored {db_path} from {args.file} ({sessions} session{'' if sessions == 1 else 's'}, "
        f"{views} view{'' if views == 1 else 's'})."
    )
    if kept:
        text += f" The database it replaced is kept as {kept}."
    if result.get("ledger", {}).get("removed"):  # the backup was older than an erasure or purge
        text += (
            f" {result['ledger']['removed']} erased or purged records it still held were removed again "
            "and wiped from the file."
        )
    emit(args, result, text)
    sys.stdout.flush()
    return 0
