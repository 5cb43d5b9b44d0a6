"""A forger's and a careless laptop's bundles, tried against the officer's laptop (issue 14, part 4).

Two kinds of attack. Zip tricks and forged signatures are made without the trusted laptop's
key. Value attacks are signed again with the trusted laptop's own key (a laptop with a bad
clock, an old app, a damaged disk or a thief): only the value checks stand between them and
the record, and one bad value must refuse the whole bundle with the database unchanged.
"""

# ruff: noqa: F811  (the fixtures come from test_bundle_values and are named again as arguments)
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile

import pytest

from coprod_app.storage.bundle import BundleError, export_bundle, import_bundle
from coprod_app.storage.bundle.checks import latest_allowed_time
from coprod_app.storage.database import writing
from tests.unit.bundle_helpers import db_files_hash, laptop, rewrite_bundle, sign_manifest, snapshot
from tests.unit.test_bundle_values import bundle, edit, officer, officer_path, refused, table_two  # noqa: F401


def _members(path):
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _write(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name if isinstance(name, str) else name.filename, data)
    return path


def _refused_unchanged(officer, officer_path, path, *words) -> str:
    before = db_files_hash(officer_path), snapshot(officer)
    with pytest.raises(BundleError) as info:
        import_bundle(officer, path)
    message = str(info.value)
    assert "\n" not in message and message.endswith("."), message
    for word in words:
        assert word in message, message
    assert (db_files_hash(officer_path), snapshot(officer)) == before
    return message


# Zip tricks -----------------------------------------------------------------------------


def test_a_duplicate_member_name_is_refused(officer, officer_path, bundle, tmp_path):
    members = _members(bundle)
    views = next(m for m in members if m[0].filename == "views.json")
    with pytest.warns(UserWarning):  # zipfile itself warns about the duplicate it is asked to write
        forged = _write(tmp_path / "dup.coprod", [*members, views])
    _refused_unchanged(officer, officer_path, forged, "twice")


@pytest.mark.parametrize("name", ["../x", "/etc/x", "a/../../x", "C:x", "a\\..\\x"])
def test_a_member_with_an_unsafe_path_is_refused(officer, officer_path, bundle, tmp_path, name):
    forged = _write(tmp_path / "path.coprod", [*_members(bundle), (name, b"{}")])
    _refused_unchanged(officer, officer_path, forged, "unsafe path")


def test_an_extra_member_the_manifest_does_not_list_is_refused(officer, officer_path, bundle, tmp_path):
    forged = _write(tmp_path / "extra.coprod", [*_members(bundle), ("notes.json", b'{"x": 1}')])
    _refused_unchanged(officer, officer_path, forged, "does not list")


def test_a_manifest_listing_fewer_members_than_the_zip_has_is_refused(
    officer, officer_path, bundle, tmp_path, table_two
):
    """The views member dropped from the manifest, which is signed again by the trusted laptop."""
    members = dict((i.filename, d) for i, d in _members(bundle))
    manifest = json.loads(members["manifest.json"])
    del manifest["members"]["views.json"]
    manifest_bytes = json.dumps(manifest).encode()
    members["manifest.json"] = manifest_bytes
    members["signature.json"] = sign_manifest(table_two, manifest_bytes)
    forged = _write(tmp_path / "fewer.coprod", list(members.items()))
    _refused_unchanged(officer, officer_path, forged, "does not list")


def test_a_signature_over_another_manifest_is_refused(officer, officer_path, bundle, table_two, tmp_path):
    """The trusted laptop's genuine signature of one bundle, put on another of its bundles' manifests."""
    from tests.unit.bundle_helpers import full_session

    other = export_bundle(table_two, full_session(table_two, title="Another night"), tmp_path / "b.coprod")[
        "path"
    ]
    genuine = dict((i.filename, d) for i, d in _members(bundle))["signature.json"]
    members = [(i.filename, genuine if i.filename == "signature.json" else d) for i, d in _members(other)]
    _refused_unchanged(officer, officer_path, _write(tmp_path / "swapped.coprod", members), "does not match")


