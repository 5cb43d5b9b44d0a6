"""Erasing a participant: their words leave the database file and its WAL for good (issue 7)."""

from __future__ import annotations

import pytest

from coprod_app.domain.errors import NotFound
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.integrity import quick_check
from coprod_app.storage.privacy import erase_participant, erased_uuids, participant_footprint, themes_quoting
from coprod_app.storage.sessions import add_participant, list_participants, set_session_status
from coprod_app.storage.views import delete_view, list_views, record_view, restore_view, update_view
from tests.unit.privacy_fixtures import ENCODINGS, add_round, add_theme, add_vote, traces

# Distinctive, and in several scripts, so that each byte form is unlikely to occur by chance.
SECRET = "Zorblax-7781 ŵyddfa 🦓 قالت إنها"
KEEP = "Quimbly-4402 the other child's words"


def _setup(db, session, long_text: bool = True):
    erased = add_participant(db, session.id, group="young-person", age_band="11-15", quote_consent=True)
    other = add_participant(db, session.id, group="parent-carer")
    code = erased.code
    first = record_view(db, session.id, ViewDraft(text=f"First: {SECRET}", participant=code))
    # An edit leaves the old words in freed space unless the file is rewritten.
    update_view(db, first.id, ViewDraft(text=f"Changed: {SECRET} (said again)", participant=code))
    # Deleted and brought back by undo: another copy in freed space.
    second = record_view(db, session.id, ViewDraft(text=f"Second {SECRET}", participant=code, follow_up=True))
    restore_view(db, delete_view(db, second.id))
    if long_text:  # longer than a page: overflow pages
        record_view(db, session.id, ViewDraft(text=(SECRET + " ") * 400, participant=code))
    kept = record_view(db, session.id, ViewDraft(text=KEEP, participant=other.code))
    unattributed = record_view(
        db, session.id, ViewDraft(text="Nobody in particular said the buses are late.")
    )
    round_id = add_round(db, session.id)
    add_vote(db, round_id, erased.id, (0, 1))
    add_vote(db, round_id, other.id, (1,))
    theme = add_theme(db, "Transport", "You said the buses do not wait for you.", [first.id, kept.id])
    return code, other, kept, unattributed, theme


def _open_like_windows(path):
    """Debian builds SQLite with secure_delete on by default; python.org's Windows build does not.
    Test the harder case: freed space keeps old words until the erase wipes them."""
    db = open_database(path)
    db.execute("PRAGMA secure_delete=OFF")
    return db


@pytest.mark.parametrize("where", ["in the WAL", "in the main file", "second connection open"])
def test_erased_words_leave_no_trace_in_file_or_wal(db_path, where):
    db = _open_like_windows(db_path)
    from coprod_app.storage.packs import ensure_default_pack
    from coprod_app.storage.sessions import create_session

    ensure_default_pack(db)
    session = create_session(db, title="Youth forum night", date="2026-11-20", forum="youth-forum")
    code, other, kept, unattributed, theme = _setup(db, session)
    other_db = None
    if where != "in the WAL":
        db.close()  # the last connection to close folds the WAL into the file
        db = _open_like_windows(db_path)
        assert traces(db_path, SECRET), "the words should be in the main file before erasure"
    if where == "second connection open":
        other_db = open_database(db_path)  # like the window left open while `coprod-app erase` runs
        other_db.execute("SELECT count(*) FROM views").fetchone()
    assert traces(db_path, SECRET), "sanity: the search finds the words before erasure"

    footprint = participant_footprint(db, session.id, code)
    result = erase_participant(db, session.id, code)

    assert (result.views, result.votes) == (footprint["views"], footprint["votes"]) == (3, 1)
    assert result.wiped
    assert traces(db_path, SECRET) == []
    for word in SECRET.split():
        if len(word.encode("utf-16-le")) >= 8:
            assert traces(db_path, word) == [], word
    # The search still finds other people's words: it is not blind.
    assert traces(db_path, KEEP)
    # Everything else is intact.
    views = list_views(db, session.id)
    assert [v.text for v in views] == [KEEP, unattributed.text]
    assert [p.code for p in list_participants(db, session.id)] == [other.code]
    votes = db.execute("SELECT participant_id FROM votes").fetchall()
    assert votes == [(other.id,)]
    assert (
        db.execute("SELECT you_said FROM themes WHERE id = ?", [theme]).fetchone()[0].startswith("You said")
    )
    assert db.execute("SELECT view_id FROM theme_views WHERE theme_id = ?", [theme]).fetchall() == [
        (kept.id,)
    ]
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 1
    assert quick_check(db) == []
    # secure_delete is on only during the erase.
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 0
    # The erased records' UUIDs are kept (no content) so a merge cannot bring them back.
    assert len(erased_uuids(db)) == 1 + 3 + 1
    checked = len(ENCODINGS) * 2 + len(views) + 4
    print(f"\nerasure ({where}): 3 views, 1 vote erased; {checked} items checked; no trace in db or -wal")
    db.close()
    if other_db is not None:
        other_db.close()
    assert traces(db_path, SECRET) == []


