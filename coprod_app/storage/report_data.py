"""Plain data for the reports, gathered in one place so the window and the command line share it.

The privacy rules are applied here, before anything reaches a report: a view's
words leave the database only when it may be quoted (its participant agreed, or
it is the facilitator's own note with no participant). Other views arrive
without their words, so no report can print them by mistake.

A view flagged "follow up offline" (safeguarding) never leaves at all: not its
words, its participant code, its tags nor its time. Every export reads views
through `_reportable_views`, which leaves them out, and gets only their number,
already as exports may show it (`follow_ups`: 1-4 are "fewer than 5"). The totals
and breakdowns in exports leave them out too, so no difference of two printed
numbers gives the small count away. (The officer's own screen shows the exact
count; it does not read this module.) Themes reach exports the same way, through
`themes.exported_themes`.

What the gather_* functions return is defined in domain/reporting.py, every field filled.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from coprod_app.domain.privacy import people_count
from coprod_app.domain.reporting import (
    CommitmentResult,
    CsvData,
    ReportView,
    RoundResult,
    SessionReport,
)
from coprod_app.domain.session import GROUP_LABELS
from coprod_app.storage import votes
from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.database import now
from coprod_app.storage.sessions import get_session, list_sessions, session_pack
from coprod_app.storage.themes import exported_themes, iter_exported_themes

logger = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
NOT_GIVEN = "Not given"


def _noop(fraction: float, what: str) -> None:
    pass


def _commitment_result(card: dict) -> CommitmentResult:
    """A card of `votes.round_results`' "commitments" list, which always has these keys."""
    return CommitmentResult(
        key=card["key"],
        text=card["text"],
        score=card["score"],
        count=card["count"],
        like=card["like"],
        unsure=card["unsure"],
        dislike=card["dislike"],
        rank=card["rank"],
    )


def _round_results(db: AppDatabase, session_id: int) -> list[RoundResult]:
    results = []
    for r in votes.list_rounds(db, session_id):
        data = votes.round_results(db, r.id)
        results.append(
            RoundResult(
                id=r.id,
                method=data["method"],
                ballots=data["ballots"],
                commitments=tuple(_commitment_result(c) for c in data["commitments"]),
            )
        )
    return results


def gather_session(db: AppDatabase, session_id: int, progress: Progress = _noop) -> SessionReport:
    """Everything the officer and easy-read reports of one session show."""
    session = get_session(db, session_id)
    pack = session_pack(db, session_id)
    progress(0.02, "Reading the session")
    groups = Counter()
    ages = Counter()
    for grp, age_band in db.execute(
        "SELECT grp, age_band FROM participants WHERE session_id = ?", [session_id]
    ):
        groups[GROUP_LABELS.get(grp, NOT_GIVEN) if grp else NOT_GIVEN] += 1
        ages[age_band or NOT_GIVEN] += 1
    views = [
        ReportView(
            id=r.id,
            text=r.text,
            principles=r.principles,
            priority=r.priority,
            commitments=r.commitments,
            sentiment=r.sentiment,
        )
        for r in _reportable_views(db, session_id)
    ]
    progress(0.06, "Reading the votes")
    rounds = _round_results(db, session_id)
    progress(0.08, "Reading the themes and actions")
    themes = exported_themes(db, session_id)
    return SessionReport(
        session=session,
        pack_name=pack.name,
        principles=[(p.key, p.title) for p in pack.principles],
        priorities=[(p.key, p.title) for p in pack.priorities],
        commitments={c.key: c.text for c in pack.commitments},
        commitment_priority={c.key: c.priority_key for c in pack.commitments},
        commitment_easy_read={c.key: c.easy_read or c.text for c in pack.commitments},
        participants=sum(groups.values()),
        by_group=_ordered(groups, [GROUP_LABELS[g] for g in GROUP_LABELS] + [NOT_GIVEN]),
        by_age_band=_ordered(ages, ["0-10", "11-15", "16-18", "19-25", "adult", NOT_GIVEN]),
        views=views,
        follow_ups=people_count(follow_up_count(db, session_id)),
        rounds=rounds,
        themes=themes,
        generated_at=now(),
    )


@dataclass(frozen=True)
class _ViewRow:
    id: int
    session_id: int
    participant: str  # "" for the facilitator's own note
    text: str | None  # None: not to be quoted
    principles: tuple[str, ...]
    priority: str | None
    commitments: tuple[str, ...]
    sentiment: str | None
    how: str | None
    created_at: str


# The one reading of views for every export. A view flagged to follow up offline is not among
# them (its words, code, tags and time stay in the database); words only where they may be quoted.
_REPORTABLE_VIEWS = (
    "SELECT v.id, v.session_id, p.code, CASE WHEN v.participant_id IS NULL"
    " OR p.quote_consent = 1 THEN v.text END AS text, v.principles, v.priority, v.commitments, v.sentiment, v.how,"
    " v.created_at FROM views v LEFT JOIN participants p ON p.id = v.participant_id"
    " WHERE v.session_id = ? AND v.follow_up = 0 ORDER BY v.id"
)


