"""`coprod-app theme add` and `coprod-app action add|status`: "you said, we did" from the command line."""

from __future__ import annotations

from coprod_app.cli.common import emit, iso_date, open_db, positive_int
from coprod_app.domain.actions import STATUS_LABELS, STATUSES


def register(subparsers, common) -> None:
    theme = subparsers.add_parser("theme", help="themes: what people said, in the officer's words")
    sub = theme.add_subparsers(dest="theme_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="group views into a theme")
    add.add_argument("--title", required=True)
    add.add_argument("--you-said", required=True, help="a short summary of what people said")
    add.add_argument(
        "--view",
        action="append",
        default=[],
        type=positive_int,
        metavar="ID",
        help="a view this theme came from (repeat for more)",
    )
    add.set_defaults(handler=add_theme)
    listing = sub.add_parser("list", parents=[common], help="themes with their actions")
    listing.add_argument("--session", type=positive_int, help="only themes heard at this session")
    listing.set_defaults(handler=list_themes)

    action = subparsers.add_parser("action", help="actions: what the partnership did or will do")
    sub = action.add_subparsers(dest="action_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="add an action to a theme")
    add.add_argument("--theme", required=True, type=positive_int)
    add.add_argument("--we-did", required=True, help="what was done or will be done")
    add.add_argument("--status", required=True, choices=STATUSES)
    add.add_argument("--reason", help="why (required when the status is not-possible)")
    add.add_argument("--owner", help="the role responsible, not a person's name")
    add.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--commitment", action="append", default=[], metavar="KEY")
    add.add_argument(
        "--on",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day the action got its status (default today; not in the future)",
    )
    add.set_defaults(handler=add_action)
    status = sub.add_parser(
        "status", parents=[common], help="change an action's status (kept in its history)"
    )
    status.add_argument("--action", required=True, type=positive_int)
    status.add_argument("--status", required=True, choices=STATUSES)
    status.add_argument("--reason", help="why (required when the status is not-possible)")
    status.add_argument(
        "--on",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day the change happened (default today; not in the future, "
        "nor before the action's last change)",
    )
    status.set_defaults(handler=change_status)


def add_theme(args) -> int:
    from coprod_app.storage import themes

    t = themes.add_theme(open_db(args), args.title, args.you_said, args.view)
    emit(args, {"id": t.id}, f"Saved theme {t.id}.")
    return 0


def list_themes(args) -> int:
    from coprod_app.domain.actions import progress_sentence
    from coprod_app.storage import themes

    found = themes.list_themes(open_db(args), args.session)
    emit(
        args,
        [t.summary() for t in found],
        "\n".join(f"{t.id}  {t.title}  ({progress_sentence(t.actions)})" for t in found) or "No themes yet.",
    )
    return 0


def add_action(args) -> int:
    from coprod_app.storage import themes

    a = themes.add_action(
        open_db(args),
        args.theme,
        args.we_did,
        args.status,
        reason=args.reason,
        owner=args.owner,
        due=args.due,
        commitments=args.commitment,
        on=args.on,
    )
    emit(args, {"id": a.id}, f"Saved action {a.id} ({STATUS_LABELS[a.status].lower()}).")
    return 0


def change_status(args) -> int:
    from coprod_app.storage import themes

    a = themes.set_action_status(open_db(args), args.action, args.status, args.reason, on=args.on)
    emit(args, {"id": a.id, "status": a.status}, f"Action {a.id} is now {STATUS_LABELS[a.status].lower()}.")
    return 0
