"""`coprod-app pack show|load|list`: the strategy pack in use."""

from __future__ import annotations

from coprod_app.cli.common import emit, open_db, table


def register(subparsers, common) -> None:
    pack = subparsers.add_parser("pack", help="show or install a strategy pack")
    sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    show = sub.add_parser("show", parents=[common], help="show the current strategy pack")
    show.add_argument("--key", help="show an installed pack other than the current one")
    show.set_defaults(handler=show_pack)

    load = sub.add_parser("load", parents=[common], help="check a pack file and install it")
    load.add_argument("file")
    load.set_defaults(handler=load_pack)

    listing = sub.add_parser("list", parents=[common], help="list installed packs")
    listing.set_defaults(handler=list_installed)


def show_pack(args) -> int:
    from coprod_app.storage.packs import current_pack, get_pack

    db = open_db(args)
    pack = get_pack(db, args.key) if args.key else current_pack(db)
    lines = [pack.name, "", "Principles:"]
    lines += [f"  {p.key}  {p.title}" for p in pack.principles]
    for pr in pack.priorities:
        lines += ["", f"{pr.key}  {pr.title}"]
        lines += [f"  {c.key}  {c.text}" for c in pr.commitments]
    lines += ["", "Towns: " + ", ".join(pack.towns)]
    emit(args, pack.summary(), "\n".join(lines))
    return 0


def load_pack(args) -> int:
    from coprod_app.domain.pack import load_pack_file
    from coprod_app.storage.packs import install_pack

    pack = load_pack_file(args.file)  # checked before the database is touched
    install_pack(open_db(args), pack)
    emit(
        args,
        {"key": pack.key, "name": pack.name},
        f"Installed '{pack.name}' ({pack.key}); new sessions use it.",
    )
    return 0


def list_installed(args) -> int:
    from coprod_app.storage.packs import list_packs

    packs = list_packs(open_db(args))
    emit(
        args,
        packs,
        table(
            [[p["key"], p["name"], "yes" if p["current"] else ""] for p in packs], ["KEY", "NAME", "CURRENT"]
        ),
    )
    return 0
