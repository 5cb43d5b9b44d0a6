"""Sessions and their anonymous participants."""

from __future__ import annotations

import json
from functools import lru_cache

from coprod_app.domain import session as rules
from coprod_app.domain.bounds import check_id
from coprod_app.domain.errors import NotFound
from coprod_app.domain.pack import Pack, parse_pack
from coprod_app.domain.session import Participant, Session
from coprod_app.storage.connection import AppDatabase, change_fields, record_fields, writing
from coprod_app.storage.errors import reading
from coprod_app.storage.packs import current_pack

_SESSION_COLUMNS = "s.id, s.uuid, s.title, s.date, s.forum, s.town, s.venue, s.facilitators, s.pack_key, s.status, s.created_at"


def create_session(
    db: AppDatabase,
    *,
    title: str,
    date: str,
    forum: str,
    town: str = "",
    venue: str = "",
    facilitators: str = "",
    pack: Pack | None = None,
) -> Session:
    """Create a session with a copy of the pack, so later pack changes do not rewrite it."""
    pack = pack or current_pack(db)
    row = {
        "title": rules.check_title(title),
        "date": rules.check_date(date, "session date"),
        "forum": rules.check_choice(forum, rules.FORUMS, "forum") or "other",
        "town": pack.canonical_town(rules.check_short_text(town, "town")),
        "venue": rules.check_short_text(venue, "venue"),
        "facilitators": rules.check_short_text(facilitators, "facilitators"),
        "pack_key": pack.key,
        "pack_json": pack.to_json(),
        "status": "open",
        **record_fields(db),
    }
    with writing(db, what="create the session"):
        session_id = db["sessions"].insert(row).last_pk
    return get_session(db, session_id)


def _session_query(where: str = "") -> str:
    return f"""
        SELECT {_SESSION_COLUMNS},
            (SELECT count(*) FROM views v WHERE v.session_id = s.id),
            (SELECT count(*) FROM participants p WHERE p.session_id = s.id)
        FROM sessions s {where}
    """


@reading("list the sessions")
def list_sessions(db: AppDatabase) -> list[Session]:
    """All sessions, newest date first."""
    return [Session(*r) for r in db.execute(_session_query("ORDER BY s.date DESC, s.id DESC")).fetchall()]


@reading("read the session")
def get_session(db: AppDatabase, session_id: int) -> Session:
    check_id(session_id, "session")
    row = db.execute(_session_query("WHERE s.id = ?"), [session_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no session with the id {session_id}.")
    return Session(*row)


def set_session_status(db: AppDatabase, session_id: int, status: str) -> Session:
    """Close a session when the event ends, or reopen it to add more."""
    rules.check_choice(status, rules.STATUSES, "session status")
    get_session(db, session_id)
    with writing(db, what="change the session"):
        db["sessions"].update(session_id, {"status": status, **change_fields(db)})
    return get_session(db, session_id)


@reading("read the session's strategy pack")
def session_pack(db: AppDatabase, session_id: int) -> Pack:
    """The copy of the pack this session was created with."""
    check_id(session_id, "session")
    row = db.execute("SELECT pack_json FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no session with the id {session_id}.")
    return pack_from_json(row[0])


@lru_cache(maxsize=8)
def pack_from_json(pack_json: str) -> Pack:
    """A session's stored pack, parsed once and kept while it is in use."""
    return parse_pack(json.loads(pack_json))


# Participants ---------------------------------------------------------------

_PARTICIPANT_COLUMNS = "id, uuid, session_id, code, grp, age_band, town, quote_consent"


def _participant(row) -> Participant:
    return Participant(*row[:7], quote_consent=bool(row[7]))


def add_participant(
    db: AppDatabase,
    session_id: int,
    *,
    group: str | None = None,
    age_band: str | None = None,
    town: str | None = None,
    quote_consent: bool = False,
) -> Participant:
    """A new anonymous participant with a fresh code; never a name or birth date."""
    get_session(db, session_id)
    pack = session_pack(db, session_id)
    town = rules.check_short_text(town, "town")
    if not asks_demographics(db, session_id):
        group = age_band = town = None  # switched off for this session: nothing optional is kept
    row = {
        "session_id": session_id,
        "grp": rules.check_choice(group, rules.GROUPS, "group"),
        "age_band": rules.check_choice(age_band, rules.AGE_BANDS, "age band"),
        "town": pack.canonical_town(town) if town else None,
        "quote_consent": int(bool(quote_consent)),
        **record_fields(db),
    }
    with writing(db, what="add the participant"):
        taken = {r[0] for r in db.execute("SELECT code FROM participants WHERE session_id = ?", [session_id])}
        row["code"] = rules.new_code(taken)
        participant_id = db["participants"].insert(row).last_pk
    return get_participant(db, participant_id)


@reading("read the session's settings")
def asks_demographics(db: AppDatabase, session_id: int) -> bool:
    """Whether the session notes group, age band and town (each optional) for its participants."""
    check_id(session_id, "session")
    row = db.execute("SELECT ask_demographics FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no session with the id {session_id}.")
    return bool(row[0])


@reading("read the participant")
def get_participant(db: AppDatabase, participant_id: int) -> Participant:
    check_id(participant_id, "participant")
    row = db.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", [participant_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no participant with the id {participant_id}.")
    return _participant(row)


@reading("find the participant")
def find_participant(db: AppDatabase, session_id: int, code: str) -> Participant:
    check_id(session_id, "session")
    row = db.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE session_id = ? AND code = ?",
        [session_id, rules.normalise_code(code)],
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no participant with the code '{code}' in session {session_id}.")
    return _participant(row)


@reading("list the participants")
def list_participants(db: AppDatabase, session_id: int) -> list[Participant]:
    check_id(session_id, "session")
    rows = db.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE session_id = ? ORDER BY id", [session_id]
    ).fetchall()
    return [_participant(r) for r in rows]


def update_participant(
    db: AppDatabase,
    participant_id: int,
    *,
    group: str | None,
    age_band: str | None,
    town: str | None,
    quote_consent: bool,
) -> Participant:
    p = get_participant(db, participant_id)
    pack = session_pack(db, p.session_id)
    town = rules.check_short_text(town, "town")
    changes = {
        "grp": rules.check_choice(group, rules.GROUPS, "group"),
        "age_band": rules.check_choice(age_band, rules.AGE_BANDS, "age band"),
        "town": pack.canonical_town(town) if town else None,
        "quote_consent": int(bool(quote_consent)),
        **change_fields(db),
    }
    with writing(db, what="change the participant"):
        db["participants"].update(participant_id, changes)
    return get_participant(db, participant_id)
