"""The annual summary as one Report: built once here, printed as PDF, shown on screen, written as JSON.

The SEND Operational Group writes its yearly action plan from this summary and the Strategic Group
checks progress against it, so for the period it gives: who took part; views by principle, priority,
commitment, town, forum, group and how they were given (every row of the pack, zero rows too, a
"not tagged" row and a total); the votes of each method in their own columns (never one mixed
"chosen"); the commitments raised most that have no action yet; every action with its status as at
the end of the period, read from its history; and the themes with their session, forum and date.

People. A participant code belongs to one session: the same child at three sessions has three codes,
and nothing links them (by design: nothing identifying is kept). So within one session a code is one
person, and across sessions the summary counts *attendances* (one per code) and says so. Every count
carries how many different codes (attendances) stand behind it, and the small-number rule applies to
that; the facilitator's own notes of a session count as one more (the facilitator), so a cell of one
facilitator's notes is hidden like a cell of one child's views.

Votes. A ballot has no identity across rounds, and paper marks none at all, so the people behind a
vote cell are counted at their fewest: in each session, the most that chose the card in any one round
of that method (the same people may have voted in every round), added over sessions.

Every table goes through `disclosure.publish`, which applies the rule (primary and secondary). A
figure printed in several tables (the young people's views are the total of four tables and a row
of a fifth) is hidden in all of them or in none (`_publish_linked`). Sessions are listed without
figures: a forum's sessions add up to the forum's figures. Sentences printed beside the tables
(raised most, voted for most, raised with no action yet) are written from the published cells,
never from the counts, and never place a hidden cell among printed ones.

Known limit: the same child at five sessions, once each, is five attendances, so five views of one
child about one commitment in five sessions are printed. Nothing in the database can link them.
Two summaries of overlapping periods can also be subtracted from each other; the rule protects one
summary at a time.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from coprod_app.domain.actions import history_in_range
from coprod_app.domain.disclosure import publish
from coprod_app.domain.errors import InvalidInput
from coprod_app.domain.pack import Pack
from coprod_app.domain.privacy import people_count
from coprod_app.domain.report_tables import (
    HIDDEN,
    NOT_TAGGED_KEY,
    TOTAL_KEY,
    ActionChange,
    ActionLine,
    Count,
    PublishedTable,
    Report,
    Row,
    Table,
    ThemeLine,
)
from coprod_app.domain.session import FORUM_LABELS, FORUMS, GROUPS
from coprod_app.domain.view import HOW_GIVEN, HOW_LABELS
from coprod_app.storage import votes
from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.database import now
from coprod_app.storage.packs import current_pack
from coprod_app.storage.report_data import (
    follow_ups_of_sessions,
    participant_codes,
    participants_of_sessions,
    reportable_view_tags,
)
from coprod_app.storage.sessions import list_sessions, session_pack
from coprod_app.storage.themes import exported_themes, list_themes

# The groups the summary sets side by side: the plan is written from young people and parent carers.
GROUP_COLUMNS = (
    ("young-person", "Young people"),
    ("parent-carer", "Parents and carers"),
    ("other", "Others"),
)
GROUP_ROWS = {
    "young-person": "Young people",
    "parent-carer": "Parents and carers",
    "professional": "Professionals",
}
NOT_TAGGED = "Not tagged"
NO_ACTION_PREFIX = "Raised, no action yet: "
RAISED_PREFIX = "Raised most by "
VOTED_PREFIX = "Voted for most, by "
FACILITATOR = ""  # the participant code of a facilitator's own note (one "person" per session)


ALL = ("views", TOTAL_KEY)  # the row every view counts in once (the total rows)


class _ViewCounts:
    """Every count of views the summary prints, made in one pass over the period's views.

    `cells[kind][key][group]` is [views, attendances], for each kind of row (a table id: principle,
    priority, commitment, how given, town, forum; ALL for the totals). A view counts once in each row
    of its tags (a tag repeated in one view counts once). An attendance (one participant code of one
    session) has one group, town and forum, so its views are counted together first and then added
    to each of its rows once: a row's attendances are counted without a set of them per cell (the
    sets cost more than the rest of the summary), and the group columns add up to "All views" in
    views and in attendances alike.
    """

    def __init__(self) -> None:
        # group -> {(kind, key): [views, attendances]}: one lookup per row of an attendance, not three
        self.cells: dict[str, dict] = {}

    def add(self, tags: Counter, group: str) -> None:
        """One attendance's views: `tags[(kind, key)]` of them in each row."""
        cells = self.cells.get(group)
        if cells is None:
            cells = self.cells[group] = {}
        for row, n in tags.items():
            cell = cells.get(row)
            if cell is None:
                cells[row] = [n, 1]
            else:
                cell[0] += n
                cell[1] += 1

    def keys(self, kind: str) -> set:
        return {key for cells in self.cells.values() for k, key in cells if k == kind}

    def count(self, kind: str, key: str, group: str | None = None) -> Count:
        """The views and attendances of one row, in one group or (None) in all of them."""
        groups = self.cells.values() if group is None else [self.cells.get(group, {})]
        cells = [c for c in (g.get((kind, key)) for g in groups) if c is not None]
        return Count(sum(c[0] for c in cells), sum(c[1] for c in cells))


