"""Installed strategy packs; the current one is copied into each new session."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_app.domain.errors import NotFound
from coprod_app.domain.pack import Pack, load_pack_file, parse_pack
from coprod_app.resources import PACKS
from coprod_app.storage.connection import AppDatabase, now, writing
from coprod_app.storage.errors import StorageError

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
    """A new database starts with the Stockton pack, so the app is ready to use.

    A database made by an earlier version holds an earlier copy of that pack: when the copy is the
    shipped one without the words added since (its translations, each card's own easy-read "I"
    statement), it is brought up to date, so Welsh reaches the cards of new sessions without a
    `pack load`. A copy with edited words, or with translations of its own, is left as it is.
    Sessions keep their own copies either way, so nothing already recorded changes.
    """
    if _install_if_empty(db):
        return
    shipped = load_pack_file(DEFAULT_PACK_FILE)
    row = db.execute("SELECT json FROM packs WHERE key = ?", [shipped.key]).fetchone()
    if row is None or row[0] == shipped.to_json():
        return
    try:
        installed = json.loads(row[0])
    except ValueError:
        return  # not ours to repair here; reading the pack says what is wrong with it
    # Only a copy without any added words: one with translations of its own (a reviewed Welsh
    # loaded with `pack load`, say) is someone's newer work, never replaced by the shipped words.
    if installed != _without_added_words(installed) or installed != _without_added_words(shipped.source):
        return
    try:
        with writing(db, what="bring the strategy pack up to date"):
            db.execute(
                "UPDATE packs SET name = ?, json = ? WHERE key = ?",
                [shipped.name, shipped.to_json(), shipped.key],
            )
    except StorageError:
        pass  # a read-only database keeps the copy it has: it still works, only without the new words


def _install_if_empty(db: AppDatabase) -> bool:
    if db.execute("SELECT 1 FROM packs LIMIT 1").fetchone() is not None:
        return False
    install_pack_file(db, DEFAULT_PACK_FILE)
    return True


def _without_added_words(data: object) -> object:
    """A pack's JSON without what later versions added beside the strategy's words."""
    if not isinstance(data, dict):
        return data
    data = {k: v for k, v in data.items() if k != "translations"}
    priorities = data.get("priorities")
    if isinstance(priorities, list):
        data["priorities"] = [
            {
                **p,
                "commitments": [
                    {k: v for k, v in c.items() if k != "easy_read_i_statement"} if isinstance(c, dict) else c
                    for c in p.get("commitments", [])
                ],
            }
            if isinstance(p, dict) and isinstance(p.get("commitments"), list)
            else p
            for p in priorities
        ]
    return data


def current_pack(db: AppDatabase) -> Pack:
    _install_if_empty(db)  # the up-to-date check is made once, when the app or a command opens the database
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
