"""The officer report built once (storage/officer_report.py): its JSON, its PDF and its text say the same.

A hand-made session with groups of 1, 4, 5 and 6 people. Each count is worked out a second time
here from raw SQL, the PDF is read back with pdftotext and every published cell of every table is
found on its row, and nothing of a view flagged to follow up offline appears anywhere.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from coprod_app.cli import main
from coprod_app.domain.report_tables import HIDDEN
from coprod_app.domain.view import ViewDraft
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.database import open_database
from coprod_app.storage.officer_report import build_officer_report
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session, session_pack
from coprod_app.storage.views import record_view

FLAGGED = "FLAGGED-WORDS-never-printed"
REFUSED = "REFUSED-WORDS-no-consent"
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("officer")
    path = folder / "db.sqlite3"
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(
        db, title="Groups of 1, 4, 5 and 6", date="2026-11-20", forum="youth-forum", town="Yarm"
    )
    young = [
        add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
        for _ in range(6)
    ]
    parents = [
        add_participant(db, s.id, group="parent-carer", age_band="adult", quote_consent=i < 2)
        for i in range(4)
    ]
    (worker,) = [add_participant(db, s.id, group="professional", age_band="adult")]
    unknown = [add_participant(db, s.id, quote_consent=True) for _ in range(5)]
    views = []
    for i, p in enumerate(young):  # six young people, one view each on 1.1, and two on 1.2 from one person
        views.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=f"Young person {i} wants clubs",
                    participant=p.code,
                    principles=("principle-1",),
                    commitments=("commitment-1.1",),
                    how="spoken",
                    sentiment="positive",
                ),
            ).id
        )
    for _ in range(2):
        record_view(
            db,
            s.id,
            ViewDraft(
                text="Same young person again",
                participant=young[0].code,
                commitments=("commitment-1.2",),
                how="symbols",
            ),
        )
    for i, p in enumerate(parents):
        text = f"Parent {i} on waiting lists" if i < 2 else REFUSED
        views.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=text,
                    participant=p.code,
                    priority="priority-2",
                    commitments=("commitment-2.1", "commitment-1.1"),
                    how="supported",
                ),
            ).id
        )
    record_view(db, s.id, ViewDraft(text=REFUSED, participant=worker.code, commitments=("commitment-3.1",)))
    for p in unknown:  # five people with no group, no tags at all: the not-tagged rows
        record_view(db, s.id, ViewDraft(text="Untagged words", participant=p.code))
    for _ in range(3):  # three facilitator notes: one person, however many notes
        record_view(db, s.id, ViewDraft(text="Facilitator note on 4.1", commitments=("commitment-4.1",)))
    flagged = record_view(
        db,
        s.id,
        ViewDraft(
            text=FLAGGED,
            participant=young[1].code,
            follow_up=True,
            commitments=("commitment-3.2",),
            how="signing",
        ),
    ).id
    rank = votes.create_round(db, s.id, "rank", max_choices=3)
    for i, p in enumerate(young + parents):
        votes.cast_vote(db, rank.id, list(rank.commitments[i % 3 : i % 3 + 3]), p.code)
    votes.add_tally(db, rank.id, rank.commitments[0], 3, group="parent-carer")
    rating = votes.create_round(db, s.id, "rating", commitments=["commitment-1.1", "commitment-2.1"])
    for i, p in enumerate(young + unknown):
        votes.cast_vote(
            db,
            rating.id,
            {"commitment-1.1": "like" if i < 8 else "dislike", "commitment-2.1": "unsure"},
            p.code,
        )
    pick = votes.create_round(db, s.id, "pick", max_choices=2)
    for p in young:
        votes.cast_vote(db, pick.id, ["commitment-4.1", "commitment-1.1"], p.code)
    theme = theme_store.add_theme(db, "Clubs after school", "You said clubs matter.", views + [flagged])
    theme_store.add_action(
        db,
        theme.id,
        "Open a Saturday club",
        "planned",
        owner="Youth lead",
        due="2026-01-10",
        commitments=("commitment-2.1",),
    )
    report = build_officer_report(db, s.id)
    pdf = folder / "officer.pdf"
    run_export(db, ExportRequest("officer", pdf, session_id=s.id))
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return {
        "db": db,
        "path": path,
        "session": s,
        "report": report,
        "pdf": pdf,
        "layout": layout,
        "flagged": flagged,
        "pack": session_pack(db, s.id),
    }


def _squash(text: str) -> str:
    return " ".join(text.split())


def _find_row(lines: list[str], start: int, label: str, cells) -> int:
    """The line at or after `start` that ends with `cells` (as printed), with `label`'s first words on it
    or on one of the three lines above (a row's words wrap, or sit above its numbers)."""
    tail = re.compile(r"(^|\s)" + r"\s+".join(re.escape(str(c)) for c in cells) + r"\.?\s*$")
    head = _squash(label)[:18]
    for j in range(start, len(lines)):
        if tail.search(lines[j]) and any(head in _squash(lines[k]) for k in range(max(0, j - 3), j + 1)):
            return j
    raise AssertionError(f"row {label!r} with cells {list(cells)} not found in the PDF after line {start}")


def test_every_published_cell_of_every_table_is_in_the_pdf_on_its_row(made):
    lines = made["layout"].splitlines()
    report = made["report"]
    assert len(report.tables) >= 10
    at = 0
    for table in report.tables:
        for row in table.rows:
            at = _find_row(lines, at, row.label, row.cells) + 1


def test_people_and_views_are_counted_again_from_raw_sql(made):
    db, sid, report = made["db"], made["session"].id, made["report"]
    by_group = dict(
        db.execute(
            "SELECT COALESCE(grp, 'not-recorded'), count(*) FROM participants"
            " WHERE session_id = ? GROUP BY 1",
            [sid],
        ).fetchall()
    )
    assert by_group == {"young-person": 6, "parent-carer": 4, "professional": 1, "not-recorded": 5}
    people = {r.key: r.cells[0] for r in report.table("people-by-group").rows}
    assert people == {
        "young-person": 6,
        "parent-carer": HIDDEN,
        "professional": HIDDEN,
        "not-recorded": 5,
        "total": 16,
    }  # 4 + 1 = 5 hidden: each could be 1 to 4, so neither can be worked out
    # Views by commitment, people by participant id, every view without a participant as one person (-1).
    rows = db.execute(
        "SELECT j.value, count(*), count(DISTINCT COALESCE(v.participant_id, -1)) FROM views v, json_each(v.commitments) j"
        " WHERE v.session_id = ? AND v.follow_up = 0 GROUP BY j.value",
        [sid],
    ).fetchall()
    raw = {key: (n, p) for key, n, p in rows}
    assert raw["commitment-4.1"] == (3, 1), "three facilitator notes are one person"
    assert raw["commitment-1.1"] == (10, 10) and raw["commitment-1.2"] == (2, 1)
    published = {r.key: r.cells for r in report.table("views-by-commitment").rows}
    for key, (n, p) in raw.items():
        if p >= 5:
            assert published[key] == (n, p) or HIDDEN in published[key], key
        else:
            assert published[key] == (HIDDEN, HIDDEN), f"{key}: {p} people must be hidden"
    assert published["commitment-1.1"] == (10, 10)
    total = db.execute("SELECT count(*) FROM views WHERE session_id = ? AND follow_up = 0", [sid]).fetchone()[
        0
    ]
    assert published["total"][0] == total == 21
    untagged = db.execute(
        "SELECT count(*) FROM views WHERE session_id = ? AND follow_up = 0 AND commitments = '[]'", [sid]
    ).fetchone()[0]
    assert published["not-tagged"] == (untagged, untagged) == (5, 5)
    how = {r.key: r.cells for r in report.table("views-by-how-given").rows}
    assert how["spoken"] == (6, 6) and how["symbols"] == (HIDDEN, HIDDEN) and how["signing"] == (0, 0)
    # Exactly the consented quotes (and the facilitator's notes), counted exactly.
    quotable = db.execute(
        "SELECT count(*) FROM views v LEFT JOIN participants p ON p.id = v.participant_id"
        " WHERE v.session_id = ? AND v.follow_up = 0 AND (v.participant_id IS NULL"
        " OR p.quote_consent = 1)",
        [sid],
    ).fetchone()[0]
    assert len(report.quotes) == quotable == 6 + 2 + 2 + 5 + 3
    assert f"Views quoted: {quotable}" in _squash(made["layout"])


def test_every_commitment_and_a_not_tagged_row_with_the_total_last(made):
    report, pack = made["report"], made["pack"]
    for table_id, keys in (
        ("views-by-commitment", [c.key for c in pack.commitments]),
        ("views-by-priority", [p.key for p in pack.priorities]),
        ("views-by-principle", [p.key for p in pack.principles]),
    ):
        table = report.table(table_id)
        assert [r.key for r in table.rows] == keys + ["not-tagged", "total"], table_id
    # Each view has one priority, so priorities add up to the total (and the rule protects along it).
    assert report.table("views-by-priority").total_row
    assert len(pack.commitments) == 17
    words = {r.key: r.label for r in report.table("views-by-commitment").rows}
    assert words["commitment-1.5"].startswith("1.5 We will improve the waiting times")


def test_rounds_carry_method_rule_maximum_paper_and_groups(made):
    report = made["report"]
    rounds = [t for t in report.tables if re.fullmatch(r"round-\d+", t.id)]
    assert [t.title.split(": ")[1] for t in rounds] == [
        "Put in order, up to 3 choices",
        "Like / not sure / don't like",
        "Pick the most important, up to 2 choices",
    ]
    rank = rounds[0]
    assert "Borda count" in rank.note and rank.columns == ("Times ranked", "Points")
    # Rank order by points: 1.1 is ranked by 7 people and 3 paper marks: 7 ballots of which 4 put it first.
    assert rank.rows[0].key == "commitment-1.1" and rank.rows[0].label.startswith("1st: 1.1 We will")
    how = {r.key: r.cells for r in report.table(f"{rank.id}-how").rows}
    # 3 paper marks are hidden; then the 10 on screen too, or 13 - 10 would give the 3 away.
    assert how == {"screen": (HIDDEN,), "paper": (HIDDEN,), "total": (13,)}
    groups = [t.id for t in report.tables if t.id.startswith(f"{rank.id}-group-")]
    assert groups == [f"{rank.id}-group-young-person", f"{rank.id}-group-parent-carer"]
    # The parents' 4 ballots and 3 marks are 7 people, but each card's figure there is small: hidden.
    parents = report.table(f"{rank.id}-group-parent-carer")
    assert any(HIDDEN in row.cells for row in parents.rows)
    # Overall, a card whose score is hidden is listed last (its place between two printed scores would
    # bound it); each group lists the cards in that same order, not by its own scores.
    scores = [row.cells[-1] for row in rank.rows]
    assert scores == sorted(scores, key=lambda c: c == HIDDEN)
    assert [r.key for r in parents.rows] == [r.key for r in rank.rows]


def test_nothing_of_a_flagged_view_anywhere(made):
    report, flagged = made["report"], made["flagged"]
    text = json.dumps(report.as_json(), ensure_ascii=False)
    assert FLAGGED not in text and FLAGGED not in made["layout"]
    assert REFUSED not in text and REFUSED not in made["layout"]
    assert flagged not in {q.view for q in report.quotes}
    assert all(flagged not in t.views for t in report.themes)
    signing = report.table("views-by-how-given").rows[3]
    assert signing.key == "signing" and signing.cells == (0, 0), "the flagged view was the only one signed"
    assert report.table("views-by-commitment").rows[10].key == "commitment-3.2"
    assert report.table("views-by-commitment").rows[10].cells == (0, 0)
    assert report.table("follow-ups").rows[0].cells == (HIDDEN,)


def test_quotes_name_the_speakers_group_and_actions_their_commitments(made):
    report = made["report"]
    groups = {q.group for q in report.quotes}
    assert groups == {"young-person", "parent-carer", "not-recorded", "facilitator-note"}
    (action,) = report.actions
    assert action.commitments == ("commitment-2.1",) and action.past_due and action.status_at_end == "planned"
    (theme,) = report.themes
    assert theme.priority == "priority-2" or theme.priority == "priority-1"
    layout = _squash(made["layout"])
    assert (
        "Parent or carer" in layout and "Planned \u2014 PAST" in layout and "For: 2.1 We will work" in layout
    )


def test_pdf_has_a_bookmark_for_each_section(made):
    outline = PdfReader(str(made["pdf"])).outline

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]

    found = list(titles(outline))
    for section in (
        "About this session",
        "Who took part",
        "What people talked about",
        "Views by commitment",
        "Vote results",
        "What people said, in their words",
        "You said, we did",
        "Follow up offline",
    ):
        assert section in found
    assert sum(t.startswith("Vote round") for t in found) == 3