def _count_views(
    db: AppDatabase, sessions, attendances: dict, keep: set[int], codes: dict[int, str]
) -> tuple[_ViewCounts, dict]:
    """The period's view counts, and the (priority, commitments) of the views in `keep` (the themes').

    `codes`: participant id -> code, of the period's participants; a view's participant not among them
    (of another session: not made by the app) is looked up, and one that is gone counts as "" (the
    facilitator's notes), as a join of the two tables gave them."""
    counts = _ViewCounts()
    # JSON list or tag -> the rows it counts in: each distinct list parsed once. Principles, priority and
    # how given together (a few hundred combinations), then commitments (a few hundred lists).
    three_rows: dict = {}
    commitment_rows: dict = {}
    lists: dict[str, tuple] = {}  # JSON list -> its tags, as stored
    kept: dict[int, tuple] = {}

    def rows(kind: str, value, many: bool) -> tuple:
        tags = tuple(json.loads(value)) if many else ((value,) if value else ())
        return tuple((kind, t) for t in dict.fromkeys(tags or (NOT_TAGGED_KEY,)))

    def three(principles, priority, how) -> tuple:
        found = three_rows[(principles, priority, how)] = (
            rows("views-by-principle", principles, True)
            + rows("views-by-priority", priority, False)
            + rows("views-by-how-given", how, False)
            + (ALL,)
        )
        return found

    # (session id, participant code; "" for the facilitator's notes) -> the rows of each of its views
    people: dict[tuple[int, str], list] = {}
    codes = {None: "", **codes}
    for session_id, view_id, participant_id, principles, priority, commitments, how in reportable_view_tags(
        db, [s.id for s in sessions]
    ):
        code = codes.get(participant_id)
        if code is None:  # not a participant of the period's sessions
            code = codes[participant_id] = participant_codes(db, [participant_id]).get(participant_id, "")
        mine = people.get((session_id, code))
        if mine is None:
            mine = people[(session_id, code)] = []
        mine += three_rows.get((principles, priority, how)) or three(principles, priority, how)
        found = commitment_rows.get(commitments)
        if found is None:
            found = commitment_rows[commitments] = rows("views-by-commitment", commitments, True)
        mine += found
        if view_id in keep:
            if commitments not in lists:
                lists[commitments] = tuple(json.loads(commitments))
            kept[view_id] = (priority, lists[commitments])
    by_id = {s.id: s for s in sessions}
    for (session_id, code), mine in people.items():
        s = by_id[session_id]
        tags = Counter(mine)  # a tag repeated in one view is in its rows once (dict.fromkeys above)
        grp, town = attendances.get((session_id, code), (None, s.town or None))
        tags[("views-by-town", town or NOT_TAGGED_KEY)] = tags[ALL]
        tags[("views-by-forum", s.forum or NOT_TAGGED_KEY)] = tags[ALL]
        counts.add(tags, grp if grp in ("young-person", "parent-carer") else "other")
    return counts, kept


