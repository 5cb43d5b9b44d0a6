"""The schema, one migration at a time. The one place the tables are described.

Every record carries a UUID from the moment it is made, the time it last
changed and the device that changed it, so that data from several laptops can
be merged later without losing or doubling anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "coprod_app"

_RECORD = """
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL
"""


def initial(db: Database) -> None:
    _run(
        db,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE packs (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            json TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            is_current INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            forum TEXT NOT NULL,
            town TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '',
            pack_key TEXT NOT NULL,
            pack_json TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            retention_months INTEGER NOT NULL DEFAULT 24,
            ask_demographics INTEGER NOT NULL DEFAULT 1,
            {_RECORD}
        );
        CREATE INDEX sessions_date ON sessions(date);
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            grp TEXT,
            age_band TEXT,
            town TEXT,
            quote_consent INTEGER NOT NULL DEFAULT 0,
            {_RECORD},
            UNIQUE (session_id, code)
        );
        CREATE TABLE views (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            principles TEXT NOT NULL DEFAULT '[]',
            priority TEXT,
            commitments TEXT NOT NULL DEFAULT '[]',
            sentiment TEXT,
            how TEXT,
            follow_up INTEGER NOT NULL DEFAULT 0,
            {_RECORD}
        );
        CREATE INDEX views_session ON views(session_id, id);
        CREATE INDEX views_participant ON views(participant_id);
        CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            method TEXT NOT NULL,
            max_choices INTEGER NOT NULL DEFAULT 3,
            commitments TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            {_RECORD}
        );
        CREATE INDEX rounds_session ON rounds(session_id);
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
            choices TEXT NOT NULL,
            {_RECORD}
        );
        CREATE INDEX votes_round ON votes(round_id);
        CREATE INDEX votes_participant ON votes(participant_id);
        CREATE TABLE tallies (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            commitment_key TEXT NOT NULL,
            count INTEGER NOT NULL,
            grp TEXT,
            rating TEXT,
            {_RECORD}
        );
        CREATE INDEX tallies_round ON tallies(round_id);
        CREATE TABLE themes (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            you_said TEXT NOT NULL,
            {_RECORD}
        );
        CREATE TABLE theme_views (
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            view_id INTEGER NOT NULL REFERENCES views(id) ON DELETE CASCADE,
            PRIMARY KEY (theme_id, view_id)
        );
        CREATE INDEX theme_views_view ON theme_views(view_id);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            we_did TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            commitments TEXT NOT NULL DEFAULT '[]',
            {_RECORD}
        );
        CREATE INDEX actions_theme ON actions(theme_id);
        CREATE TABLE action_history (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            uuid TEXT NOT NULL UNIQUE,
            device_id TEXT NOT NULL
        );
        CREATE INDEX action_history_action ON action_history(action_id);
        """,
    )


def ledger_and_devices(db: Database) -> None:
    """The erasure ledger (UUIDs only, never words) and the laptops whose bundles this one trusts."""
    _run(
        db,
        """
        CREATE TABLE ledger (
            uuid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE trusted_devices (
            fingerprint TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            public_key TEXT NOT NULL,
            trusted_at TEXT NOT NULL
        );
        """,
    )


def erasures_into_ledger(db: Database) -> None:
    """Erasures noted before the ledger existed (meta rows 'erased:<uuid>') move into the ledger table."""
    import json

    rows = db.execute("SELECT key, value FROM meta WHERE key LIKE 'erased:%'").fetchall()
    for key, value in rows:
        try:
            record = json.loads(value)
        except ValueError:
            record = {}
        at = str(record.get("at") or "")
        entries = [(key[len("erased:") :], "participant")]
        entries += [(uuid, "view") for uuid in record.get("views", [])]
        entries += [(uuid, "vote") for uuid in record.get("votes", [])]
        for uuid, kind in entries:
            db.execute("INSERT OR IGNORE INTO ledger (uuid, kind, at) VALUES (?, ?, ?)", [uuid, kind, at])
    db.execute("DELETE FROM meta WHERE key LIKE 'erased:%'")


def _run(db: Database, script: str) -> None:
    # Not executescript(): it would COMMIT the migration's open transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


# In the order they run. Opening a file compares its applied names with these before anything else,
# so this list is all start-up needs; sqlite-utils' Migrations is made only to make or upgrade a file.
MIGRATIONS = (
    ("0001_initial", initial),
    ("0002_ledger_and_devices", ledger_and_devices),
    ("0003_erasures_into_ledger", erasures_into_ledger),
)
KNOWN_MIGRATIONS = tuple(name for name, _ in MIGRATIONS)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)


def migration_set() -> Migrations:
    """sqlite-utils' Migrations holding the app's migrations, to apply to a new or older file."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, migration in MIGRATIONS:
        migrations(name=name)(migration)
    return migrations
