"""The small-number rule: which counts a published table may show.

A count is hidden when fewer than 5 people stand behind it (0 is shown: nobody can be found in
nothing). This first version applies that primary rule only; secondary suppression (so that no
hidden cell can be worked out from a total or from the cells beside it) is added here too, so
every table of every report passes through this one function.
"""

from __future__ import annotations

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.report_tables import HIDDEN, PublishedRow, PublishedTable, Table


def primary_hidden(people: int) -> bool:
    """Whether a count with this many people behind it is hidden by itself."""
    return 0 < people < SMALL_COUNT


def publish(table: Table) -> PublishedTable:
    """`table` as it may be published: small counts become "fewer than 5"."""
    rows = []
    hidden = 0
    for row in table.rows:
        cells = []
        for count in row.cells:
            if primary_hidden(count.people):
                cells.append(HIDDEN)
                hidden += 1
            else:
                cells.append(count.value)
        rows.append(PublishedRow(row.key, row.label, tuple(cells)))
    return PublishedTable(table.id, table.title, table.columns, tuple(rows), table.total_row,
                          table.total_column, table.note, hidden)
