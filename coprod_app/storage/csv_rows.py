"""The rows of the CSV export, read a few at a time so memory stays flat however big the database grows.

Every function here is a generator over SQL cursors: the export writes each row as it
comes (reports/csv_export.py) and nothing holds all of them (before, a borough's 400,000
views were gathered in one list first: 570 MB). Nothing is read until the writer asks for
the first row, so the folder is always checked before the database is read.

The privacy rules of storage/report_data.py hold here too: a view's words only when it may
be quoted; no row, code, tag or time of a view flagged to follow up offline; and the view
numbers are this export's own (1, 2, 3 ...), not the database ids, whose gaps would show
where a flagged view was left out. Vote counts go through `disclosure.publish()`, as every
table of every export does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from coprod_app.domain.disclosure import publish
from coprod_app.domain.pack import Pack
from coprod_app.domain.privacy import is_suppressed
from coprod_app.domain.report_tables import HIDDEN, Count, Row, Table
from coprod_app.domain.session import FORUM_LABELS, GROUP_LABELS, Session
from coprod_app.storage import votes
from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.errors import reading
from coprod_app.storage.sessions import pack_from_json

Progress = Callable[[float, str], None]
TITLES = " | "  # between the titles of several keys (titles may hold commas and semicolons)
SESSIONS_PER_READ = 20  # vote rounds are scored this many sessions at a time

# One row per view an export may show, with its participant's group, age band and town. The
# themes are those linked to the view: a theme linked to a view that is not flagged is shown in
# every export that shows the view (see themes.exported_themes), so no flagged view's theme leaks.
_VIEWS = (
    "SELECT p.code, p.grp, p.age_band, COALESCE(NULLIF(p.town, ''), NULLIF(?, '')),"
    " CASE WHEN v.participant_id IS NULL OR p.quote_consent = 1 THEN v.text END,"
    " v.principles, v.priority, v.commitments, v.sentiment, v.how, v.created_at,"
    " (SELECT group_concat(id, ' ') FROM (SELECT t.id FROM theme_views tv JOIN themes t ON t.id = tv.theme_id"
    "   WHERE tv.view_id = v.id ORDER BY t.id)),"
    " (SELECT group_concat(title, ?) FROM (SELECT t.title FROM theme_views tv JOIN themes t ON t.id = tv.theme_id"
    "   WHERE tv.view_id = v.id ORDER BY t.id))"
    " FROM views v LEFT JOIN participants p ON p.id = v.participant_id"
    " WHERE v.session_id = ? AND v.follow_up = 0 ORDER BY v.id"
)


class _Labels:
    """The words of a pack's keys; an unknown key (a pack changed since) is shown as itself."""

    def __init__(self, pack: Pack) -> None:
        self.words = {p.key: p.title for p in pack.principles}
        self.words.update({p.key: p.title for p in pack.priorities})
        self.words.update({c.key: c.text for c in pack.commitments})

    def of(self, keys) -> str:
        return TITLES.join(self.words.get(k, k) for k in keys)


def _session_labels(db: AppDatabase, session_id: int) -> _Labels:
    row = db.execute("SELECT pack_json FROM sessions WHERE id = ?", [session_id]).fetchone()
    return _Labels(pack_from_json(row[0]))  # parsed once per pack (cached), not once per session


def view_rows(db: AppDatabase, sessions: list[Session], progress: Progress) -> Iterator[dict]:
    """views.csv: one row per view an export may show, numbered 1, 2, 3 ... in this export."""
    number = 0
    with reading("export"):
        for i, s in enumerate(sessions):
            labels = _session_labels(db, s.id)
            forum = FORUM_LABELS.get(s.forum, s.forum)
            for (
                code,
                grp,
                age_band,
                town,
                text,
                principles,
                priority,
                commitments,
                sentiment,
                how,
                created_at,
                theme_ids,
                theme_titles,
            ) in db.execute(_VIEWS, [s.town or "", TITLES, s.id]):
                number += 1
                principles, commitments = json.loads(principles), json.loads(commitments)
                yield {
                    "session_id": s.id,
                    "session_date": s.date,
                    "session_title": s.title,
                    "forum": s.forum,
                    "forum_label": forum,
                    "town": town or "",
                    "view_id": number,
                    "participant": code or "",
                    "group": grp or "",
                    "group_label": GROUP_LABELS.get(grp, "") if grp else "",
                    "age_band": age_band or "",
                    "quoted": "yes" if text is not None else "no",
                    "text": text if text is not None else "",
                    "principles": " ".join(principles),
                    "principle_titles": labels.of(principles),
                    "priority": priority or "",
                    "priority_title": labels.of([priority]) if priority else "",
                    "commitments": " ".join(commitments),
                    "commitment_titles": labels.of(commitments),
                    "themes": theme_ids or "",
                    "theme_titles": theme_titles or "",
                    "sentiment": sentiment or "",
                    "how": how or "",
                    "created_at": created_at,
                }
            progress(0.05 + 0.65 * (i + 1) / max(1, len(sessions)), "Writing views.csv")


