"""The annual summary (storage/annual_report.py and its PDF): every count checked against raw SQL.

A hand-made year: a youth forum with 6 young people and 1 parent, a parent carer forum with 5
parents and 4 professionals, a session before the period and one after it. Each published cell
is checked against a second computation written here in SQL: an exact number equals it, and every
count with 1 to 4 people behind it is hidden (secondary suppression may hide more, never less).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict

import pytest

from coprod_app.domain.report_tables import HIDDEN
from coprod_app.domain.view import ViewDraft
from coprod_app.reports.annual import LABEL, write_annual
from coprod_app.reports.text import label
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.annual_report import NO_ACTION_PREFIX, build_annual_report
from coprod_app.storage.packs import current_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view

START, END = "2026-01-01", "2026-06-30"
CUT_LABELS = ("views-by-commitment", "votes-by-commitment")  # tables whose long labels the PDF cuts


def _dated(db, action_id: int, *dates: str) -> None:
    """Date an action's history entries (oldest first) as an officer recording them on those days would."""
    ids = [
        r[0] for r in db.execute("SELECT id FROM action_history WHERE action_id = ? ORDER BY id", [action_id])
    ]
    assert len(ids) == len(dates)
    with db.atomic():
        for i, d in zip(ids, dates):
            db.execute("UPDATE action_history SET changed_at = ? WHERE id = ?", [f"{d}T10:00:00Z", i])


