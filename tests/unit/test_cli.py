"""The command line: the names and JSON shapes of issue 3, one-line errors, text byte for byte."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_app.cli import main
from coprod_app.domain.session import CODE_ALPHABET
from coprod_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import ROOT

TEXTS = [
    "Swimming 🏊🏽‍♀️ is the best 👍🏿🎉",
    "أريد أن أذهب إلى المدرسة مع أصدقائي",
    "Mae'r ŵyl yn hwyl; ŷd a dŵr",
    "Zażółć gęślą jaźń",
    "<b>&amp;</b> & \"quotes\" 'apostrophes' \\backslash",
    "line one\nline two\r\n\ttabbed  ",
    "  spaces around  ",
    "- a dash first, then -1",
]
LONG_TEXT = ("All work and no play 🎈 ŵ ش\n" * 4000)[:100_000]


class Cli:
    """Runs `coprod-app` in this process against one database file."""

    def __init__(self, capsys, db: Path):
        self.capsys = capsys
        self.db = db

    def __call__(self, *argv: str, db: bool = True) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([*(["--db", str(self.db)] if db else []), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):
        code, out, err = self(*argv, "--json")
        assert (code, err) == (0, ""), err
        assert out.endswith("\n") and out.count("\n") == 1  # one JSON document on one line
        return json.loads(out)

    def fails(self, status: int, *argv: str, db: bool = True) -> str:
        code, out, err = self(*argv, db=db)
        assert code == status, (code, err)
        assert out == ""
        return one_line_error(err)

    def session(self, **fields) -> int:
        fields = {"title": "Youth forum night", "date": "2026-11-20", "forum": "youth-forum", **fields}
        argv = ["session", "new"]
        for name, value in fields.items():
            argv += [f"--{name}", value]
        return self.json(*argv)["id"]


def one_line_error(err: str) -> str:
    assert err.startswith("coprod-app: "), err
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert "Traceback" not in err
    return err


@pytest.fixture
def cli(capsys, tmp_path):
    return Cli(capsys, tmp_path / "db" / "coprod.sqlite3")


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("sessions", "participants", "views", "packs")
        }
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_process(*argv: str, stdin: bytes | None = None, env: dict | None = None, cwd: Path | None = None):
    """The real program, as a user or a script runs it."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    full_env.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "coprod_app", *argv],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


# Every sub-command and its JSON shape ---------------------------------------------


def test_pack_show_json(cli):
    pack = cli.json("pack", "show")
    assert {"name", "principles", "priorities", "towns"} <= set(pack)
    assert len(pack["principles"]) == 3
    assert all({"key", "title", "description"} <= set(p) for p in pack["principles"])
    assert len(pack["priorities"]) == 4
    for p in pack["priorities"]:
        assert {
            "key",
            "title",
            "children_say",
            "parents_say",
            "partners_say",
            "commitments",
            "i_statements",
        } <= set(p)
        assert all({"key", "text"} <= set(c) for c in p["commitments"])
    assert sum(len(p["commitments"]) for p in pack["priorities"]) == 17
    assert sum(len(p["i_statements"]) for p in pack["priorities"]) == 17
    assert pack["towns"] == [
        "Billingham",
        "Eaglescliffe",
        "Ingleby Barwick",
        "Norton",
        "Stockton",
        "Thornaby",
        "Yarm",
    ]
    assert pack["principles"][1]["title"] == "Nothing about us without us"


def test_pack_show_text_lists_keys(cli):
    code, out, _ = cli("pack", "show")
    assert code == 0
    assert "principle-1" in out and "commitment-4.5" in out and "Yarm" in out


def test_pack_load_and_list(cli, tmp_path):
    data = json.loads(Path(ROOT / "resources/packs/stockton-send-2025.json").read_text(encoding="utf-8"))
    data["key"], data["name"] = "copy-pack", "A copy, with ŵ"
    pack_file = tmp_path / "copy.json"
    pack_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli.json("pack", "load", str(pack_file)) == {"key": "copy-pack", "name": "A copy, with ŵ"}
    assert cli.json("pack", "show")["name"] == "A copy, with ŵ"
    listed = cli.json("pack", "list")
    assert [(p["key"], p["current"]) for p in listed] == [("stockton-send-2025", False), ("copy-pack", True)]


