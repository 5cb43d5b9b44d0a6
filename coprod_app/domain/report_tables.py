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
class RowSum:
    """In every row of a table: the cell in column `target` = the sum of coefficient x cell of `terms`.

    For example a rating round's score = like - don't like. `disclosure.publish` treats it as one more
    line a reader can subtract along, as it does a total row or column."""

    target: int
    terms: tuple[tuple[int, int], ...]  # (column, coefficient)


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
    row_sums: tuple[RowSum, ...] = ()  # how the cells of each row are tied (disclosure.round_table)
    hidden_together: tuple[tuple[int, ...], ...] = ()  # columns hidden all or none in each row


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
        return {
            "id": self.id,
            "title": self.title,
            "columns": list(self.columns),
            "rows": [row.as_json() for row in self.rows],
            "total_row": self.total_row,
            "total_column": self.total_column,
            "note": self.note,
        }


@dataclass(frozen=True)
class Quote:
    """A view whose participant agreed to be quoted (never one flagged to follow up offline)."""

    view: int
    text: str
    group: str | None  # young-person, parent-carer, ... (the command line's names), None if not asked
    how_given: str | None  # spoken, symbols, signing, supported, ...
    priority: str | None
    commitments: tuple[str, ...]
    principles: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "view": self.view,
            "text": self.text,
            "group": self.group,
            "how_given": self.how_given,
            "priority": self.priority,
            "commitments": list(self.commitments),
            "principles": list(self.principles),
        }


@dataclass(frozen=True)
class ActionChange:
    on: str  # YYYY-MM-DD
    status: str
    note: str = ""


@dataclass(frozen=True)
class ActionLine:
    """An action as a report shows it: its status as at the end of the report's period."""

    id: int
    theme: str
    text: str
    owner: str
    due: str | None
    status_at_end: str
    past_due: bool
    commitments: tuple[str, ...] = ()
    changes_in_period: tuple[ActionChange, ...] = ()

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "theme": self.theme,
            "text": self.text,
            "owner": self.owner,
            "due": self.due,
            "status_at_end": self.status_at_end,
            "past_due": self.past_due,
            "commitments": list(self.commitments),
            "changes_in_period": [
                {"on": c.on, "status": c.status, "note": c.note} for c in self.changes_in_period
            ],
        }


@dataclass(frozen=True)
class ThemeLine:
    id: int
    title: str
    you_said: str
    session: int
    session_title: str
    forum: str
    date: str
    priority: str | None
    commitments: tuple[str, ...]
    views: tuple[int, ...]  # the views it came from (never a flagged one)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "you_said": self.you_said,
            "session": self.session,
            "session_title": self.session_title,
            "forum": self.forum,
            "date": self.date,
            "priority": self.priority,
            "commitments": list(self.commitments),
            "views": list(self.views),
        }


@dataclass(frozen=True)
class Report:
    """One report, built once: the PDF prints it, the window shows it, `report ... --json` writes it."""

    report: str  # "officer" or "annual"
    title: str
    period_from: str | None
    period_to: str | None
    tables: tuple[PublishedTable, ...]
    quotes: tuple[Quote, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    themes: tuple[ThemeLine, ...] = ()
    notes: tuple[str, ...] = ()  # sentences the report prints as they are (the rule, follow-ups, ...)
    generated_at: str = ""

    def table(self, table_id: str) -> PublishedTable:
        return next(t for t in self.tables if t.id == table_id)

    def as_json(self) -> dict:
        return {
            "report": self.report,
            "title": self.title,
            "period": {"from": self.period_from, "to": self.period_to},
            "tables": [t.as_json() for t in self.tables],
            "quotes": [q.as_json() for q in self.quotes],
            "actions": [a.as_json() for a in self.actions],
            "themes": [t.as_json() for t in self.themes],
            "notes": list(self.notes),
            "generated_at": self.generated_at,
        }
