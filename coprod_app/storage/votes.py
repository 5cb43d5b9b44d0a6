"""Vote rounds, votes, paper tallies and results.

Every vote is one transaction, committed before the participant screen says
thank you. A refused vote or tally stores nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprod_app.domain import pin as pin_rules
from coprod_app.domain import privacy
from coprod_app.domain import voting as rules
from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.session import GROUPS
from coprod_app.storage.database import change_fields, get_meta, record_fields, set_meta, writing
from coprod_app.storage.sessions import find_participant, get_session, session_pack

if TYPE_CHECKING:
    from sqlite_utils import Database

_ROUND_COLUMNS = "r.id, r.uuid, r.session_id, r.method, r.max_choices, r.commitments, r.status, r.created_at"


@dataclass(frozen=True)
class Vote:
    id: int
    round_id: int
    participant_code: str | None
    choices: tuple | dict


def _round(row) -> rules.Round:
    return rules.Round(
        id=row[0],
        uuid=row[1],
        session_id=row[2],
        method=row[3],
        max_choices=row[4],
        commitments=tuple(json.loads(row[5])),
        status=row[6],
        created_at=row[7],
        ballots=row[8],
    )


def _round_query(where: str) -> str:
    return f"""SELECT {_ROUND_COLUMNS}, (SELECT count(*) FROM votes v WHERE v.round_id = r.id)
               FROM rounds r {where}"""


def create_round(
    db: Database,
    session_id: int,
    method: str,
    max_choices: int = rules.DEFAULT_MAX_CHOICES,
    commitments: list[str] | tuple[str, ...] | None = None,
) -> rules.Round:
    """A new open round; no commitments given means every commitment of the session's pack."""
    session = get_session(db, session_id)
    if session.status != "open":
        raise InvalidInput(f"Session {session_id} is closed; reopen it to start a vote round.")
    rules.check_method(method)
    pack = session_pack(db, session_id)
    keys = rules.check_round_commitments(commitments, [c.key for c in pack.commitments])
    rules.check_max_choices(max_choices, method, len(keys))
    row = {
        "session_id": session_id,
        "method": method,
        "max_choices": max_choices,
        "commitments": json.dumps(list(keys)),
        "status": "open",
        **record_fields(db),
    }
    with writing(db, what="start the vote round"):
        round_id = db["rounds"].insert(row).last_pk
    return get_round(db, round_id)


