"""What a bundle carries of each table: the tables in merge order, their columns, links and fields.

Read from the schema, so a new column travels without a change here. The export, the value checks
and the merge all start from these layouts, so this module imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprod_app.storage.bundle.file_format import BundleError

if TYPE_CHECKING:
    from coprod_app.storage.connection import AppDatabase

# Parents before children: the order members are merged in.
BUNDLE_TABLES = (
    "sessions",
    "participants",
    "views",
    "rounds",
    "votes",
    "tallies",
    "themes",
    "theme_views",
    "actions",
    "action_history",
)

NAMES = {
    "sessions": ("session", "sessions"),
    "participants": ("participant", "participants"),
    "views": ("view", "views"),
    "rounds": ("vote round", "vote rounds"),
    "votes": ("vote", "votes"),
    "tallies": ("tally", "tallies"),
    "themes": ("theme", "themes"),
    "theme_views": ("theme link", "theme links"),
    "actions": ("action", "actions"),
    "action_history": ("action status change", "action status changes"),
}


@dataclass(frozen=True)
class Link:
    """An integer id column that a bundle carries as the parent's UUID instead."""

    column: str  # e.g. participant_id
    field: str  # e.g. participant_uuid
    parent: str  # e.g. participants


@dataclass(frozen=True)
class TableLayout:
    name: str
    columns: tuple[str, ...]  # carried as they are: everything but the id and the links
    links: tuple[Link, ...]
    has_uuid: bool
    changed_column: str | None  # the "last change" time: updated_at, or None when rows never change
    # Every field a bundle carries for this table -> ("text" | "integer" | "uuid", may be null), and the
    # fields a record cannot do without (NOT NULL with no default): what checks.py checks first.
    fields: dict[str, tuple[str, bool]]
    required: tuple[str, ...]


def table_layouts(db: AppDatabase) -> dict[str, TableLayout]:
    """Each bundle table's columns and links, read from the schema so new columns travel too."""
    layouts = {}
    for name in BUNDLE_TABLES:
        info = db.execute(f"PRAGMA table_info({name})").fetchall()
        if not info:
            raise BundleError(f"This database has no table '{name}'; it is not a coprod-app database.")
        links = tuple(
            Link(column=fk[3], field=_link_field(fk[3]), parent=fk[2])
            for fk in db.execute(f"PRAGMA foreign_key_list({name})").fetchall()
            if fk[2] in BUNDLE_TABLES
        )
        linked = {link.column: link for link in links}
        names = [col[1] for col in info]
        columns = tuple(c for c in names if c != "id" and c not in linked)
        changed = "updated_at" if "updated_at" in names else None
        fields: dict[str, tuple[str, bool]] = {}
        required = []
        for _cid, column, sql_type, not_null, default, _pk in info:
            if column == "id":
                continue
            field = linked[column].field if column in linked else column
            kind = "uuid" if column in linked else ("integer" if "INT" in sql_type.upper() else "text")
            fields[field] = (kind, not not_null)
            if not_null and default is None:
                required.append(field)
        layouts[name] = TableLayout(name, columns, links, "uuid" in names, changed, fields, tuple(required))
    return layouts


def _link_field(column: str) -> str:
    return (column.removesuffix("_id")) + "_uuid"
