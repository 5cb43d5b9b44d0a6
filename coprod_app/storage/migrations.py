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


# Vote totals -----------------------------------------------------------------
# The reports' vote figures are sums over a borough's 200,000 ballots; reading and parsing them all took
# most of a yearly summary's reading. `vote_totals` holds those sums, kept by the three triggers below in
# the same transaction as every write to `votes` (a vote, a bundle merge, an erasure, a cascade from a
# deleted round or session), so no code path has to remember them. Numbers and card keys only, never
# words. One row per round and (card, place, rating) with how many ballots have it:
#   position >= 0: a card in that place of a pick or rank ballot (a JSON array of card keys);
#   position -1:   a card rated like / unsure / dislike in a rating ballot (a JSON object);
#   position -2:   every ballot, once (commitment_key and rating ''): the round's ballots, to check against;
#   position -3:   a ballot or choice of another shape (not JSON, a number among the keys, a key twice):
#                  its round is scored ballot by ballot, as before (storage.votes.round_totals).
VOTE_TOTALS_TABLE = """CREATE TABLE vote_totals (
            round_id INTEGER NOT NULL,
            commitment_key TEXT NOT NULL,
            position INTEGER NOT NULL,
            rating TEXT NOT NULL,
            ballots INTEGER NOT NULL,
            PRIMARY KEY (round_id, commitment_key, position, rating)
        ) WITHOUT ROWID"""


def _ballot_rows(x: str, round_id: str, votes_from: str = "") -> str:
    """(rid, k, p, r): the vote_totals rows that ballot `x` (a choices column) of round `round_id` counts in;
    of every vote in `votes_from` (the backfill), or of NEW or OLD (the triggers) when it is empty."""
    kind = f"CASE WHEN json_valid({x}) THEN json_type({x}) END"
    each = f"FROM {votes_from}, " if votes_from else "FROM "
    return f"""SELECT {round_id} AS rid, '' AS k, -2 AS p, '' AS r{" FROM " + votes_from if votes_from else ""}
            UNION ALL SELECT {round_id}, CASE WHEN j.type = 'text' THEN j.value ELSE '' END,
                CASE WHEN j.type = 'text' THEN j.key ELSE -3 END, ''
            {each}json_each(CASE WHEN {kind} = 'array' THEN {x} END) AS j
            UNION ALL SELECT {round_id}, j.key, -1, j.value
            {each}json_each(CASE WHEN {kind} = 'object' THEN {x} END) AS j
            WHERE j.type = 'text' AND j.value IN ('like', 'unsure', 'dislike')
            UNION ALL SELECT {round_id}, '', -3, ''{" FROM " + votes_from if votes_from else ""}
            WHERE coalesce({kind}, '') NOT IN ('array', 'object')
                OR (CASE WHEN {kind} = 'object' THEN (SELECT count(*) - count(DISTINCT key) FROM json_each({x})) END)
                > 0"""


def _count_ballot(x: str, round_id: str, sign: str) -> str:
    return f"""INSERT INTO vote_totals (round_id, commitment_key, position, rating, ballots)
            SELECT rid, k, p, r, {sign} FROM ({_ballot_rows(x, round_id)}) WHERE true
            ON CONFLICT (round_id, commitment_key, position, rating) DO UPDATE
            SET ballots = ballots + excluded.ballots;"""


_FORGET_ZEROS = "DELETE FROM vote_totals WHERE round_id = OLD.round_id AND ballots = 0;"

# name -> its CREATE statement, exactly as SQLite keeps it in sqlite_master: the only triggers the app
# makes. Erasing drops every other trigger, and a backup holding another is refused (storage.ledger,
# storage.backup): one another program adds could copy erased words away.
APP_TRIGGERS = {
    "vote_totals_insert": f"""CREATE TRIGGER vote_totals_insert AFTER INSERT ON votes BEGIN
            {_count_ballot("NEW.choices", "NEW.round_id", "1")}
        END""",
    "vote_totals_delete": f"""CREATE TRIGGER vote_totals_delete AFTER DELETE ON votes BEGIN
            {_count_ballot("OLD.choices", "OLD.round_id", "-1")}
            {_FORGET_ZEROS}
        END""",
    "vote_totals_update": f"""CREATE TRIGGER vote_totals_update AFTER UPDATE OF round_id, choices ON votes BEGIN
            {_count_ballot("OLD.choices", "OLD.round_id", "-1")}
            {_FORGET_ZEROS}
            {_count_ballot("NEW.choices", "NEW.round_id", "1")}
        END""",
}


def is_app_trigger(name: str, sql: str | None) -> bool:
    """Is this trigger (its name and CREATE statement from sqlite_master) one the app's migrations make?"""
    return APP_TRIGGERS.get(name) == sql


def vote_totals(db: Database) -> None:
    """The vote sums the reports read (see VOTE_TOTALS_TABLE), counted from the votes already stored."""
    db.execute(VOTE_TOTALS_TABLE)
    db.execute(
        f"""INSERT INTO vote_totals (round_id, commitment_key, position, rating, ballots)
        SELECT rid, k, p, r, count(*) FROM ({_ballot_rows("v.choices", "v.round_id", "votes AS v")})
        GROUP BY 1, 2, 3, 4"""
    )
    for sql in APP_TRIGGERS.values():
        db.execute(sql)  # one statement each: _run would split them at their inner semicolons


# In the order they run. Opening a file compares its applied names with these before anything else,
# so this list is all start-up needs; sqlite-utils' Migrations is made only to make or upgrade a file.
MIGRATIONS = (
    ("0001_initial", initial),
    ("0002_ledger_and_devices", ledger_and_devices),
    ("0003_erasures_into_ledger", erasures_into_ledger),
    ("0004_vote_totals", vote_totals),
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
