"""`coprod-app device show|trust|list|rename|forget` exactly as issue 14 gives them."""

from __future__ import annotations

import json

import pytest

from coprod_app.cli import main
from tests.unit.bundle_helpers import full_session, laptop, snapshot


def contents(path):
    """What a user could see: every record and every trusted laptop (the CLI's own open/close may
    checkpoint the -wal, so the file's bytes are not compared)."""
    db = laptop(path)
    try:
        return snapshot(db), db.execute("SELECT * FROM trusted_devices").fetchall()
    finally:
        db.close()


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def officer(tmp_path):
    return tmp_path / "officer.sqlite3"


@pytest.fixture
def table_two(tmp_path, capsys):
    path = tmp_path / "table2.sqlite3"
    db = laptop(path)
    full_session(db)
    db.close()
    assert run(capsys, "--db", path, "device", "rename", "Table two")[0] == 0
    return path


def test_show_json_has_exactly_fingerprint_and_name(capsys, officer):
    status, out, err = run(capsys, "--db", officer, "device", "show", "--json")
    shown = json.loads(out)
    assert status == 0 and err == "" and set(shown) == {"fingerprint", "name"}
    assert len(shown["fingerprint"]) == 19 and shown["name"]
    again = json.loads(run(capsys, "device", "show", "--json", "--db", officer)[1])
    assert again == shown, "the key is made once, on first use"
    status, out, _ = run(capsys, "--db", officer, "device", "show")
    assert status == 0 and shown["fingerprint"] in out and shown["name"] in out


def test_trust_list_and_trust_twice_changes_nothing(capsys, officer, table_two):
    fingerprint = json.loads(run(capsys, "--db", table_two, "device", "show", "--json")[1])["fingerprint"]
    assert json.loads(run(capsys, "--db", officer, "device", "list", "--json")[1]) == []
    typed = fingerprint.lower().replace("-", " ")
    status, out, err = run(capsys, "--db", officer, "device", "trust", typed, "--name", "Table two")
    assert status == 0 and err == "" and "now accepted" in out
    before = contents(officer)
    status, out, _ = run(capsys, "--db", officer, "device", "trust", fingerprint.replace("-", ""))
    assert status == 0 and "already trusted" in out
    assert contents(officer) == before
    listed = json.loads(run(capsys, "--db", officer, "device", "list", "--json")[1])
    assert [(d["fingerprint"], d["name"]) for d in listed] == [(fingerprint, "Table two")]
    status, out, _ = run(capsys, "--db", officer, "device", "list")
    assert fingerprint in out and "Table two" in out


@pytest.mark.parametrize("typed", ["1234", "not a fingerprint at all", "ABCD-EFGH-IJKL-MNO0"])
def test_a_malformed_fingerprint_is_one_sentence_and_exit_1(capsys, officer, typed):
    status, out, err = run(capsys, "--db", officer, "device", "trust", typed)
    assert status == 1 and out == ""
    assert err.startswith("coprod-app: ") and err.count("\n") == 1 and "is not a laptop fingerprint" in err
    assert json.loads(run(capsys, "--db", officer, "device", "list", "--json")[1]) == []


def test_the_command_line_refuses_an_untrusted_bundle_then_imports_it_once_trusted(
    capsys, officer, table_two, tmp_path
):
    out_file = tmp_path / "t2.coprod"
    assert run(capsys, "--db", table_two, "bundle", "export", "--session", 1, "--out", out_file)[0] == 0
    fingerprint = json.loads(run(capsys, "--db", table_two, "device", "show", "--json")[1])["fingerprint"]
    run(capsys, "--db", officer, "session", "list")
    before = contents(officer)
    status, out, err = run(capsys, "--db", officer, "bundle", "import", out_file)
    assert status == 1 and out == "" and err.count("\n") == 1
    assert f"laptop Table two ({fingerprint})" in err and "does not trust" in err
    assert contents(officer) == before
    run(capsys, "--db", officer, "device", "trust", fingerprint)
    status, out, _ = run(capsys, "--db", officer, "bundle", "import", out_file, "--json")
    assert status == 0 and json.loads(out)["added"]["views"] == 6
    status, out, _ = run(capsys, "--db", officer, "bundle", "import", out_file)
    assert status == 0 and "already here" in out and "added" not in out
    assert json.loads(run(capsys, "--db", officer, "device", "list", "--json")[1])[0]["name"] == "Table two"


def test_forget_and_rename(capsys, officer, table_two):
    fingerprint = json.loads(run(capsys, "--db", table_two, "device", "show", "--json")[1])["fingerprint"]
    run(capsys, "--db", officer, "device", "trust", fingerprint)
    status, out, _ = run(capsys, "--db", officer, "device", "forget", fingerprint)
    assert status == 0 and "no longer accepted" in out
    assert json.loads(run(capsys, "--db", officer, "device", "list", "--json")[1]) == []
    status, _, err = run(capsys, "--db", officer, "device", "forget", fingerprint)
    assert status == 1 and "No trusted laptop" in err
    status, _, err = run(capsys, "--db", officer, "device", "rename", "   ")
    assert status == 1 and "needs a name" in err