_NUMBERS = ("count", "like", "unsure", "dislike")


def _round_table(result: dict) -> Table:
    """A round's counts as a table for the small-number rule: one row per card, its total column last.

    Each ballot (or each hand on a paper tally) is one person, so a count is also its people. For a
    rating round the count is the like, not sure and don't like of the card added up: its total column.
    """
    rating = result["method"] == "rating"
    columns = ("like", "unsure", "dislike", "count") if rating else ("count",)
    rows = tuple(
        Row(c["key"], c["text"], tuple(Count(c[k], c[k]) for k in columns)) for c in result["commitments"]
    )
    return Table(f"round-{result['round']}", "", columns, rows, total_column=rating)


def _published_cards(result: dict) -> Iterator[tuple[dict, dict]]:
    """Each card of a round with its numbers as they may be published (a cell or HIDDEN)."""
    published = publish(_round_table(result))
    for card, row in zip(result["commitments"], published.rows):
        cells = dict(zip(published.columns, row.cells))
        yield card, {k: cells.get(k, card[k]) for k in _NUMBERS}


def vote_rows(db: AppDatabase, sessions: list[Session], progress: Progress) -> Iterator[dict]:
    """votes.csv: one row per card of each round; a hidden number is empty and named in `suppressed`."""
    with reading("export"):
        for start in range(0, len(sessions), SESSIONS_PER_READ):
            chunk = sessions[start : start + SESSIONS_PER_READ]
            by_id = {s.id: s for s in chunk}
            rounds = votes.rounds_of_sessions(db, [s.id for s in chunk])
            rounds.sort(key=lambda r: ([s.id for s in chunk].index(r.session_id), r.id))
            results = votes.results_of_rounds(db, rounds)
            for rnd in rounds:
                result = results[rnd.id]
                s = by_id[rnd.session_id]
                labels = _session_labels(db, s.id)
                ballots_hidden = is_suppressed(result["ballots"])
                for card, numbers in _published_cards(result):
                    hidden = [k for k in _NUMBERS if numbers[k] == HIDDEN]
                    if ballots_hidden:
                        hidden.insert(0, "ballots")
                    # A score can give away a hidden count: a pick score is its count, a rating score is
                    # likes minus don't-likes ("fewer than 5" likes beside a score of 2 and 0 don't-likes).
                    if hidden:
                        hidden.append("score")
                    yield {
                        "session_id": s.id,
                        "session_date": s.date,
                        "round_id": rnd.id,
                        "method": result["method"],
                        "ballots": "" if ballots_hidden else result["ballots"],
                        "rank": card["rank"],
                        "key": card["key"],
                        "text": card["text"],
                        "priority": card.get("priority") or "",
                        "priority_title": labels.of([card["priority"]]) if card.get("priority") else "",
                        "score": "" if hidden else card["score"],
                        **{k: ("" if numbers[k] == HIDDEN else numbers[k]) for k in _NUMBERS},
                        "suppressed": " ".join(hidden),
                    }
            progress(0.7 + 0.15 * min(1.0, (start + len(chunk)) / max(1, len(sessions))), "Writing votes.csv")


def action_rows(
    db: AppDatabase, themes, labels: dict[str, str], status_labels: dict[str, str]
) -> Iterator[dict]:
    """actions.csv: one row per action of the themes an export may show, its history's dates as recorded."""
    for t in themes:
        for a in t.actions:
            yield {
                "theme_id": t.id,
                "theme_title": t.title,
                "you_said": t.you_said,
                "sessions": " ".join(str(s) for s in t.session_ids),
                "action_id": a.id,
                "we_did": a.we_did,
                "status": a.status,
                "status_label": status_labels.get(a.status, a.status),
                "reason": a.reason,
                "owner": a.owner,
                "due": a.due or "",
                "commitments": " ".join(a.commitments),
                "commitment_titles": TITLES.join(labels.get(k, k) for k in a.commitments),
                "history": "; ".join(
                    f"{h.status} {h.date}" + (f" ({h.reason})" if h.reason else "") for h in a.history
                ),
            }


def commitment_words(db: AppDatabase, session_ids: list[int] | None) -> dict[str, str]:
    """Commitment key -> its words, from the packs of these sessions (all when None) and the current pack."""
    from coprod_app.storage.packs import current_pack

    words = {c.key: c.text for c in current_pack(db).commitments}
    query = "SELECT DISTINCT pack_json FROM sessions"
    params: list = []
    if session_ids is not None:
        query += " WHERE id IN (SELECT value FROM json_each(?))"
        params = [json.dumps(session_ids)]
    for (pack_json,) in db.execute(query, params):
        for c in pack_from_json(pack_json).commitments:
            words.setdefault(c.key, c.text)
    return words
