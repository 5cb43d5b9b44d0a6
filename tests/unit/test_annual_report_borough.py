"""The annual summary of a realistic borough database (benchmarks/generate.py), checked against raw SQL.

Sessions in seven towns and four kinds of forum, every group, flagged views, three vote methods
per session, themes and actions: each published cell of the summary for a period (the first half
of 2025) is compared with a second computation in SQL, and the PDF prints the JSON's cells.
"""

from __future__ import annotations

import pytest

from benchmarks.generate import generate
from coprod_app.reports.annual import write_annual
from coprod_app.storage.annual_report import build_annual_report
from coprod_app.storage.database import open_database
from tests.unit.test_annual_report import check_pdf_matches_json, check_tag_tables, check_votes

START, END = "2025-02-01", "2025-07-31"


@pytest.fixture(scope="module")
def borough(tmp_path_factory):
    path = tmp_path_factory.mktemp("borough") / "borough.sqlite3"
    generate(path, sessions=40, views=4000, votes=6000, seed=7)
    db = open_database(path)
    # Some actions change status during and after the period, as a year's work does.
    with db.atomic():
        ids = [r[0] for r in db.execute("SELECT id FROM actions ORDER BY id")]
        for n, action_id in enumerate(ids[::3]):
            for k, (status, day) in enumerate(
                (("in-progress", "2025-05-01"), ("done", "2025-09-15"))[: 1 + n % 2]
            ):
                db.execute(
                    "INSERT INTO action_history (action_id, status, reason, changed_at, uuid, device_id)"
                    " VALUES (?, ?, '', ?, ?, 'test')",
                    [action_id, status, f"{day}T09:00:00Z", f"extra-{action_id}-{k}"],
                )
                db.execute("UPDATE actions SET status = ? WHERE id = ?", [status, action_id])
    yield db
    db.close()


def test_every_count_matches_raw_sql(borough):
    report = build_annual_report(borough, START, END)
    assert check_tag_tables(borough, report, START, END) == 4 * (19 + 5 + 6 + 7)
    assert check_votes(borough, report, START, END) == 18 * 6
    people = report.table("people-by-group")
    raw = borough.execute(
        "SELECT count(*) FROM participants p JOIN sessions s ON s.id = p.session_id"
        " WHERE s.date BETWEEN ? AND ?",
        [START, END],
    ).fetchone()[0]
    assert people.rows[-1].cells[0] in (raw, "fewer than 5") and raw > 100
    sessions = borough.execute(
        "SELECT count(*) FROM sessions WHERE date BETWEEN ? AND ?", [START, END]
    ).fetchone()[0]
    assert len(report.table("sessions").rows) == sessions
    themes = borough.execute(
        "SELECT count(DISTINCT tv.theme_id) FROM theme_views tv JOIN views v ON v.id = tv.view_id"
        " JOIN sessions s ON s.id = v.session_id WHERE v.follow_up = 0 AND s.date BETWEEN ? AND ?",
        [START, END],
    ).fetchone()[0]
    assert len(report.themes) == themes > 10


def test_status_at_end_and_past_due_match_the_history(borough):
    report = build_annual_report(borough, START, END)
    raw = {}
    for action_id, due in borough.execute("SELECT id, due FROM actions"):
        row = borough.execute(
            "SELECT status FROM action_history WHERE action_id = ? AND substr(changed_at, 1, 10)"
            " <= ? ORDER BY changed_at DESC, id DESC LIMIT 1",
            [action_id, END],
        ).fetchone()
        if row:
            raw[action_id] = (row[0], bool(due) and due < END and row[0] not in ("done", "not-possible"))
    got = {a.id: (a.status_at_end, a.past_due) for a in report.actions}
    assert got == raw
    assert any(s == "in-progress" for s, _ in got.values()) and any(p for _, p in got.values())
    # Done on 15 September, after the period: as at its end, still in progress.
    later = borough.execute(
        "SELECT action_id FROM action_history WHERE changed_at LIKE '2025-09-15%'"
    ).fetchone()[0]
    assert got[later][0] == "in-progress"
    assert borough.execute("SELECT status FROM actions WHERE id = ?", [later]).fetchone()[0] == "done"


def test_pdf_prints_the_json_cells_and_groups_the_themes(borough, tmp_path):
    report = build_annual_report(borough, START, END)
    out = write_annual(report, tmp_path / "annual.pdf", lambda *_: None)
    assert check_pdf_matches_json(report, out) == sum(len(t.rows) for t in report.tables)