@contextlib.contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused while the summary is read and counted, as a bundle's reading is
    (storage.bundle): some 50,000 views' rows and their counts are new tuples, lists and dicts, none in a
    cycle, and the collector walked them again and again as they arrived (about a tenth of a borough's
    reading here). Left as it was found: the window turns it off for good (ui/collector.py)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def build_annual_report(db: AppDatabase, start: str | None = None, end: str | None = None) -> Report:
    """The summary across the sessions held between `start` and `end` (YYYY-MM-DD, inclusive; None: open)."""
    if start and end and start > end:
        raise InvalidInput(
            f"The period starts on {start}, after it ends ({end}); give the earlier date first."
        )
    with _no_cycle_collection():
        return _build(db, start, end)


def _build(db: AppDatabase, start: str | None, end: str | None) -> Report:
    data = _period_data(db, start, end)
    sessions = data.sessions
    pack = session_pack(db, sessions[-1].id) if sessions else current_pack(db)
    one_session = len(sessions) == 1
    people_word = "People" if one_session else "Attendances"

    # Who came: one attendance per participant code, with its group and town (the session's town if none).
    attendances: dict[tuple[int, str], tuple[str | None, str | None]] = {}
    codes: dict[int, str] = {}  # participant id -> its code, for the views' counts
    by_id = {s.id: s for s in sessions}
    for session_id, participant_id, code, group, town in participants_of_sessions(db, list(by_id)):
        attendances[(session_id, code)] = (group, town or by_id[session_id].town or None)
        codes[participant_id] = code
    # A view of no participant (FACILITATOR) is the facilitator's note: one more attendance of its session.
    views, theme_views = _count_views(
        db, sessions, attendances, {i for t in data.themes for i in t.view_ids}, codes
    )

    counted: list[Table] = [_people_by_group(attendances, people_word), _views_by_group(views)]
    for table_id, title, keys, adds_up in (
        (
            "views-by-principle",
            "Views by charter principle",
            [(p.key, p.title) for p in pack.principles],
            False,
        ),
        ("views-by-priority", "Views by priority", [(p.key, p.title) for p in pack.priorities], True),
        (
            "views-by-commitment",
            "Views by commitment",
            [(c.key, f"{_number(c.key)} {c.text}") for c in pack.commitments],
            False,
        ),
    ):
        counted.append(_views_by_tag(table_id, title, keys, views, adds_up))
    sessions_by_id = {s.id: s for s in sessions}
    counted.append(
        _by_place(
            "views-by-town",
            "Attendances and views by town",
            [(t, t) for t in pack.towns],
            attendances,
            views,
            lambda person: attendances[person][1],
            people_word,
        )
    )
    counted.append(
        _by_place(
            "views-by-forum",
            "Attendances and views by forum",
            [(f, FORUM_LABELS[f]) for f in FORUMS],
            attendances,
            views,
            lambda person: sessions_by_id[person[0]].forum,
            people_word,
        )
    )
    counted.append(
        _views_by_tag(
            "views-by-how-given",
            "Views by how they were given",
            [(h, HOW_LABELS[h]) for h in HOW_GIVEN],
            views,
        )
    )
    published = _publish_linked(counted)
    tables: list[PublishedTable] = [published[t.id] for t in counted]
    tables.append(publish(_sessions_table(sessions)))
    vote_table, rounds_by_method = _votes_by_commitment(db, sessions, pack)
    tables.append(publish(vote_table))

    # Without dates the period's themes are every theme, as exports show them: read once, not twice.
    actions = _actions(db, start, end, data.themes if not start and not end else None)
    themes = _themes(data.themes, sessions_by_id, theme_views)
    notes = _notes(data, people_word, rounds_by_method, actions, tables, pack, end)
    return Report(
        report="annual",
        title=f"You said, we did: summary across sessions, {_period(start, end)}",
        period_from=start,
        period_to=end,
        tables=tuple(tables),
        actions=tuple(actions),
        themes=tuple(themes),
        notes=tuple(notes),
        generated_at=now(),
    )