@pytest.fixture
def year(db):
    """The hand-made year; returns the ids the tests ask about."""
    out = {}
    a = create_session(
        db, title="Youth forum spring", date="2026-03-10", forum="youth-forum", town="Billingham"
    )
    young = [
        add_participant(db, a.id, group="young-person", age_band="11-15", town="Stockton" if i < 2 else None)
        for i in range(6)
    ]
    parent_a = add_participant(db, a.id, group="parent-carer", age_band="adult")
    for p in young:  # 6 young people about 1.1 (shown)
        record_view(
            db,
            a.id,
            ViewDraft(
                text="More help at school",
                participant=p.code,
                principles=("principle-1",),
                priority="priority-1",
                commitments=("commitment-1.1",),
                how="spoken",
            ),
        )
    for p in young[:4]:  # 4 young people about 2.2 (hidden)
        record_view(
            db,
            a.id,
            ViewDraft(
                text="The website is hard",
                participant=p.code,
                priority="priority-2",
                commitments=("commitment-2.2",),
                how="symbols",
            ),
        )
    for _ in range(6):  # one young person's six views about 4.1: 6 views, 1 person (hidden)
        record_view(
            db,
            a.id,
            ViewDraft(
                text="College travel",
                participant=young[0].code,
                commitments=("commitment-4.1",),
                how="signing",
            ),
        )
    record_view(
        db, a.id, ViewDraft(text="I want a say", participant=parent_a.code, commitments=("commitment-1.1",))
    )
    for _ in range(2):  # the facilitator's own notes
        record_view(db, a.id, ViewDraft(text="Room was loud", principles=("principle-2",)))
    # Flagged to follow up offline: never counted anywhere.
    record_view(
        db,
        a.id,
        ViewDraft(text="Worry", participant=young[1].code, commitments=("commitment-3.3",), follow_up=True),
    )

    pick = votes.create_round(db, a.id, "pick", max_choices=2)
    for i, p in enumerate(young):
        votes.cast_vote(
            db, pick.id, ["commitment-1.1", "commitment-2.2" if i < 3 else "commitment-3.1"], p.code
        )
    votes.cast_vote(db, pick.id, ["commitment-4.4"], parent_a.code)
    votes.add_tally(db, pick.id, "commitment-1.1", 3)
    rank = votes.create_round(db, a.id, "rank", max_choices=3)
    for i, p in enumerate(young):
        votes.cast_vote(
            db,
            rank.id,
            ["commitment-1.2", "commitment-1.1", "commitment-2.1"]
            if i % 2
            else ["commitment-1.1", "commitment-1.2"],
            p.code,
        )
    rating = votes.create_round(
        db, a.id, "rating", commitments=["commitment-1.1", "commitment-2.2", "commitment-3.2"]
    )
    for i, p in enumerate(young + [parent_a]):
        votes.cast_vote(
            db,
            rating.id,
            {
                "commitment-1.1": "like",
                "commitment-2.2": "dislike" if i < 5 else "unsure",
                "commitment-3.2": "unsure" if i else "dislike",
            },
            p.code,
        )
    votes.add_tally(db, rating.id, "commitment-1.1", 2, rating="dislike")

    b = create_session(
        db, title="Parent carer coffee", date="2026-05-05", forum="parent-carer-forum", town="Yarm"
    )
    parents = [
        add_participant(db, b.id, group="parent-carer", age_band="adult", town="Yarm") for _ in range(5)
    ]
    pros = [add_participant(db, b.id, group="professional", age_band="adult") for _ in range(4)]
    for p in parents:
        record_view(
            db,
            b.id,
            ViewDraft(
                text="Waiting lists",
                participant=p.code,
                priority="priority-3",
                commitments=("commitment-3.1", "commitment-1.5"),
                principles=("principle-3",),
                how="written",
            ),
        )
    for p in pros:
        record_view(db, b.id, ViewDraft(text="Training", participant=p.code, commitments=("commitment-1.1",)))

    before = create_session(db, title="Old session", date="2025-11-20", forum="youth-forum", town="Norton")
    old = add_participant(db, before.id, group="young-person")
    old_views = [
        record_view(
            db, before.id, ViewDraft(text="Old", participant=old.code, commitments=("commitment-2.4",))
        ).id
        for _ in range(3)
    ]
    after = create_session(db, title="Autumn", date="2026-09-01", forum="youth-forum", town="Norton")
    late = add_participant(db, after.id, group="young-person")
    record_view(db, after.id, ViewDraft(text="Later", participant=late.code, commitments=("commitment-2.3",)))

    view_a = [r[0] for r in db.execute("SELECT id FROM views WHERE session_id = ? AND follow_up = 0", [a.id])]
    view_b = [r[0] for r in db.execute("SELECT id FROM views WHERE session_id = ?", [b.id])]
    t1 = theme_store.add_theme(db, "School support", "More help in class", view_a[:6])
    t2 = theme_store.add_theme(db, "Waiting lists", "Long waits for therapy", view_b[:5])
    t_old = theme_store.add_theme(db, "Old theme", "From last year", old_views)
    # Done after the end of the period: as at the end it was in progress, and past its due date.
    late_done = theme_store.add_action(
        db,
        t1.id,
        "Train teachers",
        "planned",
        owner="SEND lead",
        due="2026-05-01",
        commitments=["commitment-1.1"],
    )
    theme_store.set_action_status(db, late_done.id, "in-progress")
    theme_store.set_action_status(db, late_done.id, "done")
    _dated(db, late_done.id, "2026-02-01", "2026-04-01", "2026-08-01")
    # Made after the period: not in it at all.
    future = theme_store.add_action(db, t2.id, "New clinic", "planned", commitments=["commitment-3.1"])
    _dated(db, future.id, "2026-09-10")
    # Last year's action, done during the period before it was due.
    early = theme_store.add_action(
        db, t_old.id, "Fix the bus pass", "planned", owner="Transport", due="2026-02-01"
    )
    theme_store.set_action_status(db, early.id, "done")
    _dated(db, early.id, "2025-11-25", "2026-01-20")
    # Due after the end of the period: not past due.
    later = theme_store.add_action(
        db, t2.id, "Publish waiting times", "planned", due="2026-07-15", commitments=["commitment-1.5"]
    )
    _dated(db, later.id, "2026-05-10")
    out.update(
        a=a,
        b=b,
        late_done=late_done.id,
        future=future.id,
        early=early.id,
        later=later.id,
        t1=t1.id,
        t2=t2.id,
        t_old=t_old.id,
    )
    return out


# The second computation: raw SQL over the same period -------------------------------------------

_PERIOD = "s.date BETWEEN :start AND :end AND v.follow_up = 0"
_PERSON = "COALESCE(p.id, -v.session_id)"  # a facilitator's notes: one person per session
_COLUMN = "CASE WHEN p.grp IN ('young-person', 'parent-carer') THEN p.grp ELSE 'other' END"


