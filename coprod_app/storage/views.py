"""Views: record, change, delete and bring back what people said."""

from __future__ import annotations

import json

from coprod_app.domain.bounds import check_id
from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.view import View, ViewDraft, check_view
from coprod_app.storage.connection import AppDatabase, change_fields, record_fields, writing
from coprod_app.storage.errors import reading
from coprod_app.storage.sessions import find_participant, get_session, pack_from_json

_COLUMNS = """
    v.id, v.uuid, v.session_id, v.text, v.principles, v.priority, v.commitments, v.sentiment, v.how,
    v.follow_up, p.code, v.created_at, v.updated_at
"""
_FROM = "FROM views v LEFT JOIN participants p ON p.id = v.participant_id"


def _view(row) -> View:
    draft = ViewDraft(
        text=row[3],
        principles=tuple(json.loads(row[4])),
        priority=row[5],
        commitments=tuple(json.loads(row[6])),
        sentiment=row[7],
        how=row[8],
        follow_up=bool(row[9]),
        participant=row[10],
    )
    return View(
        id=row[0], uuid=row[1], session_id=row[2], draft=draft, created_at=row[11], updated_at=row[12]
    )


def _columns(db: AppDatabase, session_id: int, draft: ViewDraft) -> tuple[dict, ViewDraft]:
    """Check the draft against the session and turn it into table columns."""
    check_id(session_id, "session")
    row = db.execute("SELECT status, pack_json FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no session with the id {session_id}.")
    if row[0] == "closed":
        raise InvalidInput(f"Session {session_id} is closed; reopen it to record or change views.")
    draft = check_view(draft, pack_from_json(row[1]))
    participant_id = find_participant(db, session_id, draft.participant).id if draft.participant else None
    columns = {
        "session_id": session_id,
        "participant_id": participant_id,
        "text": draft.text,
        "principles": json.dumps(list(draft.principles)),
        "priority": draft.priority,
        "commitments": json.dumps(list(draft.commitments)),
        "sentiment": draft.sentiment,
        "how": draft.how,
        "follow_up": int(draft.follow_up),
    }
    return columns, draft


def _insert(db: AppDatabase, row: dict) -> int:
    # A plain INSERT: the hot path of a facilitator pressing Enter (see benchmarks/run.py).
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return db.execute(f"INSERT INTO views ({names}) VALUES ({marks})", list(row.values())).lastrowid


def record_view(db: AppDatabase, session_id: int, draft: ViewDraft) -> View:
    """Save a new view; when this returns, it is on disk."""
    columns, draft = _columns(db, session_id, draft)
    fields = record_fields(db)
    with writing(db, what="save the view"):
        view_id = _insert(db, {**columns, **fields})
    return View(
        id=view_id,
        uuid=fields["uuid"],
        session_id=session_id,
        draft=draft,
        created_at=fields["created_at"],
        updated_at=fields["updated_at"],
    )


def update_view(db: AppDatabase, view_id: int, draft: ViewDraft) -> View:
    old = get_view(db, view_id)
    columns, _ = _columns(db, old.session_id, draft)
    changes = {**columns, **change_fields(db)}
    with writing(db, what="save the change to the view"):
        db["views"].update(view_id, changes)
    return get_view(db, view_id)


def delete_view(db: AppDatabase, view_id: int) -> View:
    """Delete a view; returns it so that it can be restored by undo."""
    view = get_view(db, view_id)
    with writing(db, what="delete the view"):
        db.execute("DELETE FROM views WHERE id = ?", [view_id])
    return view


def restore_view(db: AppDatabase, view: View) -> View:
    """Put back a deleted view with its own id, UUID and time (undo of a delete)."""
    columns, _ = _columns(db, view.session_id, view.draft)
    row = {
        **columns,
        "id": view.id,
        "uuid": view.uuid,
        "created_at": view.created_at,
        **change_fields(db),
    }
    with writing(db, what="bring back the view"):
        _insert(db, row)
    return get_view(db, view.id)


@reading("read the view")
def get_view(db: AppDatabase, view_id: int) -> View:
    check_id(view_id, "view")
    row = db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE v.id = ?", [view_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no view with the id {view_id}.")
    return _view(row)


@reading("list the views")
def list_views(db: AppDatabase, session_id: int) -> list[View]:
    """A session's views in the order they were recorded."""
    get_session(db, session_id)
    rows = db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE v.session_id = ? ORDER BY v.id", [session_id])
    return [_view(r) for r in rows.fetchall()]