@dataclass(frozen=True)
class _Period:
    sessions: list  # in date order
    themes: list  # as exports show them (storage.themes.exported_themes)
    follow_ups: str  # views flagged to follow up offline, as an export may show their number


def _period_data(db: AppDatabase, start: str | None, end: str | None) -> _Period:
    """The sessions, themes and follow-up count of the period.

    No vote round is scored into one mixed "times chosen" standing here (the old summary did): this
    summary must not print one, and it took half the time of a borough's summary.
    """
    sessions = sorted(
        (s for s in list_sessions(db) if (not start or s.date >= start) and (not end or s.date <= end)),
        key=lambda s: (s.date, s.id),
    )
    flagged = follow_ups_of_sessions(db, [s.id for s in sessions])
    return _Period(sessions, exported_themes(db, start=start, end=end), people_count(flagged))


def _period(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}"
    if end:
        return f"up to {end}"
    return "all sessions"


def _number(key: str) -> str:
    return key.split("-", 1)[-1]


def _group_cells(views: _ViewCounts, kind: str, key: str) -> tuple[Count, ...]:
    return tuple(views.count(kind, key, g) for g, _ in GROUP_COLUMNS) + (views.count(kind, key),)


def _views_by_tag(
    table_id: str, title: str, keys: list[tuple[str, str]], views: _ViewCounts, adds_up: bool = True
) -> Table:
    """One row per key of the pack (zero rows too), then keys no longer in the pack, "not tagged", total.

    The group columns always add up to "All views" (a view has one group). `adds_up`: each view has
    one tag of this kind, so the rows add up to the total row too, and the small-number rule protects
    along it. With several tags per view (principles, commitments) a view counts in each of its rows
    and once in the total, so the rows do not add up: the total row is printed last, as every table's
    is, but is no equation a reader could subtract along (and is not given to the rule as one).
    """
    labels = dict(keys)
    seen = views.keys(table_id)
    order = [k for k, _ in keys] + sorted(k for k in seen if k not in labels and k != NOT_TAGGED_KEY)
    out = [Row(k, labels.get(k, k), _group_cells(views, table_id, k)) for k in order]
    out.append(Row(NOT_TAGGED_KEY, NOT_TAGGED, _group_cells(views, table_id, NOT_TAGGED_KEY)))
    out.append(Row(TOTAL_KEY, "All views", _group_cells(views, *ALL)))
    tagging = (
        "A view tagged with two of these counts in both rows, and once in the total. "
        if not adds_up
        else "Each view is counted once, under its own tag. "
    )
    return Table(
        table_id,
        title,
        tuple(label for _, label in GROUP_COLUMNS) + ("All views",),
        tuple(out),
        total_row=adds_up,
        total_column=True,
        note=f"Counts of views. {tagging}Others: professionals, facilitators' own notes and views whose "
        "group was not recorded.",
    )


def _people_by_group(attendances: dict, people_word: str) -> Table:
    counts: dict[str | None, int] = defaultdict(int)
    for grp, _town in attendances.values():
        counts[grp if grp in GROUPS else None] += 1
    rows = [Row(g, label, (Count.of_people(counts[g]),)) for g, label in GROUP_ROWS.items()]
    rows.append(Row(NOT_TAGGED_KEY, "Group not recorded", (Count.of_people(counts[None]),)))
    rows.append(Row(TOTAL_KEY, "Everyone", (Count.of_people(len(attendances)),)))
    note = (
        "People who took part (each participant code is one person)."
        if people_word == "People"
        else "Attendances: one for each participant code. A code belongs to one session, so a person who came "
        "to three sessions is three attendances; people cannot be counted across sessions."
    )
    return Table(
        "people-by-group", f"{people_word} by group", (people_word,), tuple(rows), total_row=True, note=note
    )


