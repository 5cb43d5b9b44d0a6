"""The small-number rule on the attacks issue 15 names: each published table is subtracted as a reader would."""

from __future__ import annotations

from coprod_app.domain.disclosure import (
    WITHHELD_NOTE,
    publish,
    publish_round_by_group,
    publish_round_results,
    publish_together,
    round_table,
)
from coprod_app.domain.report_tables import HIDDEN, Count, Row, Table


def people(*rows: tuple[str, int], total: bool = True) -> Table:
    cells = [Row(key, key, (Count.of_people(n),)) for key, n in rows]
    if total:
        cells.append(Row("total", "Total", (Count.of_people(sum(n for _, n in rows)),)))
    return Table("people-by-group", "People", ("People",), tuple(cells), total_row=total)


def cells(table) -> dict[str, tuple]:
    return {row.key: row.cells for row in table.rows}


def test_the_rule_counts_people_not_views():
    """Before issue 15: one person's six views printed "6"; five people's five views "fewer than 5"."""
    table = Table(
        "views-by-commitment",
        "Views",
        ("Views",),
        (
            Row("commitment-1.1", "a", (Count(6, 1),)),
            Row("commitment-1.2", "b", (Count(5, 5),)),
            Row("commitment-1.3", "c", (Count(0, 0),)),
        ),
    )
    assert cells(publish(table)) == {
        "commitment-1.1": (HIDDEN,),
        "commitment-1.2": (5,),
        "commitment-1.3": (0,),
    }


def test_six_people_minus_five_young_people_does_not_give_the_lone_parent():
    published = cells(publish(people(("young-person", 5), ("parent-carer", 1))))
    assert published == {"young-person": (HIDDEN,), "parent-carer": (HIDDEN,), "total": (6,)}


def test_sixteen_minus_twelve_does_not_give_the_small_town():
    """The annual summary printed 16 views, 12 of them in Yarm, and Eston "fewer than 5": 4."""
    published = cells(publish(people(("Yarm", 12), ("Eston", 4), ("Ingleby", 0))))
    assert published["Eston"] == (HIDDEN,) and published["Yarm"] == (HIDDEN,)
    assert published["Ingleby"] == (0,) and published["total"] == (16,)


def test_a_table_with_row_and_column_totals_leaves_no_line_with_one_hidden_cell():
    body = [[9, 2, 7], [6, 8, 3]]
    rows = [
        Row(f"r{r}", f"r{r}", tuple(Count.of_people(v) for v in [*vs, sum(vs)])) for r, vs in enumerate(body)
    ]
    totals = [sum(col) for col in zip(*[[*vs, sum(vs)] for vs in body])]
    rows.append(Row("total", "Total", tuple(Count.of_people(v) for v in totals)))
    table = Table("t", "t", ("a", "b", "c", "total"), tuple(rows), total_row=True, total_column=True)
    published = publish(table)
    grid = [list(r.cells) for r in published.rows]
    for line in grid + [list(col) for col in zip(*grid)]:
        assert sum(c == HIDDEN for c in line) != 1, line
    assert grid[0][1] == HIDDEN and grid[1][2] == HIDDEN  # the small ones
    assert publish(table) == published  # the same data always hides the same cells


def test_four_people_in_four_towns_hide_the_whole_table():
    """Total "fewer than 5" and four towns that are not 0: one each. Zeros are hidden too, and it says so."""
    published = publish(people(("Yarm", 1), ("Eston", 1), ("Thornaby", 1), ("Ingleby", 1), ("Billingham", 0)))
    assert all(row.cells == (HIDDEN,) for row in published.rows)
    assert WITHHELD_NOTE in published.note


def test_a_rating_rows_count_and_score_do_not_give_its_hidden_ratings():
    """ "chosen 11, like 7" beside not sure and don't like hidden, and score 5: don't like = 7 - 5 = 2."""
    card = {"key": "commitment-1.1", "count": 11, "like": 7, "unsure": 2, "dislike": 2, "score": 5, "rank": 1}
    published = cells(publish(round_table("round-1", "Round 1", "rating", [card], {})))
    count, like, unsure, dislike, score = published["commitment-1.1"]
    assert unsure == dislike == HIDDEN and score == HIDDEN
    assert not (isinstance(count, int) and isinstance(like, int) and count - like < 5 and score != HIDDEN)


def test_the_big_screen_hides_a_small_pick_and_ranks_only_the_cards_it_shows():
    """Scores 10, 2 and 8 ranked 1, 3 and 2 would put the hidden 2 below 8 and the rank would bound it."""
    results = {
        "method": "pick",
        "ballots": 12,
        "tallied": 0,
        "commitments": [
            {"key": "a", "count": 10, "score": 10, "like": 0, "unsure": 0, "dislike": 0, "rank": 1},
            {"key": "c", "count": 8, "score": 8, "like": 0, "unsure": 0, "dislike": 0, "rank": 2},
            {"key": "b", "count": 2, "score": 2, "like": 0, "unsure": 0, "dislike": 0, "rank": 3},
        ],
    }
    shown = publish_round_results(results)["commitments"]
    assert [(c["key"], c["rank"], c["score"]) for c in shown] == [
        ("a", 1, 10),
        ("c", 2, 8),
        ("b", None, HIDDEN),
    ]


def _rating(ballots: int, like: int, unsure: int, dislike: int) -> dict:
    return {
        "round": 1,
        "method": "rating",
        "ballots": ballots,
        "tallied": 0,
        "commitments": [
            {
                "key": "k",
                "count": like + unsure + dislike,
                "like": like,
                "unsure": unsure,
                "dislike": dislike,
                "score": like - dislike,
                "rank": 1,
            }
        ],
    }


def test_groups_of_1_4_5_and_6_cannot_be_subtracted_from_the_overall_results():
    groups = {
        "young-person": _rating(6, 6, 0, 0),
        "parent-carer": _rating(5, 0, 5, 0),
        "professional": _rating(4, 4, 0, 0),
        "not-recorded": _rating(1, 0, 0, 1),
    }
    overall = _rating(16, 10, 5, 1)
    published = publish_round_by_group("rating", overall, groups)
    hidden = [g for g, r in published.items() if r["suppressed"]]
    assert "professional" in hidden and "not-recorded" in hidden
    shown = [r for r in published.values() if not r["suppressed"]]
    assert overall["ballots"] - sum(r["ballots"] for r in shown) not in range(1, 5)
    for r in published.values():
        if r["suppressed"]:
            assert r["ballots"] is None and r["tallied"] is None and r["commitments"] == []


def test_results_by_group_of_one_small_group_are_not_shown_at_all():
    """Three parents and nobody else: the exact overall results are the parents' own."""
    assert publish_round_by_group("rating", _rating(3, 3, 0, 0), {"parent-carer": _rating(3, 3, 0, 0)}) == {}


def test_linked_tables_protect_a_group_against_the_exact_overall_too():
    def table(tid, like, unsure):
        return Table(
            tid,
            tid,
            ("Like", "Not sure", "Ratings"),
            (Row("k", "k", tuple(Count.of_people(v) for v in (like, unsure, like + unsure))),),
            total_column=True,
        )

    overall, parts = publish_together(
        table("all", 8, 6), [("young-person", table("y", 6, 6)), ("parent-carer", table("p", 2, 0))]
    )
    young, parent = parts["young-person"].rows[0].cells, parts["parent-carer"].rows[0].cells
    assert parent[0] == HIDDEN and parent[2] == HIDDEN
    # like 8 for everyone (exact in results --json) minus the young people's like would be the parents' 2
    assert young[0] == HIDDEN
