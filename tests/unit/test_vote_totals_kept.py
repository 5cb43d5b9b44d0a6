"""The vote sums kept by triggers (`vote_totals`, migration 0004) stay equal to the ballots through every
way votes are written: votes cast, ballots of odd shapes stored as they are, votes deleted or changed, a
bundle merged, a participant erased, a backup cleaned and restored, an older database upgraded."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_app.storage import ledger, migrations, votes
from coprod_app.storage.database import open_database, record_fields
from coprod_app.storage.migrations import APP_TRIGGERS
from coprod_app.storage.sessions import add_participant, create_session
from tests.unit.bundle_helpers import full_session, laptop, trust_each_other

FEW = ["commitment-1.1", "commitment-1.2", "commitment-2.1", "commitment-3.1"]
FIELDS = ("key", "score", "count", "like", "unsure", "dislike", "rank")


def _recount(db) -> list[tuple]:
    """What the triggers should have kept: the backfill's sums, worked out again from every stored ballot."""
    rows = migrations._ballot_rows("v.choices", "v.round_id", "votes AS v")
    return sorted(db.execute(f"SELECT rid, k, p, r, count(*) FROM ({rows}) GROUP BY 1, 2, 3, 4").fetchall())


def _kept(db) -> list[tuple]:
    return sorted(db.execute("SELECT * FROM vote_totals WHERE ballots != 0").fetchall())


def _scored(data: dict) -> tuple:
    return data["ballots"], data["tallied"], [tuple(c[f] for f in FIELDS) for c in data["commitments"]]


def _all_rounds(db):
    ids = [r[0] for r in db.execute("SELECT id FROM sessions ORDER BY id")]
    return votes.rounds_of_sessions(db, ids)


def _assert_right(db, from_table: bool = True, kept: bool = True) -> None:
    """The kept sums equal a recount, and the reports' results equal scoring every ballot one by one."""
    if kept:
        assert _kept(db) == _recount(db)
    rounds = _all_rounds(db)
    if from_table:  # regular ballots only: every round's sums come from the table, none from the ballots
        assert set(votes._kept_totals(db, rounds)) == {r.id for r in rounds}
    many = votes.results_of_rounds(db, rounds)
    for rnd in rounds:
        assert _scored(many[rnd.id]) == _scored(votes.round_results(db, rnd.id))


def _raw_vote(db, round_id: int, choices_json: str) -> int:
    """A ballot stored as it is, without cast_vote's checks (old, merged or hand-edited data)."""
    return (
        db["votes"]
        .insert({"round_id": round_id, "participant_id": None, "choices": choices_json, **record_fields(db)})
        .last_pk
    )


def test_votes_cast_are_summed_by_the_triggers(db, session):
    pick = votes.create_round(db, session.id, "pick", 2, FEW)
    rank = votes.create_round(db, session.id, "rank", 3, FEW)
    rating = votes.create_round(db, session.id, "rating", commitments=FEW)
    for ballot in (FEW[:2], FEW[1:3], FEW[3:]):
        votes.cast_vote(db, pick.id, ballot)
        votes.cast_vote(db, rank.id, list(reversed(ballot)))
    votes.cast_vote(db, rating.id, {FEW[0]: "like", FEW[1]: "dislike"})
    votes.cast_vote(db, rating.id, {FEW[0]: "unsure"})
    votes.add_tally(db, pick.id, FEW[0], 4)
    assert dict(
        db.execute(
            "SELECT commitment_key, sum(ballots) FROM vote_totals WHERE round_id = ? AND position >= 0"
            " GROUP BY 1",
            [pick.id],
        ).fetchall()
    ) == {FEW[0]: 1, FEW[1]: 2, FEW[2]: 1, FEW[3]: 1}
    assert db.execute(
        "SELECT ballots FROM vote_totals WHERE round_id = ? AND position = -2", [rank.id]
    ).fetchone() == (3,)
    _assert_right(db)


def test_deleted_and_changed_votes_leave_no_sums_behind(db, session):
    rnd = votes.create_round(db, session.id, "rank", 3, FEW)
    first = votes.cast_vote(db, rnd.id, FEW[:3])
    votes.cast_vote(db, rnd.id, FEW[1:])
    db.execute("UPDATE votes SET choices = ? WHERE id = ?", [json.dumps(FEW[2:]), first.id])
    _assert_right(db)
    db.execute("DELETE FROM votes")
    assert db.execute("SELECT count(*) FROM vote_totals").fetchone() == (0,)
    _assert_right(db)


