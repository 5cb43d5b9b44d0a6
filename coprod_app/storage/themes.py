"""Themes, their views, and the actions taken on them with each status change kept."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from coprod_app.domain import actions as rules
from coprod_app.domain.actions import Action, HistoryEntry, Theme
from coprod_app.domain.bounds import check_date
from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.session import Session
from coprod_app.storage.database import change_fields, device_id, new_uuid, now, record_fields, writing
from coprod_app.storage.packs import current_pack
from coprod_app.storage.sessions import get_session, session_pack

if TYPE_CHECKING:
    from coprod_app.storage.connection import AppDatabase


def _check_views(db: AppDatabase, view_ids) -> tuple[int, ...]:
    view_ids = tuple(dict.fromkeys(int(v) for v in view_ids or ()))
    if view_ids:
        marks = ",".join("?" * len(view_ids))
        found = {r[0] for r in db.execute(f"SELECT id FROM views WHERE id IN ({marks})", list(view_ids))}
        missing = [v for v in view_ids if v not in found]
        if missing:
            raise NotFound(f"There is no view with the id {missing[0]}.")
    return view_ids


def add_theme(db: AppDatabase, title: str, you_said: str, view_ids=()) -> Theme:
    """A new theme grouping the given views (they may come from several sessions)."""
    title, you_said = rules.check_theme(title, you_said)
    view_ids = _check_views(db, view_ids)
    with writing(db, what="save the theme"):
        theme_id = db["themes"].insert({"title": title, "you_said": you_said, **record_fields(db)}).last_pk
        db["theme_views"].insert_all([{"theme_id": theme_id, "view_id": v} for v in view_ids])
    return get_theme(db, theme_id)


def update_theme(db: AppDatabase, theme_id: int, title: str, you_said: str, view_ids=()) -> Theme:
    """Change a theme's words and the views it came from."""
    get_theme(db, theme_id)
    title, you_said = rules.check_theme(title, you_said)
    view_ids = _check_views(db, view_ids)
    with writing(db, what="save the theme"):
        db["themes"].update(theme_id, {"title": title, "you_said": you_said, **change_fields(db)})
        db.execute("DELETE FROM theme_views WHERE theme_id = ?", [theme_id])
        db["theme_views"].insert_all([{"theme_id": theme_id, "view_id": v} for v in view_ids])
    return get_theme(db, theme_id)


def delete_theme(db: AppDatabase, theme_id: int) -> None:
    get_theme(db, theme_id)
    with writing(db, what="delete the theme"):
        db.execute("DELETE FROM themes WHERE id = ?", [theme_id])


def _known_commitments(db: AppDatabase, theme_id: int) -> set[str]:
    keys = {c.key for c in current_pack(db).commitments}
    for (session_id,) in db.execute(
        "SELECT DISTINCT v.session_id FROM theme_views tv JOIN views v ON v.id = tv.view_id WHERE tv.theme_id = ?",
        [theme_id],
    ).fetchall():
        keys |= {c.key for c in session_pack(db, session_id).commitments}
    return keys


def add_action(
    db: AppDatabase,
    theme_id: int,
    we_did: str,
    status: str,
    reason: str | None = None,
    owner: str | None = None,
    due: str | None = None,
    commitments=(),
    on: str | None = None,
    today: dt.date | None = None,
) -> Action:
    """A new action on a theme; its first status goes into the history dated `on` (default today)."""
    get_theme(db, theme_id)
    fields = rules.check_action(
        we_did, status, reason, owner, due, commitments, _known_commitments(db, theme_id)
    )
    when = change_time(on, today)
    row = {
        **fields,
        "theme_id": theme_id,
        "commitments": json.dumps(list(fields["commitments"])),
        **record_fields(db),
    }
    with writing(db, what="save the action"):
        action_id = db["actions"].insert(row).last_pk
        _append_history(db, action_id, fields["status"], fields["reason"], when)
    return get_action(db, action_id)


def set_action_status(
    db: AppDatabase,
    action_id: int,
    status: str,
    reason: str | None = None,
    on: str | None = None,
    today: dt.date | None = None,
) -> Action:
    """Change an action's status; the change is added to its history dated `on` (default today).

    A change may be dated in the past (the officer records it later), never in the future, and never
    before the action's last change: the history keeps the order things happened in, so its newest
    entry is always the action's status, and "the status at the end of a period" reads true.
    """
    action = get_action(db, action_id)
    status, reason = rules.check_status(status, reason)
    when = change_time(on, today)
    last = action.history[-1].date if action.history else None
    if last and when[:10] < last:
        raise InvalidInput(
            f"The date {when[:10]} is before this action's last change ({last}); "
            "changes are kept in the order they happened."
        )
    if status == action.status and reason == action.reason:
        return action
    changes = {"status": status, "reason": reason, **change_fields(db)}
    with writing(db, what="change the action's status"):
        db["actions"].update(action_id, changes)
        _append_history(db, action_id, status, reason, when)
    return get_action(db, action_id)


