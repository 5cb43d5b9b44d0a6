"""Session bundles: one `.coprod` file per session, to carry a laptop's work to the officer's database.

`export_bundle` writes a session with everything hanging off it (participants,
views, vote rounds, votes, tallies, and the themes, actions and action history
linked to its views). `import_bundle` merges a bundle in one transaction:
records are matched by UUID, so importing twice changes nothing, and a record
changed on both sides keeps the later change. The file format is described in
docs/bundle-format.md; reading and checking the file is in file_format.py, what
each table carries in layout.py, the checks of every value in checks.py, the merge
rules in merge.py.

Every bundle is signed by the laptop that made it (storage/devices.py), and an
import accepts only this laptop's own bundles and those of laptops it trusts.
"""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_app import __version__
from coprod_app.storage import devices
from coprod_app.storage.bundle.checks import check_values
from coprod_app.storage.bundle.file_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BundleError,
    Progress,
    Rows,
    Signer,
    UntrustedBundle,
    read_bundle,
    write_bundle,
)
from coprod_app.storage.bundle.layout import BUNDLE_TABLES, NAMES, TableLayout, table_layouts
from coprod_app.storage.bundle.merge import merge_bundle
from coprod_app.storage.database import device_id, now
from coprod_app.storage.migrations import SCHEMA_VERSION
from coprod_app.storage.sessions import get_session

if TYPE_CHECKING:
    from coprod_app.storage.connection import AppDatabase

__all__ = [
    "BUNDLE_TABLES",
    "BundleError",
    "UntrustedBundle",
    "export_bundle",
    "import_bundle",
    "summary_text",
    "table_layouts",
]

# Which rows of each table belong to one session's bundle (? is the session's id).
_SESSION_THEMES = (
    "SELECT tv.theme_id FROM theme_views tv JOIN views v ON v.id = tv.view_id WHERE v.session_id = ?"
)
_SCOPE = {
    "sessions": "t.id = ?",
    "participants": "t.session_id = ?",
    "views": "t.session_id = ?",
    "rounds": "t.session_id = ?",
    "votes": "t.round_id IN (SELECT id FROM rounds WHERE session_id = ?)",
    "tallies": "t.round_id IN (SELECT id FROM rounds WHERE session_id = ?)",
    "themes": f"t.id IN ({_SESSION_THEMES})",
    # only the links to this session's views: a theme spanning sessions is rebuilt from each session's bundle
    "theme_views": "t.view_id IN (SELECT id FROM views WHERE session_id = ?)",
    "actions": f"t.theme_id IN ({_SESSION_THEMES})",
    "action_history": f"t.action_id IN (SELECT id FROM actions WHERE theme_id IN ({_SESSION_THEMES}))",
}

# Export ---------------------------------------------------------------------


def export_bundle(
    db: AppDatabase, session_id: int, out: str | Path, progress: Progress | None = None
) -> dict[str, Any]:
    """Write one session and everything linked to it to a `.coprod` file; returns what was written."""
    session = get_session(db, session_id)
    me = devices.this_device(db)  # made on first use, before the snapshot's transaction
    layouts = table_layouts(db)
    total = len(BUNDLE_TABLES) + 1
    tables: dict[str, Rows] = {}
    with db.atomic():  # one consistent snapshot, even while the app writes from another connection
        for done, name in enumerate(BUNDLE_TABLES, start=1):
            tables[name] = _session_rows(db, layouts[name], session_id)
            if progress:
                progress(done, total)
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": "coprod-app",
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "device_id": device_id(db),
        # Covered by the signature (the signed manifest holds this header's SHA-256 and size).
        "signer": {"name": me.name, "public_key": me.public_key, "fingerprint": me.fingerprint},
        "exported_at": now(),
        "session_uuid": session.uuid,
        "session_title": session.title,
        "counts": {name: len(t.rows) for name, t in tables.items()},
    }
    path = write_bundle(out, header, tables, sign=lambda message: devices.sign(db, message)[1])
    if progress:
        progress(total, total)
    return {
        "path": str(path),
        "session_id": session_id,
        "session_uuid": session.uuid,
        "counts": header["counts"],
        "signed_by": me.summary(),
    }


def _session_rows(db: AppDatabase, layout: TableLayout, session_id: int) -> Rows:
    select = [f"t.{c}" for c in layout.columns]
    joins = []
    for i, link in enumerate(layout.links):
        select.append(f"p{i}.uuid")
        joins.append(f"LEFT JOIN {link.parent} p{i} ON p{i}.id = t.{link.column}")
    fields = list(layout.columns) + [link.field for link in layout.links]
    scope = _SCOPE[layout.name]
    sql = f"SELECT {', '.join(select)} FROM {layout.name} t {' '.join(joins)} WHERE {scope} ORDER BY t.rowid"
    cursor = db.execute(sql, [session_id] * scope.count("?"))
    return Rows(tuple(fields), [list(row) for row in cursor.fetchall()])


