"""`coprod-app erase`, `purge` and `retention`: removing children's data when it must go."""

from __future__ import annotations

from coprod_app.cli.common import emit, fail, iso_date, open_db, positive_int, table


def register(subparsers, common) -> None:
    erase = subparsers.add_parser(
        "erase",
        parents=[common],
        help="remove one participant's views, votes and consent, and wipe their words from the file "
        "and from every backup the app made",
    )
    erase.add_argument("--participant", required=True, metavar="CODE", help="the code on their sticker")
    erase.add_argument("--session", required=True, type=positive_int)
    erase.set_defaults(handler=erase_one)

    purge = subparsers.add_parser(
        "purge",
        parents=[common],
        help="delete sessions past their retention period, then VACUUM; also cleans every backup the app made",
    )
    purge.add_argument("--dry-run", action="store_true", help="only say what would be deleted")
    purge.add_argument("--today", type=iso_date, help="count retention up to this day (default: today)")
    purge.set_defaults(handler=purge_due)

    retention = subparsers.add_parser(
        "retention",
        parents=[common],
        help="show or set how long a session is kept, and its optional questions",
    )
    retention.add_argument("--session", required=True, type=positive_int)
    retention.add_argument(
        "--months", type=positive_int, help="keep the session this many months after its date"
    )
    retention.add_argument(
        "--demographics",
        choices=("on", "off"),
        help="ask for group, age band and town in this session (off: not asked)",
    )
    retention.set_defaults(handler=show_or_set_retention)


def erase_one(args) -> int:
    from coprod_app.storage.privacy import erase_participant, themes_quoting

    db = open_db(args)
    quoted = themes_quoting(db, args.session, args.participant)
    result = erase_participant(db, args.session, args.participant)
    data = {**result.summary(), "themes_quoting": [t[0] for t in quoted]}
    text = (
        f"Erased participant {result.code} from session {result.session_id}: "
        f"{_n(result.views, 'view')} and {_n(result.votes, 'vote')} removed."
    )
    if quoted:
        text += (
            " These themes quote their words; change the summaries: "
            + ", ".join(f"{tid} ({title})" for tid, title in quoted)
            + "."
        )
    backups = result.backups.sentence() if result.backups is not None else ""
    if backups:
        text += " " + backups
    emit(args, data, text)
    if not result.wiped:
        return fail(
            "The participant was erased, but another program has the database open, so the words may "
            "still be in the file; close the app and run 'coprod-app purge' to wipe them.",
            1,
        )
    return 0


def purge_due(args) -> int:
    from coprod_app.storage.privacy import purge

    result = purge(open_db(args), today=args.today, dry_run=args.dry_run)
    if not result.sessions:
        text = "No session is past its retention period."
        if result.problems:
            text = "No other session is past its retention period."
    else:
        listing = table(
            [[s.id, s.date, s.keep_until, s.views, s.votes, s.title] for s in result.sessions],
            ["ID", "DATE", "DUE", "VIEWS", "VOTES", "TITLE"],
        )
        verb = "Would delete" if args.dry_run else "Deleted"
        text = (
            f"{listing}\n{verb} {_n(len(result.sessions), 'session')} with {_n(result.views, 'view')} "
            f"and {_n(result.votes, 'vote')}."
        )
    # A bad row never stops the rest: it is named, and the others are purged all the same.
    skipped = [f"Skipped session {p['session']}: {p['problem']}." for p in result.problems]
    backups = result.backups.sentence("the deleted sessions") if result.backups is not None else ""
    if backups:
        skipped.append(backups)
    emit(args, result.summary(), "\n".join(skipped + [text]) if skipped else text)
    return 0


def show_or_set_retention(args) -> int:
    from coprod_app.storage import privacy

    db = open_db(args)
    if args.months is not None:
        privacy.set_retention_months(db, args.session, args.months)
    if args.demographics is not None:
        privacy.set_ask_demographics(db, args.session, args.demographics == "on")
    s = privacy.privacy_settings(db, args.session)
    asked = "asked" if s["ask_demographics"] else "not asked"
    if s.get("problem"):
        text = (
            f"Session {s['session']} cannot be given a keep-until date: {s['problem']}; "
            f"group, age band and town are {asked}."
        )
    else:
        text = (
            f"Session {s['session']} is kept for {s['retention_months']} months, until {s['keep_until']}; "
            f"group, age band and town are {asked}."
        )
    emit(args, s, text)
    return 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
