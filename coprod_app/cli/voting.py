"""`coprod-app round|vote|tally|results|pin`: vote rounds without a screen."""

from __future__ import annotations

import getpass
import sys

from coprod_app.cli.common import CommandLineError, emit, open_db, positive_int, table, whole_number
from coprod_app.domain.session import GROUPS
from coprod_app.domain.voting import DEFAULT_MAX_CHOICES, METHODS, RATINGS


def register(subparsers, common) -> None:
    rnd = subparsers.add_parser("round", help="start, list and close vote rounds")
    sub = rnd.add_subparsers(dest="round_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", parents=[common], help="start a vote round for a session")
    new.add_argument("--session", required=True, type=positive_int)
    new.add_argument("--method", required=True, choices=METHODS)
    new.add_argument(
        "--max",
        type=positive_int,
        help=f"the most cards one person may choose, up to the cards on the ballot "
        f"(default {DEFAULT_MAX_CHOICES}, or all the cards when there are fewer)",
    )
    new.add_argument(
        "--commitment",
        action="extend",
        nargs="+",
        default=[],
        metavar="KEY",
        help="a commitment on the ballot (repeat; none means all of the pack's)",
    )
    new.set_defaults(handler=new_round)

    listing = sub.add_parser("list", parents=[common], help="a session's vote rounds")
    listing.add_argument("--session", required=True, type=positive_int)
    listing.set_defaults(handler=list_session_rounds)

    close = sub.add_parser("close", parents=[common], help="close a round: no more votes")
    close.add_argument("--round", required=True, type=positive_int)
    close.set_defaults(handler=close_one)

    vote = subparsers.add_parser("vote", help="add a vote to a round")
    vsub = vote.add_subparsers(dest="vote_command", metavar="ACTION", required=True)
    add = vsub.add_parser("add", parents=[common], help="add one person's vote")
    add.add_argument("--round", required=True, type=positive_int)
    add.add_argument("--participant", metavar="CODE", help="the voter's anonymous code")
    add.add_argument(
        "--choice",
        action="extend",
        nargs="+",
        default=[],
        required=True,
        metavar="KEY",
        help="pick: the chosen keys; rank: keys in order; rating: KEY=like|unsure|dislike",
    )
    add.set_defaults(handler=add_vote)

    tally = subparsers.add_parser("tally", help="votes counted on paper or by a show of hands")
    tsub = tally.add_subparsers(dest="tally_command", metavar="ACTION", required=True)
    tadd = tsub.add_parser("add", parents=[common], help="add a count for one commitment")
    tadd.add_argument("--round", required=True, type=positive_int)
    tadd.add_argument("--commitment", required=True, metavar="KEY")
    tadd.add_argument("--count", required=True, type=whole_number, help="0 to 100,000")
    tadd.add_argument("--group", choices=GROUPS)
    tadd.add_argument("--rating", choices=RATINGS, help="in a rating round: which rating these marks are")
    tadd.set_defaults(handler=add_tally)

    results = subparsers.add_parser("results", parents=[common], help="a round's results, best first")
    results.add_argument("--round", required=True, type=positive_int)
    results.add_argument(
        "--by-group",
        action="store_true",
        help="results for each group, under the small-number rule: a group of fewer than 5 people is not "
        "shown, nor any group or figure that would let it be worked out from the results",
    )
    results.set_defaults(handler=show_results)

    pin = subparsers.add_parser("pin", help="the facilitator's PIN for the participant screen")
    psub = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    pset = psub.add_parser(
        "set",
        parents=[common],
        help="set or change this device's PIN (a PIN already set is changed only with the current one)",
        description="Set the facilitator PIN, or change it: a PIN already set is changed only when "
        "the current PIN is given. A PIN not given as an option is typed at a hidden prompt, or "
        "read from standard input one per line: the current PIN first (only when a PIN is set), "
        "then the new one.",
    )
    pset.add_argument("--pin", metavar="NEW", help="the new PIN, 4 to 12 digits")
    pset.add_argument("--current-pin", metavar="OLD", help="the PIN set now (needed when one is set)")
    pset.set_defaults(handler=set_pin)


