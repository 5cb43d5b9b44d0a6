"""Property: sessions spread over N laptops, their bundles imported in any order, any number of times,
give the union of everything, each record in its latest version (issue 6)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_app.storage.bundle import BUNDLE_TABLES, export_bundle, import_bundle, table_layouts
from coprod_app.storage.database import now, writing
from coprod_app.storage.devices import this_device, trust_device
from coprod_app.storage.sessions import add_participant
from tests.unit.bundle_helpers import add_theme, add_views, add_voting, laptop, new_session, trust_each_other

LAPTOPS = 3

share = st.tuples(
    st.just("share"), st.integers(0, LAPTOPS - 1), st.integers(0, 5), st.integers(0, LAPTOPS - 1)
)
edit = st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 5))
operation = st.one_of(
    share,
    edit,
    st.tuples(st.just("new_session"), st.integers(0, LAPTOPS - 1)),
    st.tuples(st.just("views"), st.integers(0, LAPTOPS - 1), st.integers(0, 5), st.integers(1, 3)),
    st.tuples(st.just("participant"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    st.tuples(st.just("vote"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    st.tuples(st.just("theme"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    st.tuples(st.just("share"), st.integers(0, LAPTOPS - 1), st.integers(0, 5), st.integers(0, LAPTOPS - 1)),
)


def records(db) -> dict[str, dict]:
    """{table: {key: row}}: rows as dicts with links as UUIDs; key = UUID (or both ends of a theme link)."""
    result = {}
    for name, layout in table_layouts(db).items():
        select = [f"t.{c}" for c in layout.columns]
        joins = []
        for i, link in enumerate(layout.links):
            select.append(f"p{i}.uuid")
            joins.append(f"LEFT JOIN {link.parent} p{i} ON p{i}.id = t.{link.column}")
        fields = list(layout.columns) + [link.field for link in layout.links]
        rows = [
            dict(zip(fields, r))
            for r in db.execute(f"SELECT {', '.join(select)} FROM {name} t {' '.join(joins)}").fetchall()
        ]
        key = (
            (lambda r: (r["theme_uuid"], r["view_uuid"])) if name == "theme_views" else (lambda r: r["uuid"])
        )
        result[name] = {key(r): r for r in rows}
    return result


def union(snapshots: list[dict]) -> dict[str, dict]:
    """What the merged database should hold: every record once, in its latest (time, device) version."""
    merged = {name: {} for name in BUNDLE_TABLES}
    for snap in snapshots:
        for name, rows in snap.items():
            for key, row in rows.items():
                old = merged[name].get(key)
                if old is None or (row.get("updated_at") or "", row.get("device_id") or "") > (
                    old.get("updated_at") or "",
                    old.get("device_id") or "",
                ):
                    merged[name][key] = row
    return merged


def without_codes(snap: dict) -> dict:
    """Participant codes may be renamed on a collision; everything else must match exactly."""
    return {
        name: {
            k: {c: v for c, v in r.items() if not (name == "participants" and c == "code")}
            for k, r in rows.items()
        }
        for name, rows in snap.items()
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=st.lists(operation, min_size=1, max_size=14),
    last_edits=st.lists(edit, max_size=4),
    order=st.lists(st.integers(0, 1000), max_size=12),
    data=st.data(),
)
def test_any_import_order_with_repeats_gives_the_union(ops, last_edits, order, data):
    with tempfile.TemporaryDirectory(prefix="coprod-prop-") as tmp:
        folder = Path(tmp)
        dbs = [laptop(folder / f"laptop{i}.sqlite3") for i in range(LAPTOPS)]
        trust_each_other(*dbs)
        sessions: list[list[int]] = [[] for _ in range(LAPTOPS)]  # session ids each laptop holds
        try:
            # every example starts from a session with some views on laptop 0
            sessions[0].append(new_session(dbs[0], "session on laptop 0"))
            add_views(dbs[0], sessions[0][0], 2, prefix="laptop 0")
            for op in ops + last_edits:
                kind, i = op[0], op[1]
                db = dbs[i]
                if kind == "new_session":
                    sessions[i].append(new_session(db, f"session on laptop {i}"))
                    continue
                if not sessions[i]:
                    continue
                session_id = sessions[i][op[2] % len(sessions[i])]
                if kind == "views":
                    add_views(db, session_id, op[3], prefix=f"laptop {i}")
                elif kind == "participant":
                    add_participant(db, session_id, group="young-person")
                elif kind == "vote":
                    people = [
                        r[0]
                        for r in db.execute("SELECT id FROM participants WHERE session_id = ?", [session_id])
                    ]
                    add_voting(db, session_id, people)
                elif kind == "theme":
                    view_ids = [
                        r[0]
                        for r in db.execute("SELECT id FROM views WHERE session_id = ? LIMIT 2", [session_id])
                    ]
                    if view_ids:
                        add_theme(db, view_ids)
                elif kind == "edit":
                    row = db.execute(
                        "SELECT id FROM views WHERE session_id = ? ORDER BY id LIMIT 1", [session_id]
                    ).fetchone()
                    if row:
                        with writing(db):
                            db["views"].update(
                                row[0],
                                {
                                    "text": f"edited on laptop {i}",
                                    "updated_at": now(),
                                    "device_id": db.execute(
                                        "SELECT value FROM meta WHERE key='device_id'"
                                    ).fetchone()[0],
                                },
                            )
                elif kind == "share":
                    j = op[3]
                    if j != i:
                        path = export_bundle(db, session_id, folder / "share.coprod")["path"]
                        received = import_bundle(dbs[j], path)["session_id"]
                        if received not in sessions[j]:
                            sessions[j].append(received)

            bundles = []
            for i, db in enumerate(dbs):
                for session_id in sessions[i]:
                    bundles.append(
                        export_bundle(db, session_id, folder / f"l{i}-s{session_id}.coprod")["path"]
                    )
            expected = union([records(db) for db in dbs])

            officer = laptop(folder / "officer.sqlite3")
            for db in dbs:
                trust_device(officer, this_device(db).fingerprint)
            try:
                # every bundle at least once, in a random order, plus random repeats
                sequence = data.draw(st.permutations(bundles)) + [
                    bundles[k % len(bundles)] for k in order if bundles
                ]
                for path in sequence:
                    import_bundle(officer, path)
                got = records(officer)
                assert without_codes(got) == without_codes(expected)
                for session_uuid in {r["session_uuid"] for r in got["participants"].values()}:
                    codes = [
                        r["code"] for r in got["participants"].values() if r["session_uuid"] == session_uuid
                    ]
                    assert len(codes) == len(set(codes)), "codes stay unique within a session"
                assert officer.execute("PRAGMA foreign_key_check").fetchall() == []
                again = [import_bundle(officer, path) for path in bundles]
                assert all(sum(r["added"].values()) == sum(r["updated"].values()) == 0 for r in again)
            finally:
                officer.close()
        finally:
            for db in dbs:
                db.close()