def test_the_trusted_laptops_key_in_the_header_over_a_strangers_signature_is_refused(
    officer, officer_path, bundle, table_two, tmp_path
):
    """Signed by a stranger, but the header claims the trusted laptop's name and public key."""
    from coprod_app.storage.devices import this_device

    stranger = laptop(tmp_path / "stranger.sqlite3")
    trusted = this_device(table_two)
    forged = rewrite_bundle(bundle, tmp_path / "claim.coprod", lambda m: None, sign_with=stranger)
    members = dict((i.filename, d) for i, d in _members(forged))
    header = json.loads(members["bundle.json"])
    header["signer"] = {
        "name": trusted.name,
        "public_key": trusted.public_key,
        "fingerprint": trusted.fingerprint,
    }
    members["bundle.json"] = json.dumps(header).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["bundle.json"] = {
        "sha256": hashlib.sha256(members["bundle.json"]).hexdigest(),
        "size": len(members["bundle.json"]),
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    members["signature.json"] = sign_manifest(stranger, members["manifest.json"])
    stranger.close()
    _refused_unchanged(
        officer, officer_path, _write(tmp_path / "claimed.coprod", list(members.items())), "does not match"
    )


@pytest.mark.parametrize("size", [10**12, 2**70, -1, 0, "12", None])
def test_a_declared_size_that_is_a_lie_is_refused(officer, officer_path, bundle, table_two, tmp_path, size):
    members = dict((i.filename, d) for i, d in _members(bundle))
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["views.json"]["size"] = size
    members["manifest.json"] = json.dumps(manifest).encode()
    members["signature.json"] = sign_manifest(table_two, members["manifest.json"])
    _refused_unchanged(
        officer, officer_path, _write(tmp_path / "size.coprod", list(members.items())), "views.json"
    )


# Values, signed again with the trusted laptop's key ------------------------------------------


def accepted(officer, table_two, bundle, tmp_path, change):
    sent = rewrite_bundle(bundle, tmp_path / "ok.coprod", change, sign_with=table_two)
    return import_bundle(officer, sent)


@pytest.mark.parametrize("date", ["2000-01-01", "2100-12-31", "2024-02-29", "2096-02-29"])
def test_session_dates_on_the_bounds_and_leap_days_are_accepted(officer, table_two, bundle, tmp_path, date):
    local = accepted(officer, table_two, bundle, tmp_path, edit("sessions", "date", date))["session_id"]
    assert officer.execute("SELECT date FROM sessions WHERE id = ?", [local]).fetchone()[0] == date


@pytest.mark.parametrize("date", ["2000-01-01", "2100-12-31", "2028-02-29"])
def test_action_due_dates_on_the_bounds_are_accepted(officer, table_two, bundle, tmp_path, date):
    accepted(officer, table_two, bundle, tmp_path, edit("actions", "due", date))
    assert officer.execute("SELECT count(*) FROM actions WHERE due = ?", [date]).fetchone()[0] == 1


@pytest.mark.parametrize(
    "date",
    [
        "1999-12-31",
        "2101-01-01",
        "2025-02-29",
        "2100-02-29",
        "2026-11-20T00:00",
        " 2026-11-20",
        "２０２６-11-20",
    ],
)
def test_session_dates_past_the_bounds_or_not_real_are_refused(
    officer, officer_path, table_two, bundle, tmp_path, date
):
    refused(
        officer, officer_path, table_two, bundle, tmp_path, edit("sessions", "date", date), "sessions", "date"
    )


INF = float("inf")


@pytest.mark.parametrize(
    "table, field, value",
    [
        ("sessions", "retention_months", float("nan")),
        ("sessions", "retention_months", INF),
        ("sessions", "retention_months", -INF),
        ("sessions", "retention_months", 2**70),
        ("sessions", "retention_months", -(2**70)),
        ("sessions", "retention_months", 24.5),
        ("sessions", "retention_months", "24"),
        ("sessions", "retention_months", 0),
        ("sessions", "retention_months", 121),
        ("sessions", "ask_demographics", float("nan")),
        ("participants", "quote_consent", float("nan")),
        ("participants", "quote_consent", "1"),
        ("views", "follow_up", INF),
        ("views", "follow_up", 0.5),
        ("views", "text", 12345),
        ("views", "text", None),
        ("views", "principles", "[NaN]"),
        ("views", "commitments", '["commitment-1.1", ["nested"]]'),
        ("rounds", "max_choices", float("nan")),
        ("rounds", "max_choices", INF),
        ("rounds", "max_choices", 2**70),
        ("rounds", "max_choices", -1),
        ("rounds", "max_choices", 0),
        ("rounds", "max_choices", 2.5),
        ("tallies", "count", float("nan")),
        ("tallies", "count", INF),
        ("tallies", "count", 2**64),
        ("tallies", "count", -(2**63) - 1),
        ("tallies", "count", 3.5),
        ("tallies", "count", "7"),
        ("sessions", "pack_json", "not json"),
        ("sessions", "pack_json", "[]"),
        ("sessions", "pack_json", '{"key": "x"}'),
        ("participants", "device_id", "not-a-uuid"),
        ("actions", "due", "1999-12-31"),
        ("actions", "due", "2101-01-01"),
        ("actions", "due", "2100-02-29"),
        ("action_history", "changed_at", "1999-12-31T23:59:59.999999Z"),
        ("action_history", "changed_at", "2999-01-01T00:00:00.000000Z"),
    ],
)
def test_numbers_json_cannot_hold_and_wrong_types_are_refused(
    officer, officer_path, table_two, bundle, tmp_path, table, field, value
):
    refused(officer, officer_path, table_two, bundle, tmp_path, edit(table, field, value), table, field)


def _raw(bundle, tmp_path, table_two, table, field, raw: bytes, row: int = 0):
    """`raw` written into the member as someone would by hand (rewrite_bundle writes Python's own JSON,
    and keeps a member whose JSON compares equal, as 1.0 does to 1), then signed by the trusted laptop."""
    sentinel = 987654321
    forged = rewrite_bundle(
        bundle, tmp_path / "raw0.coprod", edit(table, field, sentinel, row), sign_with=table_two
    )
    members = dict((i.filename, d) for i, d in _members(forged))
    member = f"{table}.json"
    assert members[member].count(str(sentinel).encode()) == 1
    members[member] = members[member].replace(str(sentinel).encode(), raw)
    manifest = json.loads(members["manifest.json"])
    manifest["members"][member] = {
        "sha256": hashlib.sha256(members[member]).hexdigest(),
        "size": len(members[member]),
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    members["signature.json"] = sign_manifest(table_two, members["manifest.json"])
    return _write(tmp_path / "raw.coprod", list(members.items()))


@pytest.mark.parametrize(
    "table, field, raw",
    [
        ("tallies", "count", b"1e309"),  # Python reads it as infinity
        ("tallies", "count", b"7.0"),
        ("tallies", "count", b"-0.0"),
        ("sessions", "retention_months", b"24.0"),
        ("sessions", "retention_months", b"1e400"),
        ("participants", "quote_consent", b"1.0"),  # equal to 1, so a check of distinct values skipped it
        ("participants", "quote_consent", b"true"),
        ("views", "follow_up", b"0.0"),
        ("rounds", "max_choices", b"2.0"),
        ("sessions", "ask_demographics", b"1.0"),
    ],
)
def test_a_number_written_by_hand_that_the_app_never_writes_is_refused(
    officer, officer_path, table_two, bundle, tmp_path, table, field, raw
):
    _refused_unchanged(
        officer, officer_path, _raw(bundle, tmp_path, table_two, table, field, raw), table, field
    )


@pytest.mark.parametrize(
    "table, field, raw",
    [
        ("participants", "quote_consent", b"1.0"),
        ("participants", "quote_consent", b"true"),
        ("views", "follow_up", b"0.0"),
    ],
)
def test_a_hand_written_number_after_an_equal_genuine_one_is_refused(
    officer, officer_path, table_two, bundle, tmp_path, table, field, raw
):
    """The checks look at each distinct value once: 1.0 and true compare equal to an earlier record's 1."""
    _refused_unchanged(
        officer, officer_path, _raw(bundle, tmp_path, table_two, table, field, raw, row=2), table, field
    )


def is_rating(columns, row):
    return not isinstance(json.loads(row[columns.index("choices")]), list)


@pytest.mark.parametrize(
    "choices",
    [
        '{"commitment-1.1": "like", "commitment-1.1": "dislike"}',  # the same card twice: which one counts?
        '{"commitment-1.1": "meh"}',
        '{"commitment-1.1": "LIKE"}',
        '{"commitment-1.1": 1}',
        '{"commitment-1.1": null}',
        '{"commitment-1.1": ["like"]}',
        '{"commitment-1.1": {"like": true}}',
        "{}",
        '{"commitment-1.1": NaN}',
    ],
)
def test_a_rating_ballot_that_is_not_like_unsure_or_dislike_is_refused(
    officer, officer_path, table_two, bundle, tmp_path, choices
):
    refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("votes", "choices", choices, where=is_rating),
        "votes",
        "choices",
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"text": {"nested": ["json", {"in": "words"}]}}',
        "<b>bold</b> & [1, 2]",
        "line\nbreak \u00e9 \U0001f68c",
    ],
)
def test_text_that_looks_like_json_or_markup_arrives_as_typed(officer, table_two, bundle, tmp_path, text):
    accepted(officer, table_two, bundle, tmp_path, edit("views", "text", text))
    assert officer.execute("SELECT count(*) FROM views WHERE text = ?", [text]).fetchone()[0] == 1


