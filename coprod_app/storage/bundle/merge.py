"""Merging a checked bundle into the database: by UUID, last change wins, in one transaction.

Rules (see docs/bundle-format.md, "Merge rules"):
- a record whose UUID is new here is added, with local ids for its links;
- a record already here is updated only when its (updated_at, device_id) is later
  than the local one, otherwise it is left alone; records that never change
  (action history, theme links) are added once;
- a new participant whose code is already used by someone else in the same
  session gets a fresh code, and the report says so;
- nothing is ever deleted by an import.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from coprod_app.domain.session import new_code
from coprod_app.storage.bundle.file_format import BundleError, Progress, Rows
from coprod_app.storage.bundle.layout import BUNDLE_TABLES, NAMES, TableLayout
from coprod_app.storage.database import writing

if TYPE_CHECKING:
    from coprod_app.storage.connection import AppDatabase

_CHUNK = 5000  # UUIDs per lookup query (well under SQLite's variable limit)
# The record each kind of record belongs to. A record already here stays where it is: a bundle that puts it
# under another session, round, theme or action (by reusing its UUID) is refused. Before, a trusted laptop's
# bundle could take a child's participant record out of another laptop's session and flip its quote consent.
OWNER = {
    "participants": "sessions",
    "views": "sessions",
    "rounds": "sessions",
    "votes": "rounds",
    "tallies": "rounds",
    "actions": "themes",
    "action_history": "actions",
}
_PROGRESS_EVERY = 2000


def merge_bundle(
    db: AppDatabase,
    layouts: dict[str, TableLayout],
    tables: dict[str, Rows],
    progress: Progress | None,
    also: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Apply the bundle's rows (and `also`, in the same transaction); any error leaves the database as it was."""
    merge = _Merge(db, layouts, tables, progress)
    with writing(db, what="import the bundle"):
        merge.run()
        if also is not None:
            also()
    return merge.report


