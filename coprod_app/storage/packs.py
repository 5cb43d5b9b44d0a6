"""Installed strategy packs; the current one is copied into each new session."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_app.domain.errors import NotFound
from coprod_app.domain.pack import Pack, load_pack_file, parse_pack
from coprod_app.resources import PACKS
from coprod_app.storage.connection import AppDatabase, now, writing

DEFAULT_PACK_FILE = PACKS / "stockton-send-2025.json"


def install_pack(db: AppDatabase, pack: Pack) -> Pack:
    """Install (or replace) a pack and make it the one new sessions use."""
    with writing(db, what="install the strategy pack"):
        db.execute("UPDATE packs SET is_current = 0")
        db.execute(
            "INSERT OR REPLACE INTO packs (key, name, json, installed_at, is_current) VALUES (?, ?, ?, ?, 1)",
            [pack.key, pack.name, pack.to_json(), now()],
        )
    return pack


def install_pack_file(db: AppDatabase, path: str | Path) -> Pack:
    return install_pack(db, load_pack_file(path))


def ensure_default_pack(db: AppDatabase) -> None:
    """A new database starts with the Stockton pack, so the app is ready to use."""
    if db.execute("SELECT 1 FROM packs LIMIT 1").fetchone() is None:
        install_pack_file(db, DEFAULT_PACK_FILE)


def current_pack(db: AppDatabase) -> Pack:
    ensure_default_pack(db)
    row = db.execute("SELECT json FROM packs ORDER BY is_current DESC, installed_at DESC LIMIT 1").fetchone()
    return parse_pack(json.loads(row[0]))


def get_pack(db: AppDatabase, key: str) -> Pack:
    row = db.execute("SELECT json FROM packs WHERE key = ?", [key]).fetchone()
    if row is None:
        raise NotFound(f"There is no strategy pack with the key '{key}'.")
    return parse_pack(json.loads(row[0]))


def list_packs(db: AppDatabase) -> list[dict]:
    return [
        {"key": r[0], "name": r[1], "current": bool(r[2])}
        for r in db.execute("SELECT key, name, is_current FROM packs ORDER BY installed_at")
    ]