@pytest.mark.parametrize("table, field", [("views", "text"), ("sessions", "title"), ("themes", "you_said")])
def test_a_nul_character_in_text_arrives_as_typed(officer, table_two, bundle, tmp_path, table, field):
    """The command line keeps a NUL as typed (`view add --text-file`, tests/unit/test_cli.py), so a bundle may too:
    SQLite stores it whole and the exports write it whole."""
    accepted(officer, table_two, bundle, tmp_path, edit(table, field, "before\x00after"))
    assert (
        officer.execute(f"SELECT count(*) FROM {table} WHERE {field} = ?", ["before\x00after"]).fetchone()[0]
        == 1
    )


@pytest.mark.parametrize(
    "table, field",
    [
        ("sessions", "title"),
        ("themes", "title"),
        ("themes", "you_said"),
        ("actions", "we_did"),
        ("actions", "reason"),
        ("actions", "owner"),
    ],
)
def test_a_lone_surrogate_in_any_text_is_refused(
    officer, officer_path, table_two, bundle, tmp_path, table, field
):
    refused(
        officer, officer_path, table_two, bundle, tmp_path, edit(table, field, "a \ud800 b"), table, field
    )


def test_a_change_time_exactly_a_day_ahead_is_accepted_and_a_moment_later_refused(
    officer, officer_path, table_two, bundle, tmp_path
):
    """'No later than a day ahead' includes the day itself; a microsecond more is refused."""
    limit = dt.datetime.now(dt.timezone.utc) + dt.timedelta(
        days=1, seconds=30
    )  # the import runs a moment later
    later = (limit + dt.timedelta(seconds=60)).isoformat(timespec="microseconds").replace("+00:00", "Z")
    assert later > latest_allowed_time()
    refused(
        officer,
        officer_path,
        table_two,
        bundle,
        tmp_path,
        edit("views", "updated_at", later),
        "views",
        "updated_at",
    )
    just = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1) - dt.timedelta(seconds=5)
    just = just.isoformat(timespec="microseconds").replace("+00:00", "Z")
    accepted(officer, table_two, bundle, tmp_path, edit("views", "updated_at", just))
    assert officer.execute("SELECT count(*) FROM views WHERE updated_at = ?", [just]).fetchone()[0] == 1


