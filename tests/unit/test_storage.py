"""Storage: what is saved comes back exactly, and a bad file or a bad disk is one sentence, never a loss."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import subprocess
import uuid
from pathlib import Path

import pytest

from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import StorageError, open_database, writing
from coprod_app.storage.integrity import health
from coprod_app.storage.migrations import SCHEMA_VERSION
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import (
    add_participant,
    create_session,
    find_participant,
    get_session,
    list_participants,
    list_sessions,
    set_session_status,
    update_participant,
)
from coprod_app.storage.views import delete_view, get_view, list_views, record_view, restore_view, update_view

TEXTS = {
    "emoji": "Swimming 🏊🏽‍♀️ is the best 👍🏿🎉 — 10/10 ❤️",
    "arabic": "أريد أن أذهب إلى المدرسة مع أصدقائي",
    "welsh": "Mae'r ŵyl yn hwyl; ŷd a dŵr, Ŵ Ŷ",
    "polish": "Zażółć gęślą jaźń — ŁÓDŹ",
    "markup": "<b>&amp;</b> <font color='red'>loud</font> & <script>alert(1)</script>",
    "newlines": "first line\nsecond line\r\nthird\rfourth\n\n\ttabbed  \n",
    "spaces": "   leading and trailing spaces   ",
    "control": "nul\x00inside and bell\x07",
    "long": ("All work and no play 🎈 ŵ ش\n" * 4000)[:100_000],
}


def one_sentence(message: str) -> str:
    assert message, "an empty error message"
    assert "\n" not in message, f"not one line: {message!r}"
    assert message.rstrip().endswith("."), f"not a sentence: {message!r}"
    assert "Traceback" not in message
    return message


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, views: int = 30) -> int:
    """A real, cleanly closed database with one session and some views; returns the session id."""
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(db, title="Forum", date="2026-01-01", forum="youth-forum")
    for i in range(views):
        record_view(db, s.id, ViewDraft(text=f"view {i}: " + "words " * 80))
    db.close()
    return s.id


# Round trips ---------------------------------------------------------------------


def test_session_round_trip(db):
    s = create_session(
        db,
        title="  Youth forum night ",
        date="2026-11-20",
        forum="youth-forum",
        town="ingleby barwick",
        venue="The Hub",
        facilitators="Sam, Priya",
    )
    again = get_session(db, s.id)
    assert again == s
    assert (s.title, s.date, s.forum, s.town, s.venue, s.facilitators, s.status) == (
        "Youth forum night",
        "2026-11-20",
        "youth-forum",
        "Ingleby Barwick",
        "The Hub",
        "Sam, Priya",
        "open",
    )
    assert s.pack_key == "stockton-send-2025"
    uuid.UUID(s.uuid)
    assert list_sessions(db) == [s]


def test_sessions_are_listed_newest_first_with_counts(db):
    older = create_session(db, title="Older", date="2026-01-01", forum="other")
    newer = create_session(db, title="Newer", date="2026-05-01", forum="parent-carer-forum")
    add_participant(db, older.id)
    add_participant(db, older.id)
    record_view(db, older.id, ViewDraft(text="one"))
    listed = list_sessions(db)
    assert [s.id for s in listed] == [newer.id, older.id]
    assert (listed[1].views, listed[1].participants) == (1, 2)
    assert (listed[0].views, listed[0].participants) == (0, 0)


def test_bad_session_fields_write_nothing(db):
    for kwargs in (
        dict(title="", date="2026-01-01", forum="other"),
        dict(title="T", date="2026-02-30", forum="other"),
        dict(title="T", date="2026-01-01", forum="coffee-morning"),
    ):
        with pytest.raises(InvalidInput):
            create_session(db, **kwargs)
    assert list_sessions(db) == []


def test_participant_round_trip(db, session):
    p = add_participant(
        db, session.id, group="young-person", age_band="11-15", town="YARM", quote_consent=True
    )
    assert (p.group, p.age_band, p.town, p.quote_consent) == ("young-person", "11-15", "Yarm", True)
    assert find_participant(db, session.id, p.code.lower()) == p
    changed = update_participant(
        db, p.id, group="parent-carer", age_band="adult", town=None, quote_consent=False
    )
    assert (changed.group, changed.age_band, changed.town, changed.quote_consent) == (
        "parent-carer",
        "adult",
        None,
        False,
    )
    bare = add_participant(db, session.id)
    assert (bare.group, bare.age_band, bare.town, bare.quote_consent) == (None, None, None, False)
    assert [x.code for x in list_participants(db, session.id)] == [p.code, bare.code]
    assert p.code != bare.code


def test_participant_has_no_name_or_birth_date(db):
    columns = {row[1] for row in db.execute("PRAGMA table_info(participants)").fetchall()}
    assert not any(word in c for c in columns for word in ("name", "birth", "dob"))


def test_participant_in_unknown_session_is_named(db):
    with pytest.raises(NotFound, match="999"):
        add_participant(db, 999)


def test_view_round_trip(db, session):
    p = add_participant(db, session.id)
    draft = ViewDraft(
        text="More clubs after school",
        principles=("principle-2", "principle-3"),
        priority="priority-2",
        commitments=("commitment-2.1",),
        sentiment="mixed",
        how="supported",
        follow_up=True,
        participant=p.code.lower(),
    )
    v = record_view(db, session.id, draft)
    assert v.draft == ViewDraft(
        text="More clubs after school",
        principles=("principle-2", "principle-3"),
        priority="priority-2",
        commitments=("commitment-2.1",),
        sentiment="mixed",
        how="supported",
        follow_up=True,
        participant=p.code,
    )
    assert get_view(db, v.id) == v
    assert list_views(db, session.id) == [v]
    uuid.UUID(v.uuid)

    changed = update_view(db, v.id, ViewDraft(text="Changed", sentiment="positive"))
    assert changed.draft == ViewDraft(text="Changed", sentiment="positive")
    assert (changed.uuid, changed.created_at) == (v.uuid, v.created_at)
    assert changed.updated_at >= v.updated_at

    deleted = delete_view(db, v.id)
    assert list_views(db, session.id) == []
    back = restore_view(db, deleted)
    assert (back.id, back.uuid, back.created_at, back.draft) == (v.id, v.uuid, v.created_at, changed.draft)


def test_unknown_keys_write_nothing(db, session):
    for draft in (
        ViewDraft(text="x", principles=("principle-4",)),
        ViewDraft(text="x", commitments=("commitment-5.1",)),
        ViewDraft(text="x", priority="nope"),
        ViewDraft(text="x", participant="ZZZZ"),
    ):
        with pytest.raises(NotFound):
            record_view(db, session.id, draft)
    with pytest.raises(NotFound, match="12345"):
        record_view(db, 12345, ViewDraft(text="x"))
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == 0


def test_participant_of_another_session_is_refused(db, session):
    other = create_session(db, title="Other", date="2026-01-02", forum="other")
    stranger = add_participant(db, other.id)
    with pytest.raises(NotFound, match=stranger.code):
        record_view(db, session.id, ViewDraft(text="x", participant=stranger.code))


def test_deleting_a_view_twice_names_it(db, session):
    v = record_view(db, session.id, ViewDraft(text="x"))
    delete_view(db, v.id)
    with pytest.raises(NotFound, match=str(v.id)):
        delete_view(db, v.id)


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_text_comes_back_byte_for_byte(db_path, kind):
    text = TEXTS[kind]
    db = open_database(db_path)
    s = create_session(
        db,
        title=text[:200].strip() or "t",
        date="2026-01-01",
        forum="other",
        venue=text[:200] if kind != "control" else "",
    )
    v = record_view(db, s.id, ViewDraft(text=text))
    db.close()

    db = open_database(db_path)
    try:
        again = list_views(db, s.id)[0]
        assert again.text == text
        assert again.text.encode("utf-8") == text.encode("utf-8")
        stored = db.execute("SELECT CAST(text AS BLOB) FROM views WHERE id = ?", [v.id]).fetchone()[0]
        assert stored == text.encode("utf-8")
        assert get_session(db, s.id).title == (text[:200].strip() or "t")
    finally:
        db.close()


# One transaction per action ---------------------------------------------------------


def test_a_failed_action_rolls_back_all_of_it(db, session):
    with pytest.raises(StorageError) as caught:
        with writing(db, what="save two views"):
            db["views"].insert(
                {
                    "session_id": session.id,
                    "text": "first half",
                    "uuid": "u1",
                    "created_at": "t",
                    "updated_at": "t",
                    "device_id": "d",
                }
            )
            db["views"].insert(
                {
                    "session_id": 99999,
                    "text": "broken link",
                    "uuid": "u2",
                    "created_at": "t",
                    "updated_at": "t",
                    "device_id": "d",
                }
            )
    assert one_sentence(str(caught.value)).startswith("Could not save two views")
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == 0


# Closed sessions ------------------------------------------------------------------


def test_closed_session_refuses_new_and_changed_views(db, session):
    v = record_view(db, session.id, ViewDraft(text="before closing"))
    assert set_session_status(db, session.id, "closed").status == "closed"
    with pytest.raises(InvalidInput, match="closed"):
        record_view(db, session.id, ViewDraft(text="too late"))
    with pytest.raises(InvalidInput, match="closed"):
        update_view(db, v.id, ViewDraft(text="changed"))
    assert [x.text for x in list_views(db, session.id)] == ["before closing"]
    assert set_session_status(db, session.id, "open").status == "open"
    record_view(db, session.id, ViewDraft(text="after reopening"))
    assert [x.text for x in list_views(db, session.id)] == ["before closing", "after reopening"]
    with pytest.raises(InvalidInput):
        set_session_status(db, session.id, "archived")


# Settings of every connection ---------------------------------------------------------


def test_pragmas_on_every_connection(db_path):
    for _ in range(2):  # a new file, then reopening it
        db = open_database(db_path)
        try:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            report = health(db)
            assert report["ok"] is True and report["problems"] == []
            assert (report["journal_mode"], report["synchronous"], report["schema_version"]) == (
                "wal",
                "full",
                SCHEMA_VERSION,
            )
        finally:
            db.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(StorageError):
        with writing(db):
            db.execute(
                "INSERT INTO participants (session_id, code, uuid, created_at, updated_at, device_id) "
                "VALUES (424242, 'AAA', 'u', 't', 't', 'd')"
            )


def test_folder_is_created_and_file_is_private(tmp_path):
    path = tmp_path / "not" / "there" / "yet" / "coprod.sqlite3"
    old_umask = os.umask(0)  # the file must be private even when the umask would allow more
    try:
        db = open_database(path)
        try:
            ensure_default_pack(db)
            create_session(db, title="t", date="2026-01-01", forum="other")
            for suffix in ("", "-wal", "-shm"):
                mode = stat.S_IMODE((path.parent / (path.name + suffix)).stat().st_mode)
                assert mode == 0o600, f"{path.name}{suffix} has mode {oct(mode)}"
        finally:
            db.close()
    finally:
        os.umask(old_umask)
    assert path.exists()


def test_opening_twice_keeps_one_schema_and_one_device(db_path):
    make_database(db_path, views=1)
    db = open_database(db_path)
    try:
        assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM meta WHERE key = 'device_id'").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM packs").fetchone()[0] == 1
    finally:
        db.close()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path)
    one_sentence(str(caught.value))


def test_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(StorageError, match="no database"):
        open_database(tmp_path / "x.sqlite3", create=False)
    assert not (tmp_path / "x.sqlite3").exists()


# Files that are not ours, damaged or newer: one sentence, left untouched -----------------


def _flip_page_headers(path: Path) -> None:
    """Flip the b-tree header bytes of a few pages, the way a bad sector or a bad copy does."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in (1, pages // 2, pages - 1):
        for i in range(page * page_size, page * page_size + 24):
            data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def _flip_schema_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(100, 140):  # page 1's b-tree header, after the 100-byte file header
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _orphan_pages(path: Path) -> None:
    """Pages the file claims but no table owns: only `PRAGMA quick_check` notices, over several lines."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 3).to_bytes(4, "big")
    path.write_bytes(bytes(data) + bytes(3 * page_size))


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_to_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _not_sqlite(path: Path) -> None:
    path.write_bytes("%PDF-1.7\nthis is a report, not a database ŵ\n".encode() * 50)


def _another_program(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()


def _another_sqlite_utils_program(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
        "applied_at TEXT)"
    )
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('blog', '0001', 'x')"
    )
    conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('coprod_app', '0099_from_the_future', '2031-01-01')"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (_flip_page_headers, "damaged"),
        (_flip_schema_page, "damaged"),
        (_orphan_pages, "damaged"),
        (_truncate_half, "damaged"),
        (_truncate_to_header, "damaged"),
        (_not_sqlite, "not a coprod-app database"),
        (_another_program, "another program"),
        (_another_sqlite_utils_program, "another program"),
        (_newer_version, "newer version"),
    ],
)
def test_bad_file_is_one_sentence_and_left_untouched(db_path, spoil, says):
    make_database(db_path)
    spoil(db_path)
    before = sha256(db_path)
    for _ in range(2):  # and it stays refused: nothing was "repaired" or upgraded the first time
        with pytest.raises(StorageError) as caught:
            open_database(db_path)
        message = one_sentence(str(caught.value))
        assert says in message
        assert str(db_path) in message
        assert sha256(db_path) == before


def test_quick_check_gives_one_problem_per_line(db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)
    from sqlite_utils import Database

    from coprod_app.storage.integrity import quick_check

    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        problems = quick_check(Database(conn))
    assert len(problems) == 3
    assert all("never used" in p and "\n" not in p and not p.startswith("***") for p in problems)


def test_newer_version_data_is_still_there(db_path):
    session_id = make_database(db_path, views=3)
    _newer_version(db_path)
    with pytest.raises(StorageError):
        open_database(db_path)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert (
            conn.execute("SELECT count(*) FROM views WHERE session_id = ?", [session_id]).fetchone()[0] == 3
        )
    finally:
        conn.close()


# Read-only folder and full disk (real mounts: root ignores file modes) -----------------------


def _remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True, capture_output=True)


def test_new_database_in_a_read_only_folder_is_one_sentence(tmpfs):
    disk = tmpfs("ro,size=1m")
    with pytest.raises(StorageError) as caught:
        open_database(disk / "db" / "coprod.sqlite3")
    message = one_sentence(str(caught.value))
    assert "write" in message or "read-only" in message.lower()


def test_read_only_folder_keeps_what_was_saved(tmpfs):
    disk = tmpfs("size=2m")
    path = disk / "coprod.sqlite3"
    db = open_database(path)
    try:
        ensure_default_pack(db)
        s = create_session(db, title="Forum", date="2026-01-01", forum="other")
        for text in TEXTS.values():
            record_view(db, s.id, ViewDraft(text=text))
    finally:
        db.close()
    before = sha256(path)
    _remount(disk, "ro")
    db = open_database(path)  # opens read-only (issue 14): everything can be read, nothing saved
    try:
        assert [v.text for v in list_views(db, s.id)] == list(TEXTS.values())
        with pytest.raises(StorageError) as caught:
            record_view(db, s.id, ViewDraft(text="one more"))
    finally:
        db.close()
    message = one_sentence(str(caught.value))
    assert "read-only" in message and "damaged" not in message  # not "restore a backup" for a sound file
    assert sha256(path) == before
    _remount(disk, "rw")
    db = open_database(path)
    try:
        assert [v.text for v in list_views(db, s.id)] == list(TEXTS.values())
        assert health(db)["ok"]
    finally:
        db.close()


def test_full_disk_while_saving_keeps_what_was_saved(tmpfs):
    disk = tmpfs("size=1m")
    path = disk / "db" / "coprod.sqlite3"
    saved: list[tuple[int, str]] = []
    db = open_database(path)
    try:
        ensure_default_pack(db)
        s = create_session(db, title="Forum", date="2026-01-01", forum="other")
        with pytest.raises(StorageError) as caught:
            for i in range(1000):
                text = f"{i} ŵ👍 " + "é" * 5000
                saved.append((record_view(db, s.id, ViewDraft(text=text)).id, text))
        message = one_sentence(str(caught.value))
        assert "disk is full" in message
        assert len(saved) > 3
        # The app goes on working for what is already there.
        assert [(v.id, v.text) for v in list_views(db, s.id)] == saved
        with pytest.raises(StorageError):
            record_view(db, s.id, ViewDraft(text="still no room " + "x" * 20000))
    finally:
        db.close()
    # Space is freed; press Enter again and it saves, with nothing lost.
    _remount(disk, "size=4m")
    db = open_database(path)
    try:
        record_view(db, s.id, ViewDraft(text="after freeing space"))
        views = list_views(db, s.id)
        assert [(v.id, v.text) for v in views[:-1]] == saved
        assert views[-1].text == "after freeing space"
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_tiny_full_disk_when_creating_is_one_sentence(tmpfs):
    disk = tmpfs("size=64k")
    with pytest.raises(StorageError) as caught:
        with contextlib.closing(open_database(disk / "coprod.sqlite3")) as db:
            ensure_default_pack(db)
    assert "disk is full" in one_sentence(str(caught.value))