def _views_by_group(views: _ViewCounts) -> Table:
    """Views by group: the same groups as the columns of the tables by tag, so every total agrees."""
    rows = [Row(g, label, (views.count(*ALL, g),)) for g, label in GROUP_COLUMNS]
    rows.append(Row(TOTAL_KEY, "All views", (views.count(*ALL),)))
    return Table(
        "views-by-group",
        "Views by group",
        ("Views",),
        tuple(rows),
        total_row=True,
        note="Others: professionals, facilitators' own notes and views whose group was not recorded. "
        "A facilitator's notes count as one person for each session.",
    )


# The same figure printed in several tables (the views of young people, every attendance, ...) must be
# hidden in all of them or in none: hidden in one table to protect a small count there, and printed in
# another, it would give that count away. Each list is one figure: (table id, row key, column).
_TAG_TABLES = ("views-by-principle", "views-by-priority", "views-by-commitment", "views-by-how-given")
LINKED = (
    *[
        [(t, TOTAL_KEY, c) for t in _TAG_TABLES] + [("views-by-group", g, 0)]
        for c, (g, _label) in enumerate(GROUP_COLUMNS)
    ],
    [(t, TOTAL_KEY, 3) for t in _TAG_TABLES]
    + [("views-by-group", TOTAL_KEY, 0), ("views-by-town", TOTAL_KEY, 1), ("views-by-forum", TOTAL_KEY, 1)],
    [("people-by-group", TOTAL_KEY, 0), ("views-by-town", TOTAL_KEY, 0), ("views-by-forum", TOTAL_KEY, 0)],
)


def _publish_linked(tables: list[Table]) -> dict[str, PublishedTable]:
    """Each table through `publish`, a figure hidden in one table hidden in every table that prints it.

    A figure hidden anywhere is published again as a small count (one person behind it) in every table
    that prints it, so `publish` also protects it there (hides what would give it away). Hiding only
    grows, so this ends; usually the first round is the last.
    """
    forced: set[tuple[str, str, int]] = set()
    while True:
        out = {t.id: publish(_forced(t, forced)) for t in tables}
        hidden = set()
        for figure in LINKED:
            if any(_cell(out, where) == HIDDEN for where in figure):
                hidden.update(figure)
        if hidden <= forced:
            return out
        forced |= hidden


def _cell(published: dict[str, PublishedTable], where: tuple[str, str, int]):
    table_id, key, col = where
    return next(r.cells[col] for r in published[table_id].rows if r.key == key)


def _forced(table: Table, forced: set[tuple[str, str, int]]) -> Table:
    if not any(t == table.id for t, _k, _c in forced):
        return table
    rows = tuple(
        Row(
            r.key,
            r.label,
            tuple(Count(c.value, 1) if (table.id, r.key, i) in forced else c for i, c in enumerate(r.cells)),
        )
        for r in table.rows
    )
    return replace(table, rows=rows)


def _by_place(
    table_id: str,
    title: str,
    keys: list[tuple[str, str]],
    attendances: dict,
    views: _ViewCounts,
    place_of_person,
    people_word: str,
) -> Table:
    """Attendances and views for each place of the pack (nobody there: a zero row), others, not recorded."""
    came: dict[str, int] = defaultdict(int)
    for person in attendances:
        came[place_of_person(person) or NOT_TAGGED_KEY] += 1
    labels = dict(keys)
    others = sorted(
        k for k in set(came) | set(views.keys(table_id)) if k not in labels and k != NOT_TAGGED_KEY
    )
    rows = [
        Row(k, labels.get(k, k), (Count.of_people(came[k]), views.count(table_id, k)))
        for k in [k for k, _ in keys] + others
    ]
    rows.append(
        Row(
            NOT_TAGGED_KEY,
            "Not recorded",
            (Count.of_people(came[NOT_TAGGED_KEY]), views.count(table_id, NOT_TAGGED_KEY)),
        )
    )
    rows.append(Row(TOTAL_KEY, "Total", (Count.of_people(len(attendances)), views.count(*ALL))))
    return Table(table_id, title, (people_word, "Views"), tuple(rows), total_row=True)