def test_deleting_a_session_takes_its_sums_with_its_votes(db, session):
    rnd = votes.create_round(db, session.id, "pick", 2, FEW)
    votes.cast_vote(db, rnd.id, FEW[:2])
    with db.atomic():
        db.execute("DELETE FROM sessions WHERE id = ?", [session.id])  # votes go by ON DELETE CASCADE
    assert db.execute("SELECT count(*) FROM vote_totals").fetchone() == (0,)


def test_ballots_of_odd_shapes_are_scored_one_by_one_as_before(db, session):
    pick = votes.create_round(db, session.id, "pick", 2, FEW)
    rating = votes.create_round(db, session.id, "rating", commitments=FEW)
    fine = votes.create_round(db, session.id, "rank", 2, FEW)
    votes.cast_vote(db, pick.id, FEW[:2])
    votes.cast_vote(db, fine.id, FEW[:2])
    votes.cast_vote(db, rating.id, {FEW[0]: "like"})
    _raw_vote(db, pick.id, json.dumps({FEW[0]: "like"}))  # an object in a pick round
    _raw_vote(db, rating.id, json.dumps({FEW[1]: 3, FEW[2]: "dislike"}))  # a number for a rating: ignored
    _raw_vote(db, rating.id, '{"commitment-1.1": "like", "commitment-1.1": "dislike"}')  # a key twice
    _raw_vote(db, pick.id, '["commitment-2.1", 2]')  # a number among the keys
    _raw_vote(db, fine.id, "[]")
    rounds = _all_rounds(db)
    assert set(votes._kept_totals(db, rounds)) == {fine.id}
    _assert_right(db, from_table=False)


def test_sums_are_not_trusted_once_the_triggers_are_gone(db, session):
    """Another program dropping a trigger: the sums stop being kept, so they are worked out from the ballots."""
    rnd = votes.create_round(db, session.id, "pick", 2, FEW)
    votes.cast_vote(db, rnd.id, FEW[:2])
    db.execute("DROP TRIGGER vote_totals_insert")
    votes.cast_vote(db, rnd.id, FEW[2:])
    assert votes._kept_totals(db, _all_rounds(db)) is None
    _assert_right(db, from_table=False, kept=False)
    # A table edited by hand (the triggers there) no longer matches the round's ballots: not trusted.
    db.execute(APP_TRIGGERS["vote_totals_insert"])
    db.execute("UPDATE vote_totals SET ballots = ballots + 5 WHERE position = -2")
    assert votes._kept_totals(db, _all_rounds(db)) == {}