def test_a_theme_typed_with_bytes_that_are_not_utf8_is_one_sentence(tmp_path):
    """`theme add --you-said` with Latin-1 bytes reached SQLite: "Something went wrong ... UnicodeEncodeError"."""
    import os
    import subprocess
    import sys

    from tests.unit.real_cli import PACKAGE_ROOT, one_line

    db = str(tmp_path / "c.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT), "LC_ALL": "C.UTF-8"}
    for words in (
        [b"--title", b"Buses", b"--you-said", b"caf\xe9 late"],
        [b"--title", b"caf\xe9", b"--you-said", b"x"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "coprod_app", "--db", db, "theme", "add", *words],
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert "not valid text" in one_line(result), result.stderr


# A stranger borrowing a trusted laptop's name ---------------------------------------------------


@pytest.fixture
def namesake(tmp_path, officer, table_two):
    """A stranger's laptop renamed to the trusted laptop's name (give or take case), and its bundle."""
    from coprod_app.storage.devices import find_trusted, rename_this_device, this_device
    from tests.unit.bundle_helpers import full_session

    with writing(officer):  # the officer named table two when trusting it
        officer.execute(
            "UPDATE trusted_devices SET name = 'Table two' WHERE fingerprint = ?",
            [this_device(table_two).fingerprint],
        )
    assert find_trusted(officer, this_device(table_two).fingerprint).name == "Table two"
    stranger = laptop(tmp_path / "stranger" / "coprod.sqlite3")
    rename_this_device(stranger, "TABLE two")
    path = export_bundle(stranger, full_session(stranger, title="Pretend forum"), tmp_path / "s.coprod")[
        "path"
    ]
    yield path, this_device(stranger).fingerprint
    stranger.close()


def test_a_stranger_using_a_trusted_laptops_name_is_refused_saying_so(officer, officer_path, namesake):
    path, fingerprint = namesake
    message = _refused_unchanged(officer, officer_path, path, fingerprint, "only shares its name")
    assert "the trusted laptop Table two," in message and "device trust" not in message, message


def test_the_windows_offer_to_trust_warns_of_a_borrowed_name(
    qtbot, officer, officer_path, namesake, monkeypatch
):
    """Before, the window asked "Trust laptop table TWO (…)?" like any new laptop: one glance at a familiar name."""
    from PySide6.QtWidgets import QMessageBox

    from coprod_app.ui.main_window import MainWindow

    window = MainWindow(officer, str(officer_path))
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.No
    )
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000):
        window.exchange.import_files([namesake[0]])
    [text] = asked
    assert (
        text.startswith("Careful: a laptop named Table two is already trusted")
        and "different laptop using the same name" in text
    )