def _sessions_table(sessions) -> Table:
    """The sessions of the period, listed: their attendances and views are not printed one by one, as
    the sessions of one forum add up to that forum's figures (a session's hidden count would follow)."""
    rows = [
        Row(
            f"session-{s.id}",
            f"{s.date} {s.title} ({FORUM_LABELS.get(s.forum, s.forum)}{', ' + s.town if s.town else ''})",
            (),
        )
        for s in sessions
    ]
    return Table("sessions", "Sessions", (), tuple(rows))


# Votes ---------------------------------------------------------------------

VOTE_COLUMNS = ("Times picked", "Times ranked", "Rank points", "Like", "Not sure", "Don't like")


def _votes_by_commitment(db: AppDatabase, sessions, pack: Pack) -> tuple[Table, dict[str, list]]:
    """Each commitment's votes, one column per method and rating: never added into one "chosen"."""
    rounds = votes.rounds_of_sessions(db, [s.id for s in sessions])
    # Scores only: the cards' words are the pack's, printed from the pack below.
    results = votes.scores_of_rounds(db, rounds)
    # value[key][column], and per session the most people behind it in any one round (see the module's words)
    value: dict[str, list[int]] = defaultdict(lambda: [0] * len(VOTE_COLUMNS))
    most: dict[tuple[int, str, int], int] = defaultdict(int)
    total_value = [0] * len(VOTE_COLUMNS)
    total_most: dict[tuple[int, int], int] = defaultdict(int)
    by_method: dict[str, list] = defaultdict(list)
    for rnd in rounds:
        by_method[rnd.method].append(rnd)
        result = results[rnd.id]
        voters = result.ballots + result.tallied
        for card in result.cards:
            if rnd.method == "pick":
                cells = ((0, card.count, card.count),)
            elif rnd.method == "rank":
                cells = ((1, card.count, card.count), (2, card.score, card.count))
            else:
                cells = (
                    (3, card.like, card.like),
                    (4, card.unsure, card.unsure),
                    (5, card.dislike, card.dislike),
                )
            sums = value[card.key]
            for col, n, people in cells:
                sums[col] += n
                total_value[col] += n
                where = (rnd.session_id, card.key, col)
                if people > most[where]:
                    most[where] = people
        for col in {"pick": (0,), "rank": (1, 2), "rating": (3, 4, 5)}[rnd.method]:
            total_most[(rnd.session_id, col)] = max(total_most[(rnd.session_id, col)], voters)
    people: dict[tuple[str, int], int] = defaultdict(int)
    for (_session, key, col), n in most.items():
        people[(key, col)] += n
    total_people: dict[int, int] = defaultdict(int)
    for (_session, col), n in total_most.items():
        total_people[col] += n

    def row(key: str, label: str) -> Row:
        return Row(
            key, label, tuple(Count(value[key][c], people[(key, c)]) for c in range(len(VOTE_COLUMNS)))
        )

    keys = [c.key for c in pack.commitments]
    rows = [row(c.key, f"{_number(c.key)} {c.text}") for c in pack.commitments]
    rows += [row(k, k) for k in sorted(value) if k not in keys]
    rows.append(
        Row(
            TOTAL_KEY,
            "All commitments",
            tuple(Count(total_value[c], total_people[c]) for c in range(len(VOTE_COLUMNS))),
        )
    )
    note = (
        f"Vote rounds: {len(by_method['pick'])} pick, {len(by_method['rank'])} rank, "
        f"{len(by_method['rating'])} rating. Each method has its own columns and they are never added "
        "together. Times picked: how many times the card was picked in pick rounds. Times ranked and rank "
        "points: how many people put the card in their order in rank rounds, and the Borda points it earned "
        "(a 1st choice scores as many points as cards could be ranked, then one fewer for each place). "
        "Like, not sure, don't like: ratings in rating rounds; \u201cdon't like\u201d is never counted as "
        "chosen. Paper and show-of-hands votes are included."
    )
    # Times ranked and rank points are hidden together: with one card to rank, points equal times ranked,
    # and in general one bounds the other (each ranking gives 1 to as many points as cards could be ranked).
    return Table(
        "votes-by-commitment",
        "Votes by commitment, by method",
        VOTE_COLUMNS,
        tuple(rows),
        total_row=True,
        note=note,
        hidden_together=((1, 2),),
    ), by_method


