"""Bad conditions for erasure, purge and the printed notice (issue 7).

tests/unit/test_storage.py already covers opening a file with flipped bytes,
a truncated file, a non-SQLite file, a read-only folder and a full disk. What
it cannot cover is the privacy code's own writing: VACUUM needs free space as
big as the database, and the notice PDF needs a writable folder. These use
real tmpfs mounts (root ignores file modes) and skip, saying why, where mount
is not allowed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from coprod_app.cli import main
from coprod_app.domain.errors import CoprodError
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.privacy import erase_participant, purge
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import list_views, record_view
from tests.unit.privacy_fixtures import traces

SECRET = "Wobblestone-9046 words to erase"


def _one_sentence(message: str) -> str:
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith(".")
    return message


def _fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk with a ballast file, leaving `leave` bytes free."""
    ballast = folder / "ballast"
    with ballast.open("wb", buffering=0) as f:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError:
                pass
    if leave:
        with ballast.open("r+b") as f:
            f.truncate(max(0, ballast.stat().st_size - leave))
    return ballast


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_database(path: Path, views: int = 30):
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(db, title="Forum", date="2020-01-01", forum="other")
    erased = add_participant(db, s.id)
    kept = add_participant(db, s.id)
    for i in range(views):
        record_view(db, s.id, ViewDraft(text=f"{SECRET} {i} " + "é" * 2000, participant=erased.code))
        record_view(db, s.id, ViewDraft(text=f"kept {i} " + "ŵ" * 2000, participant=kept.code))
    db.close()  # folds the WAL into the file, as after a restart
    return open_database(path), s, erased, kept


@pytest.mark.parametrize(
    "leave", [0, 250_000, 330_000, 600_000], ids=["full", "room", "more room", "room for VACUUM"]
)
def test_erase_on_a_full_disk_deletes_or_says_so_and_loses_nothing_else(tmpfs, leave, caplog):
    disk = tmpfs("size=4m")
    path = disk / "coprod.sqlite3"
    db, s, erased, kept = _filled_database(path)
    kept_views = [(v.id, v.text) for v in list_views(db, s.id) if v.draft.participant == kept.code]
    ballast = _fill(disk, leave)
    try:
        result = erase_participant(db, s.id, erased.code)
    except StorageError as exc:
        outcome = f"refused: {_one_sentence(str(exc))}"
        assert "disk is full" in str(exc)
    else:
        vacuum = "VACUUM failed" in caplog.text
        outcome = (
            f"erased {result.views} views ({'VACUUM failed, secure_delete' if vacuum else 'VACUUM'}), wiped"
        )
        assert result.wiped and traces(path, SECRET) == []
    print(f"\nfull disk erase, {leave} bytes free, file {path.stat().st_size} bytes: {outcome}")
    ballast.unlink()
    # With space again: the other person's words are all there and the erase can be finished.
    db.close()
    db = open_database(path)
    assert [(v.id, v.text) for v in list_views(db, s.id) if v.draft.participant == kept.code] == kept_views
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    try:
        erase_participant(db, s.id, erased.code)
    except CoprodError:
        pass  # already erased: "There is no participant with the code ..."
    purge(db, today="2000-01-01")  # nothing is due, but purge rewrites the file all the same
    assert traces(path, SECRET) == []
    assert all(v.draft.participant != erased.code for v in list_views(db, s.id))
    db.close()


def test_purge_on_a_full_disk_is_one_sentence(tmpfs):
    disk = tmpfs("size=4m")
    path = disk / "coprod.sqlite3"
    db, s, *_ = _filled_database(path, views=20)
    ballast = _fill(disk)
    try:
        result = purge(db, today="2030-01-01")
        outcome = f"purged {len(result.sessions)} session"
    except StorageError as exc:
        outcome = f"refused: {_one_sentence(str(exc))}"
        assert "disk is full" in str(exc)
    print(f"\nfull disk purge: {outcome}")
    ballast.unlink()
    db.close()
    db = open_database(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Either it is gone, or a second purge with space finishes the job.
    purge(db, today="2030-01-01")
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    db.close()
    assert traces(path, SECRET) == []


def test_notice_pdf_in_a_read_only_folder_is_one_sentence(tmpfs):
    from coprod_app.reports.privacy_notice import export_privacy_notice

    disk = tmpfs("ro,size=1m")
    with pytest.raises(CoprodError) as caught:
        export_privacy_notice(disk / "notice.pdf")
    assert "read-only" in _one_sentence(str(caught.value)).lower() or "could not be saved" in str(
        caught.value
    )
    assert list(disk.iterdir()) == []


def test_notice_pdf_on_a_full_disk_leaves_the_old_one(tmpfs):
    from coprod_app.reports.privacy_notice import export_privacy_notice

    disk = tmpfs("size=64k")
    old = disk / "notice.pdf"
    old.write_bytes(b"%PDF-1.4 the notice printed last week")
    before = _sha(old)
    ballast = _fill(disk)
    with pytest.raises(CoprodError) as caught:
        export_privacy_notice(old)
    _one_sentence(str(caught.value))
    assert _sha(old) == before
    assert sorted(p.name for p in disk.iterdir()) == ["ballast", "notice.pdf"]  # no half-written file left
    ballast.unlink()


@pytest.mark.parametrize("spoil", ["not sqlite", "truncated"])
def test_erase_and_purge_on_a_bad_file_touch_nothing(tmp_path, capsys, spoil):
    path = tmp_path / "coprod.sqlite3"
    db, s, erased, _ = _filled_database(path, views=3)
    db.close()
    data = path.read_bytes()
    path.write_bytes(
        b"These are my notes, not a database.\n" * 50 if spoil == "not sqlite" else data[: len(data) // 2]
    )
    before = _sha(path)
    for argv in (
        ["erase", "--participant", erased.code, "--session", str(s.id)],
        ["purge"],
        ["purge", "--dry-run"],
    ):
        status = main(["--db", str(path), *argv])
        _, err = capsys.readouterr()
        assert status == 1
        assert err.count("\n") == 1 and "Traceback" not in err and str(path) in err
        assert _sha(path) == before
