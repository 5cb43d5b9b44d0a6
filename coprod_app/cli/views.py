"""`coprod-app view add|list|delete`: what people said."""

from __future__ import annotations

from coprod_app.cli.common import emit, open_db, positive_int, read_text_argument, table
from coprod_app.domain.view import HOW_GIVEN, SENTIMENTS, ViewDraft


def register(subparsers, common) -> None:
    view = subparsers.add_parser("view", help="record and list views")
    sub = view.add_subparsers(dest="view_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", parents=[common], help="record a view")
    add.add_argument("--session", required=True, type=positive_int)
    add.add_argument("--text", help="the words, exactly as said")
    add.add_argument("--text-file", help="read the words from a UTF-8 file (- for standard input)")
    add.add_argument("--participant", help="the participant's anonymous code")
    add.add_argument("--principle", action="append", default=[], metavar="KEY")
    add.add_argument("--priority", metavar="KEY")
    add.add_argument("--commitment", action="append", default=[], metavar="KEY")
    add.add_argument("--sentiment", choices=SENTIMENTS)
    add.add_argument("--how", choices=HOW_GIVEN, help="how the view was given")
    add.add_argument("--follow-up", action="store_true", help="follow up offline (safeguarding); no details")
    add.set_defaults(handler=add_view)

    listing = sub.add_parser("list", parents=[common], help="a session's views, in the order recorded")
    listing.add_argument("--session", required=True, type=positive_int)
    listing.set_defaults(handler=list_session_views)

    delete = sub.add_parser("delete", parents=[common], help="delete a view")
    delete.add_argument("--view", required=True, type=positive_int)
    delete.set_defaults(handler=delete_one)


def add_view(args) -> int:
    from coprod_app.storage.views import record_view

    draft = ViewDraft(
        text=read_text_argument(args.text, args.text_file),
        principles=tuple(args.principle),
        priority=args.priority,
        commitments=tuple(args.commitment),
        sentiment=args.sentiment,
        how=args.how,
        follow_up=args.follow_up,
        participant=args.participant,
    )
    v = record_view(open_db(args), args.session, draft)
    emit(args, {"id": v.id}, f"Saved view {v.id}.")
    return 0


def list_session_views(args) -> int:
    from coprod_app.storage.views import list_views

    views = list_views(open_db(args), args.session)
    emit(
        args,
        [v.summary() for v in views],
        table(
            [[v.id, v.draft.participant, v.draft.sentiment, v.text.replace("\n", " ")] for v in views],
            ["ID", "WHO", "SENTIMENT", "TEXT"],
        ),
    )
    return 0


def delete_one(args) -> int:
    from coprod_app.storage.views import delete_view

    v = delete_view(open_db(args), args.view)
    emit(args, {"id": v.id}, f"Deleted view {v.id}.")
    return 0
