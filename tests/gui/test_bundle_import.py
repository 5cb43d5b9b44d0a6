"""Importing bundles through run_task: with an immediate pool the import has finished when
import_files returns, and the window can import again at once."""

from __future__ import annotations

from coprod_app.storage.bundle import export_bundle
from coprod_app.ui.common.tasks import ImmediatePool
from tests.unit.bundle_helpers import full_session, laptop, trust_each_other


def make_bundle(tmp_path, db, name: str, title: str):
    other = laptop(tmp_path / name / "coprod.sqlite3")
    session_id = full_session(other, views=2, title=title)
    path = export_bundle(other, session_id, tmp_path / f"{name}.coprod")["path"]
    trust_each_other(db, other)
    other.close()
    return path


def test_two_imports_one_after_the_other_with_an_immediate_pool(window, db, tmp_path):
    menu = window.exchange
    menu.pool = ImmediatePool()
    first = make_bundle(tmp_path, db, "table2", "Table two")
    second = make_bundle(tmp_path, db, "table3", "Table three")
    finished = []
    menu.import_finished.connect(finished.append)
    assert menu.import_files([first])
    assert len(finished) == 1 and finished[0][0][2] is None, finished
    # Before the fix the menu still thought the first import was running: the second was refused.
    assert menu.import_files([second]), menu.last_message
    assert len(finished) == 2 and finished[1][0][2] is None, finished
    titles = [s.title for s in window.session_list.model.sessions]
    assert "Table two" in titles and "Table three" in titles
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == 4
    assert menu.progress_dialog is None, "the progress dialog closes when the import ends"


def test_a_damaged_file_among_good_ones_is_one_sentence_and_the_rest_import(window, db, tmp_path):
    menu = window.exchange
    menu.pool = ImmediatePool()
    good = make_bundle(tmp_path, db, "table2", "Table two")
    broken = tmp_path / "broken.coprod"
    broken.write_bytes(b"PK\x03\x04 cut short")
    finished = []
    menu.import_finished.connect(finished.append)
    assert menu.import_files([broken, good])
    (name1, report1, error1), (name2, report2, error2) = finished[0]
    assert name1 == "broken.coprod" and report1 is None and "\n" not in error1
    assert name2 == "table2.coprod" and error2 is None and report2["added"]["views"] == 2
    assert "broken.coprod" in menu.last_message and "added" in menu.last_message
