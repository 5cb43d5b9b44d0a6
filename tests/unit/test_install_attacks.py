"""Issue 18 as a new facilitator meets it on an installed app: found by trying it, each fixed.

- `coprod-app export officer --session 1` without --out refused ("required: --out"); from a
  shortcut's folder a bare `--out officer.pdf` lands in a folder nobody can write. It now goes
  where the window's export dialog puts it: Documents/coprod-app, made when first needed.
- A window lock file left read-only by a crash (copied from a stick, restored from a backup,
  a Windows read-only attribute) kept the database "already open in another window" for ever.
"""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from coprod_app.cli import main
from tests.installed import NEW_SESSION, pretend_installed


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A user's computer with the app installed (not a checkout), started from `/`; returns HOME."""
    home = pretend_installed(tmp_path, monkeypatch)
    monkeypatch.chdir("/")
    return home


def run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("kind", "args", "name"),
    [
        ("officer", ["--session", "1"], "2026-07-01-summer-forum-officer.pdf"),
        ("easy-read", ["--session", "1"], "2026-07-01-summer-forum-easy-read.pdf"),
        ("annual", [], "summary-all.pdf"),
    ],
)
def test_a_pdf_export_without_out_goes_to_documents(installed, capsys, kind, args, name):
    assert run(capsys, *NEW_SESSION)[0] == 0
    assert not (installed / "Documents").exists()  # a new user: no Documents folder yet
    status, out, err = run(capsys, "export", kind, *args, "--json")
    assert status == 0, err  # stderr may show progress lines on a slow machine
    written = installed / "Documents" / "coprod-app" / name
    assert json.loads(out) == {"files": [str(written)]}
    assert written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700


def test_a_csv_export_without_out_makes_its_folder_in_documents(installed, capsys):
    assert run(capsys, *NEW_SESSION)[0] == 0
    status, out, err = run(capsys, "export", "csv", "--session", "1")
    assert status == 0, err  # stderr may show progress lines on a slow machine
    folder = installed / "Documents" / "coprod-app" / "2026-07-01-summer-forum-csv"
    assert Path(out.split()[0]) == folder / "views.csv"
    assert (folder / "views.csv").is_file()


def test_an_export_without_out_of_a_missing_session_is_one_sentence(installed, capsys):
    assert run(capsys, *NEW_SESSION)[0] == 0
    status, out, err = run(capsys, "export", "officer", "--session", "9")
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no session with the id 9" in err


def test_an_explicit_out_still_wins(installed, capsys, tmp_path):
    assert run(capsys, *NEW_SESSION)[0] == 0
    target = tmp_path / "mine.pdf"
    status, out, _ = run(capsys, "export", "officer", "--session", "1", "--out", str(target))
    assert status == 0 and out.strip() == str(target) and target.is_file()
    assert not (installed / "Documents").exists()


def test_a_report_that_cannot_be_laid_out_keeps_the_words_out_of_the_log(tmp_path):
    # ReportLab's LayoutError quotes the start of the words it could not place: a child's words
    # in coprod-app.log outlived an erase of that child.
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    from coprod_app import logs
    from coprod_app.reports.atomic import ExportError
    from coprod_app.reports.document import Meta, write_pdf

    handler = logs.set_up_logging(tmp_path / "coprod-app.log")
    words = "Ffion-7 said the bus driver shouts " + "at her every day " * 2000
    too_tall = Table([[Paragraph(words, ParagraphStyle("body"))]])  # one row taller than a page
    try:
        with pytest.raises(ExportError, match="too big for a page"):
            write_pdf(
                tmp_path / "report.pdf", [too_tall], Meta(title="Report", subject="s"), lambda f, w: None
            )
    finally:
        logging.getLogger(logs.APP_LOGGER).removeHandler(handler)
        handler.close()
    written = (tmp_path / "coprod-app.log").read_text(encoding="utf-8")
    assert "a report could not be laid out" in written and "write_pdf" in written
    assert "Ffion-7" not in written and "bus driver" not in written
    assert not (tmp_path / "report.pdf").exists()
