"""Helpers for the privacy tests: votes, rounds and themes made through the schema directly,
so these tests do not depend on the voting and themes screens' functions as they change."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_app.storage.database import record_fields, writing
from coprod_app.storage.sessions import session_pack

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _keys(db, round_id: int) -> list[str]:
    return json.loads(db.execute("SELECT commitments FROM rounds WHERE id = ?", [round_id]).fetchone()[0])


def add_round(db, session_id: int) -> int:
    """A 'pick' round on the session pack's first two commitments."""
    keys = [c.key for c in session_pack(db, session_id).commitments[:2]]
    with writing(db):
        return (
            db["rounds"]
            .insert(
                {
                    "session_id": session_id,
                    "method": "pick",
                    "max_choices": 2,
                    "commitments": json.dumps(keys),
                    "status": "open",
                    **record_fields(db),
                }
            )
            .last_pk
        )


def add_vote(db, round_id: int, participant_id: int | None, choices=None) -> int:
    """A vote for the round's first commitment unless `choices` (indexes into the round's) are given."""
    keys = _keys(db, round_id)
    choices = [keys[i] for i in (choices or (0,))]
    with writing(db):
        return (
            db["votes"]
            .insert(
                {
                    "round_id": round_id,
                    "participant_id": participant_id,
                    "choices": json.dumps(list(choices)),
                    **record_fields(db),
                }
            )
            .last_pk
        )


def add_theme(db, title: str, you_said: str, view_ids=()) -> int:
    with writing(db):
        theme_id = db["themes"].insert({"title": title, "you_said": you_said, **record_fields(db)}).last_pk
        for v in view_ids:
            db["theme_views"].insert({"theme_id": theme_id, "view_id": v})
        db["actions"].insert(
            {
                "theme_id": theme_id,
                "we_did": "We asked the buses team.",
                "status": "planned",
                **record_fields(db),
            }
        )
    return theme_id


def traces(path: Path, text: str) -> list[str]:
    """Which files (the database, its -wal) hold `text` in UTF-8 or UTF-16, as 'file:encoding'."""
    found = []
    for f in (Path(path), Path(f"{path}-wal")):
        if not f.exists():
            continue
        data = f.read_bytes()
        for encoding in ENCODINGS:
            if text.encode(encoding) in data:
                found.append(f"{f.name}:{encoding}")
    return found
