"""The shipped strategy pack is the seed word for word; bad packs are refused naming the field."""

from __future__ import annotations

import copy
import json
import re

import pytest

from coprod_app.cli import main
from coprod_app.domain.errors import NotFound
from coprod_app.domain.pack import PackError, load_pack_file, parse_pack, parse_pack_text
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.packs import DEFAULT_PACK_FILE, current_pack, install_pack
from coprod_app.storage.sessions import create_session, session_pack
from coprod_app.storage.views import list_views, record_view
from tests.conftest import ROOT

# The council's draft strategy the pack is transcribed from, kept in the repository so these
# tests run (never skip) in any clone: see tests/data/README.md.
SEED = ROOT / "tests" / "data" / "stockton-send-ap-strategy-2025-2030-draft.txt"
PRIORITY_HEADINGS = (
    "1. Being as healthy as possible",
    "2. Family, Friends, and Community",
    "3. Getting ready for independence",
    "4. Having good education, employment, and training opportunities",
)


@pytest.fixture(scope="module")
def pack():
    return load_pack_file(DEFAULT_PACK_FILE)


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


def _seed_table(seed_text: str, heading: str) -> list[list[str]]:
    """The five columns of one priority's table in the seed, each a list of its <p> paragraphs."""
    start = (
        seed_text.index(heading + "\t") if heading + "\t" in seed_text else seed_text.index(heading + "\n")
    )
    rows = [line for line in seed_text[start:].splitlines() if line.startswith("<p>")]
    cells = rows[0].split("\t")
    assert len(cells) == 5, heading
    return [re.findall(r"<p>(.*?)</p>", cell) for cell in cells]


# The shipped pack ------------------------------------------------------------


def test_shipped_pack_has_the_strategys_counts(pack):
    assert len(pack.principles) == 3
    assert len(pack.priorities) == 4
    assert [len(p.commitments) for p in pack.priorities] == [5, 4, 3, 5]
    assert len(pack.commitments) == 17
    assert [len(p.i_statements) for p in pack.priorities] == [4, 5, 3, 5]
    assert sum(len(p.i_statements) for p in pack.priorities) == 17
    assert len(pack.towns) == 7


def test_shipped_pack_keys_are_stable(pack):
    assert [p.key for p in pack.principles] == ["principle-1", "principle-2", "principle-3"]
    assert [p.key for p in pack.priorities] == ["priority-1", "priority-2", "priority-3", "priority-4"]
    for n, priority in enumerate(pack.priorities, start=1):
        assert [c.key for c in priority.commitments] == [
            f"commitment-{n}.{m}" for m in range(1, len(priority.commitments) + 1)
        ]
        assert all(c.priority_key == priority.key for c in priority.commitments)


def test_principles_are_the_seeds_words(pack, seed_text):
    for principle in pack.principles:
        # The seed writes each as "Title. Description" on one line.
        assert f"\n{principle.title}. {principle.description}\n" in seed_text, principle.key
    assert [p.title for p in pack.principles] == [
        "We work together for a good life",
        "Nothing about us without us",
        "Inclusion",
    ]


def test_priorities_are_the_seeds_words_in_order(pack, seed_text):
    for heading, priority in zip(PRIORITY_HEADINGS, pack.priorities, strict=True):
        assert heading.split(". ", 1)[1] == priority.title
        children, parents, partners, commitments, i_statements = _seed_table(seed_text, heading)
        assert list(priority.children_say) == children, priority.key
        assert list(priority.parents_say) == parents, priority.key
        assert list(priority.partners_say) == partners, priority.key
        assert [c.text for c in priority.commitments] == commitments, priority.key
        assert list(priority.i_statements) == i_statements, priority.key


def test_towns_are_the_seven_towns_of_the_seed(pack, seed_text):
    match = re.search(r"made up of seven towns \(([^)]*)\)", seed_text)
    assert match, "the seed names the seven towns"
    assert list(pack.towns) == [t.strip() for t in match.group(1).split(",")]


def test_every_text_in_the_pack_is_in_the_seed(pack, seed_text):
    texts = [p.description for p in pack.principles]
    for priority in pack.priorities:
        texts += [
            *priority.children_say,
            *priority.parents_say,
            *priority.partners_say,
            *priority.i_statements,
        ]
        texts += [c.text for c in priority.commitments]
    assert len(texts) == 3 + 17 + 17 + sum(
        len(p.children_say) + len(p.parents_say) + len(p.partners_say) for p in pack.priorities
    )
    missing = [t for t in texts if t not in seed_text]
    assert missing == []


def test_i_statement_links_point_into_their_own_priority(pack):
    for priority in pack.priorities:
        for c in priority.commitments:
            assert c.strategy_i_statement is None or c.strategy_i_statement in priority.i_statements


def test_shipped_pack_summary_has_the_cli_shape(pack):
    summary = pack.summary()
    assert {"name", "principles", "priorities", "towns"} <= set(summary)
    assert all({"key", "title", "description"} <= set(p) for p in summary["principles"])
    for p in summary["priorities"]:
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
    json.dumps(summary)  # JSON-serialisable as it is