class _Merge:
    def __init__(
        self,
        db: AppDatabase,
        layouts: dict[str, TableLayout],
        tables: dict[str, Rows],
        progress: Progress | None,
    ) -> None:
        self.db = db
        self.layouts = layouts
        self.tables = tables
        self.progress = progress
        self.total = sum(len(t.rows) for t in tables.values())
        self.done = 0
        self.ids: dict[str, dict[str, int]] = {name: {} for name in BUNDLE_TABLES}  # uuid -> local id
        self.codes: dict[int, dict[str, str]] = {}  # local session id -> {code: participant uuid}
        # Records erased on this laptop never come back from an older bundle (nor what hangs on them).
        from coprod_app.storage.privacy import erased_uuids

        self.erased = erased_uuids(db)
        self.report: dict[str, Any] = {
            "added": {name: 0 for name in BUNDLE_TABLES},
            "updated": {name: 0 for name in BUNDLE_TABLES},
            "unchanged": {name: 0 for name in BUNDLE_TABLES},
            "updated_records": [],
            "renamed_codes": [],
            "skipped_erased": 0,
        }

    def run(self) -> None:
        self._tick(0)
        if self.tables["sessions"].values("uuid")[0] in self.erased:  # purged here: never brought back
            raise BundleError(
                "This bundle's session was deleted on this laptop when its retention period "
                "ended, so nothing was imported."
            )
        for name in BUNDLE_TABLES:
            rows = self.tables.get(name) or Rows((), [])
            if name == "theme_views":
                self._links(self.layouts[name], rows)
            else:
                self._records(self.layouts[name], rows)
        self._one_vote_each()
        session_uuid = self.tables["sessions"].values("uuid")[0]
        self.report["session_uuid"] = session_uuid
        # None when this laptop erased or purged the session itself: then nothing of it came back.
        self.report["session_id"] = self.ids["sessions"].get(session_uuid)

    def _one_vote_each(self) -> None:
        """A person votes once per round, here as on the command line: a vote under another UUID is refused."""
        rounds = list(self.ids["rounds"].values())
        if not rounds:
            return
        twice = self.db.execute(
            "SELECT r.uuid FROM votes v JOIN rounds r ON r.id = v.round_id WHERE v.participant_id IS NOT NULL"
            " AND v.round_id IN (SELECT value FROM json_each(?)) GROUP BY v.round_id, v.participant_id"
            " HAVING count(*) > 1 LIMIT 1",
            [json.dumps(rounds)],
        ).fetchone()
        if twice:
            raise BundleError(
                f"The bundle holds a second vote by a participant who has already voted in vote round "
                f"{twice[0]} here, so nothing was imported."
            )

    def _tick(self, n: int) -> None:
        before = self.done
        self.done += n
        if self.progress and (
            n == 0 or self.done // _PROGRESS_EVERY != before // _PROGRESS_EVERY or self.done == self.total
        ):
            self.progress(self.done, self.total)

    # Records with their own UUID -------------------------------------------

    def _records(self, layout: TableLayout, member: Rows) -> None:
        name = layout.name
        rows = member.rows
        if not rows:
            return
        at_uuid = member.index("uuid")
        uuids = [row[at_uuid] for row in rows]
        if len(set(uuids)) != len(uuids):
            raise BundleError(f"The bundle lists the same {NAMES[name][0]} twice, so nothing was imported.")
        owner = next((i for i, link in enumerate(layout.links) if link.parent == OWNER.get(name)), None)
        owner_column = layout.links[owner].column if owner is not None else None
        existing = self._existing(layout, uuids, owner_column)
        next_id = self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {name}").fetchone()[0]
        # Columns the bundle carries and this database has; others are left to their defaults.
        shared = [c for c in layout.columns if c in member.columns]
        positions = [member.columns.index(c) for c in shared]
        pick = (
            itemgetter(*positions) if len(positions) > 1 else (lambda row: tuple(row[i] for i in positions))
        )
        links = [(member.index(link.field), self.ids[link.parent], link.parent) for link in layout.links]
        columns = tuple(shared) + tuple(link.column for link in layout.links)
        at_changed = member.index(layout.changed_column) if layout.changed_column else None
        at_device = member.index("device_id")
        inserts: list[list] = []
        updates: list[list] = []
        ids = self.ids[name]
        unchanged = 0
        erased = self.erased
        link_at = [at for at, _, _ in links if at is not None]
        for row, uuid in zip(rows, uuids):
            # (An empty set is asked nothing: this is the inner loop of a 10,000-view import.)
            if erased and (uuid in erased or any(row[at] in erased for at in link_at)):
                erased.add(uuid)
                self.report["skipped_erased"] += 1
                continue
            values = list(pick(row))
            for at, parent_ids, parent in links:
                parent_uuid = row[at] if at is not None else None
                if parent_uuid is None:
                    values.append(None)
                else:
                    local_parent = parent_ids.get(parent_uuid)
                    values.append(
                        local_parent
                        if local_parent is not None
                        else self._local_id(parent, parent_uuid, name)
                    )
            local = existing.get(uuid)
            if local is None:
                local_id = next_id
                next_id += 1
                if name == "participants":
                    self._fresh_code(columns, values, uuid)
                values.append(local_id)
                inserts.append(values)
            else:
                local_id = local[0]
                if owner is not None and values[len(shared) + owner] != local[3]:
                    raise BundleError(
                        f"The bundle puts a {NAMES[name][0]} that is already here under another "
                        f"{NAMES[OWNER[name]][0]} ({uuid}), which no export does, so nothing was imported."
                    )
                if at_changed is not None and _later(
                    row[at_changed], row[at_device] if at_device is not None else None, local
                ):
                    if name == "participants":
                        self._keep_code(columns, values, uuid, local_id)
                    values.append(local_id)
                    updates.append(values)
                    self.report["updated_records"].append({"table": name, "uuid": uuid, "id": local_id})
                else:
                    unchanged += 1
            ids[uuid] = local_id
        self.report["added"][name] += len(inserts)
        self.report["updated"][name] += len(updates)
        self.report["unchanged"][name] += unchanged
        if inserts:
            sql = f"INSERT INTO {name} ({', '.join(columns)}, id) VALUES ({', '.join('?' * (len(columns) + 1))})"
            self._executemany(sql, inserts)
        if updates:
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self._executemany(f"UPDATE {name} SET {assignments} WHERE id = ?", updates)
        self._tick(unchanged)

    def _executemany(self, sql: str, batch: list[tuple]) -> None:
        for start in range(0, len(batch), _PROGRESS_EVERY):
            part = batch[start : start + _PROGRESS_EVERY]
            try:
                self.db.conn.executemany(sql, part)
            except (sqlite3.InterfaceError, sqlite3.ProgrammingError):
                # a list or object where text or a number belongs
                raise BundleError(
                    "The bundle is damaged (a field holds something other than text or a number), "
                    "so nothing was imported."
                ) from None
            self._tick(len(part))

    def _existing(
        self, layout: TableLayout, uuids: list[str], owner_column: str | None = None
    ) -> dict[str, tuple]:
        """{uuid: (id, changed time, device, owner's id)} of the records already here."""
        changed = layout.changed_column or "NULL"
        found: dict[str, tuple] = {}
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start : start + _CHUNK]
            sql = (
                f"SELECT uuid, id, {changed}, device_id, {owner_column or 'NULL'} FROM {layout.name} "
                f"WHERE uuid IN ({', '.join('?' * len(chunk))})"
            )
            for uuid, *rest in self.db.execute(sql, chunk).fetchall():
                found[uuid] = tuple(rest)
        return found

    def _local_id(self, parent: str, uuid: str | None, child: str) -> int | None:
        """The local id of a linked record: from this bundle, or already in the database."""
        if uuid is None:
            return None
        local = self.ids[parent].get(uuid)
        if local is None:
            row = self.db.execute(f"SELECT id FROM {parent} WHERE uuid = ?", [uuid]).fetchone()
            if row is None:
                raise BundleError(
                    f"The bundle has a {NAMES[child][0]} linked to a {NAMES[parent][0]} that is neither in the "
                    "bundle nor here, so nothing was imported."
                )
            local = self.ids[parent][uuid] = row[0]
        return local

    # Participant codes -------------------------------------------------------

    def _session_codes(self, session_id: int) -> dict[str, str]:
        if session_id not in self.codes:
            self.codes[session_id] = {
                code: uuid
                for code, uuid in self.db.execute(
                    "SELECT code, uuid FROM participants WHERE session_id = ?", [session_id]
                ).fetchall()
            }
        return self.codes[session_id]

    def _fresh_code(self, columns: tuple[str, ...], values: list, uuid: str) -> None:
        """Two laptops may hand out the same sticker code: the newcomer gets a fresh one, nothing is lost."""
        session_id = values[columns.index("session_id")]
        taken = self._session_codes(session_id)
        at = columns.index("code") if "code" in columns else None
        code = values[at] if at is not None else None
        if code in taken and taken[code] != uuid:
            fresh = new_code(set(taken))
            self.report["renamed_codes"].append(
                {"session_id": session_id, "participant_uuid": uuid, "from": code, "to": fresh}
            )
            values[at] = code = fresh
        taken[code] = uuid

    def _keep_code(self, columns: tuple[str, ...], values: list, uuid: str, local_id: int) -> None:
        """An update never takes a code someone else holds here; the local code stays."""
        taken = self._session_codes(values[columns.index("session_id")])
        at = columns.index("code") if "code" in columns else None
        if at is None:
            return
        if values[at] in taken and taken[values[at]] != uuid:
            values[at] = self.db.execute("SELECT code FROM participants WHERE id = ?", [local_id]).fetchone()[
                0
            ]
        taken[values[at]] = uuid

    # Links without their own UUID -------------------------------------------

    def _links(self, layout: TableLayout, member: Rows) -> None:
        """theme_views: a link is its two ends; added once, never changed."""
        name = layout.name
        if not member.rows:
            return
        shared = [c for c in layout.columns if c in member.columns]
        positions = [member.columns.index(c) for c in shared]
        links = [(member.index(link.field), link.parent) for link in layout.links]
        columns = tuple(shared) + tuple(link.column for link in layout.links)
        kept = [
            row
            for row in member.rows
            if not any(at is not None and row[at] in self.erased for at, _ in links)
        ]
        self.report["skipped_erased"] += len(member.rows) - len(kept)
        batch = [
            [row[i] for i in positions]
            + [self._local_id(parent, row[at] if at is not None else None, name) for at, parent in links]
            for row in kept
        ]
        sql = f"INSERT OR IGNORE INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        before = self.db.conn.total_changes
        self._executemany(sql, batch)
        added = self.db.conn.total_changes - before
        self.report["added"][name] += added
        self.report["unchanged"][name] += len(batch) - added


def _later(changed: Any, device: Any, local: tuple) -> bool:
    """Last change wins: a later time, or the same time from a device id that sorts later."""
    return (str(changed or ""), str(device or "")) > (str(local[1] or ""), str(local[2] or ""))
