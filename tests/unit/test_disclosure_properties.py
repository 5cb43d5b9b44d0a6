"""Property-based attacks on the small-number rule: no hidden cell can be worked out from what is printed.

Hypothesis makes tables (people in each cell, totals of rows, columns and of totals), rating rounds
(like + not sure + don't like = ratings, like - don't like = score) and rounds by group beside the
exact overall results. Each is published, and then attacked with an exact integer solver (scipy's
MILP, independent of the audit in domain/disclosure.py): for every cell hidden because fewer than 5
people stand behind it, the smallest and largest values consistent with every printed number must
differ. In tables the reader is given more than a real one has: that every hidden cell is at least 1
(0 is always printed), and which hidden cells are the small ones, each at most 4. In results by group,
whose overall figures are exact, the reader knows that a hidden group has at least 1 voter, that a
hidden cell of a group shown is at least 1, and that no card has more votes than its group has voters,
but not which hidden figures are the small ones: with that, a card liked by 1 person overall would
always say which group that person is in, and no breakdown could ever be printed.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from coprod_app.domain.disclosure import (
    WITHHELD_NOTE,
    primary_hidden,
    publish,
    publish_round_by_group,
    publish_together,
    round_table,
)
from coprod_app.domain.report_tables import HIDDEN, Count, Row, Table

milp_module = pytest.importorskip("scipy.optimize")
EXAMPLES = int(os.environ.get("DISCLOSURE_EXAMPLES", "500"))  # 500 unless told
INF = np.inf
PHASES = tuple(Phase) if os.environ.get("DISCLOSURE_SHRINK", "1") == "1" else (Phase.generate,)


def value_range(n: int, lo, hi, equalities, inequalities, target: int) -> tuple[float, float]:
    """The least and greatest integer value of variable `target` under the constraints.

    equalities: [(coefs dict, rhs)] meaning sum == rhs; inequalities: [(coefs dict, rhs)] meaning sum <= rhs.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    constraints = []
    for rows, kind in ((equalities, "eq"), (inequalities, "le")):
        if not rows:
            continue
        a = np.zeros((len(rows), n))
        b = np.zeros(len(rows))
        for k, (coefs, rhs) in enumerate(rows):
            for j, c in coefs.items():
                a[k, j] += c
            b[k] = rhs
        constraints.append(LinearConstraint(a, b if kind == "eq" else -INF, b))
    out = []
    for sign in (1, -1):
        c = np.zeros(n)
        c[target] = sign
        # "no bound" is a large one, so that a value without a greatest one reads as 10,000, not an error
        bounds = Bounds(np.maximum(lo, -10_000), np.minimum(hi, 10_000))
        res = milp(c, constraints=constraints, integrality=np.ones(n), bounds=bounds)
        assert res.status == 0, res.message  # the truth itself is always a solution
        out.append(sign * res.fun)
    return out[0], out[1]


class Attack:
    """The printed cells as known numbers, the hidden ones as integer unknowns, and what ties them."""

    def __init__(self):
        self.values: list[int] = []
        self.shown: list[bool] = []
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.eq: list[list[tuple[int, int]]] = []
        self.le: list[list[tuple[int, int]]] = []  # sum <= 0
        self.small: list[int] = []

    def cell(
        self, value: int, printed, small: bool, lo: float = 1, hi: float = INF, at_most_4: bool | None = None
    ) -> int:
        i = len(self.values)
        self.values.append(value)
        shown = printed != HIDDEN
        if shown:
            assert printed == value, "a printed figure is never changed"
        elif small:
            self.small.append(i)
        self.shown.append(shown)
        self.lo.append(lo)
        self.hi.append(min(hi, 4) if (small if at_most_4 is None else at_most_4) and not shown else hi)
        return i

    def derivable(self) -> list[int]:
        unknown = [i for i, s in enumerate(self.shown) if not s]
        index = {i: k for k, i in enumerate(unknown)}

        def rows(lines):
            out = []
            for terms in lines:
                coefs, rhs = {}, 0
                for i, a in terms:
                    if i in index:
                        coefs[index[i]] = coefs.get(index[i], 0) + a
                    else:
                        rhs -= a * self.values[i]
                if coefs:
                    out.append((coefs, rhs))
            return out

        eq, le = rows(self.eq), rows(self.le)
        lo = [self.lo[i] for i in unknown]
        hi = [self.hi[i] for i in unknown]
        found = []
        for i in self.small:
            least, most = value_range(len(unknown), lo, hi, eq, le, index[i])
            assert least <= self.values[i] <= most
            if least == most:
                found.append(i)
        return found


