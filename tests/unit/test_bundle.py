"""Session bundles: export, import, merge of several laptops, and every refusal (issue 6).

Every laptop here trusts the others (`trust_each_other`), as officers set up once by comparing
fingerprints; what happens without that trust is in test_bundle_signed.py.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile

import pytest

from coprod_app.storage.bundle import BundleError, export_bundle, file_format, import_bundle, summary_text
from coprod_app.storage.database import StorageError, device_id, now
from coprod_app.storage.sessions import add_participant, list_participants
from coprod_app.storage.views import list_views, update_view
from tests.unit.bundle_helpers import (
    add_views,
    db_files_hash,
    full_session,
    laptop,
    new_session,
    rewrite_bundle,
    snapshot,
    touch_row,
    trust_each_other,
)


@pytest.fixture
def laptop_a(tmp_path):
    db = laptop(tmp_path / "a" / "coprod.sqlite3")
    yield db
    db.close()


@pytest.fixture
def officer_path(tmp_path):
    return tmp_path / "officer" / "coprod.sqlite3"


@pytest.fixture
def officer(officer_path, laptop_a):
    db = laptop(officer_path)
    trust_each_other(db, laptop_a)
    yield db
    db.close()


@pytest.fixture
def bundle(laptop_a, tmp_path):
    session_id = full_session(laptop_a)
    out = tmp_path / "exports" / "forum.coprod"
    export_bundle(laptop_a, session_id, out)
    return out


def total(report, key):
    return sum(report[key].values())


# Export -----------------------------------------------------------------------


def test_export_is_a_private_zip_with_versions_device_and_checksums(laptop_a, bundle):
    assert stat.S_IMODE(os.stat(bundle).st_mode) == 0o600
    assert not [p for p in bundle.parent.iterdir() if p.name != bundle.name], "no temp file left behind"
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        assert all(not n.startswith("/") and ".." not in n for n in names)
        header = json.loads(zf.read("bundle.json"))
        manifest = json.loads(zf.read("manifest.json"))
        for name in names:
            if name not in ("manifest.json", "signature.json"):
                import hashlib

                assert manifest["members"][name]["sha256"] == hashlib.sha256(zf.read(name)).hexdigest()
        raw = b"".join(zf.read(n) for n in names)
    assert header["format"] == "coprod-bundle" and header["format_version"] == file_format.FORMAT_VERSION
    assert header["app_version"] == __import__("coprod_app").__version__
    assert header["device_id"] == device_id(laptop_a)
    assert set(header["signer"]) == {"name", "public_key", "fingerprint"} and "signature.json" in names
    assert header["counts"]["views"] == 6 and header["counts"]["votes"] == 3
    assert str(bundle.parent).encode() not in raw and b"/tmp" not in raw, "no absolute paths in the bundle"


def test_export_reports_progress_to_the_end(laptop_a, tmp_path):
    session_id = full_session(laptop_a)
    seen = []
    export_bundle(
        laptop_a, session_id, tmp_path / "x.coprod", progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)


# Import -----------------------------------------------------------------------


def test_round_trip_into_an_empty_database_gives_identical_data(laptop_a, bundle, officer):
    seen = []
    report = import_bundle(officer, bundle, progress=lambda done, total: seen.append((done, total)))
    assert snapshot(officer) == snapshot(laptop_a)
    assert (
        report["added"]["views"] == 6
        and report["added"]["votes"] == 3
        and report["added"]["theme_views"] == 3
    )
    assert total(report, "updated") == 0 and total(report, "unchanged") == 0
    assert seen[-1][0] == seen[-1][1] == total(report, "added")
    assert summary_text(report).startswith("added 1 session, 3 participants, 6 views, 1 vote round, 3 votes")
    assert officer.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_same_bundle_twice_changes_nothing(bundle, officer, officer_path):
    first = import_bundle(officer, bundle)
    before, file_hash = snapshot(officer), db_files_hash(officer_path)
    second = import_bundle(officer, bundle)
    assert total(second, "added") == 0 and total(second, "updated") == 0
    assert second["unchanged"] == first["added"]
    assert snapshot(officer) == before
    assert db_files_hash(officer_path) == file_hash
    assert summary_text(second) == f"{total(first, 'added')} already here"
    assert second["session_id"] == first["session_id"]


def test_two_laptops_merge_into_one_session_without_doubling(laptop_a, tmp_path, officer):
    # Laptop A starts the session and hands it to laptop B; both then record at their own tables.
    session_id = full_session(laptop_a, views=4)
    start = export_bundle(laptop_a, session_id, tmp_path / "start.coprod")
    laptop_b = laptop(tmp_path / "b" / "coprod.sqlite3")
    trust_each_other(laptop_a, laptop_b, officer)
    b_session = import_bundle(laptop_b, start["path"])["session_id"]
    add_views(laptop_a, session_id, 5, prefix="table A")
    add_views(laptop_b, b_session, 7, prefix="table B")
    add_participant(laptop_b, b_session)
    a = export_bundle(laptop_a, session_id, tmp_path / "a.coprod")
    b = export_bundle(laptop_b, b_session, tmp_path / "b.coprod")
    laptop_b.close()

    import_bundle(officer, a["path"])
    report = import_bundle(officer, b["path"])
    shared = start["counts"]
    for table in ("views", "participants", "votes", "theme_views"):
        merged = officer.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert merged == a["counts"][table] + b["counts"][table] - shared[table], table
    assert officer.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert report["added"]["views"] == 7 and report["unchanged"]["views"] == 4
    assert len(list_views(officer, report["session_id"])) == 4 + 5 + 7


def test_an_edit_after_an_earlier_import_wins_and_is_reported(laptop_a, tmp_path, officer):
    session_id = full_session(laptop_a)
    import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "1.coprod")["path"])
    view = list_views(laptop_a, session_id)[2]
    from dataclasses import replace

    update_view(laptop_a, view.id, replace(view.draft, text="corrected on laptop A"))
    report = import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "2.coprod")["path"])

    assert report["updated"]["views"] == 1
    assert report["updated_records"] == [
        {"table": "views", "uuid": view.uuid, "id": report["updated_records"][0]["id"]}
    ]
    assert "updated 1 view" in summary_text(report)
    texts = [v.text for v in list_views(officer, report["session_id"])]
    assert "corrected on laptop A" in texts and view.text not in texts


def test_a_later_local_edit_is_not_overwritten_by_an_older_bundle(laptop_a, bundle, officer):
    report = import_bundle(officer, bundle)
    officer_view = list_views(officer, report["session_id"])[0]
    touch_row(officer, "views", officer_view.id, {"text": "officer's correction"})
    again = import_bundle(officer, bundle)
    assert again["updated"]["views"] == 0
    assert list_views(officer, report["session_id"])[0].text == "officer's correction"


def test_same_change_time_is_settled_by_device_id(laptop_a, tmp_path, officer):
    session_id = full_session(laptop_a)
    import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "1.coprod")["path"])
    view = list_views(laptop_a, session_id)[0]
    stamp = now()
    local_id = officer.execute("SELECT id FROM views WHERE uuid = ?", [view.uuid]).fetchone()[0]
    low, high = "00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"
    touch_row(officer, "views", local_id, {"text": "from device 0000"}, when=stamp, device=low)
    touch_row(laptop_a, "views", view.id, {"text": "from device ffff"}, when=stamp, device=high)
    report = import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "2.coprod")["path"])
    assert report["updated"]["views"] == 1
    assert (
        officer.execute("SELECT text FROM views WHERE id = ?", [local_id]).fetchone()[0] == "from device ffff"
    )


def test_participant_code_collision_keeps_both_and_says_so(laptop_a, tmp_path, officer):
    session_id = new_session(laptop_a)
    start = export_bundle(laptop_a, session_id, tmp_path / "start.coprod")
    laptop_b = laptop(tmp_path / "b" / "coprod.sqlite3")
    trust_each_other(laptop_a, laptop_b, officer)
    b_session = import_bundle(laptop_b, start["path"])["session_id"]
    pa = add_participant(laptop_a, session_id, group="young-person")
    add_views(laptop_a, session_id, 2, participant=pa.code, prefix="A")
    pb = add_participant(laptop_b, b_session, group="parent-carer")
    with laptop_b.atomic():  # both tables handed out the same sticker code
        laptop_b.execute("UPDATE participants SET code = ? WHERE id = ?", [pa.code, pb.id])
    add_views(laptop_b, b_session, 3, participant=pa.code, prefix="B")
    import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "a.coprod")["path"])
    report = import_bundle(officer, export_bundle(laptop_b, b_session, tmp_path / "b.coprod")["path"])
    laptop_b.close()

    [renamed] = report["renamed_codes"]
    assert renamed["from"] == pa.code and renamed["to"] != pa.code
    assert f"participant code {pa.code} was already used here" in summary_text(report)
    people = {p.code: p for p in list_participants(officer, report["session_id"])}
    assert set(people) == {pa.code, renamed["to"]} and people[renamed["to"]].group == "parent-carer"
    by_code = {}
    for v in list_views(officer, report["session_id"]):
        by_code.setdefault(v.draft.participant, []).append(v.text)
    assert len(by_code[pa.code]) == 2 and len(by_code[renamed["to"]]) == 3, (
        "nobody's words moved to someone else"
    )
    again = import_bundle(officer, export_bundle(laptop_a, session_id, tmp_path / "a2.coprod")["path"])
    assert again["renamed_codes"] == [] and total(again, "added") == 0


def test_themes_spanning_two_sessions_are_rebuilt_from_both_bundles(laptop_a, tmp_path, officer):
    from tests.unit.bundle_helpers import add_theme

    s1, s2 = new_session(laptop_a, "one"), new_session(laptop_a, "two")
    v1, v2 = add_views(laptop_a, s1, 2), add_views(laptop_a, s2, 2)
    add_theme(laptop_a, v1 + v2)
    for sid in (s1, s2):
        import_bundle(officer, export_bundle(laptop_a, sid, tmp_path / f"{sid}.coprod")["path"])
    assert snapshot(officer) == snapshot(laptop_a)


# Refusals: one sentence, database untouched ---------------------------------------


def refused(officer, officer_path, path, match: str):
    before = db_files_hash(officer_path), snapshot(officer)
    with pytest.raises((BundleError, StorageError), match=match) as info:
        import_bundle(officer, path)
    message = str(info.value)
    assert "\n" not in message and message.endswith((".", "it.")), message
    assert (db_files_hash(officer_path), snapshot(officer)) == before
    return message


@pytest.fixture
def officer_with_data(officer, tmp_path):
    other = laptop(tmp_path / "other" / "coprod.sqlite3")
    trust_each_other(officer, other)
    import_bundle(officer, export_bundle(other, full_session(other), tmp_path / "other.coprod")["path"])
    other.close()
    return officer


def test_refuses_a_file_that_is_not_a_bundle(officer_with_data, officer_path, tmp_path):
    text = tmp_path / "notes.coprod"
    text.write_text("shopping list", encoding="utf-8")
    assert "is not a coprod-app session bundle" in refused(
        officer_with_data, officer_path, text, "not a coprod"
    )
    other_zip = tmp_path / "photos.coprod"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    refused(officer_with_data, officer_path, other_zip, "not a coprod-app session bundle")


def test_refuses_a_truncated_bundle(officer_with_data, officer_path, bundle, tmp_path):
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        short = tmp_path / f"short-{cut}.coprod"
        short.write_bytes(data[:cut])
        refused(officer_with_data, officer_path, short, "truncated or damaged")


def test_refuses_a_tampered_bundle(officer_with_data, officer_path, bundle, tmp_path):
    def edit(members):
        members["views.json"]["rows"][0][0] = "words nobody said"

    tampered = rewrite_bundle(bundle, tmp_path / "tampered.coprod", edit, fix_manifest=False)
    assert "views.json" in refused(officer_with_data, officer_path, tampered, "changed after .* signed it")
    # With the checksums recomputed (no key needed) the signature gives it away.
    rechecked = rewrite_bundle(bundle, tmp_path / "rechecked.coprod", edit)
    assert "signature does not match" in refused(officer_with_data, officer_path, rechecked, "signature")

    def extra(members):
        members["extra.json"] = {"x": 1}

    smuggled = rewrite_bundle(bundle, tmp_path / "extra.coprod", extra, fix_manifest=False)
    refused(officer_with_data, officer_path, smuggled, "manifest does not list")


def test_refuses_a_newer_format(officer_with_data, officer_path, bundle, tmp_path):
    def newer(members):
        members["bundle.json"]["format_version"] = file_format.FORMAT_VERSION + 1
        members["bundle.json"]["app_version"] = "9.0.0"

    message = refused(
        officer_with_data,
        officer_path,
        rewrite_bundle(bundle, tmp_path / "new.coprod", newer),
        "newer|update the app",
    )
    assert "coprod-app 9.0.0" in message and "update the app" in message


@pytest.mark.parametrize("where", ["view commitment", "view principle", "round", "tally"])
def test_refuses_a_pack_key_unknown_to_the_session_pack(
    officer_with_data, officer_path, bundle, tmp_path, where, laptop_a
):
    def unknown(members):
        if where == "round" or where == "tally":
            member = members["rounds.json" if where == "round" else "tallies.json"]
            column = "commitments" if where == "round" else "commitment_key"
            value = '["commitment-9.9"]' if where == "round" else "commitment-9.9"
        else:
            member = members["views.json"]
            column = "commitments" if where == "view commitment" else "principles"
            value = '["commitment-9.9"]' if where == "view commitment" else '["principle-99"]'
        member["rows"][0][member["columns"].index(column)] = value

    # signed again by laptop A itself: the values are checked even in a bundle from a trusted laptop
    message = refused(
        officer_with_data,
        officer_path,
        rewrite_bundle(bundle, tmp_path / "k.coprod", unknown, sign_with=laptop_a),
        "strategy pack|not on the ballot",
    )
    assert "9.9" in message or "principle-99" in message


def test_refuses_zip_bombs(officer_with_data, officer_path, bundle, tmp_path, monkeypatch):
    many = tmp_path / "many.coprod"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(many, "w") as zf:
        for name in src.namelist():
            zf.writestr(name, src.read(name))
        for i in range(file_format.MAX_MEMBERS):
            zf.writestr(f"padding-{i}.json", b"{}")
    refused(officer_with_data, officer_path, many, "more than the")

    # A real bomb: a small file that would unpack to more than the limit.
    monkeypatch.setattr(file_format, "MAX_TOTAL_BYTES", 2_000_000)
    monkeypatch.setattr(file_format, "MAX_MEMBER_BYTES", 1_500_000)
    bomb = tmp_path / "bomb.coprod"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in src.namelist():
            zf.writestr(name, src.read(name))
        zf.writestr("zeros.json", b"0" * 3_000_000)
    assert bomb.stat().st_size < 100_000
    refused(officer_with_data, officer_path, bomb, "would unpack")
    total_bomb = tmp_path / "total.coprod"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(total_bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in src.namelist():
            zf.writestr(name, src.read(name))
        for i in range(2):
            zf.writestr(f"zeros-{i}.json", b"0" * 1_400_000)
    refused(officer_with_data, officer_path, total_bomb, "would unpack to")


def test_refuses_a_member_that_unpacks_to_more_than_it_declares(
    officer_with_data, officer_path, bundle, tmp_path
):
    liar = tmp_path / "liar.coprod"
    with zipfile.ZipFile(bundle) as src:
        members = {n: src.read(n) for n in src.namelist()}
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = bytearray(liar.read_bytes())
    # Shrink the declared size of views.json in the central directory (its "uncompressed size" field).
    with zipfile.ZipFile(liar) as zf:
        info = zf.getinfo("views.json")
    # The central directory entry: its name starts 46 bytes in, its uncompressed size 24 bytes in.
    offset = raw.find(b"views.json", raw.find(b"PK\x01\x02")) - 46 + 24
    assert int.from_bytes(raw[offset : offset + 4], "little") == info.file_size
    raw[offset : offset + 4] = (info.file_size // 2).to_bytes(4, "little")
    liar.write_bytes(bytes(raw))
    message = refused(officer_with_data, officer_path, liar, "damaged|declares|checksum")
    assert "views.json" in message or "CRC" in message


def test_a_broken_record_refuses_the_bundle_before_anything_is_written(
    officer_with_data, officer_path, bundle, tmp_path, laptop_a
):
    def orphan_vote(members):  # the last table merged refers to a participant nobody has
        votes = members["votes.json"]
        votes["rows"][-1][votes["columns"].index("participant_uuid")] = "0badc0de-0000-4000-8000-000000000000"

    def signed(change, name):
        return rewrite_bundle(bundle, tmp_path / name, change, sign_with=laptop_a)

    refused(
        officer_with_data,
        officer_path,
        signed(orphan_vote, "orphan.coprod"),
        "participant .* not in the bundle",
    )

    def bad_value(members):
        views = members["views.json"]
        views["rows"][-1][views["columns"].index("text")] = ["not", "text"]

    refused(officer_with_data, officer_path, signed(bad_value, "bad.coprod"), "not a table of records")

    def doubled(members):
        views = members["views.json"]
        views["rows"].append(list(views["rows"][0]))

    refused(officer_with_data, officer_path, signed(doubled, "double.coprod"), "in the bundle twice")


def test_an_error_half_way_rolls_the_whole_import_back(officer_with_data, officer_path, bundle, monkeypatch):
    from coprod_app.storage.bundle import merge

    real = merge._Merge._records

    def fail_at_the_last_table(self, layout, member):
        if layout.name == "action_history":  # everything before it is written by now
            assert self.db.execute("SELECT count(*) FROM views").fetchone()[0] > 6
            raise BundleError("The disk went away half way, so nothing was imported.")
        real(self, layout, member)

    monkeypatch.setattr(merge._Merge, "_records", fail_at_the_last_table)
    refused(officer_with_data, officer_path, bundle, "half way")


def test_refuses_a_missing_file(officer, tmp_path):
    with pytest.raises(BundleError, match="There is no file"):
        import_bundle(officer, tmp_path / "nowhere.coprod")