def test_no_text_in_the_pdf_is_smaller_than_10_pt_and_the_tables_are_12(made):
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes[text.strip()] = min(sizes.get(text.strip(), 99), round(size * scale, 1))

    for page in PdfReader(str(made["pdf"])).pages:
        page.extract_text(visitor_text=visit)
    assert min(sizes.values()) >= 10, min(sizes.items(), key=lambda kv: kv[1])
    assert sizes["Everyone who took part"] >= 12 and sizes["Young people"] >= 12


def test_command_line_prints_the_same_report(made, capsys):
    db, sid = str(made["path"]), made["session"].id
    assert main(["--db", db, "report", "officer", "--session", str(sid), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = made["report"].as_json()
    printed.pop("generated_at"), expected.pop("generated_at")
    assert printed["tables"] == json.loads(json.dumps(expected["tables"]))
    assert printed == json.loads(json.dumps(expected))
    assert main(["--db", db, "report", "officer", "--session", str(sid)]) == 0
    text = capsys.readouterr().out
    assert "Views by commitment" in text and "fewer than 5" in text and FLAGGED not in text
    assert main(["--db", db, "report", "officer", "--session", "999"]) == 1
    assert "no session" in capsys.readouterr().err
    assert main(["--db", db, "report", "annual", "--from", "2026-01-01", "--to", "2026-12-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["report"] == "annual"
    assert main(["--db", db, "report", "annual", "--from", "2026-12-31", "--to", "2026-01-01"]) == 1
    assert "swap" in capsys.readouterr().err


def test_rank_points_are_counted_again_from_the_stored_ballots(made):
    """Borda points worked out here from each stored ballot and paper mark, against the published round."""
    db, report = made["db"], made["report"]
    ((round_id, most),) = db.execute("SELECT id, max_choices FROM rounds WHERE method = 'rank'").fetchall()
    points: dict[str, int] = {}
    ranked: dict[str, int] = {}
    for (choices,) in db.execute("SELECT choices FROM votes WHERE round_id = ?", [round_id]):
        for position, key in enumerate(json.loads(choices)):
            points[key] = points.get(key, 0) + most - position  # 1st: 3 points, 2nd: 2, 3rd: 1
            ranked[key] = ranked.get(key, 0) + 1
    for key, count in db.execute("SELECT commitment_key, count FROM tallies WHERE round_id = ?", [round_id]):
        points[key] = points.get(key, 0) + most * count  # a paper mark is a 1st choice
        ranked[key] = ranked.get(key, 0) + count
    table = report.table(f"round-{round_id}")
    printed = {row.key: row.cells for row in table.rows}
    # 1.1 is first on 4 ballots (4 x 3 points) and has 3 paper marks (3 x 3): ranked 7 times, 21 points.
    assert printed["commitment-1.1"] == (ranked["commitment-1.1"], points["commitment-1.1"]) == (7, 21)
    for key, (times, score) in printed.items():
        if times != HIDDEN:
            assert (times, score) == (ranked.get(key, 0), points.get(key, 0)), key
        else:
            assert score == HIDDEN, "points are hidden whenever the times ranked are"
    shown = [row.cells[1] for row in table.rows if row.cells[1] != HIDDEN]
    assert shown == sorted(shown, reverse=True), "rows in rank order, as the chart draws them"


def test_every_quote_is_printed_once_with_its_speakers_group(made):
    layout = _squash(made["layout"])
    quotes = made["report"].quotes
    for quote in quotes:
        same = sum(q.text == quote.text for q in quotes)  # one young person said the same words twice
        assert layout.count(f"\u201c{quote.text}\u201d") == same, quote.text
    assert "\u201cYoung person 0 wants clubs\u201d (Young person \u00b7 spoken \u00b7 view" in layout
    assert "(Facilitator\u2019s note \u00b7 view" in layout
