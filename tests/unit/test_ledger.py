"""The erasure ledger: in the database and in a sidecar file, applied on every open (issue 14, part 3)."""

from __future__ import annotations

import json
import shutil

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.ledger import read_sidecar, sidecar_path
from coprod_app.storage.privacy import erase_participant, erased_uuids
from coprod_app.storage.sessions import add_participant, list_participants
from coprod_app.storage.views import record_view
from tests.unit.privacy_fixtures import traces

SECRET = "Quazzlethorp-5521 my words to take out"


def _erase_one(db, session):
    child = add_participant(db, session.id)
    other = add_participant(db, session.id)
    record_view(db, session.id, ViewDraft(text=SECRET, participant=child.code))
    record_view(db, session.id, ViewDraft(text="Other words stay here", participant=other.code))
    return child, other


def test_the_ledger_names_uuids_and_kinds_only(db, db_path, session):
    child, _ = _erase_one(db, session)
    view_uuid = db.execute("SELECT uuid FROM views WHERE participant_id = ?", [child.id]).fetchone()[0]
    erase_participant(db, session.id, child.code)
    rows = db.execute("SELECT uuid, kind FROM ledger ORDER BY kind").fetchall()
    assert rows == [(child.uuid, "participant"), (view_uuid, "view")]
    side = sidecar_path(db_path).read_text(encoding="utf-8")
    assert child.uuid in side and view_uuid in side
    assert SECRET not in side and child.code not in side, "no words and no codes in the ledger"
    assert read_sidecar(db_path).pending_wipe is False
    assert db.execute("SELECT count(*) FROM meta WHERE key LIKE 'erased:%'").fetchone()[0] == 0


def test_erasures_noted_in_meta_by_an_older_version_move_into_the_ledger(db_path):
    from coprod_app.storage.packs import ensure_default_pack

    db = open_database(db_path)
    ensure_default_pack(db)
    # As schema 2 left it: erasures as meta rows, no 0003 migration applied.
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_erasures_into_ledger'")
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [
            "erased:participant-uuid-1",
            json.dumps({"at": "2026-01-01T00:00:00Z", "views": ["view-uuid-1"], "votes": ["vote-uuid-1"]}),
        ],
    )
    db.conn.commit()
    db.close()

    db = open_database(db_path)
    try:
        assert dict(db.execute("SELECT uuid, kind FROM ledger").fetchall()) == {
            "participant-uuid-1": "participant",
            "view-uuid-1": "view",
            "vote-uuid-1": "vote",
        }
        assert db.execute("SELECT count(*) FROM meta WHERE key LIKE 'erased:%'").fetchone()[0] == 0
        assert {"participant-uuid-1", "view-uuid-1", "vote-uuid-1"} <= erased_uuids(db)
        assert "participant-uuid-1" in read_sidecar(db_path).entries, "written beside the database on open"
    finally:
        db.close()


def test_a_database_file_put_back_by_hand_is_erased_again_on_open(db, db_path, session, tmp_path):
    """Copying an old database file over the current one (not through restore): the sidecar still knows."""
    child, other = _erase_one(db, session)
    db.close()
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(db_path, saved / "coprod.sqlite3")  # closed: the WAL is folded in, one file is everything
    db = open_database(db_path)
    erase_participant(db, session.id, child.code)
    db.close()
    shutil.copy(saved / "coprod.sqlite3", db_path)
    assert traces(db_path, SECRET), "sanity: the old file holds the words"

    again = open_database(db_path)
    try:
        assert [p.code for p in list_participants(again, session.id)] == [other.code]
        assert traces(db_path, SECRET) == []
        assert again.execute("SELECT count(*) FROM ledger WHERE uuid = ?", [child.uuid]).fetchone()[0] == 1
    finally:
        again.close()


def test_a_lost_sidecar_is_written_again_from_the_table(db, db_path, session):
    child, _ = _erase_one(db, session)
    erase_participant(db, session.id, child.code)
    db.close()
    sidecar_path(db_path).unlink()
    open_database(db_path).close()
    assert child.uuid in read_sidecar(db_path).entries


def test_a_damaged_sidecar_is_kept_aside_and_rebuilt(db, db_path, session):
    child, _ = _erase_one(db, session)
    erase_participant(db, session.id, child.code)
    db.close()
    sidecar_path(db_path).write_text("{ not json")
    open_database(db_path).close()
    assert child.uuid in read_sidecar(db_path).entries
    assert list(db_path.parent.glob("coprod.sqlite3.ledger.damaged-*")), "the damaged file is kept, not lost"


def test_a_pending_wipe_is_finished_on_open(db, db_path, session):
    """The mark written before deleting: a kill after the delete but before the wipe is finished next time."""
    from coprod_app.storage.ledger import write_sidecar

    child, _ = _erase_one(db, session)
    db.execute("PRAGMA secure_delete=OFF")  # as on Windows builds: freed space keeps the words
    db.close()
    db = open_database(db_path)
    db.execute("PRAGMA secure_delete=OFF")
    with db.atomic():
        db.execute("DELETE FROM views WHERE participant_id = ?", [child.id])
        db.execute("DELETE FROM participants WHERE id = ?", [child.id])
    side = read_sidecar(db_path)
    side.pending_wipe = True
    write_sidecar(db_path, side)
    assert traces(db_path, SECRET), "sanity: deleted but not wiped"
    other = open_database(db_path)
    try:
        assert traces(db_path, SECRET) == []
        assert read_sidecar(db_path).pending_wipe is False
    finally:
        other.close()
        db.close()