def test_session_new_and_list(cli):
    first = cli.json(
        "session",
        "new",
        "--title",
        "Coffee morning",
        "--date",
        "2026-03-01",
        "--forum",
        "parent-carer-forum",
        "--town",
        "thornaby",
        "--venue",
        "Library",
        "--facilitators",
        "Jo",
    )
    assert set(first) == {"id"} and isinstance(first["id"], int)
    second = cli.session(date="2026-04-01")
    sessions = cli.json("session", "list")
    assert [s["id"] for s in sessions] == [second, first["id"]]
    for s in sessions:
        assert {"id", "title", "date", "forum", "town", "venue", "views", "participants"} <= set(s)
    assert {
        k: sessions[1][k] for k in ("title", "date", "forum", "town", "venue", "views", "participants")
    } == {
        "title": "Coffee morning",
        "date": "2026-03-01",
        "forum": "parent-carer-forum",
        "town": "Thornaby",
        "venue": "Library",
        "views": 0,
        "participants": 0,
    }


def test_session_list_text_and_empty(cli):
    assert cli.json("session", "list") == []
    cli.session(title="Emoji 🎉 night")
    code, out, _ = cli("session", "list")
    assert code == 0 and "Emoji 🎉 night" in out


@pytest.mark.parametrize("forum", ["youth-forum", "parent-carer-forum", "engagement-event", "other"])
def test_every_forum(cli, forum):
    cli.session(forum=forum)
    assert cli.json("session", "list")[0]["forum"] == forum


def test_session_close_and_reopen(cli):
    sid = cli.session()
    assert cli.json("session", "close", "--session", str(sid))["status"] == "closed"
    message = cli.fails(1, "view", "add", "--session", str(sid), "--text", "too late")
    assert "closed" in message
    assert cli.json("session", "reopen", "--session", str(sid))["status"] == "open"
    cli.json("view", "add", "--session", str(sid), "--text", "in time")


def test_participant_new_and_list(cli):
    sid = cli.session()
    made = cli.json(
        "participant",
        "new",
        "--session",
        str(sid),
        "--group",
        "young-person",
        "--age-band",
        "16-18",
        "--town",
        "norton",
        "--quote-consent",
    )
    assert set(made) == {"code"}
    assert 3 <= len(made["code"]) and set(made["code"]) <= set(CODE_ALPHABET)
    bare = cli.json("participant", "new", "--session", str(sid))
    assert bare["code"] != made["code"]
    people = cli.json("participant", "list", "--session", str(sid))
    assert people[0] == {
        "code": made["code"],
        "group": "young-person",
        "age_band": "16-18",
        "town": "Norton",
        "quote_consent": True,
    }
    assert people[1]["quote_consent"] is False
    assert cli.json("session", "list")[0]["participants"] == 2


def test_participant_options_never_ask_for_a_name(capsys):
    with pytest.raises(SystemExit) as done:
        main(["participant", "new", "--help"])
    assert done.value.code == 0
    options = [word for word in capsys.readouterr().out.split() if word.startswith("--")]
    assert "--session" in options
    assert not [o for o in options if any(w in o for w in ("name", "birth", "dob", "age="))]


def test_view_add_and_list(cli):
    sid = cli.session()
    code = cli.json("participant", "new", "--session", str(sid))["code"]
    added = cli.json(
        "view",
        "add",
        "--session",
        str(sid),
        "--text",
        "More clubs please",
        "--participant",
        code.lower(),
        "--principle",
        "principle-2",
        "--principle",
        "principle-3",
        "--priority",
        "priority-2",
        "--commitment",
        "commitment-2.1",
        "--commitment",
        "commitment-2.2",
        "--sentiment",
        "mixed",
        "--how",
        "supported",
        "--follow-up",
    )
    assert set(added) == {"id"}
    plain = cli.json("view", "add", "--session", str(sid), "--text", "Plain")
    views = cli.json("view", "list", "--session", str(sid))
    assert [v["id"] for v in views] == [added["id"], plain["id"]]
    for v in views:
        assert set(v) == {
            "id",
            "text",
            "participant",
            "principles",
            "priority",
            "commitments",
            "sentiment",
            "how",
            "follow_up",
            "created_at",
        }
    first = {k: v for k, v in views[0].items() if k != "created_at"}
    assert first == {
        "id": added["id"],
        "text": "More clubs please",
        "participant": code,
        "principles": ["principle-2", "principle-3"],
        "priority": "priority-2",
        "commitments": ["commitment-2.1", "commitment-2.2"],
        "sentiment": "mixed",
        "how": "supported",
        "follow_up": True,
    }
    assert views[1]["participant"] is None and views[1]["follow_up"] is False
    assert views[1]["principles"] == [] and views[1]["priority"] is None
    assert views[0]["created_at"] <= views[1]["created_at"]
    assert cli.json("session", "list")[0]["views"] == 2