def _reportable_views(db: AppDatabase, session_id: int):
    """The views of a session that an export may show, in order (none flagged to follow up offline)."""
    for r in db.execute(_REPORTABLE_VIEWS, [session_id]):
        yield _ViewRow(
            id=r[0],
            session_id=r[1],
            participant=r[2] or "",
            text=r[3],
            principles=tuple(json.loads(r[4])),
            priority=r[5],
            commitments=tuple(json.loads(r[6])),
            sentiment=r[7],
            how=r[8],
            created_at=r[9],
        )


# The public name for report builders outside this module (storage/officer_report.py, annual_report.py).
reportable_views = _reportable_views

# The same views as _REPORTABLE_VIEWS (none flagged to follow up offline), without their words or
# times: what a summary counts. Tags stay JSON text, so a summary parses each distinct list once. The
# participant's id, not its code: the codes come from `participants_of_sessions`, read once.
_REPORTABLE_TAGS = (
    "SELECT v.session_id, v.id, v.participant_id, v.principles, v.priority, v.commitments, v.how FROM views v"
    " WHERE v.session_id IN (SELECT value FROM json_each(?)) AND v.follow_up = 0 ORDER BY v.session_id, v.id"
)


def reportable_view_tags(db: AppDatabase, session_ids: list[int]):
    """(session id, view id, participant id or None, principles JSON, priority, commitments JSON, how) of
    each view an export may count, by session and in order: the views of `reportable_views`, for counting
    only. One query for all the sessions, rows as SQLite gives them: a summary reads some 50,000."""
    return db.execute(_REPORTABLE_TAGS, [json.dumps(list(session_ids))])


def participant_codes(db: AppDatabase, participant_ids: list[int]) -> dict[int, str]:
    """{participant id: code} of these participants (an id with no participant is left out)."""
    return dict(
        db.execute(
            "SELECT id, code FROM participants WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(participant_ids))],
        ).fetchall()
    )


def participants_of_sessions(db: AppDatabase, session_ids: list[int]):
    """(session id, participant id, code, group, town) of every participant of these sessions, by session."""
    return db.execute(
        "SELECT session_id, id, code, grp, town FROM participants"
        " WHERE session_id IN (SELECT value FROM json_each(?)) ORDER BY session_id, id",
        [json.dumps(list(session_ids))],
    ).fetchall()


def follow_up_people(db: AppDatabase, session_id: int) -> tuple[int, int]:
    """(views flagged to follow up offline, people behind them) in one session, exact.

    People: different participant codes; views without a code count together as one person.
    """
    row = db.execute(
        "SELECT count(*), count(DISTINCT participant_id) + max(participant_id IS NULL)"
        " FROM views WHERE session_id = ? AND follow_up != 0",
        [session_id],
    ).fetchone()
    return row[0], row[1] or 0


def follow_up_count(db: AppDatabase, session_id: int | None = None) -> int:
    """How many views were flagged to follow up offline: in one session, or in all of them.

    Exact: an export shows it only through `people_count` (see `SessionReport.follow_ups`).
    """
    if session_id is None:
        return db.execute("SELECT count(*) FROM views WHERE follow_up != 0").fetchone()[0]
    return db.execute(
        "SELECT count(*) FROM views WHERE session_id = ? AND follow_up != 0", [session_id]
    ).fetchone()[0]


def follow_ups_of_sessions(db: AppDatabase, session_ids: list[int]) -> int:
    """How many views of these sessions were flagged to follow up offline, exact (as `follow_up_count`)."""
    return db.execute(
        "SELECT count(*) FROM views WHERE follow_up != 0 AND session_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(session_ids))],
    ).fetchone()[0]


def _ordered(counts: Counter, order: list[str]) -> dict[str, int]:
    out = {k: counts[k] for k in order if counts.get(k)}
    out.update({k: n for k, n in sorted(counts.items()) if k not in out})
    return out


def gather_csv(db: AppDatabase, session_id: int | None = None, progress: Progress = _noop) -> CsvData:
    """Rows for the CSV export: views (words only when they may be quoted), vote results, actions.

    A view flagged to follow up offline has no row at all: a row per flag would print their
    exact number (and a time and tags that point at one child), which the small-number rule forbids.
    The views and votes come as generators (storage/csv_rows.py): each row is read as it is written,
    so the export's memory stays flat as the database grows.
    """
    from coprod_app.domain.actions import STATUS_LABELS
    from coprod_app.storage import csv_rows

    sessions = [get_session(db, session_id)] if session_id is not None else list_sessions(db)
    # All sessions: the themes a few at a time, as the views and votes (a session's are few).
    themes = exported_themes(db, session_id) if session_id is not None else iter_exported_themes(db)
    words = csv_rows.commitment_words(db, [s.id for s in sessions] if session_id is not None else None)
    return CsvData(
        views=csv_rows.view_rows(db, sessions, progress),
        votes=csv_rows.vote_rows(db, sessions, progress),
        actions=csv_rows.action_rows(db, themes, words, STATUS_LABELS),
    )
