"""The CSV export for the council's own analysis.

Before: keys only (`commitment-1.3`, no words), no forum, town, group, age band or theme on a view,
the numeric `count` column held the text "fewer than 5", view ids were the database's (a gap showed
where a flagged view was left out), nothing said the rows were pseudonymous, and every row was
gathered in memory before the first was written (570 MB at 8 times a borough's size).
"""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_app.cli import main
from coprod_app.domain.view import ViewDraft
from coprod_app.reports import atomic
from coprod_app.reports.csv_export import write_csv
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.packs import current_pack
from coprod_app.storage.report_data import gather_csv
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import record_view

README = "README.txt"


def _db_file(db) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def _read(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _export(db, folder, *args):
    assert main(["--db", _db_file(db), "export", "csv", *args, "--out", str(folder)]) == 0
    return {name: _read(folder / name) for name in ("views.csv", "votes.csv", "actions.csv")}


def test_views_carry_words_beside_keys_and_who_where_and_which_theme(db, session, tmp_path):
    pack = current_pack(db)
    commitment = pack.commitments[2]
    person = add_participant(
        db, session.id, group="parent-carer", age_band="adult", town="Yarm", quote_consent=True
    )
    view = record_view(
        db,
        session.id,
        ViewDraft(
            text="More respite at weekends",
            participant=person.code,
            principles=("principle-1", "principle-2"),
            commitments=(commitment.key,),
        ),
    )
    record_view(
        db, session.id, ViewDraft(text="A note of my own")
    )  # the facilitator's: no person, the session's town
    theme = theme_store.add_theme(db, "Respite", "You said weekends are hard", [view.id])
    theme_store.add_action(
        db, theme.id, "We asked for Saturday respite", "planned", commitments=[commitment.key]
    )
    rows = _export(db, tmp_path / "out")
    first, note = rows["views.csv"]
    assert first["commitments"] == commitment.key and first["commitment_titles"] == commitment.text
    assert first["priority"] == commitment.priority_key
    assert first["priority_title"] == pack.priority(commitment.priority_key).title
    assert first["principle_titles"] == " | ".join(
        pack.principle(k).title for k in ("principle-1", "principle-2")
    )
    assert (first["forum"], first["forum_label"]) == ("youth-forum", "Youth forum")
    assert (first["group"], first["group_label"], first["age_band"]) == (
        "parent-carer",
        "Parent or carer",
        "adult",
    )
    assert first["town"] == "Yarm" and note["town"] == "Stockton" and note["group"] == ""
    assert (first["themes"], first["theme_titles"]) == (str(theme.id), "Respite") and note["themes"] == ""
    action = rows["actions.csv"][0]
    assert action["commitment_titles"] == commitment.text and action["status_label"] == "Planned"


def test_a_number_column_holds_numbers_only_and_suppressed_says_which_are_hidden(db, session, tmp_path):
    people = [add_participant(db, session.id, group="young-person") for _ in range(7)]
    rnd = votes.create_round(db, session.id, "rating", 3)
    keys = [c.key for c in current_pack(db).commitments]
    for i, p in enumerate(people):  # card 0: 2 like, 5 don't like; card 1: 7 like
        votes.cast_vote(
            db, rnd.id, {keys[0]: "like" if i < 2 else "dislike", keys[1]: "like"}, participant_code=p.code
        )
    rows = {r["key"]: r for r in _export(db, tmp_path / "out")["votes.csv"]}
    for row in rows.values():
        for column in ("ballots", "rank", "score", "count", "like", "unsure", "dislike"):
            assert row[column] == "" or row[column].lstrip("-").isdigit(), (column, row[column])
        assert "fewer than 5" not in row.values()
    hidden = rows[keys[0]]
    assert hidden["like"] == "" and "like" in hidden["suppressed"].split() and hidden["score"] == ""
    assert rows[keys[1]]["like"] == "7" and rows[keys[1]]["suppressed"] == ""
    assert rows[keys[1]]["text"] and rows[keys[1]]["priority_title"]


def test_the_files_say_they_are_for_the_councils_own_analysis(db, session, tmp_path):
    record_view(db, session.id, ViewDraft(text="Hello"))
    written = run_export(db, ExportRequest("csv", tmp_path / "out", session_id=session.id))
    assert [p.name for p in written] == ["views.csv", "votes.csv", "actions.csv", README]
    words = (tmp_path / "out" / README).read_text(encoding="utf-8-sig")
    assert "council's own analysis" in words and "pseudonymous" in words and "Do not publish" in words


def test_view_numbers_are_the_exports_own_so_no_gap_shows_a_flagged_view(db, session, tmp_path):
    other = add_participant(db, session.id, quote_consent=True)
    for i in range(5):
        record_view(
            db, session.id, ViewDraft(text=f"said {i}", participant=other.code, follow_up=i in (1, 3))
        )
    rows = _export(db, tmp_path / "out")["views.csv"]
    assert [r["view_id"] for r in rows] == ["1", "2", "3"]
    assert [r["text"] for r in rows] == ["said 0", "said 2", "said 4"]


def test_the_folder_is_checked_before_a_single_row_is_read(tmp_path):
    from coprod_app.domain.reporting import CsvData

    def never():
        raise AssertionError("a row was read before the folder was checked")
        yield  # a generator, as gather_csv's rows are

    with pytest.raises(atomic.ExportError) as err:
        write_csv(CsvData(never(), never(), never()), tmp_path / "no-such" / "folder", lambda *_: None)
    assert "does not exist" in str(err.value)


def test_a_missing_folder_is_made_then_filled(db, session, tmp_path):
    record_view(db, session.id, ViewDraft(text="Hello"))
    out = tmp_path / "made-now"
    assert main(["--db", _db_file(db), "export", "csv", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(["views.csv", "votes.csv", "actions.csv", README])


def test_rows_are_streamed_not_gathered(db, session):
    """gather_csv reads nothing up front: each row comes from the database as it is asked for."""
    for i in range(3):
        record_view(db, session.id, ViewDraft(text=f"view {i}"))
    data = gather_csv(db, session.id)
    assert not isinstance(data.views, (list, tuple))
    first = next(iter(data.views))
    record_view(db, session.id, ViewDraft(text="view 3"))  # written after the first row was read
    assert first["text"] == "view 0"


ROOT = Path(__file__).resolve().parents[2]
PEAK = """
import sys, tracemalloc
from pathlib import Path
from benchmarks.generate import generate
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage.database import open_database
folder, views = Path(sys.argv[1]), int(sys.argv[2])
generate(folder / f"g{views}.sqlite3", sessions=4, views=views, votes=200, seed=1)
db = open_database(folder / f"g{views}.sqlite3", create=False)
tracemalloc.start()
run_export(db, ExportRequest("csv", folder / f"out{views}"))
print(tracemalloc.get_traced_memory()[1])
"""


def _peak_of_export(tmp_path, views: int) -> int:
    """Peak Python memory (tracemalloc) of one CSV export of a generated database, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(tmp_path), str(views)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_memory_does_not_grow_with_the_number_of_views(tmp_path):
    small, big = _peak_of_export(tmp_path, 1_000), _peak_of_export(tmp_path, 8_000)
    # Before, every row was held: 8 times the views took about 8 times the memory.
    assert big < 1.5 * small + 512 * 1024, (small, big)


def test_the_themes_read_a_few_at_a_time_are_the_exported_themes(db, session):
    """All sessions' actions.csv reads the themes in chunks: the same themes, flagged views left out alike."""
    from coprod_app.storage.sessions import create_session

    other = create_session(db, title="Second", date="2026-12-01", forum="youth-forum")
    said = record_view(db, session.id, ViewDraft(text="The park is dark"))
    flagged = record_view(db, other.id, ViewDraft(text="At home", follow_up=True))
    for i in range(7):
        theme_store.add_theme(db, f"Theme {i}", "You said", [said.id, flagged.id] if i % 2 else [said.id])
    theme_store.add_theme(db, "No views yet", "You said")
    assert list(theme_store.iter_exported_themes(db, chunk=3)) == theme_store.exported_themes(db)
    assert all(
        other.id not in t.session_ids and flagged.id not in t.view_ids
        for t in theme_store.iter_exported_themes(db, chunk=3)
    )


def _night(path, flagged: bool) -> str:
    """Six young people's views, votes and a theme; with `flagged`, a parent's view flagged to follow up
    offline in the middle of them (so the later views' database ids move up by one)."""
    from coprod_app.storage.database import open_database
    from coprod_app.storage.sessions import create_session, session_pack

    db = open_database(path)
    s = create_session(db, title="Night", date="2026-11-20", forum="youth-forum", town="Yarm")
    pack = session_pack(db, s.id)
    people = [
        add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
        for _ in range(6)
    ]
    parent = add_participant(db, s.id, group="parent-carer", age_band="adult", quote_consent=True)
    ids = []
    for i, p in enumerate(people):
        if flagged and i == 3:
            ids.append(
                record_view(
                    db,
                    s.id,
                    ViewDraft(
                        text="Something at home",
                        participant=parent.code,
                        follow_up=True,
                        commitments=(pack.commitments[5].key,),
                    ),
                ).id
            )
        ids.append(
            record_view(
                db,
                s.id,
                ViewDraft(text=f"Clubs are good {i}", participant=p.code, principles=("principle-1",)),
            ).id
        )
    rnd = votes.create_round(db, s.id, "pick", 2, [c.key for c in pack.commitments[:2]])
    for p in people:
        votes.cast_vote(db, rnd.id, [pack.commitments[0].key], participant_code=p.code)
    theme = theme_store.add_theme(db, "Home", "Some of you told us about home", ids)
    theme_store.add_action(db, theme.id, "We asked the clubs", "planned")
    db.close()
    return parent.code


@pytest.mark.parametrize("one_session", [False, True])
def test_a_flagged_view_changes_no_csv_file(tmp_path, one_session):
    """The CSV files of a session with a flagged view equal those of the same session without it.

    Every column counts: the view numbers, the themes on views, the vote and action rows. Before, the
    view numbers were the database's: 1, 2, 3, 5, 6, 7 said where the flagged view had been.
    """
    from tests.unit.test_attacks_safeguarding import _comparable, cli

    texts = {}
    for flagged in (True, False):
        code = _night(tmp_path / f"{flagged}.sqlite3", flagged)
        folder = tmp_path / f"out-{flagged}"
        cli(
            tmp_path / f"{flagged}.sqlite3",
            "export",
            "csv",
            *(["--session", "1"] if one_session else []),
            "--out",
            str(folder),
        )
        texts[flagged] = {
            n: (folder / n).read_text("utf-8-sig") for n in ("views.csv", "votes.csv", "actions.csv")
        }
        if flagged:
            assert code not in texts[flagged]["views.csv"] and "at home" not in texts[flagged]["views.csv"]
    for name in texts[True]:
        assert _comparable(name, texts[True][name]) == _comparable(name, texts[False][name]), name