# Tables ----------------------------------------------------------------------------------------------

small_or_not = st.one_of(st.integers(0, 4), st.integers(0, 12))


@st.composite
def tables(draw):
    n_rows = draw(st.integers(1, 4))
    n_cols = draw(st.integers(1, 4))
    total_row, total_column = draw(st.sampled_from([(True, False), (False, True), (True, True)]))
    people_table = draw(st.booleans())  # people counted (value = people) or views (people <= views)
    body = [[draw(small_or_not) for _ in range(n_cols)] for _ in range(n_rows)]
    people = [[v if people_table or v == 0 else draw(st.integers(1, v)) for v in row] for row in body]
    if total_column:
        body = [row + [sum(row)] for row in body]
        # the people behind a row's total: at least the most behind one of its cells
        people = [row + [max(row + [0]) if not people_table else sum(row)] for row in people]
    if total_row:
        body.append([sum(col) for col in zip(*body)])
        people.append([sum(col) if people_table else max(col) for col in zip(*people)])
    rows = [
        Row(f"r{r}", f"r{r}", tuple(Count(v, p) for v, p in zip(vs, ps)))
        for r, (vs, ps) in enumerate(zip(body, people))
    ]
    columns = tuple(f"c{c}" for c in range(len(body[0])))
    return Table("t", "t", columns, tuple(rows), total_row, total_column), people_table


def _attack_table(table: Table, published, people_table: bool) -> Attack:
    attack = Attack()
    ids = []
    # a table whose zeros are hidden too (WITHHELD_NOTE) tells the reader no hidden cell is at least 1
    zeros_hidden = any(
        c.value == 0 and p == HIDDEN
        for row, prow in zip(table.rows, published.rows)
        for c, p in zip(row.cells, prow.cells)
    )
    for row, prow in zip(table.rows, published.rows):
        ids.append(
            [
                attack.cell(
                    c.value,
                    p,
                    primary_hidden(c.people),
                    lo=0 if zeros_hidden else 1,
                    at_most_4=primary_hidden(c.people) and people_table,
                )
                for c, p in zip(row.cells, prow.cells)
            ]
        )
    body = ids[:-1] if table.total_row else ids
    if table.total_column:
        for row in ids:
            attack.eq.append([(i, 1) for i in row[:-1]] + [(row[-1], -1)])
    if table.total_row:
        for c in range(len(ids[0])):
            attack.eq.append([(row[c], 1) for row in body] + [(ids[-1][c], -1)])
    return attack


