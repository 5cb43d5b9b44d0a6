"""Every value in a bundle passes the command line's own checks (issue 14, part 4).

The bundles here are edited and then signed again with the trusted laptop's own key, as a
laptop with a wrong clock, an old app or a damaged disk would send them: the signature is
sound, so only the value checks stand between them and the officer's record.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coprod_app.storage.bundle import BundleError, export_bundle, import_bundle
from coprod_app.storage.bundle.checks import latest_allowed_time
from coprod_app.storage.database import writing
from coprod_app.storage.privacy import purge, sessions_due
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.votes import create_round
from tests.unit.bundle_helpers import (
    db_files_hash,
    full_session,
    laptop,
    rewrite_bundle,
    snapshot,
    trust_each_other,
)


@pytest.fixture
def table_two(tmp_path):
    db = laptop(tmp_path / "table2" / "coprod.sqlite3")
    yield db
    db.close()


@pytest.fixture
def officer_path(tmp_path):
    return tmp_path / "officer" / "coprod.sqlite3"


@pytest.fixture
def officer(officer_path, table_two, tmp_path):
    """The officer's laptop, trusting table two, with one earlier session already imported."""
    db = laptop(officer_path)
    trust_each_other(db, table_two)
    earlier = laptop(tmp_path / "earlier.sqlite3")
    trust_each_other(db, earlier)
    import_bundle(
        db, export_bundle(earlier, full_session(earlier, title="Earlier"), tmp_path / "e.coprod")["path"]
    )
    earlier.close()
    yield db
    db.close()


@pytest.fixture
def bundle(table_two, tmp_path):
    session_id = full_session(table_two)
    rating = create_round(
        table_two, session_id, "rating", max_choices=3, commitments=["commitment-1.1", "commitment-2.1"]
    )
    with writing(table_two):  # a rating ballot as votes.py stores it
        table_two.execute(
            "INSERT INTO votes (round_id, participant_id, choices, uuid, created_at, updated_at, "
            "device_id) SELECT ?, NULL, ?, ?, created_at, updated_at, device_id FROM rounds "
            "WHERE id = ?",
            [
                rating.id,
                json.dumps({"commitment-1.1": "like"}),
                "1b1c2b98-9167-4f8f-99b6-f77b34454923",
                rating.id,
            ],
        )
    return export_bundle(table_two, session_id, tmp_path / "forum.coprod")["path"]


def edit(table: str, field: str, value, row: int = 0, where=None):
    def change(members):
        member = members[f"{table}.json"]
        rows = member["rows"] if where is None else [r for r in member["rows"] if where(member["columns"], r)]
        rows[row][member["columns"].index(field)] = value

    return change


def refused(officer, officer_path, table_two, bundle, tmp_path, change, *words) -> str:
    forged = rewrite_bundle(bundle, tmp_path / "edited.coprod", change, sign_with=table_two)
    before = db_files_hash(officer_path), snapshot(officer)
    with pytest.raises(BundleError) as info:
        import_bundle(officer, forged)
    message = str(info.value)
    assert "\n" not in message and message.endswith("."), message
    for word in words:
        assert word in message, message
    assert (db_files_hash(officer_path), snapshot(officer)) == before, (
        "one bad value: the database is unchanged"
    )
    return message


def test_the_bundle_itself_is_accepted(officer, bundle):
    assert import_bundle(officer, bundle)["added"]["votes"] == 4


def test_a_change_time_in_the_year_2999_is_refused(officer, officer_path, table_two, bundle, tmp_path):
    message = refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("views", "updated_at", "2999-01-01T00:00:00.000000Z"),
        "views",
        "updated_at",
    )
    assert "more than a day ahead of this laptop's clock" in message


def test_a_change_time_a_few_hours_ahead_is_accepted(officer, table_two, bundle, tmp_path):
    """Laptops' clocks differ: up to a day ahead is a slow clock here, not a forgery."""
    ahead = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=20)).isoformat(timespec="microseconds")
    ahead = ahead.replace("+00:00", "Z")
    assert ahead < latest_allowed_time()
    sent = rewrite_bundle(
        bundle, tmp_path / "ahead.coprod", edit("views", "updated_at", ahead), sign_with=table_two
    )
    import_bundle(officer, sent)
    assert officer.execute("SELECT count(*) FROM views WHERE updated_at = ?", [ahead]).fetchone()[0] == 1


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("updated_at", "2026-02-30T10:00:00.000000Z", "not a real date"),
        ("created_at", "yesterday", "not a change time"),
        ("updated_at", "1970-01-01T00:00:00.000000Z", "before the year 2000"),
        ("uuid", "not-a-uuid", "not a UUID"),
        ("uuid", "5933F420-4DBC-4F71-AAB4-08C6D8581FCE", "not a UUID"),
        ("device_id", 42, "is not text"),
    ],
)
def test_bad_uuids_and_times_are_refused(
    officer, officer_path, table_two, bundle, tmp_path, field, value, words
):
    refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("participants", field, value),
        "participants",
        field,
        words,
    )


