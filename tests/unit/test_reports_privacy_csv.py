"""Safeguarding follow-up flags never appear per view in a CSV export: counts only, in the PDFs."""

import csv

from coprod_app.domain.view import ViewDraft
from coprod_app.reports.csv_export import VIEW_COLUMNS
from coprod_app.storage.views import record_view


def test_csv_has_no_per_view_follow_up_flag(db, session, tmp_path):
    from coprod_app.cli import main

    record_view(db, session.id, ViewDraft(text="needs a follow up", follow_up=True))
    db_file = db.execute("PRAGMA database_list").fetchone()[2]
    (tmp_path / "out").mkdir()
    assert (
        main(["--db", db_file, "export", "csv", "--session", str(session.id), "--out", str(tmp_path / "out")])
        == 0
    )
    assert "follow_up" not in VIEW_COLUMNS
    with open(tmp_path / "out" / "views.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert not any("follow" in cell.lower() for cell in rows[0])
    # A flagged view has no row at all, not even its words (see test_safeguarding_exports.py).
    assert len(rows) == 1 and "needs a follow up" not in str(rows)