# Actions and themes --------------------------------------------------------


def _actions(
    db: AppDatabase, start: str | None, end: str | None, exported: list | None = None
) -> list[ActionLine]:
    """Every action that existed by the end of the period, with its status then (from its history).

    `exported`: `exported_themes(db)`, when the caller has it already."""
    as_at = end or now()[:10]
    out = []
    linked = {t.id for t in list_themes(db) if t.view_ids}
    for theme in exported if exported is not None else exported_themes(db):
        if theme.id in linked and not theme.view_ids:
            continue  # every view of it is to be followed up offline: its actions would say what they were about
        for a in theme.actions:
            before = [h for h in a.history if h.date <= as_at]
            if a.history and not before:
                continue  # made after the period ended
            status = before[-1].status if before else a.status
            past_due = bool(a.due) and a.due < as_at and status not in ("done", "not-possible")
            changes = tuple(
                ActionChange(h.date, h.status, h.reason) for h in history_in_range(a, start, as_at)
            )
            out.append(
                ActionLine(
                    id=a.id,
                    theme=theme.title,
                    text=a.we_did,
                    owner=a.owner,
                    due=a.due,
                    status_at_end=status,
                    past_due=past_due,
                    commitments=a.commitments,
                    changes_in_period=changes,
                )
            )
    return sorted(out, key=lambda a: a.id)


def _themes(themes, sessions_by_id: dict, by_view: dict[int, tuple]) -> list[ThemeLine]:
    """The period's themes, each with its first session in the period, and the priority and commitments
    its views (then its actions) were tagged with most. `by_view`: view id -> (priority, commitments)
    of the period's views that a theme names."""
    out = []
    for t in themes:
        mine = [by_view[i] for i in t.view_ids if i in by_view]
        where = sorted(
            (sessions_by_id[i] for i in t.session_ids if i in sessions_by_id), key=lambda s: (s.date, s.id)
        )
        if not where:
            continue
        first = where[0]
        priorities: dict[str, int] = defaultdict(int)
        commitments: dict[str, int] = defaultdict(int)
        for priority, tagged in mine:
            if priority:
                priorities[priority] += 1
            for c in tagged:
                commitments[c] += 1
        for a in t.actions:
            for c in a.commitments:
                commitments.setdefault(c, 0)
        ordered = sorted(commitments, key=lambda c: (-commitments[c], c))
        priority = max(sorted(priorities), key=lambda p: priorities[p]) if priorities else None
        title = first.title + (
            f" (and {len(where) - 1} other session{'s' if len(where) > 2 else ''})" if len(where) > 1 else ""
        )
        out.append(
            ThemeLine(
                id=t.id,
                title=t.title,
                you_said=t.you_said,
                session=first.id,
                session_title=title,
                forum=first.forum,
                date=first.date,
                priority=priority,
                commitments=tuple(ordered),
                views=tuple(t.view_ids),
            )
        )
    return out


