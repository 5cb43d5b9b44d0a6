"""`coprod-app bundle export|import`, `backup` and `restore` exactly as issue 6 gives them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_app.cli import main
from tests.unit.bundle_helpers import db_files_hash, full_session, laptop, snapshot


def contents(path):
    """What a user could see: every record (the CLI's own open/close may checkpoint the -wal)."""
    db = laptop(path)
    try:
        return snapshot(db)
    finally:
        db.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def laptop_path(tmp_path):
    path = tmp_path / "a" / "coprod.sqlite3"
    db = laptop(path)
    full_session(db)
    db.close()
    return path


def test_export_then_import_as_json_then_again(capsys, laptop_path, tmp_path):
    out_file = tmp_path / "out" / "forum.coprod"
    status, out, err = run(capsys, "bundle", "export", "--session", 1, "--out", out_file, "--db", laptop_path)
    assert status == 0 and err == "" and out_file.exists()
    assert "Exported session 1 (3 participants, 6 views" in out

    officer = tmp_path / "officer.sqlite3"
    status, out, err = run(capsys, "--db", officer, "bundle", "import", out_file, "--json")
    assert status == 1 and out == "" and "does not trust" in err, "an untrusted laptop's bundle is refused"
    status, out, _ = run(capsys, "--db", laptop_path, "device", "show", "--json")
    fingerprint = json.loads(out)["fingerprint"]
    assert run(capsys, "--db", officer, "device", "trust", fingerprint)[0] == 0

    status, out, err = run(capsys, "--db", officer, "bundle", "import", out_file, "--json")
    report = json.loads(out)
    assert status == 0 and err == ""
    assert set(report) >= {"added", "updated", "unchanged"}
    assert report["added"]["views"] == 6 and report["added"]["votes"] == 3

    status, out, _ = run(capsys, "bundle", "import", out_file, "--db", officer)
    assert status == 0 and "already here" in out and "added" not in out


def test_import_refusal_is_one_line_exit_1_and_changes_nothing(capsys, laptop_path, tmp_path):
    officer = tmp_path / "officer.sqlite3"
    run(capsys, "--db", officer, "session", "list")
    before = contents(officer)
    fake = tmp_path / "fake.coprod"
    fake.write_text("not a zip")
    status, out, err = run(capsys, "--db", officer, "bundle", "import", fake, "--json")
    assert status == 1 and out == ""
    assert (
        err.startswith("coprod-app: ") and err.count("\n") == 1 and "not a coprod-app session bundle" in err
    )
    assert contents(officer) == before


def test_export_of_a_missing_session_is_refused(capsys, laptop_path, tmp_path):
    status, _, err = run(
        capsys, "--db", laptop_path, "bundle", "export", "--session", 42, "--out", tmp_path / "x"
    )
    assert status == 1 and "no session with the id 42" in err
    assert not (tmp_path / "x").exists()


def test_usage_errors_exit_2(capsys, laptop_path):
    status, _, err = run(capsys, "--db", laptop_path, "bundle", "export", "--session", 1)
    assert status == 2 and "--out" in err


def test_backup_prints_the_path_and_restore_brings_it_back(capsys, laptop_path, tmp_path):
    status, out, err = run(capsys, "--db", laptop_path, "backup")
    backup = Path(out.strip())
    assert status == 0 and err == "" and out.count("\n") == 1
    assert backup.parent == laptop_path.parent / "backups" and backup.exists()

    chosen = tmp_path / "usb" / "copy.sqlite3"
    status, out, _ = run(capsys, "backup", "--out", chosen, "--db", laptop_path)
    assert status == 0 and out.strip() == str(chosen) and chosen.exists()

    db = laptop(laptop_path)
    expected = snapshot(db)
    db.execute("DELETE FROM sessions")
    db.conn.commit()
    db.close()
    status, out, err = run(capsys, "--db", laptop_path, "restore", backup)
    assert status == 0 and err == "" and "Restored" in out and "kept as" in out
    db = laptop(laptop_path)
    assert snapshot(db) == expected
    db.close()


def test_restore_refuses_a_file_that_is_not_a_database(capsys, laptop_path, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("hello")
    before = db_files_hash(laptop_path)  # restore does not even open the database before checking
    status, out, err = run(capsys, "--db", laptop_path, "restore", bad)
    assert status == 1 and out == "" and "not an SQLite file" in err
    assert db_files_hash(laptop_path) == before
