"""Vote rounds, votes, paper tallies and results.

Every vote is one transaction, committed before the participant screen says
thank you. A refused vote or tally stores nothing.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from coprod_app.domain import disclosure
from coprod_app.domain import voting as rules
from coprod_app.domain.bounds import check_id
from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.session import GROUPS
from coprod_app.storage.connection import AppDatabase, change_fields, record_fields, writing
from coprod_app.storage.errors import reading
from coprod_app.storage.migrations import APP_TRIGGERS, is_app_trigger
from coprod_app.storage.sessions import find_participant, get_session, session_pack

logger = logging.getLogger(__name__)
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
    db: AppDatabase,
    session_id: int,
    method: str,
    max_choices: int | None = None,
    commitments: list[str] | tuple[str, ...] | None = None,
) -> rules.Round:
    """A new open round; no commitments given means every commitment of the session's pack.

    No `max_choices` means the default (3), or every card when the ballot has fewer.
    """
    session = get_session(db, session_id)
    if session.status != "open":
        raise InvalidInput(f"Session {session_id} is closed; reopen it to start a vote round.")
    rules.check_method(method)
    pack = session_pack(db, session_id)
    keys = rules.check_round_commitments(commitments, [c.key for c in pack.commitments])
    if max_choices is None:
        max_choices = min(rules.DEFAULT_MAX_CHOICES, len(keys))
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


@reading("read the vote round")
def get_round(db: AppDatabase, round_id: int) -> rules.Round:
    check_id(round_id, "vote round")
    row = db.execute(_round_query("WHERE r.id = ?"), [round_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no vote round with the id {round_id}.")
    return _round(row)


@reading("list the vote rounds")
def list_rounds(db: AppDatabase, session_id: int) -> list[rules.Round]:
    """A session's rounds, oldest first."""
    check_id(session_id, "session")
    return [_round(r) for r in db.execute(_round_query("WHERE r.session_id = ? ORDER BY r.id"), [session_id])]


def rounds_of_sessions(db: AppDatabase, session_ids: list[int]) -> list[rules.Round]:
    """The rounds of these sessions, by session, each session's oldest first."""
    query = _round_query("WHERE r.session_id IN (SELECT value FROM json_each(?)) ORDER BY r.session_id, r.id")
    return [_round(r) for r in db.execute(query, [json.dumps(session_ids)])]


def set_round_status(db: AppDatabase, round_id: int, status: str) -> rules.Round:
    if status not in rules.ROUND_STATUSES:
        raise InvalidInput(f"A round is open or closed, not '{status}'.")
    get_round(db, round_id)
    with writing(db, what="change the vote round"):
        db["rounds"].update(round_id, {"status": status, **change_fields(db)})
    return get_round(db, round_id)


def close_round(db: AppDatabase, round_id: int) -> rules.Round:
    """No more votes or tallies are accepted once a round is closed."""
    return set_round_status(db, round_id, "closed")


def cast_vote(db: AppDatabase, round_id: int, choices, participant_code: str | None = None) -> Vote:
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


@reading("list who has voted")
def voted_codes(db: AppDatabase, round_id: int) -> list[str]:
    """The anonymous codes of people who have voted in a round (votes without a code are not listed)."""
    rows = db.execute(
        """SELECT p.code FROM votes v JOIN participants p ON p.id = v.participant_id
           WHERE v.round_id = ? ORDER BY v.id""",
        [round_id],
    ).fetchall()
    return [r[0] for r in rows]


