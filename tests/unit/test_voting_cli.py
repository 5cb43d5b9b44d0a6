"""`round new`, `vote add`, `tally add`, `round close`, `results` as the issue writes them."""

from __future__ import annotations

import json

import pytest

from coprod_app.cli import main


@pytest.fixture
def run(db_path, capsys):
    def _run(*argv: str):
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _json(run, *argv: str):
    code, out, err = run(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def session_id(run):
    return _json(
        run, "session", "new", "--title", "Vote night", "--date", "2026-11-20", "--forum", "youth-forum"
    )["id"]


def test_pick_round_end_to_end_matches_a_hand_count(run, session_id):
    rnd = _json(
        run,
        "round",
        "new",
        "--session",
        str(session_id),
        "--method",
        "pick",
        "--max",
        "2",
        "--commitment",
        "commitment-1.1",
        "--commitment",
        "commitment-2.1",
        "--commitment",
        "commitment-3.1",
    )
    r = str(rnd["id"])
    code = run("participant", "new", "--session", str(session_id), "--group", "young-person")[1].strip()
    assert "id" in _json(
        run,
        "vote",
        "add",
        "--round",
        r,
        "--participant",
        code,
        "--choice",
        "commitment-2.1",
        "commitment-3.1",
    )
    _json(run, "vote", "add", "--round", r, "--choice", "commitment-2.1")
    _json(
        run,
        "tally",
        "add",
        "--round",
        r,
        "--commitment",
        "commitment-1.1",
        "--count",
        "3",
        "--group",
        "parent-carer",
    )
    results = _json(run, "results", "--round", r)
    assert results["method"] == "pick" and results["ballots"] == 2
    assert [(c["key"], c["score"], c["count"], c["rank"]) for c in results["commitments"]] == [
        ("commitment-1.1", 3, 3, 1),
        ("commitment-2.1", 2, 2, 2),
        ("commitment-3.1", 1, 1, 3),
    ]
    for c in results["commitments"]:
        assert set(c) >= {"key", "text", "score", "count", "like", "unsure", "dislike", "rank"}

    code_, out, _ = run("results", "--round", r)
    assert code_ == 0 and "commitment-1.1" in out and "Score" in out

    assert run("round", "close", "--round", r)[0] == 0
    code_, out, err = run("vote", "add", "--round", r, "--choice", "commitment-1.1")
    assert code_ == 1 and "closed" in err and err.count("\n") == 1


def test_rank_and_rating_rounds(run, session_id):
    r = str(_json(run, "round", "new", "--session", str(session_id), "--method", "rank")["id"])
    _json(run, "vote", "add", "--round", r, "--choice", "commitment-4.1", "commitment-1.1", "commitment-2.2")
    _json(run, "vote", "add", "--round", r, "--choice", "commitment-1.1", "commitment-4.1")
    results = _json(run, "results", "--round", r)
    top = [(c["key"], c["score"], c["rank"]) for c in results["commitments"][:3]]
    assert top == [("commitment-1.1", 5, 1), ("commitment-4.1", 5, 1), ("commitment-2.2", 1, 3)]
    assert "Borda" in results["method_note"]

    q = str(
        _json(
            run,
            "round",
            "new",
            "--session",
            str(session_id),
            "--method",
            "rating",
            "--commitment",
            "commitment-1.1",
            "commitment-1.2",
        )["id"]
    )
    _json(run, "vote", "add", "--round", q, "--choice", "commitment-1.1=like", "commitment-1.2=dislike")
    _json(
        run,
        "tally",
        "add",
        "--round",
        q,
        "--commitment",
        "commitment-1.2",
        "--count",
        "2",
        "--rating",
        "unsure",
    )
    by_key = {c["key"]: c for c in _json(run, "results", "--round", q)["commitments"]}
    assert (by_key["commitment-1.2"]["unsure"], by_key["commitment-1.2"]["dislike"]) == (2, 1)
    assert by_key["commitment-1.1"]["rank"] == 1 and by_key["commitment-1.1"]["score"] == 1


@pytest.mark.parametrize(
    ("choices", "reason"),
    [
        (["commitment-9.9"], "not on the ballot"),
        (["commitment-1.1", "commitment-1.2", "commitment-1.3", "commitment-1.4"], "at most 3"),
        (["commitment-1.1", "commitment-1.1"], "twice"),
    ],
)
def test_refused_votes_say_why_and_store_nothing(run, session_id, choices, reason):
    r = str(_json(run, "round", "new", "--session", str(session_id), "--method", "rank")["id"])
    code, out, err = run("vote", "add", "--round", r, "--choice", *choices)
    assert code == 1 and reason in err and not out
    assert _json(run, "results", "--round", r)["ballots"] == 0


def test_usage_errors_exit_2(run, session_id):
    assert run("round", "new", "--session", str(session_id), "--method", "approval")[0] == 2
    assert run("vote", "add", "--round", "1")[0] == 2


def test_pin_set_from_stdin(run, monkeypatch, db_path):
    import io

    from coprod_app.domain.pin import verify_pin
    from coprod_app.storage.database import open_database
    from coprod_app.storage.pin import facilitator_pin_hash

    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert run("pin", "set")[0] == 0
    db = open_database(db_path)
    assert verify_pin("8642", facilitator_pin_hash(db))
    db.close()
    code, _, err = run("pin", "set", "--pin", "12")
    assert code == 1 and "4 to 12 digits" in err
