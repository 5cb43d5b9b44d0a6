"""Domain rules: participant codes, checking a view against the pack, undo history."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_app.domain import session as rules
from coprod_app.domain.errors import CoprodError, InvalidInput, NotFound
from coprod_app.domain.pack import load_pack_file
from coprod_app.domain.undo import Step, UndoHistory
from coprod_app.domain.view import HOW_GIVEN, SENTIMENTS, View, ViewDraft, ViewFilter, check_view
from coprod_app.storage.packs import DEFAULT_PACK_FILE

PACK = load_pack_file(DEFAULT_PACK_FILE)

# Characters people mix up when reading a sticker aloud or copying it.
CONFUSABLE_GROUPS = ["0ODQ", "1IL", "2Z", "5S", "8B", "UV"]


# Participant codes -------------------------------------------------------------


def test_code_alphabet_has_no_confusable_pair():
    for group in CONFUSABLE_GROUPS:
        present = [ch for ch in group if ch in rules.CODE_ALPHABET]
        assert len(present) <= 1, f"{present} can be mistaken for each other"
    assert rules.CODE_ALPHABET == rules.CODE_ALPHABET.upper()
    assert len(set(rules.CODE_ALPHABET)) == len(rules.CODE_ALPHABET)


def test_codes_are_short_and_only_use_the_alphabet():
    taken: set[str] = set()
    for _ in range(500):
        code = rules.new_code(taken)
        assert len(code) == rules.CODE_LENGTH
        assert set(code) <= set(rules.CODE_ALPHABET)
        taken.add(code)


def test_codes_never_repeat_in_a_session():
    taken: set[str] = set()
    rng = random.Random(3)
    for _ in range(3000):
        code = rules.new_code(taken, rng)
        assert code not in taken
        taken.add(code)
    assert len(taken) == 3000


def test_codes_grow_when_short_codes_run_out():
    all_short = {"".join(t) for t in itertools.product(rules.CODE_ALPHABET, repeat=rules.CODE_LENGTH)}
    code = rules.new_code(all_short, random.Random(1))
    assert len(code) == rules.CODE_LENGTH + 1
    # Half full is already "short": codes grow before guessing gets slow.
    half = set(itertools.islice(sorted(all_short), len(all_short) // 2 + 1))
    assert len(rules.new_code(half, random.Random(2))) == rules.CODE_LENGTH + 1


def test_nearly_full_code_space_still_gives_a_fresh_code():
    all_short = sorted("".join(t) for t in itertools.product(rules.CODE_ALPHABET, repeat=rules.CODE_LENGTH))
    taken = set(all_short[:-1])
    code = rules.new_code(taken, random.Random(5))
    assert code not in taken


def test_typed_codes_are_normalised():
    assert rules.normalise_code("  k7q \n") == "K7Q"
    assert rules.normalise_code(None) == ""


# Session fields ----------------------------------------------------------------


def test_session_field_rules():
    assert rules.check_title("  Youth forum  ") == "Youth forum"
    with pytest.raises(InvalidInput):
        rules.check_title("   ")
    with pytest.raises(InvalidInput):
        rules.check_title("x" * (rules.MAX_TEXT + 1))
    assert rules.check_date("2026-03-14") == "2026-03-14"
    for bad in ("14/03/2026", "2026-02-30", "", "tomorrow"):
        with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
            rules.check_date(bad)
    assert rules.check_choice("", rules.FORUMS, "forum") is None
    with pytest.raises(InvalidInput, match="youth-forum"):
        rules.check_choice("youth forum", rules.FORUMS, "forum")


def test_text_that_is_not_valid_unicode_is_one_sentence():
    # What Python makes of bytes that were not UTF-8 on a command line.
    broken = b"caf\xe9".decode("utf-8", "surrogateescape")
    with pytest.raises(InvalidInput, match="not valid text"):
        rules.check_title(broken)
    with pytest.raises(InvalidInput, match="not valid text"):
        rules.check_short_text(broken, "venue")
    with pytest.raises(InvalidInput, match="not valid text"):
        check_view(ViewDraft(text=broken), PACK)


# check_view ------------------------------------------------------------------


def test_view_text_is_kept_exactly():
    text = "  <b>&amp;</b>\r\nŵŷ 👍🏽 مرحبا\n\n  "
    assert check_view(ViewDraft(text=text), PACK).text == text


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_view_is_refused(text):
    with pytest.raises(InvalidInput, match="empty"):
        check_view(ViewDraft(text=text), PACK)


def test_very_long_view_is_refused_but_100000_characters_are_fine():
    assert len(check_view(ViewDraft(text="a" * 100_000), PACK).text) == 100_000
    with pytest.raises(InvalidInput):
        check_view(ViewDraft(text="a" * 1_000_001), PACK)


@pytest.mark.parametrize(
    ("draft", "named"),
    [
        (ViewDraft(text="x", principles=("principle-9",)), "principle-9"),
        (ViewDraft(text="x", priority="priority-5"), "priority-5"),
        (ViewDraft(text="x", commitments=("commitment-1.1", "commitment-2.9")), "commitment-2.9"),
        (ViewDraft(text="x", principles=("commitment-1.1",)), "commitment-1.1"),  # a key of another kind
    ],
)
def test_unknown_key_is_named(draft, named):
    with pytest.raises(NotFound) as caught:
        check_view(draft, PACK)
    assert f"'{named}'" in str(caught.value)


@pytest.mark.parametrize("field", ["sentiment", "how"])
def test_sentiment_and_how_must_be_known(field):
    with pytest.raises(InvalidInput, match="'happy'"):
        check_view(ViewDraft(text="x", **{field: "happy"}), PACK)


def test_every_sentiment_and_way_of_giving_is_accepted():
    for sentiment, how in itertools.product(SENTIMENTS, HOW_GIVEN):
        checked = check_view(ViewDraft(text="x", sentiment=sentiment, how=how), PACK)
        assert (checked.sentiment, checked.how) == (sentiment, how)
    assert "supported" in HOW_GIVEN and set(SENTIMENTS) == {"positive", "mixed", "negative"}


def test_priority_is_filled_in_from_its_commitments():
    checked = check_view(ViewDraft(text="x", commitments=("commitment-3.1", "commitment-3.3")), PACK)
    assert checked.priority == "priority-3"


def test_commitments_of_two_priorities_leave_the_priority_open():
    checked = check_view(ViewDraft(text="x", commitments=("commitment-1.1", "commitment-4.5")), PACK)
    assert checked.priority is None


def test_a_chosen_priority_is_kept():
    checked = check_view(ViewDraft(text="x", priority="priority-2"), PACK)
    assert checked.priority == "priority-2"


def test_repeated_tags_are_kept_once_in_order():
    checked = check_view(
        ViewDraft(
            text="x",
            principles=("principle-3", "principle-1", "principle-3"),
            commitments=("commitment-2.2", "commitment-2.1", "commitment-2.2"),
        ),
        PACK,
    )
    assert checked.principles == ("principle-3", "principle-1")
    assert checked.commitments == ("commitment-2.2", "commitment-2.1")


def test_participant_must_be_in_the_session():
    assert check_view(ViewDraft(text="x", participant="K7Q"), PACK, {"K7Q"}).participant == "K7Q"
    # A code copied off a sticker in lower case is the same participant.
    assert check_view(ViewDraft(text="x", participant=" k7q"), PACK, {"K7Q"}).participant == "K7Q"
    with pytest.raises(NotFound, match="'XXX'"):
        check_view(ViewDraft(text="x", participant="XXX"), PACK, {"K7Q"})
    assert check_view(ViewDraft(text="x", participant=""), PACK, {"K7Q"}).participant is None


def test_follow_up_is_a_flag_only():
    checked = check_view(ViewDraft(text="x", follow_up=1), PACK)
    assert checked.follow_up is True


@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_text_with_words_passes_unchanged(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(InvalidInput):
            check_view(ViewDraft(text=text), PACK)
        return
    assert check_view(ViewDraft(text=text), PACK).text == text


def test_view_filter():
    view = View(1, "u", 1, ViewDraft(text="x", principles=("principle-2",), priority="priority-1"), "t")
    assert ViewFilter().matches(view)
    assert ViewFilter(principle="principle-2").matches(view)
    assert not ViewFilter(principle="principle-1").matches(view)
    assert ViewFilter(priority="priority-1").matches(view)
    assert not ViewFilter(priority="priority-2", principle="principle-2").matches(view)


def test_view_summary_has_the_cli_shape():
    view = View(7, "u", 1, ViewDraft(text="hi", principles=("principle-1",)), "2026-01-01T00:00:00Z")
    assert set(view.summary()) == {
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


# Undo history -------------------------------------------------------------------


class Counter:
    """A stand-in for the database: each step adds or removes one."""

    def __init__(self):
        self.value = 0

    def step(self, n: int, name: str = "") -> Step:
        self.value += n  # the change is made (and saved) before it is recorded
        return Step(name or f"add {n}", undo=lambda: self._add(-n), redo=lambda: self._add(n))

    def _add(self, n: int):
        self.value += n


def test_undo_and_redo_walk_the_history():
    c, history = Counter(), UndoHistory()
    assert not history.can_undo() and not history.can_redo()
    assert history.undo() is None and history.redo() is None
    history.record(c.step(1))
    history.record(c.step(10))
    assert c.value == 11 and history.next_undo == "add 10"
    assert history.undo().description == "add 10" and c.value == 1
    assert history.undo().description == "add 1" and c.value == 0
    assert history.undo() is None and c.value == 0
    assert history.next_redo == "add 1"
    history.redo()
    history.redo()
    assert c.value == 11 and not history.can_redo()


def test_a_new_change_clears_redo():
    c, history = Counter(), UndoHistory()
    history.record(c.step(1))
    history.undo()
    history.record(c.step(5))
    assert not history.can_redo() and history.redo() is None
    assert c.value == 5


def test_a_failed_undo_leaves_the_step_to_try_again():
    history = UndoHistory()
    calls = []

    def undo():
        calls.append("undo")
        if len(calls) == 1:
            raise CoprodError("Could not save: the disk is full.")

    history.record(Step("delete view 3", undo=undo, redo=lambda: None))
    with pytest.raises(CoprodError):
        history.undo()
    assert history.can_undo() and not history.can_redo()
    assert history.undo().description == "delete view 3"
    assert history.can_redo()


def test_a_failed_redo_leaves_the_step_to_try_again():
    history = UndoHistory()
    fail = [True]

    def redo():
        if fail.pop():
            raise CoprodError("Could not save.")

    history.record(Step("edit", undo=lambda: None, redo=redo))
    history.undo()
    with pytest.raises(CoprodError):
        history.redo()
    assert history.can_redo() and not history.can_undo()
    fail.append(False)
    history.redo()
    assert history.can_undo()


def test_history_keeps_only_the_newest_steps():
    c, history = Counter(), UndoHistory(limit=3)
    for n in (1, 2, 3, 4, 5):
        history.record(c.step(n))
    undone = []
    while history.can_undo():
        undone.append(history.undo().description)
    assert undone == ["add 5", "add 4", "add 3"]
    assert c.value == 1 + 2


def test_clear_forgets_everything():
    c, history = Counter(), UndoHistory()
    history.record(c.step(1))
    history.record(c.step(2))
    history.undo()
    history.clear()
    assert not history.can_undo() and not history.can_redo()
    assert history.next_undo is None and history.next_redo is None
