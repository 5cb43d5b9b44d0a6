"""A strategy pack carries its texts in more than one language; each card says what it means.

The Welsh texts are checked as shapes and words here; their Welsh needs review by a native
speaker (resources/translations/README.md).
"""

from __future__ import annotations

import copy
import json

import pytest

from coprod_app.domain.pack import PackError, load_pack_file, parse_pack
from coprod_app.storage.packs import DEFAULT_PACK_FILE, current_pack, ensure_default_pack, install_pack
from coprod_app.storage.sessions import create_session, session_pack
from tests.unit.test_easy_read_language import problems


@pytest.fixture(scope="module")
def shipped():
    return load_pack_file(DEFAULT_PACK_FILE)


def _tiny() -> dict:
    return {
        "key": "northshire-2026",
        "name": "Northshire Inclusion Plan 2026",
        "principles": [
            {"key": "np-1", "title": "Listen first", "description": "We listen before we decide."}
        ],
        "priorities": [
            {
                "key": "np-health",
                "title": "Health",
                "easy_read": "Being healthy",
                "children_say": [],
                "parents_say": [],
                "partners_say": [],
                "commitments": [
                    {
                        "key": "nc-1",
                        "text": "We will open the pool on Saturdays.",
                        "easy_read": "The pool opens on Saturdays.",
                        "i_statement": 0,
                    },
                    {
                        "key": "nc-2",
                        "text": "We will train lifeguards in signing.",
                        "easy_read": "Lifeguards will learn to sign.",
                        "easy_read_i_statement": "I can talk to the lifeguard.",
                        "i_statement": 0,
                    },
                ],
                "i_statements": ["I can swim at the weekend."],
            }
        ],
        "towns": ["Northby"],
    }


def _welsh() -> dict:
    data = _tiny()
    data["translations"] = {
        "cy": {
            "np-health": {
                "easy_read": "Bod yn iach",
                "i_statements": ["Rydw i'n gallu nofio ar y penwythnos."],
            },
            "nc-1": {"easy_read": "Mae'r pwll ar agor ar ddydd Sadwrn."},
            # nc-2's words stay English: the Welsh translator has not written them yet.
        }
    }
    return data


# Loading and in_language ------------------------------------------------------------------------


def test_a_pack_without_translations_loads_as_before_and_stays_in_its_language():
    pack = parse_pack(_tiny())
    assert pack.translations == {}
    assert pack.languages == ("en-GB",)
    assert pack.in_language("cy") is pack
    assert pack.commitment("nc-1").i_statement == "I can swim at the weekend."


def test_a_pack_with_welsh_texts_loads_and_gives_welsh_with_english_where_it_has_none():
    pack = parse_pack(_welsh())
    assert pack.languages == ("en-GB", "cy")
    welsh = pack.in_language("cy")
    assert welsh.language == "cy"
    assert welsh.priority("np-health").easy_read == "Bod yn iach"
    assert welsh.priority("np-health").title == "Health"  # no Welsh title: English
    one, two = welsh.commitment("nc-1"), welsh.commitment("nc-2")
    assert one.easy_read == "Mae'r pwll ar agor ar ddydd Sadwrn."
    assert one.i_statement == "Rydw i'n gallu nofio ar y penwythnos."  # the strategy's, in Welsh
    assert one.text == "We will open the pool on Saturdays."
    assert two.easy_read == "Lifeguards will learn to sign."  # fallback
    assert (
        two.i_statement == "I can talk to the lifeguard."
    )  # its own, untranslated: not the strategy's Welsh
    assert two.strategy_i_statement == "Rydw i'n gallu nofio ar y penwythnos."
    # A region tag finds the language; the pack's own language and an unknown one change nothing.
    assert pack.in_language("cy-GB").commitment("nc-1").easy_read == one.easy_read
    assert pack.in_language("en") is pack
    assert pack.in_language("fr") is pack
    # A pack that names its Welsh with a region is found by the plain language too.
    regional = _welsh()
    regional["translations"] = {"cy-gb": regional["translations"]["cy"]}
    assert parse_pack(regional).in_language("cy").commitment("nc-1").easy_read == one.easy_read
    # Only the words change: the stored copy is the pack's own.
    assert welsh.to_json() == pack.to_json()
    assert [c.key for c in welsh.commitments] == [c.key for c in pack.commitments]


