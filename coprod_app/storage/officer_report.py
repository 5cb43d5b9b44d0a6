"""The officer report of one session as one Report: built once here, printed as PDF, written as JSON.

Every table goes through the small-number rule (domain/disclosure.py) before it leaves this
module, so the PDF (reports/officer.py), the command line (`coprod-app report officer --json`) and
the screen print the same published cells and never work a number out again.

Who stands behind a count. A view's participant is the person: six views from one code are one
person. A view with no participant code (the facilitator's own note, or a view typed without a
code) cannot be told apart from any other such view, so all of a session's views without a code
count together as ONE person, whatever their number. That is the conservative reading: it can only
make the count of people smaller, so a cell made of such notes is hidden rather than shown. A
paper or show-of-hands mark in a vote round is one person's hand, so it counts as a person.

What is left out. Views flagged to follow up offline (safeguarding) are not in any table, quote,
theme or count here except the one "follow-ups" line (storage/report_data.py reads the views without
them). Words are quoted only where the participant agreed to be quoted, or where the view is the
facilitator's own note with no participant; the number of quotes is printed exactly, since the
quotes themselves are printed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from coprod_app.domain import disclosure
from coprod_app.domain import voting as rules
from coprod_app.domain.actions import Theme
from coprod_app.domain.pack import Pack
from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.report_tables import (
    HIDDEN,
    NOT_TAGGED_KEY,
    TOTAL_KEY,
    ActionChange,
    ActionLine,
    Count,
    PublishedTable,
    Quote,
    Report,
    Row,
    Table,
    ThemeLine,
)
from coprod_app.domain.session import AGE_BANDS, FORUM_LABELS, GROUP_LABELS, GROUPS, Session
from coprod_app.domain.view import HOW_GIVEN, HOW_LABELS
from coprod_app.storage import votes
from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.database import now
from coprod_app.storage.report_data import follow_up_people, reportable_views
from coprod_app.storage.sessions import get_session, list_participants, session_pack
from coprod_app.storage.themes import exported_themes

NOT_RECORDED = rules.NO_GROUP  # "not-recorded": a participant who gave no group, or a vote without a code
FACILITATOR_NOTE = "facilitator-note"  # a quote's group when the view is the facilitator's own note
GROUP_NAMES = {**{g: GROUP_LABELS[g] for g in GROUPS}, NOT_RECORDED: "Group not recorded"}
GROUP_PLURALS = {
    "young-person": "Young people",
    "parent-carer": "Parents and carers",
    "professional": "Professionals",
    NOT_RECORDED: "Group not recorded",
}
SENTIMENTS = {"positive": "Positive", "mixed": "Mixed", "negative": "Negative"}
NOT_TAGGED = "Not tagged"
FINISHED = ("done", "not-possible")  # an action with one of these is never past due
_NOTE_PERSON = ""  # the one "person" all views without a participant code stand for


@dataclass(frozen=True)
class _View:
    id: int
    person: str  # the participant's code, or _NOTE_PERSON
    group: str | None  # the participant's group; None for the facilitator's note
    text: str | None  # None: not to be quoted
    principles: tuple[str, ...]
    priority: str | None
    commitments: tuple[str, ...]
    sentiment: str | None
    how: str | None


def _count(views: list[_View]) -> Count:
    return Count(len(views), len({v.person for v in views}))


def _people(views: list[_View]) -> Count:
    n = len({v.person for v in views})
    return Count(n, n)


VIEW_COLUMNS = ("Views", "People")
VIEWS_NOTE = (
    "People: how many different people gave those views; all views without a participant code "
    "count as one person."
)


def _views_table(
    table_id: str,
    title: str,
    views: list[_View],
    rows: list[tuple[str, str, list[_View]]],
    note: str = "",
    adds_up: bool = True,
) -> Table:
    """Rows of (key, label, views), then the total of every view once.

    `adds_up`: each view is in one row, so the rows add up to the total and a reader could subtract
    (the rule then protects along the total). With several tags per view they do not add up.
    """
    out = [Row(key, label, (_count(mine), _people(mine))) for key, label, mine in rows]
    out.append(Row(TOTAL_KEY, "All views", (_count(views), _people(views))))
    return Table(
        table_id,
        title,
        VIEW_COLUMNS,
        tuple(out),
        total_row=adds_up,
        note=" ".join(n for n in (note, VIEWS_NOTE) if n),
    )


def _tagged(views: list[_View], keys: list[tuple[str, str]], tags) -> list[tuple[str, str, list[_View]]]:
    """One row per pack key (zero rows too), then the views with no tag of this kind."""
    rows = [(key, label, [v for v in views if key in tags(v)]) for key, label in keys]
    rows.append((NOT_TAGGED_KEY, NOT_TAGGED, [v for v in views if not tags(v)]))
    return rows


def _people_tables(participants) -> list[Table]:
    by_group = Counter(p.group if p.group in GROUPS else NOT_RECORDED for p in participants)
    rows = [Row(g, GROUP_PLURALS[g], (Count.of_people(by_group[g]),)) for g in (*GROUPS, NOT_RECORDED)]
    rows.append(Row(TOTAL_KEY, "Everyone who took part", (Count.of_people(len(participants)),)))
    by_age = Counter(p.age_band if p.age_band in AGE_BANDS else NOT_RECORDED for p in participants)
    ages = [Row(a, a, (Count.of_people(by_age[a]),)) for a in AGE_BANDS]
    ages.append(Row(NOT_RECORDED, "Age band not recorded", (Count.of_people(by_age[NOT_RECORDED]),)))
    ages.append(Row(TOTAL_KEY, "Everyone who took part", (Count.of_people(len(participants)),)))
    return [
        Table(
            "people-by-group",
            "People who took part, by group",
            ("People",),
            tuple(rows),
            total_row=True,
            note="Each participant code is one person.",
        ),
        Table(
            "people-by-age-band",
            "People who took part, by age band",
            ("People",),
            tuple(ages),
            total_row=True,
        ),
    ]


def _view_tables(pack: Pack, views: list[_View]) -> list[Table]:
    commitments = [(c.key, f"{c.key.split('-', 1)[-1]} {c.text}") for c in pack.commitments]
    single = "Each view is counted once, under its own tag."
    multiple = "A view tagged with two of these is counted under each, and once in the total."
    return [
        _views_table(
            "views-by-principle",
            "Views by charter principle",
            views,
            _tagged(views, [(p.key, p.title) for p in pack.principles], lambda v: v.principles),
            multiple,
            adds_up=False,
        ),
        _views_table(
            "views-by-priority",
            "Views by priority",
            views,
            _tagged(
                views,
                [(p.key, p.title) for p in pack.priorities],
                lambda v: (v.priority,) if v.priority else (),
            ),
            single,
        ),
        _views_table(
            "views-by-commitment",
            "Views by commitment",
            views,
            _tagged(views, commitments, lambda v: v.commitments),
            multiple,
            adds_up=False,
        ),
        _views_table(
            "views-by-how-given",
            "How views were given",
            views,
            _tagged(views, [(h, HOW_LABELS[h]) for h in HOW_GIVEN], lambda v: (v.how,) if v.how else ()),
            single,
        ),
        _views_table(
            "views-by-sentiment",
            "How views felt",
            views,
            _tagged(views, list(SENTIMENTS.items()), lambda v: (v.sentiment,) if v.sentiment else ()),
            single,
        ),
    ]


# Vote rounds ------------------------------------------------------------------


def _card_label(pack: Pack, key: str) -> str:
    return f"{key.split('-', 1)[-1]} {pack.commitment(key).text}"


def _round_tables(pack: Pack, number: int, rnd: rules.Round, ballots, tallies) -> list[PublishedTable]:
    """The results, how the votes were given (screen or paper) and each group's results, published together.

    Each group's table has the shape of the overall one and adds up to it cell by cell, so they go
    through `disclosure.publish_together`: no group's hidden figure is the overall minus the others.
    """
    everyone = rules.score_round(rnd, ballots, tallies)
    label = rules.METHOD_LABELS.get(rnd.method, rnd.method)
    title = f"Vote round {number}: {label}"
    if rnd.method != "rating":
        title += f", up to {rnd.max_choices} choice{'s' if rnd.max_choices != 1 else ''}"
    labels = {key: _card_label(pack, key) for key in rnd.commitments}
    order = [card.key for card in everyone.cards]  # rank order, best first: every table of the round keeps it
    overall = disclosure.round_table(
        f"round-{rnd.id}",
        title,
        rnd.method,
        [c.as_dict() for c in everyone.cards],
        labels,
        note=rules.method_note(rnd) + " Rows are in rank order, best first; a card whose score is "
        "hidden is listed last.",
    )
    parts = []
    for group in (*GROUPS, NOT_RECORDED):
        mine = [b for b in ballots if (b.group if b.group in GROUPS else NOT_RECORDED) == group]
        marks = [t for t in tallies if (t.group if t.group in GROUPS else NOT_RECORDED) == group]
        if not mine and not marks:
            continue
        cards = {c.key: c.as_dict() for c in rules.score_round(rnd, mine, marks).cards}
        parts.append(
            (
                group,
                disclosure.round_table(
                    f"round-{rnd.id}-group-{group}",
                    f"Vote round {number}: {GROUP_PLURALS[group].lower()}",
                    rnd.method,
                    [cards[key] for key in order],
                    labels,
                    note="Cards in the order of the results for everyone.",
                ),
            )
        )
    published, by_group = disclosure.publish_together(overall, parts)
    published = _ranked(_hidden_last(published))
    # Each group's cards in the order printed above, not by the group's own scores (whose order would
    # bound a hidden one between its neighbours).
    printed = {row.key: n for n, row in enumerate(published.rows)}
    by_group = {
        group: replace(table, rows=tuple(sorted(table.rows, key=lambda r: printed[r.key])))
        for group, table in by_group.items()
    }
    marks = sum(t.count for t in tallies)
    given = Table(
        f"round-{rnd.id}-how",
        f"Vote round {number}: on the screen and on paper",
        ("People",),
        (
            Row("screen", "Voted on the screen", (Count.of_people(len(ballots)),)),
            Row("paper", "Paper or show-of-hands votes", (Count.of_people(marks),)),
            Row(TOTAL_KEY, "Everyone who voted", (Count.of_people(len(ballots) + marks),)),
        ),
        total_row=True,
        note="Each paper or show-of-hands mark counts as one person.",
    )
    return [published, disclosure.publish(given), *(by_group[group] for group, _ in parts)]


def _ranked(table: PublishedTable) -> PublishedTable:
    """Each card whose score is printed gets its rank in words ("1st: 1.1 We will ..."), ties sharing one.

    Ranked among the printed scores only: a rank counted over hidden cards too would say how many
    hidden cards scored more than a printed one.
    """
    score = len(table.columns) - 1
    rows, rank, previous = [], 0, None
    for n, row in enumerate(table.rows, 1):
        if row.cells[score] == HIDDEN:
            rows.append(row)
            continue
        if row.cells[score] != previous:
            rank, previous = n, row.cells[score]
        rows.append(replace(row, label=f"{rules.ordinal(rank)}: {row.label}"))
    return replace(table, rows=tuple(rows))


def _hidden_last(table: PublishedTable) -> PublishedTable:
    """Cards whose score is hidden go last: their place between two printed scores would bound them."""
    score = len(table.columns) - 1
    shown = [r for r in table.rows if r.cells[score] != HIDDEN]
    return replace(table, rows=tuple(shown + [r for r in table.rows if r.cells[score] == HIDDEN]))


# Quotes, themes and actions ---------------------------------------------------


def _quotes(views: list[_View]) -> tuple[Quote, ...]:
    return tuple(
        Quote(
            view=v.id,
            text=v.text,
            group=FACILITATOR_NOTE if v.person == _NOTE_PERSON else v.group,
            how_given=v.how,
            priority=v.priority,
            commitments=v.commitments,
            principles=v.principles,
        )
        for v in views
        if v.text is not None
    )


def _theme_line(theme: Theme, session: Session, views_by_id: dict[int, _View], pack: Pack) -> ThemeLine:
    mine = [views_by_id[i] for i in theme.view_ids if i in views_by_id]
    priorities = Counter(v.priority for v in mine if v.priority)
    order = {p.key: i for i, p in enumerate(pack.priorities)}
    priority = min(priorities, key=lambda k: (-priorities[k], order.get(k, 99))) if priorities else None
    tagged = {c for v in mine for c in v.commitments} | {c for a in theme.actions for c in a.commitments}
    commitments = tuple(c.key for c in pack.commitments if c.key in tagged)
    return ThemeLine(
        id=theme.id,
        title=theme.title,
        you_said=theme.you_said,
        session=session.id,
        session_title=session.title,
        forum=session.forum,
        date=session.date,
        priority=priority,
        commitments=commitments,
        views=theme.view_ids,
    )


def _action_lines(themes: list[Theme], since: str, today: str) -> tuple[ActionLine, ...]:
    """Every action on the session's themes, with its status today and the changes since the session."""
    out = []
    for t in themes:
        for a in t.actions:
            past_due = bool(a.due) and a.due < today and a.status not in FINISHED
            changes = tuple(ActionChange(h.date, h.status, h.reason) for h in a.history if h.date >= since)
            out.append(
                ActionLine(
                    id=a.id,
                    theme=t.title,
                    text=a.we_did,
                    owner=a.owner,
                    due=a.due,
                    status_at_end=a.status,
                    past_due=past_due,
                    commitments=a.commitments,
                    changes_in_period=changes,
                )
            )
    return tuple(out)