_PICK = st.lists(st.sampled_from(FEW), max_size=4)
_RATING = st.dictionaries(st.sampled_from(FEW), st.sampled_from(["like", "unsure", "dislike"]))
# Ballots of other shapes that scoring one by one (round_results) copes with, by method.
_ODD = {
    "pick": st.sampled_from(["[]", "{}", '["commitment-1.1", 2]', '{"commitment-2.1": "like"}']),
    "rating": st.sampled_from(["[]", "{}", '{"commitment-1.2": null}', '{"commitment-3.1": 3}']),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_ballots_stay_summed_through_writes(db_path, data):
    """Random ballots (some of odd shapes) stored, some deleted, one changed: sums and results stay right."""
    db = open_database(db_path)
    try:
        from coprod_app.storage.packs import ensure_default_pack

        ensure_default_pack(db)
        s = create_session(db, title="Forum", date="2026-03-01", forum="youth-forum")
        rounds = {m: votes.create_round(db, s.id, m, 3, FEW) for m in ("pick", "rank", "rating")}
        ids = []
        for _ in range(data.draw(st.integers(1, 12))):
            method = data.draw(st.sampled_from(sorted(rounds)))
            if data.draw(st.integers(0, 3)) == 0:
                choices = data.draw(_ODD["rating" if method == "rating" else "pick"])
            else:
                choices = json.dumps(data.draw(_RATING if method == "rating" else _PICK))
            ids.append(_raw_vote(db, rounds[method].id, choices))
        for i in data.draw(st.lists(st.integers(0, 30), max_size=4)):
            db.execute("DELETE FROM votes WHERE id = ?", [ids[i % len(ids)]])
        changed = {FEW[3]: "dislike"} if method == "rating" else [FEW[3], FEW[0]]
        db.execute("UPDATE votes SET choices = ? WHERE id = ?", [json.dumps(changed), ids[-1]])
        _assert_right(db, from_table=False)
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            (db_path.parent / (db_path.name + suffix)).unlink(missing_ok=True)


def test_a_merged_bundle_brings_its_votes_sums(tmp_path):
    from coprod_app.storage.bundle import export_bundle, import_bundle

    a = laptop(tmp_path / "a" / "coprod.sqlite3")
    officer = laptop(tmp_path / "officer" / "coprod.sqlite3")
    try:
        trust_each_other(a, officer)
        session_id = full_session(a)
        votes.cast_vote(a, votes.list_rounds(a, session_id)[0].id, FEW[:1])
        out = tmp_path / "forum.coprod"
        export_bundle(a, session_id, out)
        import_bundle(officer, out)
        import_bundle(officer, out)  # merged twice: nothing doubles
        assert officer.execute("SELECT count(*) FROM votes").fetchone()[0] > 0
        assert _kept(officer) == _kept(a)
        _assert_right(officer)
    finally:
        a.close()
        officer.close()


def test_an_erased_participant_s_votes_leave_the_sums(db, session):
    from coprod_app.storage.privacy import erase_participant

    rnd = votes.create_round(db, session.id, "pick", 2, FEW)
    people = [add_participant(db, session.id, group="young-person") for _ in range(3)]
    for p in people:
        votes.cast_vote(db, rnd.id, FEW[:2], participant_code=p.code)
    erase_participant(db, session.id, people[0].code)
    assert db.execute(
        "SELECT ballots FROM vote_totals WHERE round_id = ? AND position = -2", [rnd.id]
    ).fetchone() == (2,)
    assert sorted(APP_TRIGGERS) == sorted(
        r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    )
    _assert_right(db)


def test_erasing_drops_a_trigger_dressed_as_the_app_s(db, session):
    """Same name, another statement: dropped like any other program's trigger before erased records go."""
    db.execute("DROP TRIGGER vote_totals_delete")
    db.execute(
        "CREATE TRIGGER vote_totals_delete AFTER DELETE ON votes BEGIN "
        "INSERT INTO meta (key, value) VALUES ('kept', OLD.choices); END"
    )
    assert ledger.drop_foreign_triggers(db.conn) == ["vote_totals_delete"]
    assert ledger.drop_foreign_triggers(db.conn) == []  # the app's own two stay


def test_a_backup_with_the_app_s_triggers_is_restored_and_one_changed_is_not(tmp_path):
    import pytest

    from coprod_app.storage.backup import check_backup, restore_database
    from coprod_app.storage.errors import StorageError

    src = laptop(tmp_path / "a" / "coprod.sqlite3")
    full_session(src)
    backup = tmp_path / "backup.sqlite3"
    src.conn.execute("VACUUM INTO ?", [str(backup)])
    src.execute("DROP TRIGGER vote_totals_update")
    src.execute(APP_TRIGGERS["vote_totals_update"].replace("BEGIN", "WHEN 1 BEGIN"))
    changed = tmp_path / "changed.sqlite3"
    src.conn.execute("VACUUM INTO ?", [str(changed)])
    src.close()
    assert check_backup(backup)["sessions"] == 1
    with pytest.raises(
        StorageError, match="holds a trigger 'vote_totals_update', which coprod-app never makes"
    ):
        check_backup(changed)
    target = tmp_path / "b" / "coprod.sqlite3"
    restore_database(target, backup)
    db = open_database(target)
    try:
        _assert_right(db)
    finally:
        db.close()


def test_an_older_database_with_votes_gets_its_sums_on_upgrade(db_path):
    from coprod_app.storage.packs import ensure_default_pack

    db = open_database(db_path)
    ensure_default_pack(db)
    s = create_session(db, title="Forum", date="2026-03-01", forum="youth-forum")
    pick = votes.create_round(db, s.id, "pick", 2, FEW)
    rating = votes.create_round(db, s.id, "rating", commitments=FEW)
    for ballot in (FEW[:2], FEW[2:], FEW[1:3]):
        votes.cast_vote(db, pick.id, ballot)
    votes.cast_vote(db, rating.id, {FEW[0]: "like", FEW[3]: "dislike"})
    # As schema 3 left it: no vote_totals, no triggers, the 0004 migration not applied.
    for name in APP_TRIGGERS:
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE vote_totals")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_vote_totals'")
    db.conn.commit()
    db.close()

    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute(
            "SELECT ballots FROM vote_totals WHERE round_id = ? AND position = -2", [pick.id]
        ).fetchone() == (3,)
        _assert_right(db)
        votes.cast_vote(db, pick.id, FEW[:1])  # and kept from then on
        _assert_right(db)
    finally:
        db.close()