def test_view_priority_comes_from_its_commitment(cli):
    sid = cli.session()
    cli.json("view", "add", "--session", str(sid), "--text", "x", "--commitment", "commitment-4.2")
    assert cli.json("view", "list", "--session", str(sid))[0]["priority"] == "priority-4"


def test_view_delete(cli):
    sid = cli.session()
    vid = cli.json("view", "add", "--session", str(sid), "--text", "oops")["id"]
    assert cli.json("view", "delete", "--view", str(vid)) == {"id": vid}
    assert cli.json("view", "list", "--session", str(sid)) == []
    assert str(vid) in cli.fails(1, "view", "delete", "--view", str(vid))


def test_view_list_text_output_survives_every_kind_of_text(cli):
    sid = cli.session()
    for text in TEXTS:
        cli.json("view", "add", "--session", str(sid), "--text", text)
    code, out, err = cli("view", "list", "--session", str(sid))
    assert code == 0 and err == ""
    assert "🏊🏽‍♀️" in out and "ŵyl" in out


def test_check(cli):
    report = cli.json("check")
    assert {"ok", "schema_version", "journal_mode", "synchronous", "problems"} <= set(report)
    assert report["ok"] is True and report["problems"] == []
    assert (report["journal_mode"], report["synchronous"], report["schema_version"]) == (
        "wal",
        "full",
        SCHEMA_VERSION,
    )
    code, out, _ = cli("check")
    assert code == 0 and out.startswith("ok")


# Choosing the database --------------------------------------------------------------


def test_db_before_and_after_the_sub_command(capsys, tmp_path):
    before, after = tmp_path / "before" / "a.sqlite3", tmp_path / "after" / "b.sqlite3"
    assert (
        main(
            [
                "--db",
                str(before),
                "session",
                "new",
                "--title",
                "B",
                "--date",
                "2026-01-01",
                "--forum",
                "other",
            ]
        )
        == 0
    )
    assert (
        main(
            ["session", "new", "--title", "A", "--date", "2026-01-01", "--forum", "other", "--db", str(after)]
        )
        == 0
    )
    assert main(["view", "add", "--session", "1", "--db", str(after), "--text", "after"]) == 0
    capsys.readouterr()
    assert counts(before)["sessions"] == 1 and counts(before)["views"] == 0
    assert counts(after)["sessions"] == 1 and counts(after)["views"] == 1
    # Given both ways, the one after the sub-command is the one used.
    assert main(["--db", str(before), "session", "list", "--json", "--db", str(after)]) == 0
    assert [s["title"] for s in json.loads(capsys.readouterr().out)] == ["A"]


def test_coprod_db_environment_variable(capsys, tmp_path, monkeypatch):
    env_db = tmp_path / "from-env" / "deep" / "c.sqlite3"
    monkeypatch.setenv("COPROD_DB", str(env_db))
    monkeypatch.chdir(tmp_path)
    assert main(["session", "new", "--title", "Env", "--date", "2026-01-01", "--forum", "other"]) == 0
    assert env_db.exists() and counts(env_db)["sessions"] == 1
    assert not (tmp_path / "db").exists()
    # --db wins over the environment.
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "session", "list", "--json"]) == 0
    capsys.readouterr()
    assert counts(other)["sessions"] == 0


