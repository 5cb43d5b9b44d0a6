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
small cell can be worked out. The hidden cells fall into parts that no equation links (a card's
figures overall and in each group, say); each part is audited alone, a part unchanged since the last
audit is not audited again, and each part with a leak hides one cell per round. The whole-number
search for a second solution has a budget of counted steps: a small cell without a second solution
found within it is taken as known, so more is hidden, never less. The order is fixed (smallest value,
then position) and nothing is timed, so the same data always hides the same cells. The audit is checked against an exact integer solver by property-based
tests (tests/unit/test_disclosure_properties.py).

Every table of every export goes through `publish()` (one table with its totals) or
`publish_together()` (an overall table and its parts, for example results by group, where the
overall figures may have to stay exact). `publish_round_by_group()` is the `results --by-group`
face. Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.report_tables import HIDDEN, Count, PublishedRow, PublishedTable, Row, Table

INF = float("inf")
WITHHELD_NOTE = (
    "Every figure in this table is hidden, 0 included: so few people stand behind it that "
    "even which figures are 0 would tell who they are."
)
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
    reluctant: bool = False  # hidden to protect another only when no other cell will do (overall figures)


@dataclass
class Grid:
    cells: list[Cell] = field(default_factory=list)
    equations: list[tuple[tuple[int, int], ...]] = field(default_factory=list)  # sum(coef * cell) == 0
    together: list[tuple[int, ...]] = field(default_factory=list)  # hidden all or none (rank count/points)
    limits: list[tuple[tuple[int, int], ...]] = field(default_factory=list)  # sum(coef * cell) <= 0
    # Whether the reader is taken to know which hidden cells were small (1 to 4 people), more than a
    # real reader knows: tables are audited so. Results by group are not, since their overall figures
    # are exact: a card liked by 1 person overall would then always say which group that person is in.
    knows_small: bool = True

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
        # The reader is taken to know which hidden cells are small (more than a real one knows).
        hi = MOST_HIDDEN_PEOPLE if c.primary and c.people_valued and self.knows_small else INF
        return c.floor, min(hi, c.cap)


@dataclass
class _Part:
    """Hidden cells tied to each other by the equations and limits, with every one of those that holds
    one of them. No equation reaches from one part into another, so each part can be audited alone: a
    second solution of one part, the other parts left at their true values, is a solution of the whole."""

    cells: list[int]
    constraints: list  # (terms, is_equation)
    by_cell: dict[int, list[int]]

    @property
    def equations(self) -> list:
        return [terms for terms, is_equation in self.constraints if is_equation]


def _parts(grid: Grid) -> list[_Part]:
    """The hidden cells split into parts (see _Part), each with its equations and limits, in a fixed order."""
    cells = grid.cells
    parent: dict[int, int] = {i: i for i, c in enumerate(cells) if c.hidden}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    constraints = [(t, True) for t in grid.equations] + [(t, False) for t in grid.limits]
    touching = []
    for terms, is_equation in constraints:
        hidden = [i for i, _a in terms if i in parent]
        if not hidden:
            continue  # only printed figures: it tells the reader nothing about a hidden one
        first = root(hidden[0])
        for j in hidden[1:]:
            other = root(j)
            if other != first:
                parent[other] = first
        touching.append((terms, is_equation, hidden[0]))
    parts: dict[int, _Part] = {}
    for i in parent:  # cells in order, so each part's cells are sorted
        parts.setdefault(root(i), _Part([], [], {})).cells.append(i)
    for terms, is_equation, i in touching:
        part = parts[root(i)]
        k = len(part.constraints)
        part.constraints.append((terms, is_equation))
        for j, _a in terms:
            part.by_cell.setdefault(j, []).append(k)
    return sorted(parts.values(), key=lambda p: p.cells[0])