def test_erasure_survives_reopen_and_later_writes(db, db_path, session):
    code, other, *_ = _setup(db, session, long_text=False)
    erase_participant(db, session.id, code)
    record_view(db, session.id, ViewDraft(text="A later view", participant=other.code))
    db.close()
    again = open_database(db_path)
    assert traces(db_path, SECRET) == []
    assert all(SECRET not in v.text for v in list_views(again, session.id))
    again.close()


def test_erase_works_on_a_closed_session(db, session):
    code, *_ = _setup(db, session, long_text=False)
    set_session_status(db, session.id, "closed")
    assert erase_participant(db, session.id, code).views == 2


def test_unknown_code_is_one_sentence_and_changes_nothing(db, session):
    _setup(db, session, long_text=False)
    before = db.execute("SELECT count(*) FROM views").fetchone()[0]
    with pytest.raises(NotFound) as err:
        erase_participant(db, session.id, "ZZZZ")
    assert "\n" not in str(err.value) and str(err.value).endswith(".")
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == before


def test_code_is_matched_like_the_sticker(db, session):
    code, *_ = _setup(db, session, long_text=False)
    assert erase_participant(db, session.id, f"  {code.lower()} ").code == code


def test_themes_that_quote_the_words_are_named(db, session):
    code, *_ = _setup(db, session, long_text=False)
    add_theme(db, "Copied", f"You said: Second {SECRET}", [])
    assert [title for _, title in themes_quoting(db, session.id, code)] == ["Copied"]


def _export_text(db, session_id, folder) -> str:
    """Everything every export says about the session, as text (PDFs read back with pypdf)."""
    exports = pytest.importorskip("coprod_app.reports.exports")
    pypdf = pytest.importorskip("pypdf")
    out = []
    folder.mkdir(parents=True, exist_ok=True)
    for kind in exports.KINDS:
        target = folder / kind
        if kind == "csv":
            target.mkdir(parents=True, exist_ok=True)
        else:
            target = folder / f"{kind}.pdf"
        for path in exports.run_export(
            db, exports.ExportRequest(kind=kind, out=target, session_id=session_id)
        ):
            if path.suffix == ".pdf":
                out += [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
            else:
                out.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(out)


def test_erased_words_are_in_no_later_export(db, session, tmp_path):
    code, *_ = _setup(db, session, long_text=False)
    before = _export_text(db, session.id, tmp_path / "before")
    assert "Zorblax-7781" in before, "sanity: the consented quote is exported before erasure"
    erase_participant(db, session.id, code)
    after = _export_text(db, session.id, tmp_path / "after")
    assert "Zorblax" not in after and code not in after
    assert "Quimbly-4402" not in after  # no consent: never quoted, erased or not
    print(f"\nexports after erasure: {len(after)} characters of PDF and CSV text searched, no trace")