def _raw_tagged(db, tag_sql: str, start=START, end=END) -> dict:
    """{(row key, column): (views, people)} for a tag, the columns being the groups and 'all'."""
    out = {}
    for extra, column in ((f"{_COLUMN}", None), ("'all'", "all")):
        sql = (
            f"SELECT t.tag, {extra}, count(DISTINCT v.id), count(DISTINCT {_PERSON})"
            f" FROM views v JOIN sessions s ON s.id = v.session_id"
            f" LEFT JOIN participants p ON p.id = v.participant_id,"
            f" ({tag_sql}) t WHERE t.view_id = v.id AND {_PERIOD} GROUP BY 1, 2"
        )
        for key, col, n, people in db.execute(sql, {"start": start, "end": end}):
            out[(key, col)] = (n, people)
    return out


_TAGS = {
    "views-by-commitment": "SELECT v2.id AS view_id, COALESCE(j.value, 'not-tagged') AS tag FROM views v2"
    " LEFT JOIN json_each(v2.commitments) j",
    "views-by-principle": "SELECT v2.id AS view_id, COALESCE(j.value, 'not-tagged') AS tag FROM views v2"
    " LEFT JOIN json_each(v2.principles) j",
    "views-by-priority": "SELECT id AS view_id, COALESCE(priority, 'not-tagged') AS tag FROM views",
    "views-by-how-given": "SELECT id AS view_id, COALESCE(how, 'not-tagged') AS tag FROM views",
}
COLUMNS = ("young-person", "parent-carer", "other", "all")


def shown(cell, value) -> bool:
    """A cell that the rule lets through is exact; the secondary rule may hide it, never change it."""
    return cell in (value, HIDDEN)


def _check(published, raw_value: int, raw_people: int, where: str) -> None:
    if 0 < raw_people < 5:
        assert published == HIDDEN, f"{where}: {raw_value} from {raw_people} people is printed"
    elif published != HIDDEN:
        assert published == raw_value, f"{where}: printed {published}, counted {raw_value}"


def _total(db, column: str, start=START, end=END) -> tuple[int, int]:
    where = "" if column == "all" else f" AND {_COLUMN} = '{column}'"
    return db.execute(
        f"SELECT count(DISTINCT v.id), count(DISTINCT {_PERSON}) FROM views v"
        f" JOIN sessions s ON s.id = v.session_id LEFT JOIN participants p ON p.id = v.participant_id"
        f" WHERE {_PERIOD}{where}",
        {"start": start, "end": end},
    ).fetchone()


def check_tag_tables(db, report, start=START, end=END) -> int:
    checked = 0
    for table_id, tag_sql in _TAGS.items():
        raw = _raw_tagged(db, tag_sql, start, end)
        table = report.table(table_id)
        assert table.rows[-1].key == "total" and table.rows[-2].key == "not-tagged"
        for row in table.rows:
            for col, cell in zip(COLUMNS, row.cells):
                n, people = (
                    _total(db, col, start, end) if row.key == "total" else raw.get((row.key, col), (0, 0))
                )
                _check(cell, n, people, f"{table_id} {row.key} {col}")
                checked += 1
    return checked


def test_views_by_tag_match_raw_sql_and_hide_small_counts(db, year):
    report = build_annual_report(db, START, END)
    assert check_tag_tables(db, report) > 100
    commitments = report.table("views-by-commitment")
    pack = current_pack(db)
    assert [r.key for r in commitments.rows] == [c.key for c in pack.commitments] + ["not-tagged", "total"]
    row = {r.key: r.cells for r in commitments.rows}
    assert shown(row["commitment-1.1"][-1], 6 + 1 + 4)  # 6 young people, 1 parent, 4 professionals
    assert shown(row["commitment-1.1"][0], 6) and row["commitment-1.1"][1] == HIDDEN  # the lone parent
    assert row["commitment-1.1"][2] == HIDDEN  # 4 professionals
    assert row["commitment-2.2"][0] == HIDDEN  # 4 young people
    assert row["commitment-4.1"][0] == HIDDEN  # six views, one young person
    assert shown(row["commitment-3.1"][1], 5) and shown(row["commitment-3.1"][-1], 5)
    assert row["commitment-2.4"] == (0, 0, 0, 0) and row["commitment-2.3"] == (
        0,
        0,
        0,
        0,
    )  # outside the period
    assert row["commitment-3.3"] == (0, 0, 0, 0)  # only a flagged view
    assert shown(report.table("views-by-principle").rows[-1].cells[-1], 28)  # every view once, none flagged
    assert sum(1 for r in commitments.rows for c in r.cells if isinstance(c, int) and c > 0) >= 5