def test_default_database_is_db_coprod_sqlite3(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("COPROD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["session", "new", "--title", "Here", "--date", "2026-01-01", "--forum", "other"]) == 0
    capsys.readouterr()
    assert counts(tmp_path / "db" / "coprod.sqlite3")["sessions"] == 1


# Errors: one line, exit 2 for usage and 1 for the rest, nothing written ---------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["pack"],
        ["session", "new", "--title", "T", "--date", "2026-01-01"],
        ["session", "new", "--title", "T", "--date", "14/03/2026", "--forum", "other"],
        ["session", "new", "--title", "T", "--date", "2026-01-01", "--forum", "party"],
        ["participant", "new", "--session", "1", "--group", "child"],
        ["participant", "new", "--session", "1", "--age-band", "12"],
        ["view", "add", "--session", "one", "--text", "x"],
        ["view", "add", "--session", "0", "--text", "x"],
        ["view", "add", "--session", "1"],
        ["view", "add", "--session", "1", "--text", "x", "--text-file", "f"],
        ["view", "add", "--session", "1", "--text", "x", "--sentiment", "happy"],
        ["view", "add", "--session", "1", "--text", "x", "--how", "shouted"],
        ["view", "list"],
        ["check", "--unknown-option"],
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, argv):
    sid = cli.session()
    assert sid == 1
    before = counts(cli.db)
    cli.fails(2, *argv)
    assert counts(cli.db) == before


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["view", "add", "--session", "99", "--text", "x"], "99"),
        (["view", "list", "--session", "99"], "99"),
        (["participant", "new", "--session", "99"], "99"),
        (["session", "close", "--session", "99"], "99"),
        (["view", "add", "--session", "1", "--text", "x", "--principle", "principle-7"], "principle-7"),
        (["view", "add", "--session", "1", "--text", "x", "--priority", "priority-0"], "priority-0"),
        (
            [
                "view",
                "add",
                "--session",
                "1",
                "--text",
                "x",
                "--commitment",
                "commitment-1.1",
                "--commitment",
                "commitment-3.4",
            ],
            "commitment-3.4",
        ),
        (["view", "add", "--session", "1", "--text", "x", "--participant", "QQQ"], "QQQ"),
        (["view", "add", "--session", "1", "--text", "   "], "empty"),
        (["session", "new", "--title", " ", "--date", "2026-01-01", "--forum", "other"], "title"),
        (["view", "add", "--session", "1", "--text-file", "/no/such/file.txt"], "/no/such/file.txt"),
        (["pack", "show", "--key", "no-such-pack"], "no-such-pack"),
        (["pack", "load", "/no/such/pack.json"], "/no/such/pack.json"),
    ],
)
def test_errors_exit_1_name_the_thing_and_write_nothing(cli, argv, named):
    cli.session()
    before = counts(cli.db)
    message = cli.fails(1, *argv)
    assert named in message
    assert counts(cli.db) == before


def test_participant_of_another_session_is_refused(cli):
    first, second = cli.session(), cli.session()
    code = cli.json("participant", "new", "--session", str(first))["code"]
    assert code in cli.fails(1, "view", "add", "--session", str(second), "--text", "x", "--participant", code)
    assert cli.json("view", "list", "--session", str(second)) == []


