"""The tables a report prints: counts with the people behind them, and the same tables as published.

A report (officer or annual) is built once as plain data and then printed as a PDF, shown on
screen and written as JSON, so all three say the same thing. Its tables are built as `Table`s of
`Count`s: each count carries how many different people stand behind it, because the small-number
rule is about people, not views (one person's six views are still one person; five people who each
spoke once about a different card are five people). `publish()` in domain/disclosure.py turns a
`Table` into a `PublishedTable`, whose cells are an int or exactly the string "fewer than 5".

JSON shape of a published table (the command line's contract, fields may be added):
    {"id": "views-by-commitment", "title": "...", "columns": ["..."],
     "rows": [{"key": "commitment-1.1", "label": "...", "cells": [12, "fewer than 5", 0]}],
     "total_row": true, "total_column": false}
A table with a total row has it last, with key "total"; a table with a total column has it last.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_app.domain.privacy import FEWER_THAN_5

HIDDEN = FEWER_THAN_5
TOTAL_KEY = "total"
NOT_TAGGED_KEY = "not-tagged"


@dataclass(frozen=True)
class Count:
    """A number in a table, and how many different people stand behind it."""

    value: int
    people: int

    @staticmethod
    def of_people(n: int) -> Count:
        """A count of people: each one stands behind themself."""
        return Count(n, n)


@dataclass(frozen=True)
class Row:
    key: str  # the pack's key (principle-1, priority-2, commitment-4.1), a group, forum or town, "not-tagged", "total"
    label: str  # the words a reader sees
    cells: tuple[Count, ...]


@dataclass(frozen=True)
class Table:
    """A table as counted, before the small-number rule. Never printed or written as it is."""

    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total_row: bool = False
    total_column: bool = False
    note: str = ""  # a sentence printed under the table (for example how a score is worked out)


Cell = int | str  # an exact count, or HIDDEN


@dataclass(frozen=True)
class PublishedRow:
    key: str
    label: str
    cells: tuple[Cell, ...]

    def as_json(self) -> dict:
        return {"key": self.key, "label": self.label, "cells": list(self.cells)}


@dataclass(frozen=True)
class PublishedTable:
    """A table as every export, the big screen and every by-group view may show it."""

    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[PublishedRow, ...]
    total_row: bool = False
    total_column: bool = False
    note: str = ""
    hidden: int = field(default=0)  # how many cells the rule hid

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "columns": list(self.columns),
                "rows": [row.as_json() for row in self.rows],
                "total_row": self.total_row, "total_column": self.total_column, "note": self.note}
