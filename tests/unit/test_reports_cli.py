"""`theme`, `action` and `export` on the command line: the contract in issue 5."""

import json
from pathlib import Path

import pytest

from coprod_app.cli import main


@pytest.fixture
def cli(db_path, capsys):
    def run(*args):
        status = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def session_with_view(cli):
    cli("session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    status, out, _ = cli("view", "add", "--session", "1", "--text", "Clubs <b>&</b> buses", "--json")
    assert status == 0
    return json.loads(out)["id"]


def test_theme_and_action_commands(cli, session_with_view):
    status, out, _ = cli(
        "theme",
        "add",
        "--title",
        "Clubs",
        "--you-said",
        "Buses stop early.",
        "--view",
        str(session_with_view),
        "--json",
    )
    assert status == 0 and json.loads(out) == {"id": 1}
    status, out, _ = cli(
        "action",
        "add",
        "--theme",
        "1",
        "--we-did",
        "Later bus",
        "--status",
        "planned",
        "--owner",
        "Transport lead",
        "--due",
        "2027-03-31",
        "--commitment",
        "commitment-4.1",
        "--json",
    )
    assert status == 0 and json.loads(out) == {"id": 1}
    status, out, _ = cli("action", "status", "--action", "1", "--status", "done")
    assert status == 0 and out.strip() == "Action 1 is now done."
    status, out, _ = cli("theme", "list", "--json")
    [theme] = json.loads(out)
    assert [h["status"] for h in theme["actions"][0]["history"]] == ["planned", "done"]
    assert theme["views"] == [session_with_view]


def test_not_possible_without_reason_is_one_line_and_exit_1(cli, session_with_view):
    cli("theme", "add", "--title", "T", "--you-said", "said", "--json")
    status, out, err = cli("action", "add", "--theme", "1", "--we-did", "x", "--status", "not-possible")
    assert status == 1 and out == ""
    assert (
        err.strip() == "coprod-app: An action that is not possible needs a reason; say why with the reason."
    )


@pytest.mark.parametrize(
    "args",
    [
        ("action", "add", "--theme", "1", "--we-did", "x", "--status", "finished"),
        ("action", "add", "--theme", "1", "--we-did", "x", "--status", "planned", "--due", "soon"),
        ("export", "annual", "--from", "yesterday", "--out", "x.pdf"),
    ],
)
def test_usage_errors_exit_2(cli, args):
    status, _, err = cli(*args)
    assert status == 2 and len(err.strip().splitlines()) == 1


def test_export_prints_only_the_path_on_stdout(cli, session_with_view, tmp_path):
    for kind in ("officer", "easy-read"):
        out_file = tmp_path / f"{kind}.pdf"
        status, out, _ = cli("export", kind, "--session", "1", "--out", str(out_file))
        assert status == 0 and out.strip() == str(out_file)
        assert out_file.read_bytes().startswith(b"%PDF")
    status, out, _ = cli(
        "export",
        "annual",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(tmp_path / "annual.pdf"),
    )
    assert status == 0 and out.strip() == str(tmp_path / "annual.pdf")


def test_export_csv_to_a_folder(cli, session_with_view, tmp_path):
    status, out, _ = cli("export", "csv", "--out", str(tmp_path))
    assert status == 0
    written = out.split()
    assert [Path(w).name for w in written] == ["views.csv", "votes.csv", "actions.csv", "README.txt"]
    assert (tmp_path / "views.csv").read_text(encoding="utf-8-sig").count("Clubs <b>&</b> buses") == 1


def test_export_to_a_missing_folder_says_so_in_one_sentence(cli, session_with_view, tmp_path):
    status, out, err = cli("export", "officer", "--session", "1", "--out", str(tmp_path / "none" / "x.pdf"))
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "does not exist" in err
    assert not (tmp_path / "none").exists()


def test_export_of_unknown_session(cli, session_with_view, tmp_path):
    status, _, err = cli("export", "officer", "--session", "99", "--out", str(tmp_path / "x.pdf"))
    assert status == 1 and "no session with the id 99" in err
    assert list(tmp_path.glob("*.pdf")) == []