# Import ---------------------------------------------------------------------


def import_bundle(db: AppDatabase, path: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Merge a bundle into the database in one transaction and report what changed.

    Only a bundle signed by this laptop or by a laptop it trusts is read past its header
    (UntrustedBundle names the laptop otherwise), and every value in it must pass the
    command line's checks. Returns {"added": {table: n}, "updated": {table: n},
    "unchanged": {table: n}, "updated_records": [...], "renamed_codes": [...],
    "session_id": local id, ...}. Any refusal or error leaves the database exactly as it was.
    """
    where = f"'{Path(path).name}'"
    with _no_cycle_collection():
        layouts = table_layouts(db)
        required = {name: layout.required for name, layout in layouts.items()}
        header, signer, tables = read_bundle(
            path, BUNDLE_TABLES, trust=_trusted_here(db, where), required=required
        )
        check_values(tables, layouts, where)
        report = merge_bundle(db, layouts, tables, progress, also=lambda: _pin_key(db, signer))
    report["bundle"] = {
        "file": Path(path).name,
        "format_version": header.get("format_version"),
        "app_version": header.get("app_version"),
        "device_id": header.get("device_id"),
        "exported_at": header.get("exported_at"),
        "signed_by": {"fingerprint": signer.fingerprint, "name": signer.name},
    }
    return report


@contextlib.contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused while a bundle is read: its records are lists of text and numbers.

    A big event's records are some 200,000 new containers, none of them in a cycle, and the
    collector walked them again and again as they arrived (about a quarter of the reading and
    checking of 10,000 views). Left as it was found: the window turns it off for good (ui/collector.py).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _trusted_here(db: AppDatabase, where: str):
    """The check read_bundle runs once the signature is sound: is the signer this laptop, or trusted here?"""

    def trust(signer: Signer) -> None:
        if (
            signer.fingerprint == devices.own_fingerprint(db)
            and signer.public_key == devices.this_device(db).public_key
        ):
            return
        known = devices.find_trusted(db, signer.fingerprint)
        shown = devices.display(signer.name, signer.fingerprint)
        if known is None:
            namesake = devices.same_name_trusted(db, signer.name, signer.fingerprint)
            if namesake is not None:  # a stranger borrowing a trusted laptop's name: say so before any advice
                raise UntrustedBundle(
                    f"{where} is signed by laptop {shown}, an untrusted laptop (this laptop does not trust it) that "
                    f"only shares its name with the trusted laptop {devices.clean_name(namesake.name)[:80]}, so nothing "
                    "was imported; do not trust it unless that name's laptop really has a new fingerprint, read off "
                    "its own screen.",
                    signer,
                )
            raise UntrustedBundle(
                f"{where} is signed by laptop {shown}, an untrusted laptop (this laptop does not trust it yet), "
                "so nothing was imported; "
                f"if that laptop's own screen shows the fingerprint {signer.fingerprint}, trust it with "
                f"'coprod-app device trust {signer.fingerprint}' (or File → Laptops I trust…) and import again.",
                signer,
            )
        if known.public_key and known.public_key != signer.public_key:
            raise BundleError(
                f"{where} says it comes from laptop {shown}, but it is signed with another key than the one "
                "trusted for that fingerprint, so it is forged and nothing was imported."
            )

    return trust


def _pin_key(db: AppDatabase, signer: Signer) -> None:
    """The first bundle from a laptop trusted by fingerprint alone pins its whole key (and names it)."""
    db.execute(
        "UPDATE trusted_devices SET public_key = ?, name = CASE WHEN name = '' THEN ? ELSE name END "
        "WHERE fingerprint = ? AND public_key = ''",
        [signer.public_key, signer.name, signer.fingerprint],
    )


def summary_text(report: dict[str, Any]) -> str:
    """One line for people: "added 42 views, 3 votes; updated 1 view; 12 already here"."""
    parts = []
    for key, verb in (("added", "added"), ("updated", "updated")):
        things = [_count(n, table) for table, n in report[key].items() if n]
        if things:
            parts.append(f"{verb} " + ", ".join(things))
    here = sum(report["unchanged"].values())
    if here or not parts:
        parts.append(f"{here} already here" if parts or here else "nothing to import")
    text = "; ".join(parts)
    for renamed in report.get("renamed_codes", []):
        text += (
            f"; participant code {renamed['from']} was already used here by someone else, "
            f"so the incoming participant is now {renamed['to']}"
        )
    return text


def _count(n: int, table: str) -> str:
    one, many = NAMES.get(table, (table, table))
    return f"{n} {one if n == 1 else many}"
