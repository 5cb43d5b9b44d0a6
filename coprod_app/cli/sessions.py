"""`coprod-app session …` and `participant …`: events and who came, anonymously."""

from __future__ import annotations

from coprod_app.cli.common import emit, iso_date, open_db, positive_int, table
from coprod_app.domain.session import AGE_BANDS, FORUMS, GROUPS


def register(subparsers, common) -> None:
    session = subparsers.add_parser("session", help="create, list, close and reopen sessions")
    sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", parents=[common], help="create a session")
    new.add_argument("--title", required=True)
    new.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    new.add_argument("--forum", required=True, choices=FORUMS)
    new.add_argument("--town", default="")
    new.add_argument("--venue", default="")
    new.add_argument("--facilitators", default="", help="first names or roles, as the team prefers")
    new.set_defaults(handler=new_session)

    listing = sub.add_parser("list", parents=[common], help="list sessions, newest first")
    listing.set_defaults(handler=list_all)

    for action, status in (("close", "closed"), ("reopen", "open")):
        p = sub.add_parser(action, parents=[common], help=f"{action} a session")
        p.add_argument("--session", required=True, type=positive_int)
        p.set_defaults(handler=change_status, status=status)

    participant = subparsers.add_parser("participant", help="add anonymous participants")
    psub = participant.add_subparsers(dest="participant_command", metavar="ACTION", required=True)
    pnew = psub.add_parser("new", parents=[common], help="a new anonymous code for one person")
    pnew.add_argument("--session", required=True, type=positive_int)
    pnew.add_argument("--group", choices=GROUPS)
    pnew.add_argument("--age-band", choices=AGE_BANDS)
    pnew.add_argument("--town")
    pnew.add_argument("--quote-consent", action="store_true", help="they agree to be quoted word for word")
    pnew.set_defaults(handler=new_participant)
    plist = psub.add_parser("list", parents=[common], help="a session's participants")
    plist.add_argument("--session", required=True, type=positive_int)
    plist.set_defaults(handler=list_people)


def new_session(args) -> int:
    from coprod_app.storage.sessions import create_session

    s = create_session(
        open_db(args),
        title=args.title,
        date=args.date,
        forum=args.forum,
        town=args.town,
        venue=args.venue,
        facilitators=args.facilitators,
    )
    emit(args, {"id": s.id}, f"Created session {s.id}: {s.title} ({s.date}).")
    return 0


def list_all(args) -> int:
    from coprod_app.storage.sessions import list_sessions

    sessions = list_sessions(open_db(args))
    emit(
        args,
        [s.summary() for s in sessions],
        table(
            [[s.id, s.date, s.forum, s.town, s.title, s.views, s.participants, s.status] for s in sessions],
            ["ID", "DATE", "FORUM", "TOWN", "TITLE", "VIEWS", "PEOPLE", "STATUS"],
        ),
    )
    return 0


def change_status(args) -> int:
    from coprod_app.storage.sessions import set_session_status

    s = set_session_status(open_db(args), args.session, args.status)
    emit(args, s.summary(), f"Session {s.id} is {s.status}.")
    return 0


def new_participant(args) -> int:
    from coprod_app.storage.sessions import add_participant

    p = add_participant(
        open_db(args),
        args.session,
        group=args.group,
        age_band=args.age_band,
        town=args.town,
        quote_consent=args.quote_consent,
    )
    emit(args, {"code": p.code}, p.code)
    return 0


def list_people(args) -> int:
    from coprod_app.storage.sessions import list_participants

    people = list_participants(open_db(args), args.session)
    emit(
        args,
        [p.summary() for p in people],
        table(
            [[p.code, p.group, p.age_band, p.town, "yes" if p.quote_consent else "no"] for p in people],
            ["CODE", "GROUP", "AGE", "TOWN", "QUOTE"],
        ),
    )
    return 0