def add_tally(
    db: AppDatabase,
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


def _ballots(db: AppDatabase, round_id: int) -> list[rules.Ballot]:
    rows = db.execute(
        """SELECT v.choices, p.grp FROM votes v LEFT JOIN participants p ON p.id = v.participant_id
           WHERE v.round_id = ? ORDER BY v.id""",
        [round_id],
    ).fetchall()
    return [rules.Ballot(choices=json.loads(r[0]), group=r[1]) for r in rows]


@reading("read the votes")
def ballots_and_tallies(db: AppDatabase, round_id: int) -> tuple[list[rules.Ballot], list[rules.Tally]]:
    """A round's ballots (each with its voter's group) and paper tallies, exact: for reports to score by group."""
    return _ballots(db, round_id), _tallies(db, round_id)


def _tallies(db: AppDatabase, round_id: int) -> list[rules.Tally]:
    return tallies_of_rounds(db, [round_id]).get(round_id, [])


def tallies_of_rounds(db: AppDatabase, round_ids: list[int]) -> dict[int, list[rules.Tally]]:
    """Paper and show-of-hands tallies of these rounds, each round's in the order they were added."""
    out: dict[int, list[rules.Tally]] = {}
    for round_id, key, count, grp, rating in db.execute(
        "SELECT round_id, commitment_key, count, grp, rating FROM tallies"
        " WHERE round_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(round_ids)],
    ):
        out.setdefault(round_id, []).append(rules.Tally(key, count, grp, rating))
    return out


def _results(db: AppDatabase, rnd: rules.Round, ballots, tallies) -> dict:
    return _results_of(session_pack(db, rnd.session_id), rnd, rules.score_round(rnd, ballots, tallies))


def _results_of(pack, rnd: rules.Round, scores: rules.RoundScores, by_key: dict | None = None) -> dict:
    """`by_key`: the pack's commitments by key, when many rounds share the pack (Pack.commitment
    looks through every priority each time)."""
    commitments = []
    for card in scores.cards:
        c = by_key.get(card.key) if by_key is not None else None
        if c is None:
            c = pack.commitment(card.key)  # a card the pack does not have fails here, as it always did
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


@reading("read the results")
def round_results(db: AppDatabase, round_id: int) -> dict:
    """The `results --json` shape: method, ballots and the commitments ordered by rank.

    Each commitment has key, text, score, count, like, unsure, dislike and rank
    (plus easy_read and priority); `method_note` says how scores were worked out.
    """
    rnd = get_round(db, round_id)
    return _results(db, rnd, _ballots(db, round_id), _tallies(db, round_id))


def scores_of_rounds(db: AppDatabase, rounds: list[rules.Round]) -> dict[int, rules.RoundScores]:
    """{round id: its voting.RoundScores} for many rounds at once, paper tallies included.

    The ballots are summed per round and card (`round_totals`) and scored by the domain's rules
    (`voting.score_totals`); a round whose ballots cannot be summed is scored one ballot at a
    time (`voting.score_round`), as `round_results` does.
    """
    totals = round_totals(db, rounds)
    tallies = tallies_of_rounds(db, [r.id for r in rounds])
    out: dict[int, rules.RoundScores] = {}
    for rnd in rounds:
        if rnd.id in totals:
            out[rnd.id] = rules.score_totals(rnd, totals[rnd.id], tallies.get(rnd.id, ()))
        else:
            out[rnd.id] = rules.score_round(rnd, _ballots(db, rnd.id), tallies.get(rnd.id, ()))
    return out


def results_of_rounds(db: AppDatabase, rounds: list[rules.Round]) -> dict[int, dict]:
    """{round id: its results, in the `round_results` shape} for many rounds at once (`scores_of_rounds`)."""
    scores = scores_of_rounds(db, rounds)
    packs: dict[int, tuple] = {}
    out: dict[int, dict] = {}
    for rnd in rounds:
        if rnd.session_id not in packs:
            pack = session_pack(db, rnd.session_id)
            packs[rnd.session_id] = (pack, {c.key: c for c in pack.commitments})
        pack, by_key = packs[rnd.session_id]
        out[rnd.id] = _results_of(pack, rnd, scores[rnd.id], by_key)
    return out


# The votes of each round summed in SQL: one row per (position or key, card or rating, JSON type), with
# how many ballots have it. A pick or rank ballot is a JSON array of card keys (key = position); a
# rating ballot is a JSON object of card key -> like/unsure/dislike. Grouping inside each round
# keeps SQLite's sorts small: about 0.3 s for 200,000 votes here, against 0.7 s scoring them one by one.
_TOTALS_SQL = """
SELECT r.id, (
    SELECT json_group_array(json_array(key, value, type, ballots)) FROM (
        SELECT j.key AS key, j.value AS value, j.type AS type, count(*) AS ballots
        FROM votes v, json_each(v.choices) AS j WHERE v.round_id = r.id GROUP BY 1, 2, 3))
FROM rounds r WHERE r.id IN (SELECT value FROM json_each(:ids))
"""


# Each round's ballots as one JSON array, read by Python's JSON parser in one call: the ballots are
# then summed with Counter, in C. About a third of the time of summing them with json_each in SQL,
# whose GROUP BY sorted some 700,000 rows for a borough's 200,000 votes.
_BALLOTS_SQL = """
SELECT r.id, '[' || coalesce((SELECT group_concat(v.choices, ',') FROM votes v WHERE v.round_id = r.id), '') || ']'
FROM rounds r WHERE r.id IN (SELECT value FROM json_each(:ids))
"""


def _summed(rnd, ballots: list) -> list | None:
    """[voting.CardTotals] of a round's parsed ballots, summed as voting._add_ballot adds them one by one;
    None when a ballot is not of its method's shape (a list of card keys; an object of key: rating)."""
    cards: dict[str, list[int]] = {}
    if rnd.method == "rating":
        # An empty list is no rating at all, as dict([]) in the rules.
        if not all(type(b) is dict or b == [] for b in ballots):
            return None
        rated = Counter(chain.from_iterable(b.items() for b in ballots if b))
        for (key, rating), n in rated.items():
            card = cards.setdefault(key, [0, 0, 0, 0, 0])
            if type(rating) is str and rating in rules.RATINGS:
                card[2 + rules.RATINGS.index(rating)] += n
    else:
        if not all(type(b) is list for b in ballots):
            return None
        if not all(type(k) is str for k in chain.from_iterable(ballots)):
            return None
        first = rnd.points_for_first
        longest = max(map(len, ballots), default=0)
        for position in range(longest):  # the cards in each place: a card's place gives its points
            for key, n in Counter(b[position] for b in ballots if len(b) > position).items():
                card = cards.setdefault(key, [0, 0, 0, 0, 0])
                card[0] += n
                card[1] += n * max(first - position, 0)
    return [rules.CardTotals(key, *sums) for key, sums in cards.items()]


# The sums the triggers keep (storage.migrations.VOTE_TOTALS_TABLE): a few rows per round and card. Added
# up per card in Python: as fast here as SQL's GROUP BY with the points worked out in it.
_KEPT_TOTALS_SQL = """
SELECT round_id, commitment_key, position, rating, ballots FROM vote_totals
WHERE round_id IN (SELECT value FROM json_each(:ids))
"""
_RATING_COLUMN = {
    r: i for i, r in enumerate(rules.RATINGS, start=3)
}  # like, unsure, dislike after chosen, points


def _kept_totals(db: AppDatabase, rounds: list) -> dict | None:
    """{round id: [voting.CardTotals]} from `vote_totals`, for the rounds whose sums can be trusted there.

    A round is left out (to be summed from its ballots) when one of its ballots is of another shape
    (position -3, a rating in a pick or rank round, a place in a rating round), or when its sums do not
    count as many ballots as it has: the triggers that keep the table were dropped, or it was edited.
    None when the app's triggers are not all there as its migration made them.
    """
    found = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'votes'"
    ).fetchall()
    if sorted(name for name, sql in found if is_app_trigger(name, sql)) != sorted(APP_TRIGGERS):
        return None
    # round id -> (points for a first choice, a rating round?, {card: [key, chosen, points, like, unsure, dislike]})
    sums = {r.id: (r.points_for_first, r.method == "rating", {}) for r in rounds}
    counted: dict[int, int] = {}
    bad: set[int] = set()
    rating_column = _RATING_COLUMN
    for round_id, key, position, rating, n in db.execute(_KEPT_TOTALS_SQL, {"ids": json.dumps(list(sums))}):
        first, is_rating, cards = sums[round_id]
        if position >= 0 and not is_rating and n > 0:
            card = cards.get(key)
            if card is None:
                card = cards[key] = [key, 0, 0, 0, 0, 0]
            card[1] += n
            if position < first:
                card[2] += n * (first - position)
        elif position == -1 and is_rating and n > 0 and rating in rating_column:
            card = cards.get(key)
            if card is None:
                card = cards[key] = [key, 0, 0, 0, 0, 0]
            card[rating_column[rating]] += n
        elif position == -2:
            counted[round_id] = n
        elif n:  # a ballot of another shape, or sums that went below nothing
            bad.add(round_id)
    return {
        rnd.id: [rules.CardTotals(*card) for card in sums[rnd.id][2].values()]
        for rnd in rounds
        if rnd.id not in bad and counted.get(rnd.id, 0) == rnd.ballots
    }