def get_round(db: Database, round_id: int) -> rules.Round:
    row = db.execute(_round_query("WHERE r.id = ?"), [round_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no vote round with the id {round_id}.")
    return _round(row)


def list_rounds(db: Database, session_id: int) -> list[rules.Round]:
    """A session's rounds, oldest first."""
    return [_round(r) for r in db.execute(_round_query("WHERE r.session_id = ? ORDER BY r.id"), [session_id])]


def set_round_status(db: Database, round_id: int, status: str) -> rules.Round:
    if status not in rules.ROUND_STATUSES:
        raise InvalidInput(f"A round is open or closed, not '{status}'.")
    get_round(db, round_id)
    with writing(db, what="change the vote round"):
        db["rounds"].update(round_id, {"status": status, **change_fields(db)})
    return get_round(db, round_id)


def close_round(db: Database, round_id: int) -> rules.Round:
    """No more votes or tallies are accepted once a round is closed."""
    return set_round_status(db, round_id, "closed")


def cast_vote(db: Database, round_id: int, choices, participant_code: str | None = None) -> Vote:
    """Store one person's vote in one transaction; a refused vote stores nothing."""
    with writing(db, what="save the vote"):
        rnd = get_round(db, round_id)
        stored = rules.check_ballot(rnd, choices)
        participant_id = None
        code = None
        if participant_code:
            participant = find_participant(db, rnd.session_id, participant_code)
            participant_id, code = participant.id, participant.code
            already = db.execute(
                "SELECT 1 FROM votes WHERE round_id = ? AND participant_id = ?", [round_id, participant_id]
            ).fetchone()
            if already:
                raise InvalidInput(f"Participant {code} has already voted in vote round {round_id}.")
        payload = json.dumps(stored if isinstance(stored, dict) else list(stored))
        vote_id = (
            db["votes"]
            .insert(
                {
                    "round_id": round_id,
                    "participant_id": participant_id,
                    "choices": payload,
                    **record_fields(db),
                }
            )
            .last_pk
        )
    return Vote(vote_id, round_id, code, stored)


def voted_codes(db: Database, round_id: int) -> list[str]:
    """The anonymous codes of people who have voted in a round (votes without a code are not listed)."""
    rows = db.execute(
        """SELECT p.code FROM votes v JOIN participants p ON p.id = v.participant_id
           WHERE v.round_id = ? ORDER BY v.id""",
        [round_id],
    ).fetchall()
    return [r[0] for r in rows]


def add_tally(
    db: Database,
    round_id: int,
    commitment_key: str,
    count: int,
    group: str | None = None,
    rating: str | None = None,
) -> int:
    """Add votes counted on paper or by a show of hands; returns the tally's id."""
    with writing(db, what="save the tally"):
        rnd = get_round(db, round_id)
        tally = rules.check_tally(rnd, commitment_key, count, group, rating, GROUPS)
        return (
            db["tallies"]
            .insert(
                {
                    "round_id": round_id,
                    "commitment_key": tally.commitment_key,
                    "count": tally.count,
                    "grp": tally.group,
                    "rating": tally.rating,
                    **record_fields(db),
                }
            )
            .last_pk
        )


def _ballots(db: Database, round_id: int) -> list[rules.Ballot]:
    rows = db.execute(
        """SELECT v.choices, p.grp FROM votes v LEFT JOIN participants p ON p.id = v.participant_id
           WHERE v.round_id = ? ORDER BY v.id""",
        [round_id],
    ).fetchall()
    return [rules.Ballot(choices=json.loads(r[0]), group=r[1]) for r in rows]


def _tallies(db: Database, round_id: int) -> list[rules.Tally]:
    rows = db.execute(
        "SELECT commitment_key, count, grp, rating FROM tallies WHERE round_id = ? ORDER BY id", [round_id]
    ).fetchall()
    return [rules.Tally(*r) for r in rows]


def _results(db: Database, rnd: rules.Round, ballots, tallies) -> dict:
    pack = session_pack(db, rnd.session_id)
    scores = rules.score_round(rnd, ballots, tallies)
    commitments = []
    for card in scores.cards:
        c = pack.commitment(card.key)
        commitments.append(
            {**card.as_dict(), "text": c.text, "easy_read": c.easy_read, "priority": c.priority_key}
        )
    return {
        "round": rnd.id,
        "method": rnd.method,
        "method_note": rules.method_note(rnd),
        "status": rnd.status,
        "ballots": scores.ballots,
        "tallied": scores.tallied,
        "commitments": commitments,
    }


def round_results(db: Database, round_id: int) -> dict:
    """The `results --json` shape: method, ballots and the commitments ordered by rank.

    Each commitment has key, text, score, count, like, unsure, dislike and rank
    (plus easy_read and priority); `method_note` says how scores were worked out.
    """
    rnd = get_round(db, round_id)
    return _results(db, rnd, _ballots(db, round_id), _tallies(db, round_id))


def results_by_group(db: Database, round_id: int) -> dict[str, dict]:
    """Results for each group (young people, parents and carers, professionals, not recorded).

    Each group's results carry `people` (the number of ballots as it may be shown:
    1-4 become "fewer than 5") and `suppressed`: True when fewer than 5 people in
    the group voted, in which case the group's card scores are not given.
    """
    rnd = get_round(db, round_id)
    ballots = _ballots(db, round_id)
    tallies = _tallies(db, round_id)
    out: dict[str, dict] = {}
    for group in (*GROUPS, rules.NO_GROUP):
        mine = [b for b in ballots if (b.group or rules.NO_GROUP) == group]
        marks = [t for t in tallies if (t.group or rules.NO_GROUP) == group]
        if not mine and not marks:
            continue
        # Paper marks stand in for people here: a group of 3 voters plus 1 hand is still too small to show.
        people = len(mine) + sum(t.count for t in marks)
        result = _results(db, rnd, mine, marks)
        result["people"] = privacy.people_count(len(mine))
        result["suppressed"] = privacy.is_suppressed(people)
        if result["suppressed"]:
            result["commitments"] = []
        out[group] = result
    return out


# The facilitator's PIN, kept per device -------------------------------------


def facilitator_pin_hash(db: Database) -> str | None:
    return get_meta(db, pin_rules.META_KEY)


def set_facilitator_pin(db: Database, pin: str) -> None:
    """Store a new PIN for this device, hashed and salted."""
    set_meta(db, pin_rules.META_KEY, pin_rules.hash_pin(pin))
