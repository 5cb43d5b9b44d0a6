"""A rating round beside its groups' results (the officer report's round tables), attacked exactly.

The officer report publishes a round's overall results and each group's together
(`publish_together` of `round_table`s): like + not sure + don't like = ratings and like - don't like
= score in every row, and each overall figure the sum of the groups'. Hypothesis makes such rounds
and scipy's exact integer solver (tests/unit/test_disclosure_properties.py) attacks what is printed,
with and without the exact overall figures in the reader's hands. The audit splits the hidden cells
into parts no equation links and reuses second solutions it found before; these check that doing so
never lets a small count be worked out, and that the work stays bounded where it used to explode.
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_app.domain import disclosure
from coprod_app.domain.disclosure import WITHHELD_NOTE, primary_hidden, publish_together, round_table
from coprod_app.domain.report_tables import HIDDEN

pytest.importorskip("scipy.optimize")
from tests.unit.test_disclosure_properties import INF, PHASES, Attack, small_or_not  # noqa: E402

EXAMPLES = max(1, int(os.environ.get("DISCLOSURE_EXAMPLES", "500")) // 5)  # each example is a bigger attack
NAMES = ("count", "like", "unsure", "dislike", "score")


def _card(key: str, like: int, unsure: int, dislike: int) -> dict:
    return {
        "key": key,
        "count": like + unsure + dislike,
        "like": like,
        "unsure": unsure,
        "dislike": dislike,
        "score": like - dislike,
    }


def _overall(groups: list[list[dict]]) -> list[dict]:
    return [
        _card(cards[0]["key"], *(sum(g[n][name] for g in groups) for name in ("like", "unsure", "dislike")))
        for n, cards in enumerate(zip(*groups))
    ]


def _publish(groups: list[list[dict]]):
    overall = _overall(groups)
    parts = [(f"g{n}", round_table(f"g{n}", "", "rating", cards, {})) for n, cards in enumerate(groups)]
    return overall, publish_together(round_table("all", "", "rating", overall, {}), parts)


def _attack(overall, groups, published_overall, published_parts, exact: bool) -> Attack:
    """The reader's unknowns and equations; which hidden figures are small is not told (linked tables)."""
    attack = Attack()

    def cells(cards, printed):
        zeros_hidden = WITHHELD_NOTE in printed.note
        ids = []
        for c, row in zip(cards, printed.rows):
            people = {name: c[name] for name in NAMES[:4]}
            people["score"] = max(c["like"], c["dislike"]) if c["score"] else 0
            ids.append(
                [
                    attack.cell(
                        c[name],
                        p,
                        primary_hidden(people[name]),
                        lo=-INF if name == "score" else (0 if zeros_hidden else 1),
                        at_most_4=False,
                    )
                    for name, p in zip(NAMES, row.cells)
                ]
            )
        return ids

    over = cells(overall, published_overall)
    if exact:
        for row in over:
            for i in row:
                attack.shown[i] = True
                if i in attack.small:
                    attack.small.remove(i)
    mine = [cells(cards, published_parts[f"g{n}"]) for n, cards in enumerate(groups)]
    for ids in [over, *mine]:
        for count, like, unsure, dislike, score in ids:
            attack.eq.append([(count, -1), (like, 1), (unsure, 1), (dislike, 1)])
            attack.eq.append([(score, -1), (like, 1), (dislike, -1)])
    for r, row in enumerate(over):
        for c, i in enumerate(row):
            attack.eq.append([(i, -1)] + [(ids[r][c], 1) for ids in mine])
    return attack


def _check(groups) -> int:
    overall, (published_overall, published_parts) = _publish(groups)
    attacked = 0
    for exact in (False, True):
        if exact and len(groups) == 1:
            continue  # one group is the overall: withheld whole when small, as the linked-tables test checks
        attack = _attack(overall, groups, published_overall, published_parts, exact)
        attacked += len(attack.small)
        assert attack.derivable() == [], (
            exact,
            published_overall.as_json(),
            {k: t.as_json() for k, t in published_parts.items()},
        )
    return attacked


@st.composite
def rounds_by_group(draw):
    n_cards, n_groups = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    return [
        [_card(f"k{k}", *(draw(small_or_not) for _ in range(3))) for k in range(n_cards)]
        for _ in range(n_groups)
    ]


def test_no_hidden_figure_of_a_rating_round_by_group_can_be_worked_out(capsys):
    seen = {"rounds": 0, "small cells attacked": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        phases=PHASES,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(rounds_by_group())
    def check(groups):
        seen["rounds"] += 1
        seen["small cells attacked"] += _check(groups)

    check()
    with capsys.disabled():
        print(f"\n[disclosure properties] rating rounds by group: {seen}")


def _seventeen_cards(seed: int) -> list[list[dict]]:
    rng = random.Random(seed)
    return [
        [
            _card(
                f"commitment-{k}",
                rng.choice((2, 6, 9, 12, 15)),
                rng.choice((1, 5, 7, 8)),
                rng.choice((3, 6, 10, 11)),
            )
            for k in range(17)
        ]
        for _ in range(3)
    ]


def test_seventeen_cards_in_three_groups_are_audited_with_bounded_work_and_stay_safe(monkeypatch):
    # The officer report's shape at session scale. The audit used to search the whole round again
    # after every cell it hid: 12,780 search steps for this one (66,396 for a round with more small
    # counts), minutes for a borough session. Counted, not timed: the same data costs the same steps.
    calls = [0]
    search = disclosure._search

    def counting(*args, **kwargs):
        calls[0] += 1
        return search(*args, **kwargs)

    monkeypatch.setattr(disclosure, "_search", counting)
    groups = _seventeen_cards(5)
    overall, (published_overall, parts) = _publish(groups)
    assert calls[0] < 1000
    assert sum(t.hidden for t in parts.values()) > 0  # there were small counts to protect
    monkeypatch.undo()
    assert _check(groups) > 0


def test_a_search_out_of_budget_hides_more_never_less(monkeypatch):
    # When no second solution is found within the budget, the small cell is taken as known.
    groups = _seventeen_cards(7)
    _, (_, normal) = _publish(groups)
    monkeypatch.setattr(disclosure, "_BUDGET", 1)
    _, (starved_overall, starved) = _publish(groups)
    for key, table in normal.items():
        for row, tight in zip(table.rows, starved[key].rows):
            for cell, other in zip(row.cells, tight.cells):
                assert cell != HIDDEN or other == HIDDEN
    assert sum(t.hidden for t in starved.values()) > sum(t.hidden for t in normal.values())