def test_no_hidden_cell_of_a_table_with_totals_can_be_worked_out(capsys):
    seen = {"tables": 0, "with hidden cells": 0, "cells hidden": 0, "small cells attacked": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        phases=PHASES,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(tables())
    def check(drawn):
        table, people_table = drawn
        published = publish(table)
        seen["tables"] += 1
        seen["cells hidden"] += published.hidden
        seen["with hidden cells"] += bool(published.hidden)
        # every cell with 1 to 4 people is hidden, and 0 is never hidden
        for row, prow in zip(table.rows, published.rows):
            for c, p in zip(row.cells, prow.cells):
                if primary_hidden(c.people):
                    assert p == HIDDEN
                if c.value == 0 and WITHHELD_NOTE not in published.note:
                    assert p == 0
        # no line with a printed total has exactly one hidden cell
        cells = [list(r.cells) for r in published.rows]
        lines = []
        if table.total_column:
            lines += cells
        if table.total_row:
            lines += [list(col) for col in zip(*cells)]
        for line in lines:
            assert sum(c == HIDDEN for c in line) != 1, line
        # the reader's exact attack; a small cell's upper bound of 4 is known in tables of people
        attack = _attack_table(table, published, people_table)
        seen["small cells attacked"] += len(attack.small)
        assert attack.derivable() == [], published.as_json()

    check()
    with capsys.disabled():
        print(f"\n[disclosure properties] tables: {seen}")


# Rating rounds ---------------------------------------------------------------------------------------


@st.composite
def rating_cards(draw):
    cards = []
    for k in range(draw(st.integers(1, 4))):
        like, unsure, dislike = (draw(small_or_not) for _ in range(3))
        cards.append(
            {
                "key": f"k{k}",
                "count": like + unsure + dislike,
                "like": like,
                "unsure": unsure,
                "dislike": dislike,
                "score": like - dislike,
                "rank": k + 1,
            }
        )
    return cards


def test_no_hidden_rating_can_be_worked_out_from_its_row(capsys):
    seen = {"rounds": 0, "cells hidden": 0, "small cells attacked": 0}

    @settings(max_examples=EXAMPLES, deadline=None, phases=PHASES, derandomize=True)
    @given(rating_cards())
    def check(cards):
        published = publish(round_table("round-1", "Round 1", "rating", cards, {}))
        seen["rounds"] += 1
        seen["cells hidden"] += published.hidden
        attack = Attack()
        for c, row in zip(cards, published.rows):
            count, like, unsure, dislike, score = row.cells
            i = [
                attack.cell(c[name], p, primary_hidden(c[name]))
                for name, p in (("count", count), ("like", like), ("unsure", unsure), ("dislike", dislike))
            ]
            s = attack.cell(c["score"], score, False, lo=-INF)
            attack.eq.append([(i[0], -1), (i[1], 1), (i[2], 1), (i[3], 1)])
            attack.eq.append([(s, -1), (i[1], 1), (i[3], -1)])
        seen["small cells attacked"] += len(attack.small)
        assert attack.derivable() == [], published.as_json()

    check()
    with capsys.disabled():
        print(f"\n[disclosure properties] rating rows: {seen}")


# Results by group beside the exact overall results ------------------------------------------------------

GROUP_NAMES = ("young-person", "parent-carer", "professional", "not-recorded")
NUMBERS = ("count", "like", "unsure", "dislike", "score")


@st.composite
def rounds_by_group(draw):
    n_cards = draw(st.integers(1, 3))
    method = draw(st.sampled_from(("rating", "pick")))
    groups = {}
    for name in GROUP_NAMES[: draw(st.integers(1, 4))]:
        ballots = draw(st.one_of(st.integers(0, 4), st.integers(0, 9)))
        tallied = draw(st.sampled_from((0, 0, 0, 1, 3, 6)))
        if ballots + tallied == 0:
            ballots = 1
        cards = []
        for k in range(n_cards):
            if method == "rating":
                like = draw(st.integers(0, ballots))
                unsure = draw(st.integers(0, ballots - like))
                dislike = draw(st.integers(0, ballots - like - unsure))
                marks = draw(st.integers(0, tallied)) if tallied else 0
                like += marks
                cards.append(
                    {
                        "key": f"k{k}",
                        "count": like + unsure + dislike,
                        "like": like,
                        "unsure": unsure,
                        "dislike": dislike,
                        "score": like - dislike,
                        "rank": 0,
                    }
                )
            else:
                count = draw(st.integers(0, ballots)) + (draw(st.integers(0, tallied)) if tallied else 0)
                cards.append(
                    {
                        "key": f"k{k}",
                        "count": count,
                        "like": 0,
                        "unsure": 0,
                        "dislike": 0,
                        "score": count,
                        "rank": 0,
                    }
                )
        groups[name] = {
            "round": 1,
            "method": method,
            "ballots": ballots,
            "tallied": tallied,
            "commitments": cards,
        }
    overall = {
        "round": 1,
        "method": method,
        "ballots": sum(g["ballots"] for g in groups.values()),
        "tallied": sum(g["tallied"] for g in groups.values()),
        "commitments": [
            {
                "key": f"k{k}",
                **{n: sum(g["commitments"][k][n] for g in groups.values()) for n in NUMBERS},
                "rank": 0,
            }
            for k in range(n_cards)
        ],
    }
    return method, overall, groups


def test_no_hidden_group_can_be_worked_out_from_the_overall_results(capsys):
    seen = {
        "rounds": 0,
        "groups hidden": 0,
        "groups shown": 0,
        "withheld (no safe breakdown)": 0,
        "small cells attacked": 0,
    }

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        phases=PHASES,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(rounds_by_group())
    def check(drawn):
        method, overall, groups = drawn
        published = publish_round_by_group(method, overall, groups)
        seen["rounds"] += 1
        if not published:
            seen["withheld (no safe breakdown)"] += 1
            assert len(groups) == 1 or any(
                primary_hidden(g["ballots"] + g["tallied"]) for g in groups.values()
            )
            return
        assert list(published) == list(groups)
        attack = Attack()
        names = ("count", "like", "unsure", "dislike") if method == "rating" else ("count",)
        over = {
            "voters": attack.cell(
                overall["ballots"] + overall["tallied"], overall["ballots"] + overall["tallied"], False
            )
        }
        over.update({n: attack.cell(overall[n], overall[n], False) for n in ("ballots", "tallied")})
        for c in overall["commitments"]:
            for n in (*names, "score"):
                over[c["key"], n] = attack.cell(c[n], c[n], False)
        mine = {}
        for group, result in groups.items():
            out = published[group]
            voters = result["ballots"] + result["tallied"]
            whole = out["suppressed"]
            if whole:
                assert out["people"] == HIDDEN and out["ballots"] is None and out["commitments"] == []
                assert not any(
                    isinstance(v, int) and not isinstance(v, bool) for k, v in out.items() if k != "round"
                )
                seen["groups hidden"] += 1
            else:
                assert not primary_hidden(voters) and out["people"] == voters
                seen["groups shown"] += 1
            printed = {c["key"]: c for c in out["commitments"]}
            # Here the reader is not told which hidden figures are the small ones (see the module's note).
            cells = {
                "voters": attack.cell(
                    voters, HIDDEN if whole else voters, primary_hidden(voters), at_most_4=False
                )
            }
            for n in ("ballots", "tallied"):
                cells[n] = attack.cell(
                    result[n],
                    HIDDEN if whole else out[n],
                    primary_hidden(result[n]),
                    lo=0 if whole else 1,
                    at_most_4=False,
                )
            for c in result["commitments"]:
                for n in (*names, "score"):
                    p = HIDDEN if whole else printed[c["key"]][n]
                    lo = -INF if n == "score" else (0 if whole else 1)
                    cells[c["key"], n] = attack.cell(
                        c[n], p, n != "score" and primary_hidden(c[n]), lo=lo, at_most_4=False
                    )
                    if n != "score":  # no card has more votes than the group has voters
                        attack.le.append([(cells[c["key"], n], 1), (cells["voters"], -1)])
                if method == "rating":
                    k = c["key"]
                    attack.eq.append(
                        [
                            (cells[k, "count"], -1),
                            (cells[k, "like"], 1),
                            (cells[k, "unsure"], 1),
                            (cells[k, "dislike"], 1),
                        ]
                    )
                    attack.eq.append(
                        [(cells[k, "score"], -1), (cells[k, "like"], 1), (cells[k, "dislike"], -1)]
                    )
                else:
                    attack.eq.append([(cells[c["key"], "score"], -1), (cells[c["key"], "count"], 1)])
            attack.eq.append([(cells["voters"], -1), (cells["ballots"], 1), (cells["tallied"], 1)])
            mine[group] = cells
        for key, i in over.items():
            attack.eq.append([(i, -1)] + [(cells[key], 1) for cells in mine.values()])
        seen["small cells attacked"] += len(attack.small)
        assert attack.derivable() == [], published

    check()
    with capsys.disabled():
        print(f"\n[disclosure properties] results by group: {seen}")


# An overall table and its parts (a round's results and each group's), printed together ------------------


@st.composite
def linked_tables(draw):
    n_rows, n_cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    total_column = draw(st.booleans())
    n_parts = draw(st.integers(1, 3))
    parts = []
    for p in range(n_parts):
        body = [[draw(small_or_not) for _ in range(n_cols)] for _ in range(n_rows)]
        if total_column:
            body = [row + [sum(row)] for row in body]
        parts.append((f"g{p}", body))
    overall = [[sum(b[r][c] for _, b in parts) for c in range(len(parts[0][1][0]))] for r in range(n_rows)]
    columns = tuple(f"c{c}" for c in range(len(overall[0])))

    def table(tid, body):
        return Table(
            tid,
            tid,
            columns,
            tuple(
                Row(f"r{r}", f"r{r}", tuple(Count.of_people(v) for v in row)) for r, row in enumerate(body)
            ),
            total_column=total_column,
        )

    return table("all", overall), [(key, table(key, body)) for key, body in parts]


def _attack_linked(overall, parts, published_overall, published_parts, overall_exact: bool) -> Attack:
    attack = Attack()
    knows_small = False  # linked tables: the reader is not told which hidden cells are small (see above)

    def cells(table, printed):
        zeros_hidden = WITHHELD_NOTE in printed.note
        return [
            [
                attack.cell(
                    c.value,
                    p,
                    primary_hidden(c.people),
                    lo=0 if zeros_hidden else 1,
                    at_most_4=knows_small and primary_hidden(c.people),
                )
                for c, p in zip(row.cells, prow.cells)
            ]
            for row, prow in zip(table.rows, printed.rows)
        ]

    over = cells(overall, published_overall)
    if overall_exact:  # the reader holds the exact overall figures too
        for row, table_row in zip(over, overall.rows):
            for i, c in zip(row, table_row.cells):
                attack.shown[i] = True
                if i in attack.small:
                    attack.small.remove(i)
    mine = [cells(t, published_parts[key]) for key, t in parts]
    for ids in [over, *mine]:
        if overall.total_column:
            for row in ids:
                attack.eq.append([(i, 1) for i in row[:-1]] + [(row[-1], -1)])
    for r, row in enumerate(over):
        for c, i in enumerate(row):
            attack.eq.append([(i, -1)] + [(ids[r][c], 1) for ids in mine])
    return attack


def test_no_hidden_cell_of_linked_tables_can_be_worked_out_with_or_without_the_exact_overall(capsys):
    seen = {"linked tables": 0, "part cells hidden": 0, "parts withheld whole": 0, "small cells attacked": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        phases=PHASES,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(linked_tables())
    def check(drawn):
        overall, parts = drawn
        published_overall, published_parts = publish_together(overall, parts)
        seen["linked tables"] += 1
        seen["part cells hidden"] += sum(t.hidden for t in published_parts.values())
        seen["parts withheld whole"] += any(WITHHELD_NOTE in t.note for t in published_parts.values())
        for exact in (False, True):  # a reader of the report alone, and one who also has results --json
            if exact and len(parts) == 1:
                # One part is the overall: nothing printed can hide it from the exact overall figures.
                small = any(primary_hidden(c.people) for _, t in parts for r in t.rows for c in r.cells)
                assert not small or all(WITHHELD_NOTE in t.note for t in published_parts.values())
                continue
            attack = _attack_linked(overall, parts, published_overall, published_parts, exact)
            seen["small cells attacked"] += len(attack.small)
            assert attack.derivable() == [], (
                exact,
                published_overall.as_json(),
                {k: t.as_json() for k, t in published_parts.items()},
            )

    check()
    with capsys.disabled():
        print(f"\n[disclosure properties] overall and parts: {seen}")