def test_a_session_keeps_its_welsh_and_an_old_session_without_it_still_loads(db):
    install_pack(db, parse_pack(_welsh()))
    session = create_session(db, title="Pool night", date="2026-11-20", forum="youth-forum", town="Northby")
    assert (
        session_pack(db, session.id).in_language("cy").commitment("nc-1").easy_read.startswith("Mae'r pwll")
    )
    install_pack(db, parse_pack(_tiny()))  # an English-only pack, as every session made before had
    old = create_session(db, title="Old night", date="2026-10-20", forum="youth-forum", town="Northby")
    assert (
        session_pack(db, old.id).in_language("cy").commitment("nc-1").easy_read
        == "The pool opens on Saturdays."
    )


# A bad translations block is refused in one sentence ----------------------------------------------


@pytest.mark.parametrize(
    "change,named",
    [
        (lambda t: t.update({"cy": []}), "'translations.cy' must be a JSON object"),
        (lambda t: t.update({"Welsh": {}}), "the language 'Welsh'"),
        (lambda t: t.update({"en": {}}), "'translations.en' is the pack's own language"),
        (lambda t: t["cy"].update({"nc-9": {"easy_read": "x"}}), "names 'nc-9', which is not the key"),
        (lambda t: t["cy"].update({"nc-1": "Mae'r pwll"}), "'translations.cy.nc-1' must be a JSON object"),
        (lambda t: t["cy"]["nc-1"].update({"colour": "coch"}), "'translations.cy.nc-1.colour' is not a text"),
        (
            lambda t: t["cy"]["nc-1"].update({"easy_read": 3}),
            "'translations.cy.nc-1.easy_read' must be non-empty",
        ),
        (
            lambda t: t["cy"]["nc-1"].update({"easy_read": " "}),
            "'translations.cy.nc-1.easy_read' must be non-empty",
        ),
        (
            lambda t: t["cy"]["nc-1"].update({"easy_read_i_statement": "Rydw i'n hapus."}),
            "translates a text that commitment 'nc-1' does not have",
        ),
        (lambda t: t["cy"]["np-health"].update({"i_statements": []}), "must be a list of 1 entry,"),
        (
            lambda t: t["cy"]["np-health"].update({"i_statements": [7]}),
            "'translations.cy.np-health.i_statements[0]'",
        ),
        (
            lambda t: t["cy"]["np-health"].update({"children_say": ["x"]}),
            "'translations.cy.np-health.children_say'",
        ),
    ],
)
def test_a_bad_translations_block_is_refused_in_one_sentence(change, named):
    data = _welsh()
    change(data["translations"])
    with pytest.raises(PackError) as caught:
        parse_pack(data)
    message = str(caught.value)
    assert named in message
    assert message.count(". ") == 0 and message.endswith(".") and "\n" not in message


def test_a_translations_block_that_is_not_an_object_is_refused():
    data = _tiny()
    data["translations"] = ["cy"]
    with pytest.raises(PackError, match=r"^Field 'translations' must be a JSON object of languages"):
        parse_pack(data)


# The shipped Stockton pack ------------------------------------------------------------------------


def test_the_shipped_pack_has_welsh_for_every_card_priority_and_i_statement(shipped):
    english, welsh = shipped, shipped.in_language("cy")
    for before, after in zip(english.priorities, welsh.priorities, strict=True):
        assert after.easy_read != before.easy_read or before.easy_read == "", before.key
        assert all(w != e for w, e in zip(after.i_statements, before.i_statements, strict=True)), before.key
    for before, after in zip(english.commitments, welsh.commitments, strict=True):
        assert after.easy_read and after.easy_read != before.easy_read, before.key
        assert (after.i_statement is None) == (before.i_statement is None), before.key
        if before.i_statement:
            assert after.i_statement != before.i_statement, before.key
    for before, after in zip(english.principles, welsh.principles, strict=True):
        assert after.easy_read != before.easy_read and after.title != before.title, before.key


def test_no_two_cards_of_the_shipped_pack_say_the_same_i_statement(shipped):
    for pack in (shipped, shipped.in_language("cy")):
        said = [c.i_statement for c in pack.commitments if c.i_statement]
        assert len(said) == len(set(said)) == 14, pack.language


def test_the_shipped_pack_easy_read_i_statements_are_short_and_plain(shipped):
    for pack in (shipped, shipped.in_language("cy")):
        found = {c.key: problems(c.i_statement) for c in pack.commitments if c.i_statement}
        assert {k: v for k, v in found.items() if v} == {}, pack.language
    # English cards speak as the child: "I …" / "My …".
    assert all(
        c.easy_read_i_statement.startswith(("I ", "My ")) for c in shipped.commitments if c.i_statement
    )