@pytest.mark.parametrize(
    "value, words",
    [
        ("9999-12-31", "out of range"),
        ("2026-13-01", "not a date"),
        ("20261120", "not written as YYYY-MM-DD"),
        (None, "may not be left empty"),
    ],
)
def test_a_bad_session_date_is_refused_and_purge_keeps_working(
    officer, officer_path, table_two, bundle, tmp_path, value, words
):
    refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("sessions", "date", value),
        "sessions",
        "date",
        words,
    )
    assert sessions_due(officer, "2030-01-01") and purge(officer, "2030-01-01", dry_run=True).sessions


@pytest.mark.parametrize("value", [-5, 0, 121, 2**63, 1.5, "24", True])
def test_a_bad_retention_is_refused_and_retention_keeps_working(
    officer, officer_path, table_two, bundle, tmp_path, value
):
    refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("sessions", "retention_months", value),
        "sessions",
        "retention_months",
    )
    assert [s.title for s in sessions_due(officer, "2100-01-01")] == ["Earlier"]


@pytest.mark.parametrize(
    "table, field, value, words",
    [
        ("sessions", "forum", "rave", "not a forum"),
        ("sessions", "status", "deleted", "session status"),
        ("sessions", "title", "   ", "needs a title"),
        ("sessions", "title", "x" * 5000, "at most"),
        ("sessions", "ask_demographics", 2, "0 or 1"),
        ("participants", "grp", "adult-ish", "not a group"),
        ("participants", "grp", "", "left out"),
        ("participants", "age_band", "99", "not a age band"),
        ("participants", "quote_consent", 2, "0 or 1"),
        ("participants", "code", "abc", "not a participant code"),
        ("views", "sentiment", "angry", "not a sentiment"),
        ("views", "how", "telepathy", "not a way a view is given"),
        ("views", "follow_up", -1, "0 or 1"),
        ("views", "text", "", "needs some words"),
        ("views", "text", "x" * 100_001, "at most"),
        ("views", "text", "\ud800 lone surrogate", "not valid text"),
        ("views", "principles", "principle-1", "not JSON"),
        ("views", "principles", '{"a": 1}', "not a JSON list"),
        ("views", "session_uuid", "5933f420-4dbc-4f71-aab4-08c6d8581fce", "another session"),
        ("views", "participant_uuid", "5933f420-4dbc-4f71-aab4-08c6d8581fce", "not in the bundle"),
        ("rounds", "method", "lottery", "not one of"),
        ("rounds", "max_choices", 99, "cannot choose"),
        ("rounds", "status", "paused", "vote round status"),
        ("rounds", "commitments", "[]", "at least one card"),
        ("tallies", "count", -3, "count"),
        ("tallies", "count", 100_001, "count"),
        ("tallies", "count", 9223372036854775807, "count"),
        ("tallies", "rating", "like", "Only rating rounds"),
        ("tallies", "grp", "aliens", "not one of"),
        ("themes", "title", "", "needs a title"),
        ("actions", "status", "forgotten", "not an action status"),
        ("actions", "due", "2026-02-30", "not a date"),
        ("action_history", "status", "not-possible", "needs a reason"),
        ("actions", "commitments", '"commitment-1.1"', "not a JSON list"),
        ("theme_views", "view_uuid", "5933f420-4dbc-4f71-aab4-08c6d8581fce", "not in the bundle"),
    ],
)
def test_a_value_the_command_line_refuses_refuses_the_bundle(
    officer, officer_path, table_two, bundle, tmp_path, table, field, value, words
):
    message = refused(
        officer, officer_path, table_two, bundle, tmp_path, edit(table, field, value), table, field
    )
    assert words.lower() in message.lower(), message


def is_pick(columns, row):
    return json.loads(row[columns.index("choices")]).__class__ is list


def is_rating(columns, row):
    return not is_pick(columns, row)


