"""Erasure, retention and the passphrase lock: removing children's data for good.

Erasing a participant or purging old sessions deletes the rows in one
transaction with `secure_delete` on (freed space is overwritten with zeros),
then rewrites the whole file with VACUUM and empties the WAL with a TRUNCATE
checkpoint, so that the words are in neither the database file nor its -wal.
VACUUM's temporary copy is kept in memory, not in a temporary file on disk.

Before anything is deleted, the ledger (storage/ledger.py: UUIDs and kinds,
in the database and in a sidecar file) names what goes, so that a kill, a
restored older backup or an old bundle cannot bring it back; afterwards every
backup the app made is rewritten without it (storage/backup_cleaning.clean_backups).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from coprod_app.domain import privacy as rules
from coprod_app.domain.errors import InvalidInput
from coprod_app.domain.privacy import DueSession, Erasure, PurgeResult
from coprod_app.storage import ledger
from coprod_app.storage.backup_cleaning import BackupCleaning, clean_backups
from coprod_app.storage.connection import AppDatabase, change_fields, get_meta, set_meta, writing
from coprod_app.storage.sessions import asks_demographics, find_participant, get_session  # noqa: F401 (asks_demographics is part of this API)
from coprod_app.storage.wiping import rewrite_file, secure_delete

logger = logging.getLogger(__name__)

LOCK_KEY = "lock_passphrase"
CONTACT_KEY = "privacy_contact"


# Erasure ----------------------------------------------------------------------


def participant_footprint(db: AppDatabase, session_id: int, code: str) -> dict:
    """What erasing this participant would remove: {"views": N, "votes": N}."""
    p = find_participant(db, session_id, code)
    return {
        "views": db.execute("SELECT count(*) FROM views WHERE participant_id = ?", [p.id]).fetchone()[0],
        "votes": db.execute("SELECT count(*) FROM votes WHERE participant_id = ?", [p.id]).fetchone()[0],
    }


@dataclass(frozen=True)
class ErasureReport(Erasure):
    """An erasure, and what it did to the backups (None when the database has no file)."""

    backups: BackupCleaning | None = None

    def summary(self) -> dict:
        summary = super().summary()
        if self.backups is not None:
            summary["backups"] = self.backups.summary()
        return summary


def erase_participant(db: AppDatabase, session_id: int, code: str) -> ErasureReport:
    """Remove one participant's views, votes, details and consent, and wipe the words from the file and backups.

    Themes linked to their views lose the link but keep the officer's summary.
    Works on open and closed sessions alike: a family may ask at any time.

    The ledger (sidecar and table) names the participant before anything is
    deleted, so a kill at any point is finished by the next open (ledger.apply_ledger).
    """
    get_session(db, session_id)
    p = find_participant(db, session_id, code)
    texts = [r[0] for r in db.execute("SELECT text FROM views WHERE participant_id = ?", [p.id]).fetchall()]
    records = [(p.uuid, "participant")]
    records += [(r[0], "view") for r in db.execute("SELECT uuid FROM views WHERE participant_id = ?", [p.id])]
    records += [(r[0], "vote") for r in db.execute("SELECT uuid FROM votes WHERE participant_id = ?", [p.id])]
    entries = ledger.remember(db, records)  # durable before the first row goes
    with secure_delete(db):
        with writing(db, what="erase the participant"):
            themes = db.execute(
                "SELECT count(DISTINCT tv.theme_id) FROM theme_views tv JOIN views v ON v.id = tv.view_id "
                "WHERE v.participant_id = ?",
                [p.id],
            ).fetchone()[0]
            ledger.insert_entries(db.conn, entries)
            ledger.drop_foreign_triggers(db.conn)  # one another program added could copy the words elsewhere
            db.execute(
                "DELETE FROM theme_views WHERE view_id IN (SELECT id FROM views WHERE participant_id = ?)",
                [p.id],
            )
            votes = db.execute("DELETE FROM votes WHERE participant_id = ?", [p.id]).rowcount
            views = db.execute("DELETE FROM views WHERE participant_id = ?", [p.id]).rowcount
            db.execute("DELETE FROM participants WHERE id = ?", [p.id])
            # Touch the session so that a merge on another laptop sees it changed.
            db["sessions"].update(session_id, change_fields(db))
        wiped = rewrite_file(db, texts)
    if wiped:
        ledger.wiped(db)  # otherwise the mark stays and the next open wipes again
    backups = _clean_backups(db, texts)
    logger.info("erased participant %s of session %s: %d views, %d votes", p.code, session_id, views, votes)
    return ErasureReport(
        session_id=session_id,
        code=p.code,
        views=views,
        votes=votes,
        themes_unlinked=themes,
        wiped=wiped,
        backups=backups,
    )


def _clean_backups(db: AppDatabase, texts: list[str]) -> BackupCleaning:
    """Apply the whole ledger to every backup the app knows of (also catching ones missed before)."""
    return clean_backups(db.path, ledger.all_entries(db), texts)


def erased_uuids(db: AppDatabase) -> set[str]:
    """UUIDs of participants, views and votes erased and sessions purged on this laptop; an import skips them.

    The ledger table and its sidecar file together (a restored older backup may lack
    some in its table). A purged session's participants and vote rounds are named too;
    everything else in it links to one of those, and an import skips what links to a
    named record.
    """
    return ledger.ledger_uuids(db)


QUOTE_WORDS = 6  # this many words in a row, the same in a view and a theme, is a quote, not chance


def _word_runs(text: str, n: int = QUOTE_WORDS) -> set[tuple[str, ...]]:
    words = "".join(c if c.isalnum() else " " for c in text.casefold()).split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def themes_quoting(db: AppDatabase, session_id: int, code: str) -> list[tuple[int, str]]:
    """Themes whose title or summary quotes one of this participant's views: the whole view, or any six of
    its words in a row (case, punctuation and spacing aside).

    Erasure keeps the officer's summary; if the officer pasted someone's words
    into it, those words stay there until the officer changes the summary. Only
    whole views were found before, so a summary quoting one sentence of a long view
    kept the words with no warning.
    """
    p = find_participant(db, session_id, code)
    rows = db.execute(
        """SELECT DISTINCT t.id, t.title FROM themes t, views v
           WHERE v.participant_id = ? AND length(v.text) >= 12
             AND (instr(t.you_said, v.text) > 0 OR instr(t.title, v.text) > 0)
           ORDER BY t.id""",
        [p.id],
    ).fetchall()
    found = {r[0]: r[1] for r in rows}
    runs: set[tuple[str, ...]] = set()
    for (text,) in db.execute("SELECT text FROM views WHERE participant_id = ?", [p.id]):
        runs |= _word_runs(text or "")
    if runs:
        for theme_id, title, you_said in db.execute("SELECT id, title, you_said FROM themes ORDER BY id"):
            if theme_id not in found and not runs.isdisjoint(_word_runs(f"{title or ''}\n{you_said or ''}")):
                found[theme_id] = title
    return sorted(found.items())


# Retention --------------------------------------------------------------------


def _today(today: dt.date | str | None) -> dt.date:
    if today is None:
        return dt.date.today()
    return today if isinstance(today, dt.date) else dt.date.fromisoformat(today)


@dataclass(frozen=True)
class PurgeReport(PurgeResult):
    """A purge, the sessions it had to skip because of a bad value, and what it did to the backups."""

    problems: tuple[dict, ...] = ()
    backups: BackupCleaning | None = None

    def summary(self) -> dict:
        summary = super().summary()
        summary["problems"] = list(self.problems)
        if self.backups is not None:
            summary["backups"] = self.backups.summary()
        return summary


def _due_check(date, months, today: dt.date) -> tuple[bool, str | None, str | None]:
    """(due, keep-until date, problem): one bad value is a problem for that session only."""
    try:
        months = rules.check_retention_months(months)
    except InvalidInput:
        return False, None, f"its retention period '{months}' is not a whole number of months from 1 to 120"
    try:
        ends = rules.retention_ends(str(date), months)
    except (ValueError, OverflowError, TypeError):
        return False, None, f"its date '{date}' is not a date from which a retention period can be counted"
    return today >= ends, ends.isoformat(), None


def sessions_due_and_problems(
    db: AppDatabase, today: dt.date | str | None = None
) -> tuple[list[DueSession], list[dict]]:
    """Sessions past their retention period, oldest first, and the sessions skipped for a bad date or period."""
    today = _today(today)
    rows = db.execute(
        """SELECT s.id, s.title, s.date, s.retention_months,
               (SELECT count(*) FROM views v WHERE v.session_id = s.id),
               (SELECT count(*) FROM votes x JOIN rounds r ON r.id = x.round_id WHERE r.session_id = s.id),
               (SELECT count(*) FROM participants p WHERE p.session_id = s.id)
           FROM sessions s ORDER BY s.date, s.id"""
    ).fetchall()
    due, problems = [], []
    for sid, title, date, months, views, votes, people in rows:
        is_due, ends, problem = _due_check(date, months, today)
        if problem:
            logger.info(
                "session %s skipped by retention: %s", sid, problem
            )  # reported to the user, not logged as an error
            problems.append({"session": sid, "title": title, "problem": problem})
        elif is_due:
            due.append(
                DueSession(
                    id=sid,
                    title=title,
                    date=date,
                    retention_months=months,
                    keep_until=ends,
                    views=views,
                    votes=votes,
                    participants=people,
                )
            )
    return due, problems


def sessions_due(db: AppDatabase, today: dt.date | str | None = None) -> list[DueSession]:
    """Sessions whose retention period has ended by `today`, oldest first, with what each holds.

    A session with a date or period that cannot be counted is skipped (see
    `sessions_due_and_problems`), never stopping the others.
    """
    return sessions_due_and_problems(db, today)[0]


def purge(db: AppDatabase, today: dt.date | str | None = None, dry_run: bool = False) -> PurgeReport:
    """Delete every session past its retention period with everything in it, then VACUUM.

    The file is rewritten (VACUUM, WAL emptied) even when nothing is due, so
    `purge` also finishes wiping after an erase that ran short of disk space, and
    every backup the app knows of is cleaned of what the ledger names.

    Themes and actions are kept (they are the officer's summaries, not
    anyone's words); they only lose their links to the deleted views.
    A session with a bad date or retention period is skipped and reported in `problems`.
    """
    due, problems = sessions_due_and_problems(db, today)
    if dry_run:
        return PurgeReport(sessions=tuple(due), dry_run=True, problems=tuple(problems))
    ledger.apply_ledger(db)  # anything erased or purged that a restore brought back goes first
    ids = [s.id for s in due]
    with secure_delete(db):
        if ids:
            entries = ledger.remember(db, _session_records(db, ids))
            marks = ",".join("?" * len(ids))
            with writing(db, what="delete the sessions past their retention period"):
                ledger.insert_entries(db.conn, entries)
                ledger.drop_foreign_triggers(db.conn)  # as in erase_participant
                # Participants, views, rounds, votes, tallies and theme links go by ON DELETE CASCADE.
                db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", ids)
        # Even with nothing due: this finishes wiping after an erase that could not rewrite the file.
        if rewrite_file(db, []):
            ledger.wiped(db)
    backups = _clean_backups(db, [])
    logger.info("purged sessions %s", ids)
    return PurgeReport(sessions=tuple(due), problems=tuple(problems), backups=backups)


def _session_records(db: AppDatabase, ids: list[int]) -> list[tuple[str, str]]:
    """What the ledger names for purged sessions: each session, its participants and its vote rounds."""
    marks = ",".join("?" * len(ids))
    records = [(r[0], "session") for r in db.execute(f"SELECT uuid FROM sessions WHERE id IN ({marks})", ids)]
    records += [
        (r[0], "participant")
        for r in db.execute(f"SELECT uuid FROM participants WHERE session_id IN ({marks})", ids)
    ]
    records += [
        (r[0], "round") for r in db.execute(f"SELECT uuid FROM rounds WHERE session_id IN ({marks})", ids)
    ]
    return records


def retention_months(db: AppDatabase, session_id: int) -> int:
    get_session(db, session_id)
    return db.execute("SELECT retention_months FROM sessions WHERE id = ?", [session_id]).fetchone()[0]


def set_retention_months(db: AppDatabase, session_id: int, months) -> int:
    """Keep this session's data for `months` after its date (1-120)."""
    months = rules.check_retention_months(months)
    get_session(db, session_id)
    with writing(db, what="change how long the session is kept"):
        db["sessions"].update(session_id, {"retention_months": months, **change_fields(db)})
    return months


def keep_until(db: AppDatabase, session_id: int) -> str | None:
    """The day this session's data is due for deletion, YYYY-MM-DD; None when its date or period is bad."""
    s = get_session(db, session_id)
    return _due_check(s.date, retention_months(db, session_id), _today(None))[1]


def set_ask_demographics(db: AppDatabase, session_id: int, ask: bool, clear_existing: bool = False) -> bool:
    """Switch the optional demographic questions on or off for a session.

    With `clear_existing`, the group, age band and town already noted for the
    session's participants are removed too (in the same transaction).
    """
    get_session(db, session_id)
    with writing(db, what="change the session's questions"):
        db["sessions"].update(session_id, {"ask_demographics": int(bool(ask)), **change_fields(db)})
        if clear_existing:
            fields = change_fields(db)
            db.execute(
                "UPDATE participants SET grp = NULL, age_band = NULL, town = NULL, updated_at = ?, "
                "device_id = ? WHERE session_id = ?",
                [fields["updated_at"], fields["device_id"], session_id],
            )
    return bool(ask)


def privacy_settings(db: AppDatabase, session_id: int) -> dict:
    s = get_session(db, session_id)
    months = retention_months(db, session_id)
    _due, ends, problem = _due_check(s.date, months, _today(None))
    settings = {
        "session": s.id,
        "retention_months": months,
        "keep_until": ends,
        "ask_demographics": asks_demographics(db, session_id),
    }
    if problem:
        settings["problem"] = problem
    return settings


# The notice's contact and the passphrase lock -------------------------------------


def privacy_contact(db: AppDatabase) -> str:
    """Who families can contact to ask for removal (shown on the notice); '' when not set."""
    return get_meta(db, CONTACT_KEY) or ""


def set_privacy_contact(db: AppDatabase, contact: str) -> str:
    contact = (contact or "").strip()
    if len(contact) > 120:
        raise InvalidInput("The contact can be at most 120 characters.")
    set_meta(db, CONTACT_KEY, contact)
    return contact


def has_passphrase(db: AppDatabase) -> bool:
    return bool(get_meta(db, LOCK_KEY))


def unlock(db: AppDatabase, passphrase: str) -> bool:
    """True when no lock is set or `passphrase` is the right one."""
    stored = get_meta(db, LOCK_KEY)
    return True if not stored else rules.passphrase_matches(passphrase or "", stored)


def set_passphrase(
    db: AppDatabase, passphrase: str, repeat: str | None = None, current: str | None = None
) -> None:
    """Set or change the lock; changing it needs the current passphrase. Only a salted hash is stored."""
    if has_passphrase(db) and not unlock(db, current or ""):
        raise InvalidInput("The current passphrase is not right, so the lock was not changed.")
    set_meta(db, LOCK_KEY, rules.hash_passphrase(rules.check_new_passphrase(passphrase, repeat)))


def remove_passphrase(db: AppDatabase, current: str) -> None:
    if not has_passphrase(db):
        return
    if not unlock(db, current):
        raise InvalidInput("The passphrase is not right, so the lock was not removed.")
    with writing(db, what="remove the passphrase lock"):
        db.execute("DELETE FROM meta WHERE key = ?", [LOCK_KEY])