def test_the_shipped_pack_keeps_its_strategy_words_and_links(shipped):
    data = json.loads(DEFAULT_PACK_FILE.read_text(encoding="utf-8"))
    without = copy.deepcopy(data)
    del without["translations"]
    for priority in without["priorities"]:
        for c in priority["commitments"]:
            c.pop("easy_read_i_statement", None)
    plain = parse_pack(without)
    assert [c.strategy_i_statement for c in shipped.commitments] == [c.i_statement for c in plain.commitments]
    assert shipped.summary()["languages"] == ["en-GB", "cy"]


# A database made by an earlier version ----------------------------------------------------------------


def _earlier_copy() -> dict:
    """The shipped pack as earlier versions installed it: the strategy's words, no added words."""
    data = json.loads(DEFAULT_PACK_FILE.read_text(encoding="utf-8"))
    del data["translations"]
    for priority in data["priorities"]:
        for c in priority["commitments"]:
            c.pop("easy_read_i_statement", None)
    return data


def _installed_json(db) -> dict:
    return json.loads(db.execute("SELECT json FROM packs WHERE key = 'stockton-send-2025'").fetchone()[0])


def _install_raw(db, data: dict) -> None:
    with db.conn:
        db.execute(
            "UPDATE packs SET json = ? WHERE key = 'stockton-send-2025'",
            [json.dumps(data, ensure_ascii=False)],
        )


def test_an_earlier_copy_of_the_shipped_pack_gets_its_welsh_and_old_sessions_keep_theirs(db):
    _install_raw(db, _earlier_copy())
    before = create_session(db, title="Before", date="2026-10-20", forum="youth-forum", town="Stockton")
    ensure_default_pack(db)  # as the app and every command do when they open the database
    assert "cy" in current_pack(db).translations
    assert current_pack(db).to_json() == load_pack_file(DEFAULT_PACK_FILE).to_json()
    after = create_session(db, title="After", date="2026-11-20", forum="youth-forum", town="Stockton")
    assert (
        session_pack(db, after.id)
        .in_language("cy")
        .commitment("commitment-1.1")
        .easy_read.startswith("Byddwn")
    )
    old = session_pack(db, before.id)  # history is never rewritten
    assert old.translations == {} and old.in_language("cy") is old
    assert old.commitment("commitment-1.2").i_statement == old.commitment("commitment-1.4").i_statement


def test_an_edited_copy_or_one_with_its_own_translations_is_left_as_it_is(db):
    edited = _earlier_copy()
    edited["priorities"][0]["commitments"][0]["easy_read"] = "Our own words."
    _install_raw(db, edited)
    ensure_default_pack(db)
    assert _installed_json(db) == edited

    reviewed = json.loads(DEFAULT_PACK_FILE.read_text(encoding="utf-8"))
    reviewed["translations"]["cy"]["commitment-1.1"]["easy_read"] = "Geiriau a adolygwyd."
    _install_raw(db, reviewed)
    ensure_default_pack(db)
    assert _installed_json(db) == reviewed


def test_a_read_only_database_keeps_its_earlier_copy_and_still_opens(db):
    from coprod_app.storage.connection import mark_read_only

    _install_raw(db, _earlier_copy())
    mark_read_only(db, "The database is in a read-only folder.")
    ensure_default_pack(db)  # no error: the copy it has still works
    assert _installed_json(db) == _earlier_copy()


def test_results_are_relabelled_in_the_packs_language_and_keep_everything_else(shipped):
    results = {
        "round": 3,
        "method": "pick",
        "commitments": [
            {
                "key": "commitment-1.1",
                "text": "T",
                "easy_read": "E",
                "count": 4,
                "rank": 1,
                "priority": "priority-1",
            },
            {"key": "gone-card", "text": "Old words", "easy_read": "", "count": 1, "rank": 2},
        ],
    }
    welsh = shipped.in_language("cy").relabel(results)
    first, second = welsh["commitments"]
    assert first["easy_read"] == shipped.in_language("cy").commitment("commitment-1.1").easy_read
    assert first["text"] == shipped.commitment("commitment-1.1").text  # no Welsh for the full text: English
    assert {k: first[k] for k in ("count", "rank", "priority")} == {
        "count": 4,
        "rank": 1,
        "priority": "priority-1",
    }
    assert second == results["commitments"][1]
    assert welsh["round"] == 3 and results["commitments"][0]["easy_read"] == "E"  # the input is not changed