def test_people_are_attendances_and_towns_with_nobody_have_zero_rows(db, year):
    report = build_annual_report(db, START, END)
    groups = {r.key: r.cells for r in report.table("people-by-group").rows}
    raw = dict(
        db.execute(
            "SELECT COALESCE(p.grp, 'not-tagged'), count(*) FROM participants p JOIN sessions s"
            " ON s.id = p.session_id WHERE s.date BETWEEN ? AND ? GROUP BY 1",
            [START, END],
        )
    )
    assert raw == {"young-person": 6, "parent-carer": 6, "professional": 4}
    assert shown(groups["young-person"][0], 6) and shown(groups["parent-carer"][0], 6)
    assert (
        groups["professional"] == (HIDDEN,) and groups["not-tagged"] == (0,) and shown(groups["total"][0], 16)
    )
    assert report.table("people-by-group").columns == ("Attendances",)
    assert any("Attendances, not people" in n for n in report.notes)

    towns = report.table("views-by-town")
    pack = current_pack(db)
    assert [r.key for r in towns.rows] == list(pack.towns) + ["not-tagged", "total"]
    by_town = {r.key: r.cells for r in towns.rows}
    # A participant's own town, else the session's (the facilitator's notes take the session's town).
    place = "COALESCE(NULLIF(p.town, ''), NULLIF(s.town, ''))"
    came = dict(
        db.execute(
            f"SELECT {place}, count(*) FROM participants p JOIN sessions s ON s.id = p.session_id"
            " WHERE s.date BETWEEN ? AND ? GROUP BY 1",
            [START, END],
        )
    )
    said = {
        t: (n, people)
        for t, n, people in db.execute(
            f"SELECT {place}, count(*), count(DISTINCT {_PERSON}) FROM views v JOIN sessions s ON s.id = v.session_id"
            f" LEFT JOIN participants p ON p.id = v.participant_id WHERE {_PERIOD} GROUP BY 1",
            {"start": START, "end": END},
        )
    }
    for town in pack.towns:
        _check(by_town[town][0], came.get(town, 0), came.get(town, 0), town)
        _check(by_town[town][1], *said.get(town, (0, 0)), town)
    for nobody in ("Eaglescliffe", "Ingleby Barwick", "Norton", "Thornaby"):
        assert by_town[nobody] == (0, 0)  # Norton's sessions are outside the period
    assert by_town["Stockton"] == (HIDDEN, HIDDEN)  # two young people from Stockton, 10 views between them
    assert shown(by_town["Yarm"][0], 9) and shown(by_town["Billingham"][1], 9)
    forums = {r.key: r.cells for r in report.table("views-by-forum").rows}
    assert shown(forums["youth-forum"][0], 7) and shown(forums["youth-forum"][1], 19)
    assert forums["engagement-event"] == (0, 0) and shown(forums["total"][1], 28)


def _raw_votes(db, start=START, end=END) -> dict:
    """{(card, column): value} from the ballots and paper tallies themselves, in SQL."""
    out: dict = defaultdict(int)
    period = "r.session_id IN (SELECT id FROM sessions WHERE date BETWEEN :start AND :end)"
    params = {"start": start, "end": end}
    for key, n in db.execute(
        f"SELECT j.value, count(*) FROM votes v JOIN rounds r ON r.id = v.round_id,"
        f" json_each(v.choices) j WHERE r.method = 'pick' AND {period} GROUP BY 1",
        params,
    ):
        out[(key, "Times picked")] += n
    for key, n, points in db.execute(
        f"SELECT j.value, count(*), sum(max(min(r.max_choices, json_array_length(r.commitments)) - j.key, 0))"
        f" FROM votes v JOIN rounds r ON r.id = v.round_id, json_each(v.choices) j"
        f" WHERE r.method = 'rank' AND {period} GROUP BY 1",
        params,
    ):
        out[(key, "Times ranked")] += n
        out[(key, "Rank points")] += points
    names = {"like": "Like", "unsure": "Not sure", "dislike": "Don't like"}
    for key, rating, n in db.execute(
        f"SELECT j.key, j.value, count(*) FROM votes v JOIN rounds r"
        f" ON r.id = v.round_id, json_each(v.choices) j"
        f" WHERE r.method = 'rating' AND {period} GROUP BY 1, 2",
        params,
    ):
        out[(key, names[rating])] += n
    for key, method, rating, n, first in db.execute(
        f"SELECT t.commitment_key, r.method, t.rating, sum(t.count), min(r.max_choices,"
        f" json_array_length(r.commitments)) FROM tallies t JOIN rounds r ON r.id = t.round_id WHERE {period}"
        f" GROUP BY t.round_id, 1, 2, 3",
        params,
    ):
        if method == "pick":
            out[(key, "Times picked")] += n
        elif method == "rank":  # a paper vote counts as a 1st choice
            out[(key, "Times ranked")] += n
            out[(key, "Rank points")] += n * first
        else:
            out[(key, names[rating])] += n
    return out


