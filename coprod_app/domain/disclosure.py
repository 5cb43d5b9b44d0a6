"""The small-number rule: which counts a published table may show, so that arithmetic cannot undo it.

Primary rule: a count is hidden when fewer than 5 *people* stand behind it (0 is shown: nobody can
be found in nothing). One person's six views are one person; five people who each spoke once are five.

Secondary suppression: a hidden count must not be worked out from the numbers printed beside it.
Every published figure that adds up to another (a row or column with its total, a total of totals,
a rating's like + not sure + don't like = ratings and like - don't like = score, a group's results
beside the overall results) is an equation an officer, or anyone reading the PDF, can solve. So
after the primary rule, the figures are audited as a reader would attack them:

- linear algebra: a hidden cell whose value follows from the printed figures by adding and
  subtracting equations (the rows of the reduced echelon form) is derivable;
- bounds: a hidden cell is at least 1 (0 is always printed), a count is never negative, and one
  hidden for being small is at most 4 people; bounds carried through the equations (two hidden
  cells adding to 2 are both 1) can also pin a cell to one value.

A small cell found derivable makes one more cell hidden: the smallest non-zero printed cell in the
line that gives it away (the total when no other cell is left), and the audit runs again until no
small cell can be worked out. The order is fixed (smallest value, then position), so the same data
always hides the same cells. The audit is checked against an exact integer solver by property-based
tests (tests/unit/test_disclosure_properties.py).

Every table of every export goes through `publish()` (one table with its totals) or
`publish_together()` (an overall table and its parts, for example results by group, where the
overall figures may have to stay exact). `publish_round_by_group()` is the `results --by-group`
face. Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.report_tables import HIDDEN, Count, PublishedRow, PublishedTable, Row, Table

INF = float("inf")
MOST_HIDDEN_PEOPLE = SMALL_COUNT - 1


def primary_hidden(people: int) -> bool:
    """Whether a count with this many people behind it is hidden by itself."""
    return 0 < people < SMALL_COUNT


# The grid: cells, the equations between them, and the audit ---------------------------------------


@dataclass
class Cell:
    """One printed figure. `fixed` figures are always printed exactly (the facilitator's overall results)."""

    value: int
    people: int
    fixed: bool = False
    signed: bool = False  # a score (likes minus don't likes) may be 0 or negative
    people_valued: bool = True  # the value counts people (so a small one is at most 4)
    unit: int | None = None  # cells hidden together (a whole group of results by group)
    unit_head: bool = False  # the cell whose hiding hides its unit (a group's number of people)
    hidden: bool = False
    primary: bool = False
    floor: int = 1  # the least a reader knows a hidden cell to be
    cap: float = INF  # the most a reader knows a hidden cell to be (a small group's counts: 4)


@dataclass
class Grid:
    cells: list[Cell] = field(default_factory=list)
    equations: list[tuple[tuple[int, int], ...]] = field(default_factory=list)  # sum(coef * cell) == 0
    together: list[tuple[int, ...]] = field(default_factory=list)  # hidden all or none (rank count/points)

    def add(self, cell: Cell) -> int:
        self.cells.append(cell)
        return len(self.cells) - 1

    def equation(self, terms: Iterable[tuple[int, int]]) -> None:
        terms = tuple((i, c) for i, c in terms if c)
        if len(terms) > 1:
            self.equations.append(terms)

    # the reader's bounds on a hidden cell
    def bounds(self, i: int) -> tuple[float, float]:
        c = self.cells[i]
        if not c.hidden:
            return c.value, c.value
        if c.signed:
            return -INF, INF
        hi = MOST_HIDDEN_PEOPLE if c.primary and c.people_valued and c.floor >= 1 else INF
        return c.floor, min(hi, c.cap)


def _propagate(grid: Grid, lo: dict[int, float], hi: dict[int, float]) -> None:
    """Tightens each hidden cell's bounds through every equation until nothing changes."""
    for _ in range(200):
        changed = False
        for terms in grid.equations:
            unknown = [(i, a) for i, a in terms if i in lo]
            if not unknown:
                continue
            known = sum(a * grid.cells[i].value for i, a in terms if i not in lo)
            for j, aj in unknown:
                s_lo = s_hi = -known  # aj*xj = -known - sum(other unknowns)
                for i, a in unknown:
                    if i == j:
                        continue
                    if a > 0:
                        s_lo -= a * hi[i]
                        s_hi -= a * lo[i]
                    else:
                        s_lo -= a * lo[i]
                        s_hi -= a * hi[i]
                if aj > 0:
                    new_lo, new_hi = s_lo / aj, s_hi / aj
                else:
                    new_lo, new_hi = s_hi / aj, s_lo / aj
                if new_lo != -INF and new_lo == new_lo:  # not nan (inf - inf)
                    new_lo = -((-new_lo) // 1)  # ceil: cells are whole numbers
                    if new_lo > lo[j]:
                        lo[j], changed = new_lo, True
                if new_hi != INF and new_hi == new_hi:
                    new_hi = new_hi // 1
                    if new_hi < hi[j]:
                        hi[j], changed = new_hi, True
        if not changed:
            return


def _linear(grid: Grid, unknown: Sequence[int], value_of) -> dict[int, Fraction]:
    """The unknown cells whose values follow from the equations alone, with those values."""
    index = {cell: k for k, cell in enumerate(unknown)}
    rows = []
    for terms in grid.equations:
        row = [Fraction(0)] * (len(unknown) + 1)
        touched = False
        for i, a in terms:
            if i in index:
                row[index[i]] += a
                touched = True
            else:
                row[-1] -= a * value_of(i)
        if touched:
            rows.append(row)
    pivots = []
    r = 0
    n = len(unknown)
    for col in range(n):
        pivot = next((k for k in range(r, len(rows)) if rows[k][col] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        p = rows[r][col]
        rows[r] = [x / p for x in rows[r]]
        for k in range(len(rows)):
            if k != r and rows[k][col] != 0:
                f = rows[k][col]
                rows[k] = [x - f * y for x, y in zip(rows[k], rows[r])]
        pivots.append(col)
        r += 1
        if r == len(rows):
            break
    pivot_set = set(pivots)
    out = {}
    for k, col in enumerate(pivots):
        if all(rows[k][c] == 0 for c in range(n) if c not in pivot_set):
            out[unknown[col]] = rows[k][-1]
    return out


def derivable(grid: Grid) -> dict[int, int]:
    """{hidden cell: its value} for every hidden cell a reader can work out from what is printed."""
    hidden = [i for i, c in enumerate(grid.cells) if c.hidden]
    lo, hi = {}, {}
    for i in hidden:
        lo[i], hi[i] = grid.bounds(i)
    found: dict[int, int] = {}
    while True:
        _propagate(grid, lo, hi)
        new = {i: int(lo[i]) for i in lo if lo[i] == hi[i] and i not in found}
        found.update(new)
        unknown = [i for i in hidden if i not in found]
        solved = _linear(grid, unknown, lambda i: found.get(i, grid.cells[i].value)) if unknown else {}
        more = {i: int(v) for i, v in solved.items() if i not in found}
        for i, v in more.items():
            lo[i] = hi[i] = v
        found.update(more)
        if not new and not more:
            return found


def _hide(grid: Grid, i: int, primary: bool = False) -> None:
    cell = grid.cells[i]
    cell.hidden = True
    cell.primary = cell.primary or primary
    if cell.unit is not None and cell.unit_head:
        for other in grid.cells:
            if other.unit == cell.unit and not other.hidden:
                other.hidden = True
                other.floor = 0  # a whole group hidden: its zeros are hidden too
                other.primary = other.primary or primary_hidden(other.people)
                if cell.primary and other.people_valued and not other.signed:
                    other.cap = MOST_HIDDEN_PEOPLE  # nobody counts more votes than a small group has


def _candidate(grid: Grid, i: int) -> int | None:
    """The cell to hide so that hidden cell `i` can no longer be worked out, or None."""
    lines = [terms for terms in grid.equations if any(j == i for j, _ in terms)]
    lines.sort(key=lambda terms: sum(grid.cells[j].hidden for j, _ in terms))
    for terms in lines:
        free = [j for j, _ in terms
                if not grid.cells[j].hidden and not grid.cells[j].fixed and grid.cells[j].value != 0]
        if free:
            return min(free, key=lambda j: (abs(grid.cells[j].value), j))
    return None


class CannotProtect(Exception):
    """The exact figures that must be printed give a small cell away, whatever else is hidden."""


def suppress(grid: Grid) -> Grid:
    """Primary rule, then secondary suppression until no small cell can be worked out."""
    for i, cell in enumerate(grid.cells):
        if primary_hidden(cell.people) and not cell.fixed:
            _hide(grid, i, primary=True)
    while True:
        for group in grid.together:
            if any(grid.cells[i].hidden for i in group):
                for i in group:
                    if not grid.cells[i].hidden:
                        _hide(grid, i)
        # the structural rule: no line with a printed total has exactly one hidden cell
        single = None
        for terms in grid.equations:
            hidden = [j for j, _ in terms if grid.cells[j].hidden]
            if len(hidden) == 1 and grid.cells[hidden[0]].primary:
                single = hidden[0]
                break
        leaks = [single] if single is not None else sorted(
            i for i in derivable(grid) if grid.cells[i].primary)
        if not leaks:
            return grid
        for i in leaks:
            j = _candidate(grid, i)
            if j is not None:
                _hide(grid, j)
                break
        else:
            raise CannotProtect()


# Tables --------------------------------------------------------------------------------------------


def _table_grid(table: Table, grid: Grid, fixed: bool = False, unit: int | None = None) -> list[list[int]]:
    """The table's cells in `grid`, with an equation for each row and column that has a printed total."""
    ids = []
    for row in table.rows:
        # A reader is taken to know a small count's value is at most 4 when it counts people.
        ids.append([grid.add(Cell(c.value, c.people, fixed=fixed, signed=c.value < 0, unit=unit,
                                  people_valued=c.value == c.people)) for c in row.cells])
    body = ids[:-1] if table.total_row else ids
    width = len(table.columns)
    if table.total_column:
        for r, row in enumerate(ids):
            _line(grid, table, row[:-1], row[-1])
    if table.total_row and ids:
        for c in range(width):
            _line(grid, table, [row[c] for row in body], ids[-1][c])
    for relation in getattr(table, "row_sums", ()):
        for row in ids:
            grid.equation([(row[relation.target], -1)] + [(row[k], a) for k, a in relation.terms])
    for columns in getattr(table, "hidden_together", ()):
        for row in ids:
            grid.together.append(tuple(row[k] for k in columns))
    return ids


def _line(grid: Grid, table: Table, parts: list[int], total: int) -> None:
    grid.equation([(i, 1) for i in parts] + [(total, -1)])


def _published(table: Table, grid: Grid, ids: list[list[int]]) -> PublishedTable:
    rows = []
    hidden = 0
    for row, cells in zip(table.rows, ids):
        out = []
        for i in cells:
            if grid.cells[i].hidden:
                out.append(HIDDEN)
                hidden += 1
            else:
                out.append(grid.cells[i].value)
        rows.append(PublishedRow(row.key, row.label, tuple(out)))
    return PublishedTable(table.id, table.title, table.columns, tuple(rows), table.total_row,
                          table.total_column, table.note, hidden)


def publish(table: Table) -> PublishedTable:
    """`table` as it may be published: small counts, and the cells that would give them away, hidden.

    Rows and columns with a printed total (`total_row`, `total_column`) are equations; so are a
    table's `row_sums` (for example like - don't like = score). A table whose totals cannot be
    protected any other way is published with every non-zero cell hidden.
    """
    grid = Grid()
    ids = _table_grid(table, grid)
    try:
        suppress(grid)
    except CannotProtect:  # cannot happen with nothing fixed, but never print a leak
        for cell in grid.cells:
            if cell.value != 0:
                cell.hidden = True
    return _published(table, grid, ids)


def publish_together(overall: Table, parts: Mapping[str, Table] | Sequence[tuple[str, Table]],
                     overall_exact: bool = False, whole_parts: bool = False
                     ) -> tuple[PublishedTable, dict[str, PublishedTable]]:
    """An overall table and its parts (the same shape, cell by cell adding up to it), published together.

    Each overall cell is the sum of the parts' cells, so a reader holding both can subtract: a part's
    hidden cell must not follow from the overall figure minus the other parts. `overall_exact`: the
    overall figures are printed exactly (they are the facilitator's own, or given exactly elsewhere),
    so only the parts hide cells. `whole_parts`: a part whose first cell (its number of people) is
    hidden is hidden whole. Raises CannotProtect when even hiding every part would not do (one part
    only, hidden, under exact overall figures): then publish the parts not at all.
    """
    items = list(parts.items()) if isinstance(parts, Mapping) else list(parts)
    grid = Grid()
    over = _table_grid(overall, grid, fixed=overall_exact)
    part_ids = []
    for n, (_key, table) in enumerate(items):
        ids = _table_grid(table, grid, unit=n if whole_parts else None)
        if whole_parts and ids and ids[0]:
            grid.cells[ids[0][0]].unit_head = True
        part_ids.append(ids)
    for r, row in enumerate(over):
        for c, i in enumerate(row):
            grid.equation([(i, -1)] + [(ids[r][c], 1) for ids in part_ids])
    suppress(grid)
    return (_published(overall, grid, over),
            {key: _published(table, grid, ids) for (key, table), ids in zip(items, part_ids)})


# Vote rounds ---------------------------------------------------------------------------------------

ROUND_COLUMNS = {
    "pick": ("Times picked", "Score"),
    "rank": ("Times ranked", "Points"),
    "rating": ("Ratings", "Like", "Not sure", "Don't like", "Score"),
}


def round_table(table_id: str, title: str, method: str, cards: Sequence[Mapping], labels: Mapping[str, str],
                note: str = "") -> Table:
    """A round's results as a Table whose cells are tied together as the method ties them.

    `cards` are `round_results`' commitments (key, count, score, like, unsure, dislike), in the
    order they are printed; `labels` the words for each key. Pick: score = times picked. Rating:
    ratings = like + not sure + don't like, score = like - don't like. Rank: points are hidden
    whenever the times ranked are (points lie between times ranked and that times the most points).
    Every count here is a count of people (a paper mark is a person's vote).
    """
    from coprod_app.domain.report_tables import RowSum

    rows = []
    for c in cards:
        if method == "rating":
            cells = (c["count"], c["like"], c["unsure"], c["dislike"])
            counts = tuple(Count.of_people(v) for v in cells)
            score = Count(c["score"], max(c["like"], c["dislike"]) if c["score"] else 0)
            rows.append(Row(c["key"], labels.get(c["key"], c["key"]), counts + (score,)))
        else:
            rows.append(Row(c["key"], labels.get(c["key"], c["key"]),
                            (Count.of_people(c["count"]), Count(c["score"], c["count"]))))
    if method == "rating":
        sums = (RowSum(0, ((1, 1), (2, 1), (3, 1))), RowSum(4, ((1, 1), (3, -1))))
        together: tuple = ()
    elif method == "pick":
        sums, together = (RowSum(1, ((0, 1),)),), ()
    else:
        sums, together = (), ((0, 1),)
    return Table(table_id, title, ROUND_COLUMNS[method], tuple(rows), note=note, row_sums=sums,
                 hidden_together=together)


def _round_cells(grid: Grid, method: str, result: Mapping, cards: Sequence[Mapping], fixed: bool,
                 unit: int | None) -> tuple[int, dict[str, dict[str, int]]]:
    """A round's (or a group's) voters, ballots, marks and per-card figures as grid cells, tied together.

    The per-card figures are keyed by card; "" holds voters = ballots + tallied."""
    voters = result["ballots"] + result["tallied"]
    head = grid.add(Cell(voters, voters, fixed=fixed, unit=unit, unit_head=unit is not None))
    split = {name: grid.add(Cell(result[name], result[name], fixed=fixed, unit=unit))
             for name in ("ballots", "tallied")}
    grid.equation([(head, -1), (split["ballots"], 1), (split["tallied"], 1)])
    out: dict[str, dict[str, int]] = {"": split}
    for c in cards:
        mine: dict[str, int] = {}
        for name in ("count", "like", "unsure", "dislike") if method == "rating" else ("count",):
            mine[name] = grid.add(Cell(c[name], c[name], fixed=fixed, unit=unit))
        # a score is as small as the people behind it; a rank score's people are those who ranked it
        people = max(c["like"], c["dislike"]) if method == "rating" else c["count"]
        mine["score"] = grid.add(Cell(c["score"], people if c["score"] else 0, fixed=fixed, signed=True,
                                      unit=unit, people_valued=False))
        if method == "rating":
            grid.equation([(mine["count"], -1), (mine["like"], 1), (mine["unsure"], 1), (mine["dislike"], 1)])
            grid.equation([(mine["score"], -1), (mine["like"], 1), (mine["dislike"], -1)])
        elif method == "pick":
            grid.equation([(mine["score"], -1), (mine["count"], 1)])
        else:
            grid.together.append((mine["count"], mine["score"]))
        out[c["key"]] = mine
    return head, out


def publish_round_by_group(method: str, overall: Mapping, groups: Mapping[str, Mapping]) -> dict[str, dict]:
    """Results by group that cannot be subtracted from the exact overall results.

    `overall` and each of `groups` are in the `round_results` shape; a group's voters are its
    ballots plus its paper marks (the people in it). A group of fewer than 5 voters is hidden whole;
    with one group hidden another is hidden too (the overall figures minus the groups shown would
    give it away); a small count in a group shown is hidden, with the cells that would give it away.
    Returns, for each group, {"suppressed": bool, "people": int | "fewer than 5",
    "ballots": ..., "tallied": ..., "commitments": [{key, count, like, unsure, dislike, score}...]}
    with hidden figures as "fewer than 5" (a hidden group: people "fewer than 5", no figures).
    When no publication is safe (a single group, hidden), the result is empty.
    """
    grid = Grid()
    cards = overall["commitments"]
    total, over = _round_cells(grid, method, overall, cards, True, None)
    parts = {}
    for n, (group, result) in enumerate(groups.items()):
        by_key = {c["key"]: c for c in result["commitments"]}
        parts[group] = _round_cells(grid, method, result, [by_key[c["key"]] for c in cards], False, n)
    grid.equation([(total, -1)] + [(head, 1) for head, _ in parts.values()])
    for key, cells in over.items():
        for name, i in cells.items():
            grid.equation([(i, -1)] + [(mine[key][name], 1) for _, mine in parts.values()])
    # With one group hidden, hide the next smallest too, before the audit looks for subtler ways in.
    heads = [head for head, _ in parts.values()]
    for head in heads:
        if primary_hidden(grid.cells[head].people):
            _hide(grid, head, primary=True)
    try:
        if sum(grid.cells[h].hidden for h in heads) == 1:
            shown = [h for h in heads if not grid.cells[h].hidden]
            if not shown:
                raise CannotProtect()
            _hide(grid, min(shown, key=lambda h: (grid.cells[h].value, h)))
        suppress(grid)
    except CannotProtect:
        return {}
    out = {}
    for group, (head, mine) in parts.items():
        result = groups[group]
        plain = {k: v for k, v in result.items() if k not in ("commitments", "ballots", "tallied")}
        if grid.cells[head].hidden:
            out[group] = {**plain, "suppressed": True, "people": HIDDEN, "ballots": None, "tallied": None,
                          "commitments": []}
            continue
        def cell(i: int):
            return HIDDEN if grid.cells[i].hidden else grid.cells[i].value

        shown = [{**c, **{name: cell(i) for name, i in mine[c["key"]].items()}} for c in result["commitments"]]
        # A card whose score is hidden has no rank and goes last: its place between two printed
        # scores would bound it (between 10 and 8, ranked apart, is 9).
        shown = ([c for c in shown if c["score"] != HIDDEN]
                 + [{**c, "rank": None} for c in shown if c["score"] == HIDDEN])
        out[group] = {**plain, "suppressed": False, "people": grid.cells[head].value,
                      "ballots": cell(mine[""]["ballots"]), "tallied": cell(mine[""]["tallied"]),
                      "commitments": shown}
    return out