def new_round(args) -> int:
    from coprod_app.storage.votes import create_round

    r = create_round(open_db(args), args.session, args.method, args.max, args.commitment or None)
    emit(args, {"id": r.id}, f"Started vote round {r.id} ({r.method}, {len(r.commitments)} cards).")
    return 0


def list_session_rounds(args) -> int:
    from coprod_app.storage.votes import list_rounds

    rounds = list_rounds(open_db(args), args.session)
    emit(
        args,
        [r.summary() for r in rounds],
        table(
            [[r.id, r.method, r.max_choices, len(r.commitments), r.ballots, r.status] for r in rounds],
            ["ID", "METHOD", "MAX", "CARDS", "BALLOTS", "STATUS"],
        ),
    )
    return 0


def close_one(args) -> int:
    from coprod_app.storage.votes import close_round

    r = close_round(open_db(args), args.round)
    emit(args, r.summary(), f"Vote round {r.id} is closed.")
    return 0


def add_vote(args) -> int:
    from coprod_app.storage.votes import cast_vote

    v = cast_vote(open_db(args), args.round, args.choice, args.participant)
    emit(args, {"id": v.id}, f"Saved vote {v.id}.")
    return 0


def add_tally(args) -> int:
    from coprod_app.storage.votes import add_tally as store_tally

    tally_id = store_tally(open_db(args), args.round, args.commitment, args.count, args.group, args.rating)
    emit(args, {"id": tally_id}, f"Added {args.count} to {args.commitment}.")
    return 0


def show_results(args) -> int:
    from coprod_app.storage.votes import results_by_group, round_results

    db = open_db(args)
    data = round_results(db, args.round)
    if args.by_group:
        data["by_group"] = results_by_group(db, args.round)
    emit(args, data, _results_text(data))
    return 0


def _results_text(data: dict) -> str:
    rating = data["method"] == "rating"
    rows = [
        [c["rank"], c["score"], c["count"]]
        + ([c["like"], c["unsure"], c["dislike"]] if rating else [])
        + [c["key"], c["easy_read"] or c["text"]]
        for c in data["commitments"]
    ]
    headers = ["RANK", "SCORE", "COUNT"] + (["LIKE", "UNSURE", "DISLIKE"] if rating else []) + ["KEY", "CARD"]
    lines = [
        f"Round {data['round']} ({data['method']}): {data['ballots']} ballots, "
        f"{data['tallied']} paper or show-of-hands votes.",
        data["method_note"],
        "",
        table(rows, headers),
    ]
    if "by_group" in data and not data["by_group"] and data["ballots"] + data["tallied"]:
        lines += ["", BY_GROUP_WITHHELD]
    for group, result in data.get("by_group", {}).items():
        lines.append("")
        if result["suppressed"]:
            lines.append(
                f"{group}: fewer than 5 people (or hidden so that a smaller group cannot be worked out); "
                "not shown."
            )
        else:
            # a card whose score is hidden has no rank (its place would bound its score)
            top = ", ".join(
                c["key"] for c in result["commitments"] if c["rank"] is not None and c["rank"] <= 3
            )
            lines.append(f"{group}: {result['people']} people voted; top: {top}")
    return "\n".join(lines)


BY_GROUP_WITHHELD = (
    "Results by group are not shown: the groups are so small that the exact results "
    "above would tell how each one voted."
)


def set_pin(args) -> int:
    from coprod_app.storage.pin import facilitator_pin_hash, set_facilitator_pin

    db = open_db(args)
    current = args.current_pin
    if current is None and facilitator_pin_hash(db):
        current = _read_pin("Current PIN: ")
    pin = args.pin
    if pin is None:
        pin = _read_pin("New PIN (4 to 12 digits): ", again="Type it again: ")
    set_facilitator_pin(db, pin, current)
    emit(args, {"ok": True}, "The facilitator PIN is set for this device.")
    return 0


def _read_pin(prompt: str, again: str | None = None) -> str:
    """A PIN typed at a hidden prompt, or the next line of standard input when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    pin = getpass.getpass(prompt)
    if again is not None and getpass.getpass(again) != pin:
        raise CommandLineError("the two PINs are different; nothing was changed")
    return pin