def round_totals(db: AppDatabase, rounds: list) -> dict:
    """{round id: [voting.CardTotals]}, summed per card, for each of `rounds` whose ballots can be summed.

    The sums are read from `vote_totals`, kept by triggers on every write to `votes`; a round whose
    sums are not there or cannot be trusted (`_kept_totals`) is summed from its ballots, as below.

    Each round's ballots are read as one JSON array and counted (`_summed`); a round with a ballot of
    another shape or not JSON goes to SQL's JSON functions (`_TOTALS_SQL`), as all rounds did before.

    The sums follow voting._add_ballot: in a pick or rank round each card counts the ballots
    listing it and, for rank, max(points_for_first - position, 0) points from each; in a rating
    round each card counts its likes, not-sures and don't-likes. A round with a ballot of another
    shape (an object in a pick round, a number among the keys, JSON SQLite will not read) is left
    out, to be scored one ballot at a time with `round_results`. A round with no ballots
    gets an empty list. (Ballots are written by json.dumps: no object repeats a key, and none is JSON5,
    which SQLite 3.42+ would read where Python's json module stops.)
    """
    kept = _kept_totals(db, rounds)
    if kept is None:
        kept = {}
    missing = [r for r in rounds if r.id not in kept]
    if not missing:
        return kept
    return {**kept, **_ballot_totals(db, missing)}