def change_time(on: str | None, today: dt.date | None = None) -> str:
    """The `changed_at` of a status change that happened on the day `on` (YYYY-MM-DD; None: today).

    `changed_at` means when the change happened, so its first ten characters are always `on`. Today's
    change gets the time now; one recorded later gets the last moment of its day, so it sorts after
    anything already recorded on that day (the history is ordered by `changed_at`). Not in the future:
    a plan is an action's status, not a change that has happened. A day before the session its theme
    was heard at is allowed: work already under way when people raised it is recorded as it was.
    """
    today = today or dt.date.today()  # the officer's own calendar day, as the date field shows it
    day = check_date(on, "date of the change") if on else today.isoformat()
    if day > today.isoformat():
        raise InvalidInput(
            f"The date {day} is in the future; give the day the change happened "
            f"(today, {today.isoformat()}, or before)."
        )
    moment = now()
    if moment[:10] == day:
        return moment
    # Recorded on another day than it happened (or the UTC date is not yet the local one at midnight).
    return f"{day}T23:59:59.999999Z" if day < moment[:10] else f"{day}T00:00:00.000000Z"


def _append_history(db: AppDatabase, action_id: int, status: str, reason: str, when: str) -> None:
    db["action_history"].insert(
        {
            "action_id": action_id,
            "status": status,
            "reason": reason,
            "changed_at": when,
            "uuid": new_uuid(),
            "device_id": device_id(db),
        }
    )


def get_action(db: AppDatabase, action_id: int) -> Action:
    actions = _actions(db, "WHERE a.id = ?", [action_id])
    if not actions:
        raise NotFound(f"There is no action with the id {action_id}.")
    return actions[0]


def get_theme(db: AppDatabase, theme_id: int) -> Theme:
    themes = _themes(db, "WHERE t.id = ?", [theme_id])
    if not themes:
        raise NotFound(f"There is no theme with the id {theme_id}.")
    return themes[0]


def list_themes(
    db: AppDatabase, session_id: int | None = None, start: str | None = None, end: str | None = None
) -> list[Theme]:
    """Themes heard at one session, or across sessions (optionally between two dates, inclusive).

    A theme belongs to the sessions of its views; across all dates, themes with
    no views yet are included too.
    """
    if session_id is not None:
        get_session(db, session_id)
        return _themes(
            db,
            "WHERE t.id IN (SELECT tv.theme_id FROM theme_views tv JOIN views v ON v.id = tv.view_id"
            " WHERE v.session_id = ?)",
            [session_id],
        )
    if not start and not end:
        return _themes(db, "", [])
    where = ["1=1"]
    params: list = []
    if start:
        where.append("s.date >= ?")
        params.append(start)
    if end:
        where.append("s.date <= ?")
        params.append(end)
    return _themes(
        db,
        "WHERE t.id IN (SELECT tv.theme_id FROM theme_views tv JOIN views v ON v.id = tv.view_id"
        f" JOIN sessions s ON s.id = v.session_id WHERE {' AND '.join(where)})",
        params,
    )


def list_actions(db: AppDatabase, session_id: int | None = None) -> list[Action]:
    """The actions of a session's themes, or every action."""
    return [a for t in list_themes(db, session_id) for a in t.actions]