def check_votes(db, report, start=START, end=END) -> int:
    table = report.table("votes-by-commitment")
    assert table.columns == ("Times picked", "Times ranked", "Rank points", "Like", "Not sure", "Don't like")
    raw = _raw_votes(db, start, end)
    checked = 0
    for row in table.rows:
        for col, cell in zip(table.columns, row.cells):
            if row.key == "total":
                value = sum(n for (_k, c), n in raw.items() if c == col)
                assert cell in (value, HIDDEN)
            else:
                value = raw.get((row.key, col), 0)
                people = value if col != "Rank points" else raw.get((row.key, "Times ranked"), 0)
                _check(cell, value, people, f"votes {row.key} {col}")
            checked += 1
    return checked


def test_votes_have_a_column_per_method_and_dont_like_is_never_chosen(db, year):
    report = build_annual_report(db, START, END)
    assert check_votes(db, report) == 18 * 6
    row = {
        r.key: dict(zip(report.table("votes-by-commitment").columns, r.cells))
        for r in report.table("votes-by-commitment").rows
    }
    assert shown(row["commitment-1.1"]["Times picked"], 6 + 3)  # six ballots and three paper votes
    assert shown(row["commitment-1.1"]["Times ranked"], 6) and shown(row["commitment-1.1"]["Rank points"], 15)
    assert (
        shown(row["commitment-1.1"]["Like"], 7) and row["commitment-1.1"]["Don't like"] == HIDDEN
    )  # 2 on paper
    assert shown(row["commitment-2.2"]["Don't like"], 5) and row["commitment-2.2"]["Times picked"] == HIDDEN
    # "Don't like" adds to nothing else: 2.2's five don't-likes are not picks, ranks or likes.
    assert row["commitment-2.2"]["Like"] == 0 and row["commitment-2.2"]["Times ranked"] == 0
    assert row["commitment-4.4"]["Times picked"] == HIDDEN and row["commitment-3.2"]["Not sure"] in (
        6,
        HIDDEN,
    )
    note = report.table("votes-by-commitment").note
    assert "never added together" in note and "\u201cdon't like\u201d is never counted as chosen" in note
    assert "1 pick, 1 rank, 1 rating" in note


def test_status_at_the_end_of_the_period_comes_from_the_history(db, year):
    report = build_annual_report(db, START, END)
    actions = {a.id: a for a in report.actions}
    assert year["future"] not in actions  # made after the period ended
    late = actions[year["late_done"]]
    assert late.status_at_end == "in-progress" and late.past_due  # done only in August
    assert [(c.on, c.status) for c in late.changes_in_period] == [
        ("2026-02-01", "planned"),
        ("2026-04-01", "in-progress"),
    ]
    early = actions[year["early"]]
    assert early.status_at_end == "done" and not early.past_due
    assert [(c.on, c.status) for c in early.changes_in_period] == [("2026-01-20", "done")]
    later = actions[year["later"]]
    assert later.status_at_end == "planned" and not later.past_due  # due after the end
    # The same actions read to the end of the year: done, and nothing past due.
    whole = {a.id: a for a in build_annual_report(db, START, "2026-12-31").actions}
    assert whole[year["late_done"]].status_at_end == "done" and not whole[year["late_done"]].past_due
    assert whole[year["future"]].status_at_end == "planned"
    assert whole[year["later"]].past_due  # 15 July 2026 has passed by the end of December, still planned