def _long_date(iso: str) -> str:
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"


def build_officer_report(db: AppDatabase, session_id: int) -> Report:
    """The officer report of one session: who came, what was said, how they voted, what is being done."""
    session = get_session(db, session_id)
    pack = session_pack(db, session_id)
    participants = list_participants(db, session_id)
    group_of = {p.code: p.group if p.group in GROUPS else NOT_RECORDED for p in participants}
    views = [
        _View(
            id=r.id,
            person=r.participant or _NOTE_PERSON,
            group=group_of.get(r.participant),
            text=r.text,
            principles=r.principles,
            priority=r.priority,
            commitments=r.commitments,
            sentiment=r.sentiment,
            how=r.how,
        )
        for r in reportable_views(db, session_id)
    ]
    tables = [disclosure.publish(t) for t in _people_tables(participants) + _view_tables(pack, views)]
    for number, rnd in enumerate(votes.list_rounds(db, session_id), 1):
        ballots, tallies = votes.ballots_and_tallies(db, rnd.id)
        tables += _round_tables(pack, number, rnd, ballots, tallies)
    flagged_views, flagged_people = follow_up_people(db, session_id)
    tables.append(
        disclosure.publish(
            Table(
                "follow-ups",
                "Views flagged to follow up offline",
                ("Views",),
                (
                    Row(
                        "follow-up",
                        "Views flagged to follow up offline (safeguarding)",
                        (Count(flagged_views, flagged_people),),
                    ),
                ),
                note="Their words, participant codes and tags are never printed or exported, and they are not counted "
                "anywhere else in this report. The facilitator follows them up outside the app.",
            )
        )
    )
    themes = exported_themes(db, session_id)
    views_by_id = {v.id: v for v in views}
    generated = now()
    forum = FORUM_LABELS.get(session.forum, session.forum)
    details = [f"Date: {_long_date(session.date)}", f"Forum: {forum}"]
    details += [f"Town: {session.town}"] if session.town else []
    details += [f"Venue: {session.venue}"] if session.venue else []
    details += [
        f"Strategy pack: {pack.name}",
        f"To protect privacy, a count that fewer than {SMALL_COUNT} people stand behind is shown as "
        f"\u201cfewer than {SMALL_COUNT}\u201d, and so is a second count where the first could be "
        "worked out from a total. Nobody\u2019s name is recorded.",
    ]
    return Report(
        report="officer",
        title=f"Officer report: {session.title} ({_long_date(session.date)})",
        period_from=session.date,
        period_to=session.date,
        tables=tuple(tables),
        quotes=_quotes(views),
        actions=_action_lines(themes, session.date, generated[:10]),
        themes=tuple(_theme_line(t, session, views_by_id, pack) for t in themes),
        notes=tuple(details),
        generated_at=generated,
    )


__all__ = ["FACILITATOR_NOTE", "GROUP_NAMES", "GROUP_PLURALS", "build_officer_report"]
