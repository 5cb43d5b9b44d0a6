"""`coprod-app device show|rename|trust|list|forget`: which laptops' bundles this one accepts.

Every bundle is signed by the laptop that made it. The officer's laptop trusts another laptop
once, by typing the fingerprint that `device show` prints on that laptop's own screen.
"""

from __future__ import annotations

from coprod_app.cli.common import emit, open_db, table


def register(subparsers, common) -> None:
    device = subparsers.add_parser(
        "device", help="this laptop's fingerprint, and the laptops whose bundles it trusts"
    )
    sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)

    show = sub.add_parser(
        "show", parents=[common], help="this laptop's fingerprint and name, to compare on screen"
    )
    show.set_defaults(handler=show_device)

    rename = sub.add_parser(
        "rename", parents=[common], help="the name other laptops see on this laptop's bundles"
    )
    rename.add_argument("name", metavar="NAME")
    rename.set_defaults(handler=rename_device)

    trust = sub.add_parser(
        "trust", parents=[common], help="accept bundles from the laptop whose screen shows this fingerprint"
    )
    trust.add_argument(
        "fingerprint", metavar="FINGERPRINT", help="as 'device show' prints it there (any case)"
    )
    trust.add_argument("--name", help="what to call that laptop here (default: the name on its first bundle)")
    trust.set_defaults(handler=trust_laptop)

    listing = sub.add_parser("list", parents=[common], help="the laptops this one trusts")
    listing.set_defaults(handler=list_laptops)

    forget = sub.add_parser(
        "forget", parents=[common], help="stop accepting bundles from a laptop (lost, stolen or given away)"
    )
    forget.add_argument("fingerprint", metavar="FINGERPRINT")
    forget.set_defaults(handler=forget_laptop)


def show_device(args) -> int:
    from coprod_app.storage.devices import this_device

    me = this_device(open_db(args))
    emit(args, me.summary(), f"This laptop: {me.name}\nFingerprint: {me.fingerprint}")
    return 0


def rename_device(args) -> int:
    from coprod_app.storage.devices import rename_this_device

    me = rename_this_device(open_db(args), args.name)
    emit(args, me.summary(), f"This laptop is now called {me.name} (fingerprint {me.fingerprint}).")
    return 0


def trust_laptop(args) -> int:
    from coprod_app.storage.devices import display, this_device, trust_device

    db = open_db(args)
    laptop, added = trust_device(db, args.fingerprint, args.name)
    shown = display(laptop.name, laptop.fingerprint)
    if laptop.fingerprint == this_device(db).fingerprint:
        text = f"{laptop.fingerprint} is this laptop's own fingerprint; its own bundles are always accepted here."
    elif added:
        text = f"Bundles signed by laptop {shown} are now accepted here."
    else:
        text = f"Laptop {shown} was already trusted here (since {laptop.trusted_at[:10]}); nothing changed."
    emit(args, {**laptop.listing(), "added": added}, text)
    return 0


def list_laptops(args) -> int:
    from coprod_app.storage.devices import trusted_devices

    laptops = trusted_devices(open_db(args))
    if getattr(args, "json", False):
        emit(args, [d.listing() for d in laptops])
    elif not laptops:
        print("No other laptop is trusted yet; see 'coprod-app device trust --help'.")
    else:
        print(
            table(
                [
                    [d.fingerprint, d.name or "(name comes with its first bundle)", d.trusted_at[:10]]
                    for d in laptops
                ],
                ["fingerprint", "name", "trusted since"],
            )
        )
    return 0


def forget_laptop(args) -> int:
    from coprod_app.storage.devices import display, forget_device

    laptop = forget_device(open_db(args), args.fingerprint)
    emit(
        args,
        laptop.listing(),
        f"Bundles from laptop {display(laptop.name, laptop.fingerprint)} are no longer "
        "accepted here; what was imported from it stays.",
    )
    return 0