# A trusted laptop reaching into another laptop's session by reusing a record's UUID ----------------


@pytest.fixture
def other_session(officer, tmp_path):
    """Table three's session, imported before: a child who refused to be quoted, and their view."""
    from coprod_app.domain.view import ViewDraft
    from coprod_app.storage.sessions import add_participant
    from coprod_app.storage.views import record_view
    from tests.unit.bundle_helpers import new_session, trust_each_other

    three = laptop(tmp_path / "table3" / "coprod.sqlite3")
    trust_each_other(officer, three)
    session_id = new_session(three, "Table three's forum")
    child = add_participant(three, session_id, group="young-person", quote_consent=False)
    record_view(three, session_id, ViewDraft(text="Do not quote me: Gannetharbour-8", participant=child.code))
    import_bundle(officer, export_bundle(three, session_id, tmp_path / "three.coprod")["path"])
    three.close()
    return {
        "participant": officer.execute("SELECT uuid FROM participants WHERE quote_consent = 0").fetchone()[0],
        "view": officer.execute("SELECT uuid FROM views WHERE text LIKE '%Gannetharbour%'").fetchone()[0],
    }


@pytest.mark.parametrize(
    "table, changes",
    [
        ("participants", {"quote_consent": 1}),  # the refusing child's words would then be printed
        ("views", {"text": "Words put in a child's mouth"}),
    ],
)
def test_a_bundle_cannot_take_over_a_record_of_another_session(
    officer, officer_path, table_two, bundle, other_session, tmp_path, table, changes
):
    """Table two's bundle (signed with its own trusted key) reuses the UUID of table three's record, with a
    later change time. Before, the record moved into table two's session, changed."""
    later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).isoformat(timespec="microseconds")
    target = other_session["participant" if table == "participants" else "view"]

    def take_over(members):
        member = members[f"{table}.json"]
        row = member["rows"][0]
        mine = row[member["columns"].index("uuid")]
        for other in members.values():  # every link to the record follows it, as a careful forger does
            for r in other.get("rows", ()) if isinstance(other, dict) else ():
                r[:] = [target if v == mine else v for v in r]
        row[member["columns"].index("updated_at")] = later.replace("+00:00", "Z")
        for field, value in changes.items():
            row[member["columns"].index(field)] = value

    forged = rewrite_bundle(bundle, tmp_path / "take.coprod", take_over, sign_with=table_two)
    _refused_unchanged(officer, officer_path, forged, "already here under another session")
    assert officer.execute("SELECT count(*) FROM participants WHERE quote_consent = 0").fetchone()[0] == 1
