"""The annual summary's counts, made in one pass over the views, against a plain count of each cell.

The summary counts every table of views (by principle, priority, commitment, how given, town,
forum, group) in one pass, and the people behind each cell without a set per cell. Here each cell
is counted again the slow, obvious way: for every row and group, the set of views and the set of
attendances (session, participant code) behind it, straight from the tables. The counts are
compared before the small-number rule hides any (what the summary gives `publish`), so every
number is checked, the small ones too.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from benchmarks.generate import generate
from coprod_app.storage import annual_report, votes
from coprod_app.storage.database import open_database

YOUNG, PARENT = "young-person", "parent-carer"
GROUPS = (YOUNG, PARENT, "other")
MULTI = {"views-by-principle": "principles", "views-by-commitment": "commitments"}
SINGLE = {"views-by-priority": "priority", "views-by-how-given": "how"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("one-pass") / "borough.sqlite3"
    generate(path, sessions=6, views=600, votes=900, seed=11)
    db = open_database(path)
    with db.atomic():
        ids = [r[0] for r in db.execute("SELECT id FROM views ORDER BY id")]
        # A view naming the same principle twice counts once in its row; one with a tag the pack no
        # longer has gets a row of its own; untagged views go to "not tagged".
        db.execute(
            "UPDATE views SET principles = ?, commitments = ? WHERE id = ?",
            [json.dumps(["principle-1", "principle-1"]), json.dumps(["commitment-1.1"] * 2), ids[0]],
        )
        db.execute("UPDATE views SET priority = 'priority-gone' WHERE id = ?", [ids[1]])
        db.execute(
            "UPDATE views SET principles = '[]', commitments = '[]', priority = NULL, how = NULL"
            " WHERE id IN (?, ?)",
            ids[2:4],
        )
        # A participant with no town takes the session's; a session with no town: not recorded.
        db.execute("UPDATE participants SET town = NULL WHERE id IN (SELECT min(id) FROM participants)")
        db.execute("UPDATE sessions SET town = '' WHERE id = (SELECT min(id) FROM sessions)")
        db.execute("UPDATE participants SET grp = NULL WHERE id = (SELECT max(id) FROM participants)")
    yield db
    db.close()


def _plain_counts(db):
    """{(table id, row key, group): (views, attendances)} counted with a set for every cell."""
    views = defaultdict(set)
    people = defaultdict(set)
    rows = db.execute(
        "SELECT v.id, v.session_id, p.code, p.grp, p.town, s.town, s.forum, v.principles, v.priority,"
        " v.commitments, v.how FROM views v JOIN sessions s ON s.id = v.session_id"
        " LEFT JOIN participants p ON p.id = v.participant_id WHERE v.follow_up = 0"
    ).fetchall()
    for vid, session, code, grp, town, session_town, forum, principles, priority, commitments, how in rows:
        person = (session, code or "")
        group = grp if grp in (YOUNG, PARENT) else "other"
        place = (town or session_town) if code else session_town
        tags = {"principles": principles, "commitments": commitments, "priority": priority, "how": how}
        cells = [("views-by-town", place or "not-tagged"), ("views-by-forum", forum), ("all", "total")]
        for table, column in MULTI.items():
            cells += [(table, tag) for tag in json.loads(tags[column]) or ["not-tagged"]]
        for table, column in SINGLE.items():
            cells.append((table, tags[column] or "not-tagged"))
        for table, key in cells:
            for g in (group, None):
                views[(table, key, g)].add(vid)
                people[(table, key, g)].add(person)
    return {k: (len(views[k]), len(people[k])) for k in views}


def _counted_tables(db, monkeypatch):
    """The tables as counted, before the small-number rule (what the summary hands to `publish`)."""
    seen = {}
    real = annual_report.publish

    def spy(table):
        seen.setdefault(table.id, table)
        return real(table)

    monkeypatch.setattr(annual_report, "publish", spy)
    annual_report.build_annual_report(db, None, None)
    return seen


def test_every_view_count_matches_a_plain_count_of_each_cell(db, monkeypatch):
    plain = _plain_counts(db)
    tables = _counted_tables(db, monkeypatch)

    def expect(table, key, group):
        return plain.get(("all" if key == "total" else table, key, group), (0, 0))

    checked = 0
    for table_id in (*MULTI, *SINGLE):
        for row in tables[table_id].rows:
            for group, cell in zip((*GROUPS, None), row.cells):
                assert (cell.value, cell.people) == expect(table_id, row.key, group), (
                    table_id,
                    row.key,
                    group,
                )
                checked += 1
    for table_id in ("views-by-town", "views-by-forum"):
        for row in tables[table_id].rows:
            cell = row.cells[1]
            assert (cell.value, cell.people) == expect(table_id, row.key, None), (table_id, row.key)
            checked += 1
    for row in tables["views-by-group"].rows:
        group = None if row.key == "total" else row.key
        assert (row.cells[0].value, row.cells[0].people) == expect("all", "total", group), row.key
        checked += 1
    assert checked > 150
    # The edge cases above are among the rows counted.
    assert [r.key for r in tables["views-by-priority"].rows][-3] == "priority-gone"
    assert plain[("views-by-principle", "principle-1", None)][0] >= 1
    assert plain[("views-by-town", "not-tagged", None)][0] >= 1


def test_vote_totals_of_every_round_match_scoring_each_ballot(db):
    """The summary's vote totals (each round's ballots parsed at once) against the window's results,
    which score the ballots one at a time with the domain's rules."""
    rounds = votes.rounds_of_sessions(db, [r[0] for r in db.execute("SELECT id FROM sessions")])
    assert {r.method for r in rounds} == {"pick", "rank", "rating"}
    summed = votes.results_of_rounds(db, rounds)
    assert set(votes.round_totals(db, rounds)) == {r.id for r in rounds}  # none left to the slow path
    for rnd in rounds:
        assert summed[rnd.id] == votes.round_results(db, rnd.id), rnd.id