def _notes(
    data: _Period,
    people_word: str,
    rounds_by_method: dict,
    actions: list[ActionLine],
    tables: list[PublishedTable],
    pack: Pack,
    end: str | None,
) -> list[str]:
    notes = [
        "Counts of views and votes with fewer than 5 people (attendances) behind them are shown as "
        "\u201cfewer than 5\u201d, and so is any other count from which a hidden one could be worked out. "
        "Counts of sessions, vote rounds, themes and actions are exact.",
        f"{len(data.sessions)} session{'s' if len(data.sessions) != 1 else ''}, "
        f"{_plural(sum(len(r) for r in rounds_by_method.values()), 'vote round')}, "
        f"{_plural(len(data.themes), 'theme')} heard in the period, "
        f"{_plural(len(actions), 'action')} as at {end or 'today'}.",
        (
            "People: each participant code is one person."
            if people_word == "People"
            else "Attendances, not people: a participant code belongs to one session, so the same person at two "
            "sessions is two attendances. People cannot be counted across sessions."
        ),
        f"Views to follow up offline (safeguarding; counted only here) {data.follow_ups}.",
        "Status as at the end of the period: each action's last status change made on or before that date. "
        "Past due: due before the end of the period and neither done nor found not possible by then.",
    ]
    notes += _most(
        next(t for t in tables if t.id == "views-by-commitment"),
        RAISED_PREFIX,
        {0: "young people", 1: "parents and carers"},
        "view",
    )
    notes += _most(
        next(t for t in tables if t.id == "votes-by-commitment"),
        VOTED_PREFIX,
        {
            0: "times picked (pick rounds)",
            2: "rank points (rank rounds)",
            3: "likes (rating rounds)",
            5: "don't likes (rating rounds: the most disliked)",
        },
        "",
    )
    notes += _raised_without_action(tables, actions, pack)
    return notes


def _most(table: PublishedTable, prefix: str, columns: dict[int, str], noun: str) -> list[str]:
    """The three commitments with the most in each column, from the printed cells (a hidden one is never
    placed: its rank among printed numbers would bound it)."""
    out = []
    for col, who in columns.items():
        printed = [
            (r.cells[col], r.label)
            for r in table.rows
            if r.key.startswith("commitment-") and isinstance(r.cells[col], int) and r.cells[col] > 0
        ]
        top = sorted(printed, key=lambda p: -p[0])[:3]  # sorted() keeps the pack's order among equals
        if not top:
            out.append(f"{prefix}{who}: no commitment has a printed count above 0.")
            continue
        words = "; ".join(
            f"{_short(label)} ({n:,}{' ' + noun + ('s' if n != 1 else '') if noun else ''})"
            for n, label in top
        )
        out.append(f"{prefix}{who}, of the counts printed: {words}.")
    return out


def _short(label: str, limit: int = 70) -> str:
    """A commitment's number and first words, for a sentence (its words in full are in the tables)."""
    label = label.rstrip(".")
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,;") + "\u2026"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _raised_without_action(tables: list[PublishedTable], actions: list[ActionLine], pack: Pack) -> list[str]:
    """The commitments raised most that no action names, from the published cells (never the counts)."""
    table = next(t for t in tables if t.id == "views-by-commitment")
    acted = {c for a in actions for c in a.commitments}
    shown, hidden = [], []
    for row in table.rows:
        if row.key in (TOTAL_KEY, NOT_TAGGED_KEY) or row.key in acted:
            continue
        cell = row.cells[-1]
        if cell == HIDDEN:
            hidden.append(row)
        elif cell:
            shown.append(row)
    shown.sort(key=lambda r: -r.cells[-1])
    return [
        f"{NO_ACTION_PREFIX}{r.label.rstrip('.')}: {r.cells[-1]} view{'s' if r.cells[-1] != 1 else ''}."
        for r in shown
    ] + [f"{NO_ACTION_PREFIX}{r.label.rstrip('.')}: views from {HIDDEN} people." for r in hidden]
