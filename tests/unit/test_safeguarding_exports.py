"""A view flagged "follow up offline" never leaves the app as words: every export shows only how many.

Before, a flagged view whose participant agreed to be quoted was printed word for word in
the officer PDF, and every flagged view was a row of views.csv with its words and code.
"""

import csv
import json
import re

import pytest

from coprod_app.cli import main
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import themes as theme_store
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view
from tests.unit.test_reports import pdf_text

FLAGGED_WORDS = "Zebracrossing-7Q something happened at home"
FLAGGED_NOTE = "Quokkafeather-3X facilitator worried"
SHARED_WORDS = "Marmalade-5K clubs after school are great"
THEME_WORDS = "Some of you told us about feeling unsafe on the way home"


def _db_file(db) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def _session(db, flagged: int):
    """A session with 7 views that may be quoted and `flagged` views to follow up offline."""
    s = create_session(db, title="Safeguarding night", date="2026-11-20", forum="youth-forum", town="Yarm")
    agrees = add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
    flagged_person = add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
    ids = [
        record_view(
            db,
            s.id,
            ViewDraft(
                text=f"{SHARED_WORDS} {i}",
                participant=agrees.code,
                principles=("principle-1",),
                sentiment="positive",
            ),
        ).id
        for i in range(7)
    ]
    for i in range(flagged):
        # The facilitator's own note (no participant) is quotable too: flagged, it must not be printed either.
        draft = (
            ViewDraft(text=FLAGGED_NOTE, follow_up=True, principles=("principle-2",))
            if i == 0
            else ViewDraft(
                text=f"{FLAGGED_WORDS} {i}",
                participant=flagged_person.code,
                follow_up=True,
                principles=("principle-2",),
                sentiment="negative",
            )
        )
        ids.append(record_view(db, s.id, draft).id)
    theme = theme_store.add_theme(db, "Getting home safely", THEME_WORDS, ids)
    theme_store.add_action(db, theme.id, "We talked to the bus company", "planned")
    return s, flagged_person.code


def _export_all(db, s, tmp_path) -> dict[str, str]:
    """Every export, as a user makes them on the command line: the text of each file."""
    out = {}
    for kind in ("officer", "easy-read"):
        path = tmp_path / f"{kind}.pdf"
        assert main(["--db", _db_file(db), "export", kind, "--session", str(s.id), "--out", str(path)]) == 0
        out[kind] = pdf_text(path)
    assert main(["--db", _db_file(db), "export", "annual", "--out", str(tmp_path / "annual.pdf")]) == 0
    out["annual"] = pdf_text(tmp_path / "annual.pdf")
    for session in ([], ["--session", str(s.id)]):
        folder = tmp_path / f"csv{len(session)}"
        folder.mkdir()
        assert main(["--db", _db_file(db), "export", "csv", *session, "--out", str(folder)]) == 0
        for name in ("views.csv", "votes.csv", "actions.csv"):
            if (folder / name).exists():
                out[f"{folder.name}/{name}"] = (folder / name).read_text(encoding="utf-8-sig")
    return out


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("flagged, shown", [(4, "fewer than 5"), (6, "6")])
def test_flagged_views_leave_only_as_a_count(db, tmp_path, flagged, shown):
    s, flagged_code = _session(db, flagged)
    files = _export_all(db, s, tmp_path)
    for name, text in files.items():
        for secret in ("Zebracrossing", "Quokkafeather", flagged_code):
            assert secret not in text, f"{secret} is in {name}"
    # The other way round: the views that may be quoted are still there, and the officer's theme.
    officer = _one_line(files["officer"])
    assert officer.count("Marmalade-5K") == 7
    assert THEME_WORDS in officer
    assert "Marmalade-5K" in files["csv2/views.csv"] and "Marmalade-5K" in files["csv0/views.csv"]
    # Only the count travels, by the small-number rule. In the officer report the rule counts people:
    # the flagged views come from 2 (one participant, and the facilitator's notes as one), so never exact.
    assert "Views flagged to follow up offline (safeguarding): fewer than 5." in officer
    assert re.search(
        rf"Views to follow up offline \(safeguarding; counted only here\) {shown}\b",
        _one_line(files["annual"]),
    )
    if shown == "fewer than 5":
        assert not re.search(r"follow up offline \(safeguarding\): [1-4]\b", officer)


def test_no_total_gives_the_small_count_away(db, tmp_path):
    """Views recorded (7) counts no flagged view: 7 + 'fewer than 5' cannot be undone by subtraction."""
    s, _ = _session(db, 2)
    files = _export_all(db, s, tmp_path)
    # The officer report counts people: these 7 views are one person's, so the count itself is hidden.
    assert re.search(r"Views recorded fewer than 5\b", _one_line(files["officer"]))
    # The theme was made from all 9 views: it counts the 7 as well.
    assert "You said (from 7 views)" in _one_line(files["officer"])
    assert "You said (from 7 views)" in _one_line(files["annual"])
    assert re.search(r"Views recorded fewer than 5\b", _one_line(files["annual"]))  # the annual summary too
    rows = list(csv.DictReader(files["csv2/views.csv"].splitlines()))
    assert len(rows) == 7 and all(r["quoted"] == "yes" for r in rows)


def test_the_report_data_never_holds_flagged_words(db):
    """The one place every export reads from: no flagged view in it at all, only the count."""
    from coprod_app.storage.annual_report import build_annual_report
    from coprod_app.storage.report_data import gather_csv, gather_session

    s, code = _session(db, 3)
    data = gather_session(db, s.id)
    assert len(data.views) == 7 and data.follow_ups == "fewer than 5"
    assert not any("Zebracrossing" in (v.text or "") or "Quokkafeather" in (v.text or "") for v in data.views)
    rows = list(gather_csv(db, s.id).views)  # streamed: read as the export writes them
    assert len(rows) == 7 and code not in {r["participant"] for r in rows}
    annual = json.dumps(build_annual_report(db).as_json())
    assert "Zebracrossing" not in annual and "Quokkafeather" not in annual
    assert "Views to follow up offline (safeguarding; counted only here) fewer than 5." in annual