def test_pack_survives_a_round_trip_through_its_json(pack):
    again = parse_pack(json.loads(pack.to_json()))
    assert again == pack
    assert again.summary() == pack.summary()


# Bad packs are refused, naming the field -------------------------------------


def _tiny() -> dict:
    return {
        "format": 1,
        "key": "northshire-2026",
        "name": "Northshire Inclusion Plan 2026",
        "council": "Northshire Council",
        "principles": [
            {"key": "np-1", "title": "Listen first", "description": "We listen before we decide."},
        ],
        "priorities": [
            {
                "key": "np-health",
                "title": "Health",
                "children_say": ["Swimming lessons."],
                "parents_say": [],
                "partners_say": [],
                "commitments": [
                    {"key": "nc-1", "text": "We will open the pool on Saturdays.", "i_statement": 0},
                    {"key": "nc-2", "text": "We will train lifeguards in signing."},
                ],
                "i_statements": ["I can swim at the weekend."],
            }
        ],
        "towns": ["Northby", "Southby"],
    }


def test_tiny_pack_is_valid():
    pack = parse_pack(_tiny())
    assert pack.key == "northshire-2026"
    assert pack.commitment("nc-1").i_statement == "I can swim at the weekend."
    assert pack.commitment("nc-2").i_statement is None


def _refused(data) -> str:
    with pytest.raises(PackError) as caught:
        parse_pack(data)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


@pytest.mark.parametrize(
    ("path", "named"),
    [
        (("name",), "'name'"),
        (("principles",), "'principles'"),
        (("priorities",), "'priorities'"),
        (("towns",), "'towns'"),
        (("principles", 0, "title"), "'principles[0].title'"),
        (("principles", 0, "description"), "'principles[0].description'"),
        (("principles", 0, "key"), "'principles[0].key'"),
        (("priorities", 0, "children_say"), "'priorities[0].children_say'"),
        (("priorities", 0, "i_statements"), "'priorities[0].i_statements'"),
        (("priorities", 0, "commitments"), "'priorities[0].commitments'"),
        (("priorities", 0, "commitments", 1, "text"), "'priorities[0].commitments[1].text'"),
    ],
)
def test_missing_field_is_named(path, named):
    data = _tiny()
    target = data
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    message = _refused(data)
    assert named in message and "missing" in message


def _second_principle_same_key(d):
    d["principles"].append(copy.deepcopy(d["principles"][0]))


def _commitment_repeats_commitment(d):
    commitments = d["priorities"][0]["commitments"]
    commitments[1]["key"] = commitments[0]["key"]


def _priority_repeats_principle(d):
    d["priorities"][0]["key"] = d["principles"][0]["key"]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (_second_principle_same_key, "principles[1].key"),
        (_commitment_repeats_commitment, "priorities[0].commitments[1].key"),
        (_priority_repeats_principle, "priorities[0].key"),
    ],
)
def test_duplicate_key_is_named(change, where):
    data = _tiny()
    change(data)
    message = _refused(data)
    assert f"'{where}'" in message
    assert "repeats" in message


def test_same_town_twice_is_refused():
    data = _tiny()
    data["towns"].append("northby")
    assert "'towns'" in _refused(data)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d.__setitem__("name", 42), "'name'"),
        (lambda d: d.__setitem__("name", "   "), "'name'"),
        (lambda d: d.__setitem__("principles", {"key": "x"}), "'principles'"),
        (lambda d: d.__setitem__("towns", "Northby"), "'towns'"),
        (lambda d: d["towns"].append(7), "'towns[2]'"),
        (lambda d: d["principles"].__setitem__(0, "Listen first"), "'principles[0]'"),
        (lambda d: d["principles"][0].__setitem__("easy_read", ["x"]), "'principles[0].easy_read'"),
        (lambda d: d["priorities"][0].__setitem__("children_say", [None]), "'priorities[0].children_say[0]'"),
        (
            lambda d: d["priorities"][0]["commitments"][0].__setitem__("i_statement", 1),
            "'priorities[0].commitments[0].i_statement'",
        ),
        (
            lambda d: d["priorities"][0]["commitments"][0].__setitem__("i_statement", "0"),
            "'priorities[0].commitments[0].i_statement'",
        ),
        (
            lambda d: d["priorities"][0]["commitments"][0].__setitem__("i_statement", True),
            "'priorities[0].commitments[0].i_statement'",
        ),
        (
            lambda d: d["priorities"][0]["commitments"][0].__setitem__("key", 3),
            "'priorities[0].commitments[0].key'",
        ),
        (lambda d: d["priorities"][0].__setitem__("commitments", []), "'priorities[0].commitments'"),
        (lambda d: d.__setitem__("format", 2), "'format'"),
    ],
)
def test_wrong_type_is_named(change, named):
    data = _tiny()
    change(data)
    assert named in _refused(data)


def test_a_pack_that_is_not_an_object_is_refused():
    _refused(["principles"])


