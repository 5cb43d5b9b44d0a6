"""Erasure and purge reach every backup the app wrote, and survive restoring an older one (issue 14, part 3).

Each test repeats an attack from the issue: back up, erase, then read the backup's
bytes; restore a backup made before the erasure; import a bundle made before it.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from coprod_app.cli import main
from coprod_app.domain.errors import CoprodError
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.backup import backup_database, check_backup, restore_database
from coprod_app.storage.bundle import export_bundle, import_bundle
from coprod_app.storage.database import open_database
from coprod_app.storage.ledger import read_sidecar, sidecar_path
from coprod_app.storage.privacy import erase_participant, erased_uuids, purge
from coprod_app.storage.sessions import add_participant, create_session, list_participants
from coprod_app.storage.views import list_views, record_view
from tests.unit.bundle_helpers import laptop
from tests.unit.privacy_fixtures import traces

SECRET = "Grumblewort-6612 please take my words out"
KEEP = "Pendlebury-2093 these words stay"
OLD = "Wafflestomp-4471 an old session's words"

posix_only = pytest.mark.skipif(os.name == "nt", reason="Windows has no owner-only file modes")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "db" / "coprod.sqlite3"


@pytest.fixture
def db(db_path):
    database = laptop(db_path)
    yield database
    database.close()


def _two_people(db):
    session = create_session(db, title="Youth forum night", date="2026-11-20", forum="youth-forum")
    child = add_participant(db, session.id, group="young-person", quote_consent=True)
    other = add_participant(db, session.id, group="parent-carer")
    record_view(db, session.id, ViewDraft(text=f"{SECRET} (first)", participant=child.code))
    record_view(
        db, session.id, ViewDraft(text=(SECRET + " ") * 300, participant=child.code)
    )  # overflow pages
    record_view(db, session.id, ViewDraft(text=KEEP, participant=other.code))
    return session, child, other


def _holds(path: Path, text: str) -> bool:
    return bool(traces(path, text))


def test_erase_rewrites_every_backup_without_the_words(db, db_path, tmp_path):
    session, child, other = _two_people(db)
    in_folder = backup_database(db)
    elsewhere = backup_database(db, tmp_path / "usb" / "before-event.sqlite3")
    assert _holds(in_folder, SECRET) and _holds(elsewhere, SECRET), "sanity: the backups hold the words"

    result = erase_participant(db, session.id, child.code)

    for backup in (in_folder, elsewhere):
        assert not _holds(backup, SECRET), f"{backup.name} still holds the erased words"
        assert _holds(backup, KEEP), "the rest of the backup is kept"
        assert check_backup(backup)["views"] == 1, "still a valid backup"
        copy = open_database(backup)
        try:
            assert [p.code for p in list_participants(copy, session.id)] == [other.code]
        finally:
            copy.close()
    assert result.summary()["backups"]["rewritten"] == 2
    assert result.summary()["backups"]["deleted"] == 0
    assert result.backups.sentence() == "Backups: 2 rewritten without them."
    print(f"\nerase with backups: {result.backups.sentence()}")


def test_a_backup_that_cannot_be_rewritten_is_deleted_and_said(db, db_path):
    session, child, _ = _two_people(db)
    good = backup_database(db)
    damaged = backup_database(db)
    data = bytearray(damaged.read_bytes())
    data[100 : 4096 * 3] = b"\xde\xad" * ((4096 * 3 - 100) // 2)  # the schema page and more scribbled over
    damaged.write_bytes(bytes(data))
    assert _holds(damaged, SECRET)

    result = erase_participant(db, session.id, child.code)

    assert not damaged.exists()
    assert not _holds(good, SECRET)
    assert (result.summary()["backups"]["rewritten"], result.summary()["backups"]["deleted"]) == (1, 1)
    assert (
        result.backups.sentence()
        == "Backups: 1 rewritten without them, 1 deleted because it could not be rewritten."
    )


def test_cli_erase_says_what_happened_to_backups(db, db_path, capsys):
    session, child, _ = _two_people(db)
    backup_database(db)
    db.close()
    status = main(
        ["--db", str(db_path), "erase", "--participant", child.code, "--session", str(session.id), "--json"]
    )
    out, err = capsys.readouterr()
    assert status == 0, err
    data = json.loads(out)
    assert data["backups"]["rewritten"] == 1 and data["backups"]["deleted"] == 0
    assert data["views"] == 2 and data["wiped"] is True  # the old keys are all still there


def test_restoring_an_older_backup_keeps_the_erased_participant_erased(db, db_path):
    session, child, other = _two_people(db)
    # A copy made outside the app's knowledge (an older version, a file manager): erase cannot clean it.
    old_backup = backup_database(db)
    outside = db_path.parent.parent / "copied-by-hand.sqlite3"
    outside.write_bytes(old_backup.read_bytes())
    erase_participant(db, session.id, child.code)
    assert _holds(outside, SECRET), "sanity: this copy was never cleaned"

    result = restore_database(db_path, outside)

    assert result["ledger"]["removed"] >= 1
    assert [p.code for p in list_participants(db, session.id)] == [other.code], "the open window sees it too"
    assert [v.text for v in list_views(db, session.id)] == [KEEP]
    assert not _holds(db_path, SECRET), "the restored file is wiped"
    assert child.uuid in erased_uuids(db), "the ledger is kept through the restore"
    assert db.execute("SELECT count(*) FROM ledger WHERE uuid = ?", [child.uuid]).fetchone()[0] == 1
    assert child.uuid in read_sidecar(db_path).entries


def test_an_old_bundle_after_restoring_an_old_backup_does_not_bring_them_back(db, db_path, tmp_path):
    session, child, other = _two_people(db)
    bundle = tmp_path / "before.coprod"
    export_bundle(db, session.id, bundle)  # exported and imported on the same laptop: it trusts itself
    outside = tmp_path / "copied-by-hand.sqlite3"
    outside.write_bytes(backup_database(db).read_bytes())
    erase_participant(db, session.id, child.code)
    restore_database(db_path, outside)

    report = import_bundle(db, bundle)

    assert [p.code for p in list_participants(db, session.id)] == [other.code]
    assert all(SECRET not in v.text for v in list_views(db, session.id))
    assert report["skipped_erased"] >= 3  # the participant and their two views
    assert not _holds(db_path, SECRET)


def _old_and_new(db):
    old = create_session(db, title="Old forum", date="2020-01-10", forum="youth-forum")
    person = add_participant(db, old.id)
    record_view(db, old.id, ViewDraft(text=f"{OLD} (one)", participant=person.code))
    new = create_session(db, title="New forum", date="2026-01-10", forum="youth-forum")
    record_view(db, new.id, ViewDraft(text=KEEP))
    return old, new


def test_purge_rewrites_the_backups_without_the_session(db, db_path, tmp_path):
    old, new = _old_and_new(db)
    in_folder = backup_database(db)
    elsewhere = backup_database(db, tmp_path / "usb" / "monthly.sqlite3")
    result = purge(db, today="2025-06-01")
    assert [s.id for s in result.sessions] == [old.id]
    for backup in (in_folder, elsewhere):
        assert not _holds(backup, OLD)
        assert _holds(backup, KEEP)
        assert check_backup(backup)["sessions"] == 1
    assert result.summary()["backups"]["rewritten"] == 2


def test_an_old_bundle_of_a_purged_session_is_refused(db, tmp_path):
    old, _ = _old_and_new(db)
    bundle = tmp_path / "old.coprod"
    export_bundle(db, old.id, bundle)
    purge(db, today="2025-06-01")
    with pytest.raises(CoprodError) as refused:
        import_bundle(db, bundle)
    assert "deleted on this laptop" in str(refused.value) and "\n" not in str(refused.value)
    assert db.execute("SELECT count(*) FROM sessions WHERE title = 'Old forum'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM views WHERE text LIKE ?", [f"{OLD}%"]).fetchone()[0] == 0


def test_restoring_a_backup_from_before_a_purge_purges_again(db, db_path, tmp_path):
    old, new = _old_and_new(db)
    outside = tmp_path / "copied-by-hand.sqlite3"
    outside.write_bytes(backup_database(db).read_bytes())
    purge(db, today="2025-06-01")
    restore_database(db_path, outside)
    assert [r[0] for r in db.execute("SELECT id FROM sessions")] == [new.id]
    assert not _holds(db_path, OLD)


@posix_only
def test_backups_folder_and_files_are_owner_only(db, db_path, tmp_path):
    folder = db_path.parent / "backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # as an older version left it
    _two_people(db)
    backup = backup_database(db)
    elsewhere = backup_database(db, tmp_path / "usb" / "copy.sqlite3")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o600
    assert stat.S_IMODE(sidecar_path(db_path).stat().st_mode) == 0o600


@posix_only
def test_a_rewritten_backup_stays_owner_only(db):
    session, child, _ = _two_people(db)
    backup = backup_database(db)
    erase_participant(db, session.id, child.code)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


@posix_only
def test_an_erase_tightens_a_backups_folder_left_open_by_an_older_version(db, db_path):
    session, child, _ = _two_people(db)
    backup = backup_database(db)
    os.chmod(backup.parent, 0o755)
    erase_participant(db, session.id, child.code)
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