def _ballot_totals(db: AppDatabase, rounds: list) -> dict:
    """`round_totals` from the ballots themselves: read and summed in Python, else in SQL."""
    wanted = {r.id: r for r in rounds}
    out: dict[int, list] = {}
    others = []  # rounds with a ballot of another shape, or not JSON: left to SQL's JSON functions below
    for round_id, ballots in db.execute(_BALLOTS_SQL, {"ids": json.dumps(list(wanted))}):
        try:
            totals = _summed(wanted[round_id], json.loads(ballots))
        except ValueError:
            totals = None
        if totals is None:
            others.append(round_id)
        else:
            out[round_id] = totals
    if not others:
        return out
    try:
        rows = db.execute(_TOTALS_SQL, {"ids": json.dumps(others)}).fetchall()
    except sqlite3.Error:  # malformed JSON in some ballot: every round is scored one by one
        logger.warning("vote totals could not be summed in SQL; scoring ballots one by one", exc_info=True)
        return {}
    for round_id, groups in rows:
        rnd = wanted[round_id]
        rating = rnd.method == "rating"
        first = rnd.points_for_first
        cards: dict = {}
        for key, value, kind, ballots in json.loads(groups or "[]"):
            if rating:
                if not isinstance(key, str):
                    break
                card = cards.setdefault(key, [0, 0, 0, 0, 0])
                if kind == "text" and value in rules.RATINGS:
                    card[2 + rules.RATINGS.index(value)] += ballots
            else:
                if not isinstance(key, int) or isinstance(key, bool) or kind != "text":
                    break
                card = cards.setdefault(value, [0, 0, 0, 0, 0])
                card[0] += ballots
                card[1] += ballots * max(first - key, 0)
        else:
            out[round_id] = [rules.CardTotals(key, *sums) for key, sums in cards.items()]
    return out


@reading("read the results by group")
def results_by_group(db: AppDatabase, round_id: int) -> dict[str, dict]:
    """Results for each group (young people, parents and carers, professionals, not recorded), published.

    Each group's results carry `people` (ballots plus paper marks) and `suppressed`. The overall
    results (`round_results`) are exact, so a group's figures are published with them
    (`disclosure.publish_round_by_group`): a group of fewer than 5 people is hidden whole
    (`suppressed`, people "fewer than 5", no figures); with one group hidden another is too, or the
    overall figures minus the groups shown would give it away; a small count in a group shown, and
    the figures that would give it away, are "fewer than 5". When no group can be shown safely (one
    group only, and small), no group is listed.
    """
    rnd = get_round(db, round_id)
    ballots = _ballots(db, round_id)
    tallies = _tallies(db, round_id)
    groups: dict[str, dict] = {}
    for group in (*GROUPS, rules.NO_GROUP):
        mine = [b for b in ballots if (b.group or rules.NO_GROUP) == group]
        marks = [t for t in tallies if (t.group or rules.NO_GROUP) == group]
        if not mine and not marks:
            continue
        # Paper marks stand in for people here: a group of 3 voters plus 1 hand is still too small to show.
        groups[group] = _results(db, rnd, mine, marks)
    if not groups:
        return {}
    overall = _results(db, rnd, ballots, tallies)
    return disclosure.publish_round_by_group(rnd.method, overall, groups)
