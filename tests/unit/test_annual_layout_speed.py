"""The yearly summary's faster layout and reading change nothing printed: the actions kept together
without ReportLab's frame copy break pages exactly where KeepTogether did, and the cycle collector
paused while the summary is read and laid out is left as it was found."""

from __future__ import annotations

import gc

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether

from benchmarks.generate import generate
from coprod_app.reports import annual
from coprod_app.storage.annual_report import build_annual_report
from coprod_app.storage.database import open_database


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "borough.sqlite3"
    generate(path, sessions=10, views=1500, votes=600, seed=3)
    db = open_database(path)
    try:
        yield build_annual_report(db)
    finally:
        db.close()


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_actions_kept_together_break_pages_as_keeptogether_did(report, tmp_path, monkeypatch):
    kept = [f for f in annual.annual_story(report) if isinstance(f, annual._KeptTogether)]
    assert len(kept) >= 20  # enough actions that some fall at the foot of a page
    annual.write_annual(report, tmp_path / "new.pdf", lambda *a: None)
    monkeypatch.setattr(annual, "_KeptTogether", KeepTogether)
    annual.write_annual(report, tmp_path / "old.pdf", lambda *a: None)
    new, old = _pages(tmp_path / "new.pdf"), _pages(tmp_path / "old.pdf")
    assert len(new) == len(old) > 5
    assert new == old


def test_the_kept_pair_is_sized_as_keeptogether_sizes_it(report):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas("unused.pdf", pagesize=A4)
    for f in [f for f in annual.annual_story(report) if isinstance(f, annual._KeptTogether)][:50]:
        mine = f.wrapOn(canvas, 400, 300), f._H, f._H0
        theirs = KeepTogether(f._content).wrapOn(canvas, 400, 300)
        ref = KeepTogether(f._content)
        ref.wrapOn(canvas, 400, 300)
        assert mine == (theirs, ref._H, ref._H0)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was_found(report, tmp_path, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        annual.write_annual(report, tmp_path / "a.pdf", lambda *a: None)
        assert gc.isenabled() is enabled
        from coprod_app.storage import annual_report

        seen = []
        real = annual_report._build
        annual_report._build = lambda *a: seen.append(gc.isenabled()) or real(*a)
        try:
            db_report = None
            with pytest.raises(Exception):  # a closed database: the collector comes back on all the same
                db = open_database(tmp_path / "x.sqlite3")
                db.close()
                db_report = build_annual_report(db)
            assert db_report is None and seen == [False]
        finally:
            annual_report._build = real
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