def _themes(db: AppDatabase, where: str, params: list) -> list[Theme]:
    rows = db.execute(
        f"SELECT t.id, t.title, t.you_said, t.created_at FROM themes t {where} ORDER BY t.id", params
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    views: dict[int, list[int]] = defaultdict(list)
    sessions: dict[int, dict[int, None]] = defaultdict(dict)
    actions: dict[int, list[Action]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for theme_id, view_id, session_id in db.execute(
            f"SELECT tv.theme_id, tv.view_id, v.session_id FROM theme_views tv JOIN views v ON v.id = tv.view_id"
            f" WHERE tv.theme_id IN ({marks}) ORDER BY tv.view_id",
            chunk,
        ):
            views[theme_id].append(view_id)
            sessions[theme_id][session_id] = None
        for action in _actions(db, f"WHERE a.theme_id IN ({marks})", chunk):
            actions[action.theme_id].append(action)
    return [
        Theme(
            id=r[0],
            title=r[1],
            you_said=r[2],
            created_at=r[3],
            view_ids=tuple(views[r[0]]),
            session_ids=tuple(sessions[r[0]]),
            actions=tuple(actions[r[0]]),
        )
        for r in rows
    ]


def _actions(db: AppDatabase, where: str, params: list) -> list[Action]:
    rows = db.execute(
        "SELECT a.id, a.theme_id, a.we_did, a.status, a.reason, a.owner, a.due, a.commitments, a.updated_at"
        f" FROM actions a {where} ORDER BY a.id",
        params,
    ).fetchall()
    history: dict[int, list[HistoryEntry]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for action_id, status, reason, changed_at in db.execute(
            f"SELECT action_id, status, reason, changed_at FROM action_history WHERE action_id IN ({marks})"
            " ORDER BY changed_at, id",
            chunk,
        ):
            history[action_id].append(HistoryEntry(status, reason, changed_at))
    return [
        Action(
            id=r[0],
            theme_id=r[1],
            we_did=r[2],
            status=r[3],
            reason=r[4],
            owner=r[5],
            due=r[6],
            commitments=tuple(json.loads(r[7])),
            history=tuple(history[r[0]]),
            updated_at=r[8],
        )
        for r in rows
    ]


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def previous_session(db: AppDatabase, session_id: int) -> Session | None:
    """The session of the same forum held just before this one (by date, then by id), if any."""
    this = get_session(db, session_id)
    row = db.execute(
        "SELECT id FROM sessions WHERE forum = ? AND id != ? AND (date < ? OR (date = ? AND id < ?))"
        " ORDER BY date DESC, id DESC LIMIT 1",
        [this.forum, this.id, this.date, this.date, this.id],
    ).fetchone()
    return get_session(db, row[0]) if row else None


def themes_heard_last_time(db: AppDatabase, session_id: int) -> tuple[Session | None, list[Theme]]:
    """For "Last time you said…": the previous session of the same forum and its themes."""
    # As exports show them (the screen faces the room): a theme linked to that session only by a view flagged
    # to follow up offline is not shown, and flagged views are not counted.
    previous = previous_session(db, session_id)
    return previous, (exported_themes(db, previous.id) if previous else [])


def exported_themes(db: AppDatabase, session_id: int | None = None, **filters) -> list[Theme]:
    """The themes as exports show them: each counts only its views that are not flagged to follow up.

    "You said (from 10 views)" beside "Views recorded: 7" would give away 3 flagged views.
    """
    return _as_exported(db, list_themes(db, session_id, **filters), session_id, **filters)


def iter_exported_themes(db: AppDatabase, chunk: int = 200):
    """Every theme as exports show them (as `exported_themes(db)`), read `chunk` themes at a time.

    For the CSV export of all sessions: memory stays flat however many themes the database holds.
    """
    last = 0
    while True:
        ids = [
            r[0] for r in db.execute("SELECT id FROM themes WHERE id > ? ORDER BY id LIMIT ?", [last, chunk])
        ]
        if not ids:
            return
        last = ids[-1]
        yield from _as_exported(db, _themes(db, f"WHERE t.id IN ({','.join('?' * len(ids))})", ids), None)


def _as_exported(
    db: AppDatabase, themes: list[Theme], session_id: int | None = None, **filters
) -> list[Theme]:
    """`themes` (as list_themes gave them for these arguments) as exports show them."""
    linked = sorted({i for t in themes for i in t.view_ids})
    flagged: set[int] = set()
    for start in range(0, len(linked), 500):  # SQLite limits the number of parameters
        chunk = linked[start : start + 500]
        flagged.update(
            r[0]
            for r in db.execute(
                f"SELECT id FROM views WHERE follow_up != 0 AND id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    if not flagged:
        return themes
    # The sessions each theme is heard at, by its views that are not flagged: a theme linked to a session only
    # by a flagged view would tell that session's readers what the flagged view was about.
    kept = sorted(set(linked) - flagged)
    where: dict[int, tuple[int, str]] = {}  # view id -> (session id, session date)
    for start in range(0, len(kept), 500):
        chunk = kept[start : start + 500]
        where.update(
            (r[0], (r[1], r[2]))
            for r in db.execute(
                f"SELECT v.id, v.session_id, s.date FROM views v JOIN sessions s ON s.id = v.session_id"
                f" WHERE v.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    out = []
    for t in themes:
        views = tuple(i for i in t.view_ids if i not in flagged)
        if views == t.view_ids:
            out.append(t)
            continue
        sessions = {where[i][0] for i in views if i in where}
        dates = [where[i][1] for i in views if i in where]
        if session_id is not None and session_id not in sessions:
            continue
        first, last = filters.get("start"), filters.get("end")
        if (first or last) and not any((not first or d >= first) and (not last or d <= last) for d in dates):
            continue
        out.append(replace(t, view_ids=views, session_ids=tuple(s for s in t.session_ids if s in sessions)))
    return out
