"""Fuzzed words: saved and reloaded exactly, and through every export without breaking it (issue 7).

Emoji (with joiners, skin tones and flags), right-to-left scripts and bidi
controls, ReportLab/HTML markup, control characters, Welsh and Polish letters
and any other Unicode that is not a lone surrogate.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import get_view, list_views, record_view

EMOJI = ["🦓", "😀", "👍🏽", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇬🇧", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "❤️", "🧑🏿‍🦽", "1️⃣"]
MARKUP = [
    "<b>",
    "</b>",
    "<i>x</i>",
    "&",
    "&amp;",
    "&#0;",
    "<font name='Nope' size=99>",
    "<para>",
    "]]>",
    "<br/>",
    "<",
    ">",
    '"',
    "'",
    "<img src='/etc/passwd'/>",
    "<a href='x'>",
    "<!--",
    "%s",
    "{0}",
    "\\",
    "=SUM(A1)",
    "+1",
    "-",
    "@cmd",
]
BIDI = ["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200e", "\u061c"]
LETTERS = "ŵŷŴŶâêîôûąęłńóśźżĄĘŁŃÓŚŹŻßæøåğış"
pieces = st.one_of(
    st.sampled_from(EMOJI),
    st.sampled_from(MARKUP),
    st.sampled_from(BIDI),
    st.text(
        st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), min_size=1, max_size=12
    ),  # Hebrew, Arabic
    st.text(
        st.characters(max_codepoint=0x1F) | st.characters(min_codepoint=0x7F, max_codepoint=0x9F), max_size=3
    ),
    st.text(st.sampled_from(LETTERS), min_size=1, max_size=8),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10),
    st.sampled_from([" ", "\n", "\r\n", "\t", "  "]),
)
fuzzed = st.lists(pieces, min_size=1, max_size=12).map("".join).filter(lambda t: t.strip())


@pytest.fixture(scope="module")
def store():
    folder = Path(tempfile.mkdtemp(prefix="coprod-fuzz-"))
    db = open_database(folder / "coprod.sqlite3")
    ensure_default_pack(db)
    session = create_session(db, title="Fuzz", date="2026-01-01", forum="other")
    code = add_participant(db, session.id, quote_consent=True).code
    yield {"db": db, "folder": folder, "session": session.id, "code": code, "saved": {}}
    db.close()
    shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fuzzed)
def test_saved_and_reloaded_exactly(store, fuzz_counts, text):
    db = store["db"]
    view = record_view(db, store["session"], ViewDraft(text=text, participant=store["code"]))
    assert view.text == text
    assert get_view(db, view.id).text == text
    store["saved"][view.id] = text
    fuzz_counts["saved"] += 1


def test_reopened_database_gives_back_every_fuzzed_text(store):
    if not store["saved"]:
        pytest.skip("the fuzzing test did not run first")
    path = store["folder"] / "coprod.sqlite3"
    again = open_database(path)
    back = {v.id: v.text for v in list_views(again, store["session"])}
    again.close()
    for view_id, text in store["saved"].items():
        assert back[view_id] == text
    print(f"\nfuzz: {len(store['saved'])} fuzzed texts saved, reloaded after reopening and compared exactly")


def test_a_long_view_is_kept_whole(db, session):
    text = ("Ŵ 🦓 <b>&amp; قالت\n" * 400)[:5000]
    view = record_view(db, session.id, ViewDraft(text=text))
    assert get_view(db, view.id).text == text


@given(text=fuzzed)
@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
def test_command_line_round_trip(tmp_path_factory, fuzz_counts, text):
    from coprod_app.cli import main

    folder = tmp_path_factory.mktemp("cli")
    db_path = folder / "c.sqlite3"
    source = folder / "words.txt"
    source.write_bytes(text.encode("utf-8"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert (
            main(
                [
                    "--db",
                    str(db_path),
                    "session",
                    "new",
                    "--title",
                    "T",
                    "--date",
                    "2026-01-01",
                    "--forum",
                    "other",
                ]
            )
            == 0
        )
        assert main(["--db", str(db_path), "view", "add", "--session", "1", "--text-file", str(source)]) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(db_path), "view", "list", "--session", "1", "--json"]) == 0
    assert json.loads(out.getvalue())[0]["text"] == text
    fuzz_counts["cli"] += 1


def _exports():
    exports = pytest.importorskip("coprod_app.reports.exports")
    return exports


@given(texts=st.lists(fuzzed, min_size=1, max_size=6))
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_export_takes_fuzzed_words(tmp_path_factory, fuzz_counts, texts):
    exports = _exports()
    pypdf = pytest.importorskip("pypdf")
    folder = tmp_path_factory.mktemp("exports")
    db = open_database(folder / "coprod.sqlite3")
    try:
        ensure_default_pack(db)
        s = create_session(db, title="Fuzz export", date="2026-01-01", forum="other")
        code = add_participant(db, s.id, quote_consent=True).code
        for text in texts:
            record_view(db, s.id, ViewDraft(text=text, participant=code))
        for kind in exports.KINDS:
            (folder / "out-csv").mkdir(exist_ok=True)
            request = exports.ExportRequest(
                kind=kind,
                out=folder / f"out-{kind}" if kind == "csv" else folder / f"out-{kind}.pdf",
                session_id=s.id,
            )
            written = exports.run_export(db, request)
            assert written, kind
            for path in written:
                if path.suffix == ".pdf":
                    assert path.read_bytes().startswith(b"%PDF")
                    assert len(pypdf.PdfReader(str(path)).pages) >= 1
                    fuzz_counts["pdf"] += 1
            if kind == "csv":
                views_csv = next(p for p in written if p.name == "views.csv")
                with views_csv.open(encoding="utf-8-sig", newline="") as f:
                    rows = list(csv.DictReader(f))
                got = [r["text"] for r in rows]
                # A cell that a spreadsheet would run as a formula gets a leading apostrophe.
                want = ["'" + t if t.startswith(("=", "+", "-", "@", "\t", "\r")) else t for t in texts]
                assert got == want
                fuzz_counts["csv rows"] += len(rows)
        fuzz_counts["export runs"] += 1
        fuzz_counts["exported texts"] += len(texts)
    finally:
        db.close()