def test_bad_database_file_is_one_line_and_untouched(capsys, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"Shopping list: milk, eggs\n" * 100)
    before = sha256(bad)
    for argv in (["check"], ["session", "list", "--json"], ["pack", "show"]):
        assert main(["--db", str(bad), *argv]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert "not a coprod-app database" in one_line_error(err)
    assert sha256(bad) == before


def test_unreadable_text_file_is_one_line(cli, tmp_path):
    sid = cli.session()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café".encode("latin-1"))
    assert "UTF-8" in cli.fails(1, "view", "add", "--session", str(sid), "--text-file", str(latin1))
    assert cli.json("view", "list", "--session", str(sid)) == []


# Text byte for byte ------------------------------------------------------------------


def test_text_byte_for_byte_in_process(cli, tmp_path):
    sid = cli.session()
    ids = [cli.json("view", "add", "--session", str(sid), "--text", text)["id"] for text in TEXTS]
    long_file = tmp_path / "long.txt"
    long_file.write_bytes(LONG_TEXT.encode("utf-8"))
    ids.append(cli.json("view", "add", "--session", str(sid), "--text-file", str(long_file))["id"])
    views = cli.json("view", "list", "--session", str(sid))
    assert [v["id"] for v in views] == ids
    assert [v["text"] for v in views] == [*TEXTS, LONG_TEXT]
    assert len(views[-1]["text"]) == 100_000
    # Words that look like an option go in with --text=...
    cli.json("view", "add", "--session", str(sid), "--text=--help me")
    assert cli.json("view", "list", "--session", str(sid))[-1]["text"] == "--help me"


def test_text_file_keeps_every_byte(cli, tmp_path):
    sid = cli.session()
    raw = "\ufeffBOM first\r\nCRLF line\rCR\n\x00nul ŵ 🎉\n\n".encode("utf-8")
    path = tmp_path / "words.txt"
    path.write_bytes(raw)
    cli.json("view", "add", "--session", str(sid), "--text-file", str(path))
    assert cli.json("view", "list", "--session", str(sid))[0]["text"].encode("utf-8") == raw


def test_text_byte_for_byte_through_the_real_program(tmp_path):
    db = tmp_path / "db" / "c.sqlite3"
    env = {"LC_ALL": "C", "LANG": "C"}  # not a UTF-8 terminal
    made = run_process(
        "--db",
        str(db),
        "session",
        "new",
        "--title",
        "Forum 🎉",
        "--date",
        "2026-01-01",
        "--forum",
        "youth-forum",
        "--json",
        env=env,
    )
    assert made.returncode == 0, made.stderr
    sid = json.loads(made.stdout)["id"]
    for text in TEXTS:
        added = run_process("--db", str(db), "view", "add", "--session", str(sid), "--text", text, env=env)
        assert added.returncode == 0, added.stderr
    from_stdin = run_process(
        "view",
        "add",
        "--session",
        str(sid),
        "--text-file",
        "-",
        "--db",
        str(db),
        "--json",
        stdin=LONG_TEXT.encode("utf-8"),
        env=env,
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    listed = run_process("--db", str(db), "view", "list", "--session", str(sid), "--json", env=env)
    assert listed.returncode == 0 and listed.stderr == b""
    views = json.loads(listed.stdout.decode("utf-8"))
    assert [v["text"] for v in views] == [*TEXTS, LONG_TEXT]


def test_errors_from_the_real_program_are_one_line_never_a_traceback(tmp_path):
    db = tmp_path / "c.sqlite3"
    usage = run_process("--db", str(db), "view", "add", "--session", "1")
    assert usage.returncode == 2
    missing = run_process("--db", str(db), "view", "add", "--session", "5", "--text", "x")
    assert missing.returncode == 1
    bad_args = run_process("--db", str(db), "session", "new", "--forum", "party")
    assert bad_args.returncode == 2
    not_utf8 = subprocess.run(
        [
            sys.executable,
            "-m",
            "coprod_app",
            "--db",
            str(db),
            "session",
            "new",
            "--title",
            b"caf\xe9",
            "--date",
            "2026-01-01",
            "--forum",
            "other",
        ],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
    )
    assert not_utf8.returncode == 1
    for result in (usage, missing, bad_args, not_utf8):
        err = result.stderr.decode("utf-8")
        one_line_error(err)
        assert result.stdout == b""
        assert "did not expect" not in err
    assert "5" in missing.stderr.decode()
    assert counts(db) == {"sessions": 0, "participants": 0, "views": 0, "packs": 1}


def test_damaged_database_through_the_real_program(tmp_path):
    db = tmp_path / "c.sqlite3"
    assert run_process("--db", str(db), "check", "--json").returncode == 0
    data = bytearray(db.read_bytes())
    data[100:140] = bytes(b ^ 0xFF for b in data[100:140])
    db.write_bytes(bytes(data))
    before = sha256(db)
    result = run_process("check", "--db", str(db))
    assert result.returncode == 1
    assert "damaged" in one_line_error(result.stderr.decode("utf-8"))
    assert sha256(db) == before