def test_themes_carry_session_forum_and_date_and_raised_without_action(db, year):
    report = build_annual_report(db, START, END)
    themes = {t.id: t for t in report.themes}
    assert set(themes) == {year["t1"], year["t2"]}  # the old theme's views are all before the period
    t2 = themes[year["t2"]]
    assert (t2.session, t2.forum, t2.date, t2.priority) == (
        year["b"].id,
        "parent-carer-forum",
        "2026-05-05",
        "priority-3",
    )
    assert t2.commitments[:2] == ("commitment-1.5", "commitment-3.1")
    raised = [n for n in report.notes if n.startswith(NO_ACTION_PREFIX)]
    # 1.1, 1.5 and 3.1 have actions (3.1's only after the period); 2.2 and 4.1 have none.
    assert any("3.1 " in n for n in raised) and not any(
        n.startswith(NO_ACTION_PREFIX + "1.1 ") for n in raised
    )
    assert any("2.2 " in n and HIDDEN in n for n in raised) and any(
        "4.1 " in n and HIDDEN in n for n in raised
    )
    total_31 = {r.key: r.cells for r in report.table("views-by-commitment").rows}["commitment-3.1"][-1]
    if total_31 != HIDDEN:
        assert raised[0].startswith(NO_ACTION_PREFIX + "3.1 ") and raised[0].endswith(": 5 views.")


def _pdf_text(path, *options: str) -> str:
    text = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(text.split())


def check_pdf_matches_json(report, path) -> int:
    """Every row of every table of the JSON is printed in the PDF: its label, then its cells, in order.

    Read in the order the PDF draws (pdftotext -raw): a row's label, then each cell left to right,
    so a "fewer than 5" wrapped in a narrow column still reads as one.
    """
    text = _pdf_text(path, "-raw")
    data = json.loads(json.dumps(report.as_json()))
    found = 0
    for table in data["tables"]:
        for row in table["rows"]:
            cells = " ".join(f"{c:,}" if isinstance(c, int) else c for c in row["cells"])
            words = label(row["label"], LABEL) if table["id"] in CUT_LABELS else row["label"]
            printed = " ".join(words.split())
            assert f"{printed} {cells}".strip() in text, (
                f"{table['id']} {row['key']}: '{printed} {cells}' is not in the PDF"
            )
            found += 1
    return found


def test_pdf_prints_the_published_cells_of_the_json(db, year, tmp_path):
    report = build_annual_report(db, START, END)
    out = write_annual(report, tmp_path / "annual.pdf", lambda *_: None)
    assert check_pdf_matches_json(report, out) == sum(len(t.rows) for t in report.tables)
    text = _pdf_text(out)
    assert "Commitment 1." not in text  # words, never "Commitment 1.5"
    for words in (
        "What has been done, as at 30 June 2026",
        "PAST DUE",
        "Train teachers",
        "Youth forum spring",
        "Parent carer forum",
        "5 May 2026",
        "Raised most, with no action yet",
    ):
        assert words in text, words
    assert "Worry" not in text and "New clinic" not in text  # flagged; made after the period


def test_no_count_printed_by_the_pdf_is_below_5_unless_hidden(db, year, tmp_path):
    """The numbers beside people's words: every published cell of 1 to 4 has 5 people or more behind it."""
    report = build_annual_report(db, START, END)
    data = report.as_json()
    assert all(
        c == HIDDEN or isinstance(c, int) for t in data["tables"] for r in t["rows"] for c in r["cells"]
    )
    assert json.dumps(data)  # plain JSON
    small = [
        (t["id"], r["key"], c)
        for t in data["tables"]
        for r in t["rows"]
        for c in r["cells"]
        if isinstance(c, int) and 0 < c < 5
    ]
    assert small == []  # views, votes and attendances of 1-4 always have fewer than 5 people behind them
    assert re.search(r"\b[1-4] views\b", " ".join(report.notes)) is None


def test_a_figure_printed_in_several_tables_is_hidden_in_all_or_none(db, year):
    """The young people's views are the total of four tables and a row of a fifth: hidden in one table (to
    protect a small count there) and printed in another, they would give that count away by subtraction."""
    from coprod_app.storage.annual_report import LINKED

    report = build_annual_report(db, START, END)
    cells = {(t.id, r.key): r.cells for t in report.tables for r in t.rows}
    for figure in LINKED:
        printed = {cells[(table_id, key)][col] for table_id, key, col in figure}
        assert len(printed) == 1, f"{figure[0]} is printed as {printed}"
    # And where the figure is printed, it is the count itself.
    totals = dict(zip(COLUMNS, cells[("views-by-commitment", "total")]))
    for col in COLUMNS:
        assert shown(totals[col], _total(db, col)[0])
    # Sessions are listed without figures: a forum's sessions add up to the forum's figures.
    assert all(r.cells == () for r in report.table("sessions").rows)