@pytest.mark.parametrize(
    "raw",
    [b'{"name": "x",', b"", b"{'name': 'single quotes'}", '{"name": "caf\u00e9"'.encode("latin-1")],
)
def test_bad_json_is_refused_with_the_place(raw, tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "JSON" in message or "UTF-8" in message
    assert "\n" not in message


def test_bad_json_names_line_and_column():
    with pytest.raises(PackError, match=r"line 3, column"):
        parse_pack_text('{\n "name": "x",\n oops\n}')


def test_missing_pack_file_is_one_sentence(tmp_path):
    with pytest.raises(PackError, match="does not exist"):
        load_pack_file(tmp_path / "nowhere.json")


# Another council's pack ------------------------------------------------------


def test_another_councils_pack_loads_and_old_sessions_keep_their_copy(tmp_path, capsys):
    db_file = tmp_path / "db" / "c.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db_file),
                "session",
                "new",
                "--title",
                "Before",
                "--date",
                "2026-01-10",
                "--forum",
                "youth-forum",
                "--json",
            ]
        )
        == 0
    )
    old_id = json.loads(capsys.readouterr().out)["id"]

    pack_file = tmp_path / "northshire.json"
    pack_file.write_text(json.dumps(_tiny(), ensure_ascii=False), encoding="utf-8")
    assert main(["pack", "load", str(pack_file), "--db", str(db_file)]) == 0
    assert "Northshire" in capsys.readouterr().out

    assert main(["--db", str(db_file), "pack", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Northshire Inclusion Plan 2026"
    assert [p["key"] for p in shown["principles"]] == ["np-1"]
    assert shown["towns"] == ["Northby", "Southby"]

    assert (
        main(
            [
                "--db",
                str(db_file),
                "session",
                "new",
                "--title",
                "After",
                "--date",
                "2026-02-10",
                "--forum",
                "other",
                "--town",
                "southby",
                "--json",
            ]
        )
        == 0
    )
    new_id = json.loads(capsys.readouterr().out)["id"]

    # The new session uses the new pack's keys; the old one still knows only Stockton's.
    assert (
        main(
            [
                "--db",
                str(db_file),
                "view",
                "add",
                "--session",
                str(new_id),
                "--text",
                "Pool on Saturday",
                "--commitment",
                "nc-1",
                "--principle",
                "np-1",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(db_file),
                "view",
                "add",
                "--session",
                str(new_id),
                "--text",
                "x",
                "--principle",
                "principle-1",
            ]
        )
        == 1
    )
    assert "principle-1" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(db_file),
                "view",
                "add",
                "--session",
                str(old_id),
                "--text",
                "Stockton words",
                "--principle",
                "principle-2",
                "--commitment",
                "commitment-3.2",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(db_file),
                "view",
                "add",
                "--session",
                str(old_id),
                "--text",
                "x",
                "--commitment",
                "nc-1",
            ]
        )
        == 1
    )
    assert "nc-1" in capsys.readouterr().err

    assert main(["--db", str(db_file), "view", "list", "--session", str(new_id), "--json"]) == 0
    views = json.loads(capsys.readouterr().out)
    assert [(v["text"], v["priority"], v["commitments"]) for v in views] == [
        ("Pool on Saturday", "np-health", ["nc-1"])
    ]
    assert main(["--db", str(db_file), "session", "list", "--json"]) == 0
    towns = {s["title"]: s["town"] for s in json.loads(capsys.readouterr().out)}
    assert towns["After"] == "Southby"  # the new pack's spelling of its town


def test_a_bad_pack_file_writes_nothing(tmp_path, capsys):
    db_file = tmp_path / "db" / "c.sqlite3"
    bad = _tiny()
    del bad["priorities"][0]["commitments"][0]["text"]
    pack_file = tmp_path / "bad.json"
    pack_file.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["--db", str(db_file), "pack", "load", str(pack_file)]) == 1
    err = capsys.readouterr().err
    assert "priorities[0].commitments[0].text" in err
    assert len(err.strip().splitlines()) == 1
    assert not db_file.exists()  # the file was checked before the database was opened


def test_changing_the_current_pack_does_not_rewrite_a_sessions_copy(db):
    before = create_session(db, title="Before", date="2026-01-01", forum="other")
    record_view(db, before.id, ViewDraft(text="kept", commitments=("commitment-1.1",)))
    data = _tiny()
    data["key"] = "stockton-send-2025"  # the same key, a different text: replaces the installed pack
    install_pack(db, parse_pack(data))
    assert current_pack(db).name == "Northshire Inclusion Plan 2026"
    kept = session_pack(db, before.id)
    assert len(kept.commitments) == 17
    assert kept.commitment("commitment-1.1").text.startswith("We will train and support our workforce")
    assert list_views(db, before.id)[0].draft.priority == "priority-1"
    with pytest.raises(NotFound):
        record_view(db, before.id, ViewDraft(text="new key", commitments=("nc-1",)))


def test_the_example_in_the_docs_is_a_valid_pack():
    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "strategy-pack.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    pack = parse_pack(json.loads(example))
    assert pack.commitment("nc-1").i_statement == "I can swim at the weekend."
    for message in re.findall(r"`(Field '[^`]*)`", doc):  # the documented messages are the real ones' shape
        assert message.endswith(".")