def _ceil(x: float) -> float:
    return -((-x) // 1)


def _propagate(
    grid: Grid, part: _Part, lo: dict[int, float], hi: dict[int, float], effort: int = 20_000
) -> int:
    """Tightens each hidden cell's bounds through the part's equations and limits until nothing changes.

    Returns the effort left: 0 or less when it stopped before nothing changed any more."""
    constraints, by_cell = part.constraints, part.by_cell
    values = grid.cells
    queue = list(range(len(constraints)))
    queued = set(queue)
    while queue:
        if effort <= 0:
            return 0
        effort -= 1
        k = queue.pop()
        queued.discard(k)
        terms, is_equation = constraints[k]
        known = 0
        unknown = []
        for i, a in terms:
            if i in lo:
                unknown.append((i, a))
            else:
                known += a * values[i].value
        if not unknown:
            continue
        # the least and greatest the unknowns can add up to, infinities counted apart
        low_sum = high_sum = 0.0
        low_inf = high_inf = 0
        parts = []
        for i, a in unknown:
            p_lo, p_hi = (a * lo[i], a * hi[i]) if a > 0 else (a * hi[i], a * lo[i])
            parts.append((p_lo, p_hi))
            if p_lo == -INF:
                low_inf += 1
            else:
                low_sum += p_lo
            if p_hi == INF:
                high_inf += 1
            else:
                high_sum += p_hi
        for (j, aj), (p_lo, p_hi) in zip(unknown, parts):
            # the others' least and greatest sums, without cell j
            o_lo = -INF if low_inf - (p_lo == -INF) > 0 else low_sum - (0 if p_lo == -INF else p_lo)
            o_hi = INF if high_inf - (p_hi == INF) > 0 else high_sum - (0 if p_hi == INF else p_hi)
            top = -known - o_lo  # aj*xj <= top (equations and limits)
            bottom = -known - o_hi if is_equation else -INF  # aj*xj >= bottom (equations only)
            if aj > 0:
                new_lo, new_hi = bottom / aj, top / aj
            else:
                new_lo, new_hi = top / aj, bottom / aj
            changed = False
            if new_lo != -INF and _ceil(new_lo) > lo[j]:
                lo[j], changed = _ceil(new_lo), True
            if new_hi != INF and new_hi // 1 < hi[j]:
                hi[j], changed = new_hi // 1, True
            if changed:
                if lo[j] > hi[j]:
                    return max(effort, 1)
                for m in by_cell.get(j, ()):
                    if m not in queued:
                        queued.add(m)
                        queue.append(m)
    return max(effort, 1)


def _eliminate(
    equations: list, unknown: Sequence[int], value_of
) -> tuple[list[list[Fraction]], list[int]] | None:
    """The reduced echelon form of the equations in the unknown cells (the others at `value_of`), and
    its pivot columns; None when the equations have no solution at all."""
    index = {cell: k for k, cell in enumerate(unknown)}
    rows = []
    for terms in equations:
        row = [0] * (len(unknown) + 1)
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
        # The coefficients are 0 and +-1, so most pivots are 1 or -1 and the row stays whole numbers.
        if p == -1:
            rows[r] = [-x for x in rows[r]]
        elif p != 1:
            rows[r] = [x / Fraction(p) for x in rows[r]]
        pivot_row = rows[r]
        for k in range(len(rows)):
            if k != r and rows[k][col] != 0:
                f = rows[k][col]
                rows[k] = [x - f * y for x, y in zip(rows[k], pivot_row)]
        pivots.append(col)
        r += 1
    if any(rows[k][-1] != 0 for k in range(r, len(rows))):
        return None
    return rows, pivots


def _linear(equations: list, unknown: Sequence[int], value_of) -> dict[int, Fraction]:
    """The unknown cells whose values follow from the equations alone, with those values."""
    reduced = _eliminate(equations, unknown, value_of)
    if reduced is None:  # cannot happen with the true figures; nothing is claimed then
        return {}
    rows, pivots = reduced
    pivot_set = set(pivots)
    n = len(unknown)
    out = {}
    for k, col in enumerate(pivots):
        if all(rows[k][c] == 0 for c in range(n) if c not in pivot_set):
            out[unknown[col]] = rows[k][-1]
    return out


def _part_key(grid: Grid, part: _Part) -> tuple:
    return (
        len(grid.equations),
        len(grid.limits),
        tuple((i, grid.bounds(i), grid.cells[i].primary) for i in part.cells),
    )


def derivable(grid: Grid) -> dict[int, int]:
    """{hidden cell: its value} for every hidden cell a reader can work out from what is printed.

    Audited part by part (see _Part), and a part audited before in the same state is not audited
    again: suppression hides one cell at a time, and all but one part stay as they were."""
    cache = grid.__dict__.setdefault("_audited", {})
    found: dict[int, int] = {}
    for part in _parts(grid):
        key = _part_key(grid, part)
        if key not in cache:
            cache[key] = _audit_part(grid, part)
        found.update(cache[key])
    return found


def _audit_part(grid: Grid, part: _Part) -> dict[int, int]:
    hidden = part.cells
    lo, hi = {}, {}
    for i in hidden:
        lo[i], hi[i] = grid.bounds(i)
    found: dict[int, int] = {}
    equations = part.equations
    while True:
        if _propagate(grid, part, lo, hi) <= 0:
            # Too much to reason through: every small cell of the part is taken as known, so more is hidden.
            return {i: grid.cells[i].value for i in hidden if grid.cells[i].primary}
        new = {i: int(lo[i]) for i in lo if lo[i] == hi[i] and i not in found}
        found.update(new)
        unknown = [i for i in hidden if i not in found]
        solved = _linear(equations, unknown, lambda i: found.get(i, grid.cells[i].value)) if unknown else {}
        more = {i: int(v) for i, v in solved.items() if i not in found}
        for i, v in more.items():
            lo[i] = hi[i] = v
        found.update(more)
        if not new and not more:
            break
    # Bounds and linear algebra miss a reader who reasons about whole numbers (11 ratings, likes =
    # don't likes, each at most 4: 4 + 3 + 4 is the only way). A small cell is safe only when a
    # second whole-number solution of everything printed is actually found, with another value in it.
    witnesses = grid.__dict__.setdefault("_witnesses", {})
    for i in hidden:
        if i in found or not grid.cells[i].primary:
            continue
        # A second solution found before, with fewer cells hidden, is very often one still: checked exactly.
        if i in witnesses and _solves(grid, part, i, witnesses[i]):
            continue
        solution = _witness(grid, part, i, dict(lo), dict(hi))
        if solution is None:
            found[i] = grid.cells[i].value
        else:
            witnesses[i] = solution
    return found


def _solves(grid: Grid, part: _Part, target: int, solution: dict[int, int]) -> bool:
    """Whether `solution` (hidden cells' values, any missing at their true value) is a whole-number
    solution of the part's equations and limits within every cell's bounds, with `target` not true."""
    cells = grid.cells

    def v(i: int) -> int:
        return solution.get(i, cells[i].value) if cells[i].hidden else cells[i].value

    if v(target) == cells[target].value:
        return False
    for i in part.cells:
        low, high = grid.bounds(i)
        if not low <= v(i) <= high:
            return False
    for terms, is_equation in part.constraints:
        total = sum(a * v(i) for i, a in terms)
        if total > 0 or (is_equation and total != 0):
            return False
    return True


_BUDGET = 4000  # search steps per small cell; a cell without a second solution found is taken as known
_WORK = 400_000  # and steps of bound propagation, counted (not timed) so the same data hides the same cells


def _witness(grid: Grid, part: _Part, target: int, lo: dict, hi: dict) -> dict[int, int] | None:
    """A whole-number solution of the printed figures where cell `target` has another value, or None
    (none found within the budget: the caller then takes the cell as known and hides more)."""
    truth = grid.cells[target].value
    if hi[target] != INF and lo[target] != -INF:
        values = [v for v in range(int(lo[target]), int(hi[target]) + 1) if v != truth]
    else:
        values = [truth + d for k in range(1, 5) for d in (-k, k) if lo[target] <= truth + d <= hi[target]]
    values.sort(key=lambda v: (abs(v - truth), v))
    steps = [_BUDGET, _WORK]
    for v in values:
        a, b = dict(lo), dict(hi)
        a[target] = b[target] = v
        solution = _search(grid, part, a, b, steps)
        if solution is not None:
            return solution if _solves(grid, part, target, solution) else None
        if steps[0] <= 0 or steps[1] <= 0:
            return None
    return None


def _search(grid: Grid, part: _Part, lo: dict, hi: dict, steps: list[int]) -> dict[int, int] | None:
    steps[0] -= 1
    if steps[0] <= 0:
        return None
    left = _propagate(grid, part, lo, hi, min(steps[1], 20_000))
    steps[1] -= min(steps[1], 20_000) - left
    if left <= 0 or steps[1] <= 0:
        steps[1] = 0
        return None
    if any(lo[i] > hi[i] for i in lo):
        return None
    open_cells = [i for i in lo if lo[i] < hi[i] and lo[i] != -INF and hi[i] != INF]
    if open_cells:
        i = min(open_cells, key=lambda j: (hi[j] - lo[j], j))
        truth = grid.cells[i].value
        for v in sorted(range(int(lo[i]), int(hi[i]) + 1), key=lambda v: (abs(v - truth), v)):
            a, b = dict(lo), dict(hi)
            a[i] = b[i] = v
            solution = _search(grid, part, a, b, steps)
            if solution is not None:
                return solution
            if steps[0] <= 0 or steps[1] <= 0:
                return None
        return None
    # Only cells without a bound on one side are left: solve for them, the rest set near the truth.
    rest = [i for i in lo if lo[i] < hi[i]]
    value = {i: int(lo[i]) for i in lo if lo[i] == hi[i]}
    if rest:
        solved = _solve(grid, part, rest, lambda i: value.get(i, grid.cells[i].value), lo, hi)
        if solved is None:
            return None
        value.update(solved)

    def v(i: int) -> int:
        return value.get(i, grid.cells[i].value)

    if all(
        sum(a * v(i) for i, a in terms) == 0 if is_equation else sum(a * v(i) for i, a in terms) <= 0
        for terms, is_equation in part.constraints
    ):
        return value
    return None


def _solve(
    grid: Grid, part: _Part, unknown: list[int], value_of, lo: dict, hi: dict
) -> dict[int, int] | None:
    """Whole values for `unknown` within their bounds satisfying the equations, trying the free ones at
    their true values; None when that does not give whole numbers within bounds."""
    reduced = _eliminate(part.equations, unknown, value_of)
    if reduced is None:
        return None
    rows, pivots = reduced
    n = len(unknown)
    free = [c for c in range(n) if c not in pivots]
    x = {c: Fraction(min(max(grid.cells[unknown[c]].value, lo[unknown[c]]), hi[unknown[c]])) for c in free}
    for k, col in enumerate(pivots):
        x[col] = rows[k][-1] - sum(rows[k][c] * x[c] for c in free)
    out = {}
    for c, v in x.items():
        i = unknown[c]
        if Fraction(v).denominator != 1 or not lo[i] <= v <= hi[i]:
            return None
        out[i] = int(v)
    return out


def _hide(grid: Grid, i: int, primary: bool = False) -> None:
    cell = grid.cells[i]
    cell.hidden = True
    cell.primary = cell.primary or primary
    if cell.unit is not None and cell.unit_head:
        for other in grid.cells:
            if other.unit == cell.unit and other is not cell:
                other.hidden = True
                other.floor = 0  # a whole group hidden: its zeros are hidden too, so none is known to be 1+
                other.primary = other.primary or primary_hidden(other.people)
                if grid.knows_small and cell.primary and other.people_valued and not other.signed:
                    other.cap = MOST_HIDDEN_PEOPLE  # nobody counts more votes than a small group has


def _equations_by_cell(grid: Grid) -> dict[int, list[int]]:
    """Which equations each cell is in (kept with the grid while no equation is added)."""
    cached = grid.__dict__.get("_by_cell")
    if cached is None or cached[0] != len(grid.equations):
        by_cell: dict[int, list[int]] = {}
        for k, terms in enumerate(grid.equations):
            for j, _a in terms:
                by_cell.setdefault(j, []).append(k)
        cached = grid.__dict__["_by_cell"] = (len(grid.equations), by_cell)
    return cached[1]


def _candidate(grid: Grid, i: int) -> int | None:
    """The cell to hide so that hidden cell `i` can no longer be worked out, or None.

    First the lines through `i` (the one with fewest hidden cells first); when every cell there is
    hidden, 0 or exact, the lines one hidden cell further away (a total of totals, say), and so on.
    """

    def free_cells(terms) -> list[int]:
        # A count of 0 is never hidden (it is printed as 0 everywhere); a score of 0 may be, last.
        return [
            j
            for j, _ in terms
            if not grid.cells[j].hidden
            and not grid.cells[j].fixed
            and (grid.cells[j].value != 0 or grid.cells[j].signed)
        ]

    def best(cells: list[int]) -> int:
        return min(cells, key=lambda j: (grid.cells[j].value == 0, abs(grid.cells[j].value), j))

    by_cell = _equations_by_cell(grid)
    frontier, reached, used = {i}, {i}, set()
    fallback = None  # a figure the caller would rather print (an overall one), if nothing else will do
    while frontier:
        lines = sorted({k for j in frontier for k in by_cell.get(j, ()) if k not in used})
        lines.sort(key=lambda k: (sum(grid.cells[j].hidden for j, _ in grid.equations[k]), k))
        for k in lines:
            free = free_cells(grid.equations[k])
            willing = [j for j in free if not grid.cells[j].reluctant]
            if willing:
                return best(willing)
            if free and fallback is None:
                fallback = best(free)
        used.update(lines)
        frontier = {j for k in lines for j, _ in grid.equations[k] if grid.cells[j].hidden} - reached
        reached |= frontier
    return fallback


class CannotProtect(Exception):
    """The exact figures that must be printed give a small cell away, whatever else is hidden."""


def suppress(grid: Grid) -> Grid:
    """Primary rule, then secondary suppression until no small cell can be worked out."""
    for i, cell in enumerate(grid.cells):
        if primary_hidden(cell.people) and not cell.fixed:
            _hide(grid, i, primary=True)
    while True:
        # The structural rule first: no line with a printed total has exactly one hidden cell. A
        # cell hidden only with its group (a zero) may stay alone when nothing else can be hidden.
        # Every line is looked at in one pass, and passes repeat until none hides anything.
        changed = True
        while changed:
            changed = False
            for group in grid.together:
                if any(grid.cells[i].hidden for i in group):
                    for i in group:
                        if not grid.cells[i].hidden:
                            _hide(grid, i)
            for terms in grid.equations:
                hidden = [j for j, _ in terms if grid.cells[j].hidden]
                if len(hidden) == 1:
                    j = _candidate(grid, hidden[0])
                    if j is not None:
                        _hide(grid, j)
                        changed = True
                    elif grid.cells[hidden[0]].primary:
                        raise CannotProtect()
        # Then the arithmetic: a small cell a reader can still work out hides one more cell. Parts no
        # equation links are independent, so each part with a leak hides one cell per round (the
        # smallest leak's), unless a cell hidden this round is in a line of that part already: then
        # it waits for the next audit, which says whether it still leaks.
        leaks = sorted(i for i in derivable(grid) if grid.cells[i].primary)
        if not leaks:
            return grid
        part_of = {j: n for n, part in enumerate(_parts(grid)) for j in part.cells}
        by_cell = _equations_by_cell(grid)
        touched: set[int] = set()
        hid = False
        for i in leaks:
            if part_of[i] in touched:
                continue
            j = _candidate(grid, i)
            if j is None:
                continue
            reach = {part_of[m] for k in by_cell.get(j, ()) for m, _a in grid.equations[k] if m in part_of}
            if reach & touched:
                continue
            _hide(grid, j)
            hid = True
            touched |= reach | {part_of[i]}
        if not hid:
            raise CannotProtect()


# Tables --------------------------------------------------------------------------------------------


def _table_grid(table: Table, grid: Grid, fixed: bool = False, unit: int | None = None) -> list[list[int]]:
    """The table's cells in `grid`, with an equation for each row and column that has a printed total."""
    ids = []
    for row in table.rows:
        # A reader is taken to know a small count's value is at most 4 when it counts people.
        ids.append(
            [
                grid.add(
                    Cell(
                        c.value,
                        c.people,
                        fixed=fixed,
                        signed=c.value < 0,
                        unit=unit,
                        people_valued=c.value == c.people,
                    )
                )
                for c in row.cells
            ]
        )
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
            if any(a < 0 for _, a in relation.terms):  # a difference (a score) may be 0 or below
                grid.cells[row[relation.target]].signed = True
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
    return PublishedTable(
        table.id,
        table.title,
        table.columns,
        tuple(rows),
        table.total_row,
        table.total_column,
        table.note,
        hidden,
    )


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
    except CannotProtect:
        # So few people that the shape of the table gives them away (4 people, total "fewer than 5",
        # in 4 rows that are not 0: one each). Every figure is hidden, its zeros too, and it says so.
        for cell in grid.cells:
            cell.hidden = True
        published = _published(table, grid, ids)
        return replace(published, note=" ".join(filter(None, (table.note, WITHHELD_NOTE))))
    return _published(table, grid, ids)


def publish_together(
    overall: Table,
    parts: Mapping[str, Table] | Sequence[tuple[str, Table]],
    overall_exact: bool = False,
    whole_parts: bool = False,
    overall_known: bool = True,
) -> tuple[PublishedTable, dict[str, PublishedTable]]:
    """An overall table and its parts (the same shape, cell by cell adding up to it), published together.

    Each overall cell is the sum of the parts' cells, so a reader holding both can subtract: a part's
    hidden cell must not follow from the overall figure minus the other parts, nor an overall hidden
    cell from the parts. `overall_exact`: the overall figures are printed exactly (the facilitator's
    own), so only the parts hide cells. `overall_known` (the default): the reader may hold the exact
    overall figures from elsewhere (`coprod-app results --json`, the facilitator's screen), so the
    parts are also protected against them, where the printed overall hides a cell too. `whole_parts`:
    a part whose first cell (its number of people) is hidden is hidden whole. Parts that no hiding
    can protect (one part, small, under exact overall figures) are hidden whole, zeros too, with
    WITHHELD_NOTE.
    """
    items = list(parts.items()) if isinstance(parts, Mapping) else list(parts)

    def build(fixed: bool) -> tuple[Grid, list, list]:
        # As for results by group: with linked tables the reader is not told which hidden cells are
        # the small ones, or a card liked by 1 person overall would always say which group they are in.
        grid = Grid(knows_small=False)
        over = _table_grid(overall, grid, fixed=fixed)
        if overall_known:  # its exact figures are known elsewhere: hide the parts' figures first
            for row in over:
                for i in row:
                    grid.cells[i].reluctant = True
        part_ids = []
        for n, (_key, table) in enumerate(items):
            ids = _table_grid(table, grid, unit=n if whole_parts else None)
            if whole_parts and ids and ids[0]:
                grid.cells[ids[0][0]].unit_head = True
            part_ids.append(ids)
        for r, row in enumerate(over):
            for c, i in enumerate(row):
                grid.equation([(i, -1)] + [(ids[r][c], 1) for ids in part_ids])
        return grid, over, part_ids

    def protect(grid: Grid, part_ids: list) -> bool:
        try:
            suppress(grid)
            return True
        except CannotProtect:
            for ids in part_ids:
                for row in ids:
                    for i in row:
                        grid.cells[i].hidden = True
            for cell in grid.cells:  # and whatever of the overall figures may still be hidden
                if not cell.fixed and (cell.value != 0 or cell.signed):
                    cell.hidden = True
            return False

    grid, over, part_ids = build(overall_exact)
    safe = protect(grid, part_ids)
    if overall_known and not overall_exact:
        # Against the exact overall figures too: the parts' cells hidden so far stay hidden.
        exact, _, exact_ids = build(True)
        for ids, mine in zip(part_ids, exact_ids):
            for row, row2 in zip(ids, mine):
                for i, j in zip(row, row2):
                    if grid.cells[i].hidden:
                        _hide(exact, j, primary=primary_hidden(exact.cells[j].people))
        safe = protect(exact, exact_ids) and safe
        parts_grid, part_ids = exact, exact_ids
    else:
        parts_grid = grid
    published_parts = {}
    for (key, table), ids in zip(items, part_ids):
        out = _published(table, parts_grid, ids)
        if not safe:
            out = replace(out, note=" ".join(filter(None, (table.note, WITHHELD_NOTE))))
        published_parts[key] = out
    return _published(overall, grid, over), published_parts


# Vote rounds ---------------------------------------------------------------------------------------

ROUND_COLUMNS = {
    "pick": ("Times picked", "Score"),
    "rank": ("Times ranked", "Points"),
    "rating": ("Ratings", "Like", "Not sure", "Don't like", "Score"),
}


def round_table(
    table_id: str,
    title: str,
    method: str,
    cards: Sequence[Mapping],
    labels: Mapping[str, str],
    note: str = "",
) -> Table:
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
            rows.append(
                Row(
                    c["key"],
                    labels.get(c["key"], c["key"]),
                    (Count.of_people(c["count"]), Count(c["score"], c["count"])),
                )
            )
    if method == "rating":
        sums = (RowSum(0, ((1, 1), (2, 1), (3, 1))), RowSum(4, ((1, 1), (3, -1))))
        together: tuple = ()
    elif method == "pick":
        sums, together = (RowSum(1, ((0, 1),)),), ()
    else:
        sums, together = (), ((0, 1),)
    return Table(
        table_id,
        title,
        ROUND_COLUMNS[method],
        tuple(rows),
        note=note,
        row_sums=sums,
        hidden_together=together,
    )


def _round_cells(
    grid: Grid, method: str, result: Mapping, cards: Sequence[Mapping], fixed: bool, unit: int | None
) -> tuple[int, dict[str, dict[str, int]]]:
    """A round's (or a group's) voters, ballots, marks and per-card figures as grid cells, tied together.

    The per-card figures are keyed by card; "" holds voters = ballots + tallied."""
    voters = result["ballots"] + result["tallied"]
    head = grid.add(Cell(voters, voters, fixed=fixed, unit=unit, unit_head=unit is not None))
    split = {
        name: grid.add(Cell(result[name], result[name], fixed=fixed, unit=unit))
        for name in ("ballots", "tallied")
    }
    grid.equation([(head, -1), (split["ballots"], 1), (split["tallied"], 1)])
    out: dict[str, dict[str, int]] = {"": split}
    for c in cards:
        mine: dict[str, int] = {}
        for name in ("count", "like", "unsure", "dislike") if method == "rating" else ("count",):
            mine[name] = grid.add(Cell(c[name], c[name], fixed=fixed, unit=unit))
        # a score is as small as the people behind it; a rank score's people are those who ranked it
        people = max(c["like"], c["dislike"]) if method == "rating" else c["count"]
        mine["score"] = grid.add(
            Cell(
                c["score"],
                people if c["score"] else 0,
                fixed=fixed,
                signed=True,
                unit=unit,
                people_valued=False,
            )
        )
        for name in ("count", "like", "unsure", "dislike") if method == "rating" else ("count",):
            grid.limits.append(((mine[name], 1), (head, -1)))  # no card has more votes than there are voters
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
    grid = Grid(knows_small=False)
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

    def hide_next_group() -> None:
        shown = [h for h in heads if not grid.cells[h].hidden]
        if not shown:
            raise CannotProtect()
        _hide(grid, min(shown, key=lambda h: (grid.cells[h].value, h)))

    try:
        if sum(grid.cells[h].hidden for h in heads) == 1:
            hide_next_group()
        while True:
            try:
                suppress(grid)
                break
            except CannotProtect:
                # No single figure left to hide (the others are 0 or the exact overall ones):
                # hide one more group whole, and audit again.
                hide_next_group()
    except CannotProtect:
        return {}
    out = {}
    for group, (head, mine) in parts.items():
        result = groups[group]
        plain = {k: v for k, v in result.items() if k not in ("commitments", "ballots", "tallied")}
        if grid.cells[head].hidden:
            out[group] = {
                **plain,
                "suppressed": True,
                "people": HIDDEN,
                "ballots": None,
                "tallied": None,
                "commitments": [],
            }
            continue

        def cell(i: int):
            return HIDDEN if grid.cells[i].hidden else grid.cells[i].value

        shown = [
            {**c, **{name: cell(i) for name, i in mine[c["key"]].items()}} for c in result["commitments"]
        ]
        # A card whose score is hidden has no rank and goes last: its place between two printed
        # scores would bound it (between 10 and 8, ranked apart, is 9).
        ranked = [c for c in shown if c["score"] != HIDDEN]
        for k, c in enumerate(ranked):  # ranked among the scores shown only
            c["rank"] = ranked[k - 1]["rank"] if k and c["score"] == ranked[k - 1]["score"] else k + 1
        shown = ranked + [{**c, "rank": None} for c in shown if c["score"] == HIDDEN]
        out[group] = {
            **plain,
            "suppressed": False,
            "people": grid.cells[head].value,
            "ballots": cell(mine[""]["ballots"]),
            "tallied": cell(mine[""]["tallied"]),
            "commitments": shown,
        }
    return out


def publish_round_results(results: Mapping) -> dict:
    """A round's results (the `round_results` shape) as a screen facing the room may show them.

    The facilitator's own screens and `results --json` show the exact figures; the big screen shows
    these: each card's small counts hidden with the figures that would give them away (ratings,
    like / not sure / don't like and score tied as in `round_table`). A card whose score is hidden
    has no rank and is listed after the others, in the round's order: its place between two printed
    scores would bound it.
    """
    cards = list(results["commitments"])
    published = publish(round_table("round", "", results["method"], cards, {}))
    names = (
        ("count", "like", "unsure", "dislike", "score")
        if results["method"] == "rating"
        else ("count", "score")
    )
    out = []
    for c, row in zip(cards, published.rows):
        out.append({**c, **dict(zip(names, row.cells))})
    shown = [c for c in out if c["score"] != HIDDEN]
    hidden = [{**c, "rank": None} for c in out if c["score"] == HIDDEN]
    # ranked again among the scores shown (1, 2, 2, 4), so no rank counts a hidden card above it
    for n, c in enumerate(shown):
        c["rank"] = shown[n - 1]["rank"] if n and c["score"] == shown[n - 1]["score"] else n + 1
    return {**results, "commitments": shown + hidden, "hidden": published.hidden}
