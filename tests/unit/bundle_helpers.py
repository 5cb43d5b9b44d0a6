"""Shared helpers for the bundle, backup and merge tests: laptops with realistic data, and snapshots.

Rounds, votes, tallies, themes and actions are written with plain SQL so these
tests depend only on the tables (fixed in migrations.py), not on other areas' code.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.bundle import BUNDLE_TABLES, table_layouts
from coprod_app.storage.database import new_uuid, now, open_database, record_fields, writing
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view


def laptop(path: Path):
    db = open_database(path)
    ensure_default_pack(db)
    return db


def new_session(db, title: str = "Youth forum night") -> int:
    return create_session(db, title=title, date="2026-11-20", forum="youth-forum", town="Stockton").id


def add_views(db, session_id: int, n: int, participant: str | None = None, prefix: str = "view") -> list[int]:
    ids = []
    for i in range(n):
        draft = ViewDraft(
            text=f"{prefix} {i}: the bus is late 🚌 <b>&</b> Diolch",
            principles=("principle-1",) if i % 2 else (),
            commitments=("commitment-1.1",) if i % 3 else (),
            sentiment=("positive", "mixed", "negative")[i % 3],
            participant=participant,
        )
        ids.append(record_view(db, session_id, draft).id)
    return ids


def add_voting(db, session_id: int, participant_ids: list[int]) -> int:
    """One round with a vote per participant and one paper tally."""
    with writing(db):
        round_id = (
            db["rounds"]
            .insert(
                {
                    "session_id": session_id,
                    "method": "pick",
                    "max_choices": 2,
                    "commitments": json.dumps(["commitment-1.1", "commitment-2.1"]),
                    **record_fields(db),
                }
            )
            .last_pk
        )
        for pid in participant_ids:
            db["votes"].insert(
                {
                    "round_id": round_id,
                    "participant_id": pid,
                    "choices": json.dumps(["commitment-1.1"]),
                    **record_fields(db),
                }
            )
        db["tallies"].insert(
            {
                "round_id": round_id,
                "commitment_key": "commitment-2.1",
                "count": 7,
                "grp": "parent-carer",
                **record_fields(db),
            }
        )
    return round_id


def add_theme(db, view_ids: list[int], title: str = "Transport") -> tuple[int, int]:
    """A theme over some views, with one action and its status history."""
    with writing(db):
        theme_id = (
            db["themes"].insert({"title": title, "you_said": "Buses are late", **record_fields(db)}).last_pk
        )
        db["theme_views"].insert_all([{"theme_id": theme_id, "view_id": v} for v in view_ids])
        fields = record_fields(db)
        action_id = (
            db["actions"]
            .insert(
                {
                    "theme_id": theme_id,
                    "we_did": "Talked to the bus company",
                    "status": "planned",
                    "commitments": '["commitment-1.1"]',
                    **fields,
                }
            )
            .last_pk
        )
        db["action_history"].insert(
            {
                "action_id": action_id,
                "status": "planned",
                "reason": "",
                "changed_at": fields["created_at"],
                "uuid": new_uuid(),
                "device_id": fields["device_id"],
            }
        )
    return theme_id, action_id


def full_session(db, views: int = 6, title: str = "Youth forum night") -> int:
    """A session with participants, views, a vote round, a theme and an action."""
    session_id = new_session(db, title)
    people = [add_participant(db, session_id, group="young-person", quote_consent=True) for _ in range(3)]
    view_ids = add_views(db, session_id, views, participant=people[0].code)
    add_voting(db, session_id, [p.id for p in people])
    add_theme(db, view_ids[:3])
    return session_id


def snapshot(db) -> dict[str, list]:
    """Every bundle table as sorted rows, links as UUIDs and without local ids: comparable across databases."""
    layouts = table_layouts(db)
    result = {}
    for name in BUNDLE_TABLES:
        layout = layouts[name]
        select = [f"t.{c}" for c in layout.columns]
        joins = []
        for i, link in enumerate(layout.links):
            select.append(f"p{i}.uuid")
            joins.append(f"LEFT JOIN {link.parent} p{i} ON p{i}.id = t.{link.column}")
        rows = db.execute(f"SELECT {', '.join(select)} FROM {name} t {' '.join(joins)}").fetchall()
        result[name] = sorted(rows, key=repr)
    return result


def db_files_hash(path: Path) -> str:
    """SHA-256 of the database file and its -wal: any write changes one of them."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        f = Path(str(path) + suffix)
        digest.update(f.read_bytes() if f.exists() else b"(none)")
    return digest.hexdigest()


def trust_each_other(*dbs) -> None:
    """Every laptop trusts every other, as officers do once by comparing fingerprints on screen."""
    from coprod_app.storage.devices import this_device, trust_device

    for db in dbs:
        for other in dbs:
            if other is not db:
                trust_device(db, this_device(other).fingerprint, this_device(other).name)


def rewrite_bundle(src: Path, out: Path, change, *, fix_manifest: bool = True, sign_with=None) -> Path:
    """Copy a bundle with `change(members)` applied to its decoded JSON members, as someone with a text editor.

    `fix_manifest` recomputes every checksum and size (which needs no key); the signature is
    left as it was, so it no longer matches. `sign_with` (a laptop's database) also signs the
    result with that laptop's key, naming it as the signer, as its owner (or a thief) could.
    """
    with zipfile.ZipFile(src) as zf:
        original = {name: zf.read(name) for name in zf.namelist()}
    members = {name: json.loads(data) for name, data in original.items()}
    if sign_with is not None:
        from coprod_app.storage.devices import this_device

        me = this_device(sign_with)
        members["bundle.json"]["signer"] = {
            "name": me.name,
            "public_key": me.public_key,
            "fingerprint": me.fingerprint,
        }
    change(members)
    encoded = {  # members left alone keep their exact bytes, so only the changed one mismatches
        name: original[name] if name in original and json.loads(original[name]) == v else _json(v)
        for name, v in members.items()
        if name not in ("manifest.json", "signature.json")
    }
    manifest = original["manifest.json"]
    if fix_manifest or sign_with is not None:
        members["manifest.json"]["members"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in encoded.items()
        }
        manifest = json.dumps(members["manifest.json"]).encode()
    if sign_with is not None:
        signature = sign_manifest(sign_with, manifest)
    elif "signature.json" not in members:  # removed by `change`
        signature = None
    elif "signature.json" in original and members["signature.json"] == json.loads(original["signature.json"]):
        signature = original["signature.json"]
    else:
        signature = json.dumps(members["signature.json"]).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in encoded.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", manifest)
        if signature is not None:
            zf.writestr("signature.json", signature)
    return out


def _json(value) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False).encode()
    except UnicodeEncodeError:  # a lone surrogate can only be written escaped, as "\ud800"
        return json.dumps(value).encode()


def sign_manifest(db, manifest: bytes) -> bytes:
    """The signature.json member for these manifest bytes, signed with `db`'s laptop key."""
    import base64

    from coprod_app.storage.bundle.file_format import SIGNATURE_CONTEXT
    from coprod_app.storage.devices import sign

    _, signature = sign(db, SIGNATURE_CONTEXT + manifest)
    return json.dumps({"algorithm": "ed25519", "signature": base64.b64encode(signature).decode()}).encode()


def touch_row(
    db, table: str, row_id: int, changes: dict, *, when: str | None = None, device: str | None = None
):
    """Change a record the way the app does: new updated_at and this device's id."""
    from coprod_app.storage.database import device_id

    values = {**changes, "updated_at": when or now(), "device_id": device or device_id(db)}
    with writing(db):
        db[table].update(row_id, values)