def test_what_each_group_raised_and_voted_for_most_is_said_from_the_printed_cells(db, year):
    report = build_annual_report(db, START, END)
    cells = {r.key: r.cells for r in report.table("views-by-commitment").rows}
    notes = {n.split(",")[0]: n for n in report.notes if n.startswith(("Raised most by", "Voted for most"))}
    young = notes["Raised most by young people"]
    assert ("1.1 We will train" in young) == isinstance(cells["commitment-1.1"][0], int)
    assert "4.1 " not in young and "2.2 " not in young  # hidden: never placed among the printed
    votes = {r.key: r.cells for r in report.table("votes-by-commitment").rows}
    picked = next(n for n in report.notes if n.startswith("Voted for most, by times picked"))
    if isinstance(votes["commitment-1.1"][0], int):
        assert "1.1 We will train" in picked and f"({votes['commitment-1.1'][0]})" in picked
    assert any(n.startswith("Voted for most, by don't likes") for n in report.notes)
    assert not any("like" in n and "times picked" in n and "don't" in n for n in report.notes)


def test_a_period_that_ends_before_it_starts_is_one_sentence(db, year):
    from coprod_app.domain.errors import InvalidInput

    with pytest.raises(InvalidInput, match="after it ends"):
        build_annual_report(db, END, START)


def test_text_is_12_pt_or_more_charts_and_footer_10(db, year, tmp_path):
    from pypdf import PdfReader

    report = build_annual_report(db, START, END)
    out = write_annual(report, tmp_path / "annual.pdf", lambda *_: None)
    chart_titles = ("Pick rounds:", "Rank rounds:", "Rating rounds:", "Views by commitment: young people")
    checked = 0
    for page in PdfReader(str(out)).pages:
        seen: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size, seen=seen):
            if text.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                seen.append((round(size * scale, 1), text.strip()))

        page.extract_text(visitor_text=visit)
        has_chart = any(t.startswith(chart_titles) for _s, t in seen)
        for size, text in seen:
            assert size >= 10, text
            if size < 12 and not has_chart:
                assert text.startswith(("You said, we did: summary", "Page ")), f"{text!r} at {size} pt"
            checked += 1
    assert checked > 300


def test_one_session_counts_people_several_count_attendances(db, year):
    one = build_annual_report(db, "2026-05-01", "2026-05-31")  # the parent carer coffee morning only
    assert one.table("people-by-group").columns == ("People",)
    assert any(n.startswith("People: each participant code is one person") for n in one.notes)
    assert shown({r.key: r.cells for r in one.table("people-by-group").rows}["parent-carer"][0], 5)
    both = build_annual_report(db, START, END)
    assert both.table("people-by-group").columns == ("Attendances",)
    assert both.table("views-by-town").columns[0] == "Attendances"


def test_times_ranked_and_rank_points_are_hidden_together(db, year):
    """With one card to rank, rank points equal times ranked: one printed would give the other away."""
    report = build_annual_report(db, START, END)
    for row in report.table("votes-by-commitment").rows:
        assert (row.cells[1] == HIDDEN) == (row.cells[2] == HIDDEN), row.key
    cells = {r.key: r.cells for r in report.table("votes-by-commitment").rows}
    assert cells["commitment-2.1"][1:3] == (HIDDEN, HIDDEN)  # three people ranked it


def test_a_theme_made_only_of_views_to_follow_up_offline_shows_no_action(db, year):
    flagged = [r[0] for r in db.execute("SELECT id FROM views WHERE follow_up = 1")]
    theme = theme_store.add_theme(db, "Feeling unsafe", "Worries at home", flagged)
    action = theme_store.add_action(db, theme.id, "Referred to the safeguarding lead", "planned")
    _dated(db, action.id, "2026-03-12")
    report = build_annual_report(db, START, END)
    assert action.id not in {a.id for a in report.actions}
    assert "Feeling unsafe" not in json.dumps(report.as_json())