@pytest.mark.parametrize(
    "choices, where, words",
    [
        ("not json [", is_pick, "not JSON"),
        ('"commitment-1.1"', is_pick, "JSON list of card keys"),
        ("[1, 2]", is_pick, "JSON list of card keys"),
        ('["commitment-9.9"]', is_pick, "not on the ballot"),
        ('["commitment-1.1", "commitment-2.1", "commitment-1.1"]', is_pick, "twice"),
        ('["commitment-1.1", "commitment-2.1", "commitment-1.2"]', is_pick, "not on the ballot"),
        ("[]", is_pick, "at least one"),
        ('["commitment-1.1"]', is_rating, "JSON object"),
        ('{"commitment-1.1": "love"}', is_rating, "not a rating"),
        ('{"commitment-9.9": "like"}', is_rating, "not on the ballot"),
    ],
)
def test_bad_vote_choices_are_refused(
    officer, officer_path, table_two, bundle, tmp_path, choices, where, words
):
    message = refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("votes", "choices", choices, where=where),
        "votes",
        "choices",
    )
    assert words in message, message


def test_too_many_choices_for_the_round_are_refused(officer, officer_path, table_two, tmp_path):
    from coprod_app.storage.votes import cast_vote

    session_id = full_session(table_two)
    rnd = create_round(
        table_two, session_id, "pick", max_choices=1, commitments=["commitment-1.1", "commitment-2.1"]
    )
    cast_vote(table_two, rnd.id, ["commitment-1.1"])
    bundle = export_bundle(table_two, session_id, tmp_path / "one.coprod")["path"]

    def two_choices(members):
        votes = members["votes.json"]
        rounds = members["rounds.json"]
        one_card = rounds["rows"][-1][rounds["columns"].index("uuid")]
        for row in votes["rows"]:
            if row[votes["columns"].index("round_uuid")] == one_card:
                row[votes["columns"].index("choices")] = '["commitment-1.1", "commitment-2.1"]'

    forged = rewrite_bundle(bundle, tmp_path / "two.coprod", two_choices, sign_with=table_two)
    with pytest.raises(BundleError, match="allows at most 1"):
        import_bundle(officer, forged)


def test_a_second_vote_by_the_same_person_is_refused(officer, officer_path, table_two, bundle, tmp_path):
    def twice(members):
        votes = members["votes.json"]
        at = votes["columns"].index("participant_uuid")
        people = [row[at] for row in votes["rows"] if row[at]]
        votes["rows"][1][at] = people[0]

    refused(officer, officer_path, table_two, bundle, tmp_path, twice, "votes", "voted twice")


def test_a_second_vote_under_another_uuid_than_the_one_here_is_refused(officer, table_two, bundle, tmp_path):
    import_bundle(officer, bundle)

    def new_uuid_same_person(members):
        votes = members["votes.json"]
        votes["rows"][0][votes["columns"].index("uuid")] = "0badc0de-0000-4000-8000-000000000000"

    forged = rewrite_bundle(bundle, tmp_path / "again.coprod", new_uuid_same_person, sign_with=table_two)
    with pytest.raises(BundleError, match="already voted"):
        import_bundle(officer, forged)


def test_a_missing_field_the_record_needs_is_refused(officer, officer_path, table_two, bundle, tmp_path):
    def drop_text(members):
        views = members["views.json"]
        at = views["columns"].index("text")
        del views["columns"][at]
        for row in views["rows"]:
            del row[at]

    refused(officer, officer_path, table_two, bundle, tmp_path, drop_text, "views", "no field text")


def test_a_participant_erased_here_is_still_skipped(officer, table_two, tmp_path):
    """The value checks come before the merge; the merge still leaves out what this laptop erased."""
    from coprod_app.domain.view import ViewDraft
    from coprod_app.storage.privacy import erase_participant
    from coprod_app.storage.views import record_view

    session_id = full_session(table_two)
    child = add_participant(table_two, session_id, group="young-person")
    record_view(table_two, session_id, ViewDraft(text="Please remove my words zqxj", participant=child.code))
    bundle = export_bundle(table_two, session_id, tmp_path / "before.coprod")["path"]
    local = import_bundle(officer, bundle)["session_id"]
    erase_participant(officer, local, child.code)
    again = import_bundle(officer, bundle)
    assert again["skipped_erased"] >= 2
    assert officer.execute("SELECT count(*) FROM views WHERE text LIKE '%zqxj%'").fetchone()[0] == 0


def test_an_old_bundle_of_a_session_purged_here_brings_nothing_back(
    officer, officer_path, table_two, tmp_path
):
    """Purged sessions join the erased set (storage.privacy.erased_uuids), which the merge still consults."""
    from coprod_app.storage.privacy import set_retention_months

    session_id = full_session(table_two)
    bundle = export_bundle(table_two, session_id, tmp_path / "old.coprod")["path"]
    local = import_bundle(officer, bundle)["session_id"]
    set_retention_months(officer, local, 1)
    purge(officer, "2030-01-01")
    before = db_files_hash(officer_path), snapshot(officer)
    with pytest.raises(BundleError, match="deleted on this laptop"):
        import_bundle(officer, bundle)
    assert (db_files_hash(officer_path), snapshot(officer)) == before
