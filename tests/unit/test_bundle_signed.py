"""Bundles that cannot be forged (issue 14, part 4): signatures, trusted laptops, and bombs.

Each attack is the one the issue reports, repeated as its author would: a text editor and a
checksum tool, a key of one's own, a stolen name, a file that inflates in memory.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.bundle import BundleError, UntrustedBundle, export_bundle, import_bundle
from coprod_app.storage.devices import (
    fingerprint_of,
    parse_fingerprint,
    public_key_bytes,
    this_device,
    trust_device,
    trusted_devices,
)
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import list_views, record_view
from tests.unit.bundle_helpers import (
    db_files_hash,
    full_session,
    laptop,
    new_session,
    rewrite_bundle,
    sign_manifest,
    snapshot,
    trust_each_other,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def table_two(tmp_path):
    """The laptop at table two, which the officer trusts once the fingerprints are compared."""
    from coprod_app.storage.devices import rename_this_device

    db = laptop(tmp_path / "table2" / "coprod.sqlite3")
    rename_this_device(db, "Table two")
    yield db
    db.close()


@pytest.fixture
def officer_path(tmp_path):
    return tmp_path / "officer" / "coprod.sqlite3"


@pytest.fixture
def officer(officer_path):
    db = laptop(officer_path)
    yield db
    db.close()


@pytest.fixture
def stranger(tmp_path):
    """Someone with the app on their own laptop: a key of their own, trusted by nobody."""
    from coprod_app.storage.devices import rename_this_device

    db = laptop(tmp_path / "stranger" / "coprod.sqlite3")
    rename_this_device(db, "Table two")  # and a name borrowed from the real one
    yield db
    db.close()


def refused(officer, officer_path, path, match: str, kind=BundleError) -> str:
    before = db_files_hash(officer_path), snapshot(officer)
    with pytest.raises(kind, match=match) as info:
        import_bundle(officer, path)
    message = str(info.value)
    assert "\n" not in message and message.endswith("."), message
    assert (db_files_hash(officer_path), snapshot(officer)) == before, "a refused bundle changes nothing"
    return message


def refusing_child_bundle(db, tmp_path) -> tuple[Path, str]:
    """A session where one child said no to being quoted; its bundle, and that child's words."""
    session_id = new_session(db)
    child = add_participant(db, session_id, group="young-person", quote_consent=False)
    words = "I do not want my words in any report zqxj"
    record_view(db, session_id, ViewDraft(text=words, participant=child.code))
    return Path(export_bundle(db, session_id, tmp_path / "forum.coprod")["path"]), words


def set_consent(members):
    people = members["participants.json"]
    for row in people["rows"]:
        row[people["columns"].index("quote_consent")] = 1


# Fingerprints ---------------------------------------------------------------------------------


def test_fingerprint_is_short_readable_and_typed_any_way(table_two):
    me = this_device(table_two)
    assert len(me.fingerprint) == 19 and me.fingerprint.count("-") == 3
    assert me.fingerprint == fingerprint_of(public_key_bytes(me.public_key))
    letters = me.fingerprint.replace("-", "")
    for typed in (letters.lower(), " ".join(me.fingerprint.split("-")), f"  {me.fingerprint.lower()} "):
        assert parse_fingerprint(typed) == me.fingerprint
    assert this_device(table_two) == me, "the key is made once and kept in the laptop's database"


def test_each_laptop_has_its_own_key(table_two, officer):
    assert this_device(table_two).fingerprint != this_device(officer).fingerprint


@pytest.mark.parametrize(
    "typed", ["", "ABCD", "ABCD-EFGH-IJKL-MNO1", "ABCD-EFGH-IJKL-MNOPQ", "ÄBCD-EFGH-IJKL-MNOP"]
)
def test_a_malformed_fingerprint_is_one_sentence(officer, typed):
    from coprod_app.domain.errors import InvalidInput

    with pytest.raises(InvalidInput, match="is not a laptop fingerprint") as info:
        trust_device(officer, typed)
    assert "\n" not in str(info.value) and trusted_devices(officer) == []


def test_trusting_twice_changes_nothing(officer, officer_path, table_two):
    fingerprint = this_device(table_two).fingerprint
    laptop_, added = trust_device(officer, fingerprint.lower(), "Table two")
    assert added and laptop_.fingerprint == fingerprint
    before = db_files_hash(officer_path)
    again, added = trust_device(officer, fingerprint.replace("-", ""), "Another name")
    assert not added and again == laptop_
    assert db_files_hash(officer_path) == before
    assert [(d.fingerprint, d.name) for d in trusted_devices(officer)] == [(fingerprint, "Table two")]


# The attacks ----------------------------------------------------------------------------------


def test_a_consent_flag_flipped_in_a_text_editor_is_refused(officer, officer_path, table_two, tmp_path):
    """Unzip, quote_consent 0 -> 1 for a child who said no, recompute every SHA-256, zip: no key needed."""
    trust_each_other(officer, table_two)
    bundle, words = refusing_child_bundle(table_two, tmp_path)
    forged = rewrite_bundle(bundle, tmp_path / "forged.coprod", set_consent)
    message = refused(officer, officer_path, forged, "signature does not match")
    assert "Table two" in message and this_device(table_two).fingerprint in message
    assert officer.execute("SELECT count(*) FROM views").fetchone()[0] == 0
    # The untouched bundle goes in, with the child's "no" intact.
    import_bundle(officer, bundle)
    assert officer.execute("SELECT quote_consent FROM participants").fetchall() == [(0,)]


def test_a_bundle_re_signed_with_another_key_is_refused_naming_that_laptop(
    officer, officer_path, table_two, stranger, tmp_path
):
    trust_each_other(officer, table_two)
    bundle, _ = refusing_child_bundle(table_two, tmp_path)
    forged = rewrite_bundle(bundle, tmp_path / "forged.coprod", set_consent, sign_with=stranger)
    message = refused(officer, officer_path, forged, "does not trust", kind=UntrustedBundle)
    # It borrowed the name, but not the fingerprint: the one shown is the stranger's.
    assert this_device(stranger).fingerprint in message and this_device(table_two).fingerprint not in message


def test_an_untrusted_laptop_is_refused_then_trusted_then_accepted_once(
    officer, officer_path, table_two, tmp_path
):
    bundle = Path(export_bundle(table_two, full_session(table_two), tmp_path / "t2.coprod")["path"])
    me = this_device(table_two)
    with pytest.raises(UntrustedBundle) as info:
        import_bundle(officer, bundle)
    assert info.value.signer.fingerprint == me.fingerprint and info.value.signer.name == "Table two"
    message = refused(officer, officer_path, bundle, "does not trust", kind=UntrustedBundle)
    assert message.startswith("'t2.coprod' is signed by laptop Table two (" + me.fingerprint + ")")

    trust_device(officer, me.fingerprint)  # as typed from table two's screen; no name given
    first = import_bundle(officer, bundle)
    assert first["added"]["views"] == 6 and first["bundle"]["signed_by"] == me.summary()
    [known] = trusted_devices(officer)
    assert known.public_key == me.public_key and known.name == "Table two", (
        "the first bundle pins the whole key"
    )

    before = db_files_hash(officer_path), snapshot(officer)
    again = import_bundle(officer, bundle)
    assert sum(again["added"].values()) == sum(again["updated"].values()) == 0
    assert (db_files_hash(officer_path), snapshot(officer)) == before, "importing again changes nothing"


def test_this_laptops_own_bundles_are_trusted(officer, tmp_path):
    bundle, _ = refusing_child_bundle(officer, tmp_path)
    assert import_bundle(officer, bundle)["unchanged"]["views"] == 1


def test_an_unsigned_old_format_bundle_is_refused_as_unsigned(officer, officer_path, table_two, tmp_path):
    trust_each_other(officer, table_two)
    bundle, _ = refusing_child_bundle(table_two, tmp_path)

    def old_format(members):  # what coprod-app wrote before bundles were signed
        members["bundle.json"]["format_version"] = 1
        del members["bundle.json"]["signer"]
        del members["signature.json"]

    old = rewrite_bundle(bundle, tmp_path / "old.coprod", old_format)
    assert "is unsigned" in refused(officer, officer_path, old, "not signed")

    def signature_removed(members):
        del members["signature.json"]

    stripped = rewrite_bundle(bundle, tmp_path / "stripped.coprod", signature_removed)
    message = refused(officer, officer_path, stripped, "not signed")
    assert "Table two" in message, "the laptop it claims to come from is named"


def test_a_forged_signature_value_is_refused(officer, officer_path, table_two, tmp_path):
    trust_each_other(officer, table_two)
    bundle = Path(export_bundle(table_two, full_session(table_two), tmp_path / "t2.coprod")["path"])

    def garble(members):
        members["signature.json"]["signature"] = "A" * 86 + "=="

    refused(
        officer,
        officer_path,
        rewrite_bundle(bundle, tmp_path / "bad.coprod", garble, fix_manifest=False),
        "signature does not match",
    )


def test_another_key_with_a_trusted_fingerprint_is_refused(
    officer, officer_path, table_two, stranger, tmp_path
):
    """Once a laptop's key is pinned, the whole key must match (a fingerprint collision would not do)."""
    trust_each_other(officer, table_two)
    import_bundle(officer, export_bundle(table_two, full_session(table_two), tmp_path / "t2.coprod")["path"])
    bundle = Path(export_bundle(stranger, full_session(stranger), tmp_path / "s.coprod")["path"])
    with officer.atomic():  # as if the stranger had found a key with table two's 80-bit fingerprint
        officer.execute("UPDATE trusted_devices SET fingerprint = ?", [this_device(stranger).fingerprint])
    refused(officer, officer_path, bundle, "another key than the one trusted")


def test_a_forgotten_laptop_is_refused_again(officer, officer_path, table_two, tmp_path):
    from coprod_app.storage.devices import forget_device

    trust_each_other(officer, table_two)
    bundle = Path(export_bundle(table_two, full_session(table_two), tmp_path / "t2.coprod")["path"])
    forget_device(officer, this_device(table_two).fingerprint)
    refused(officer, officer_path, bundle, "does not trust", kind=UntrustedBundle)


# Bombs: memory measured in a child process -------------------------------------------------------

CHILD = """
import json, resource, sys, tracemalloc
from coprod_app.storage.bundle import import_bundle
from coprod_app.storage.database import open_database
from coprod_app.storage.devices import this_device

db = open_database(sys.argv[1])
this_device(db)  # everything loaded (cryptography included) before the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
try:
    import_bundle(db, sys.argv[2])
    error = None
except Exception as exc:
    error = f"{type(exc).__name__}: {exc}"
peak = tracemalloc.get_traced_memory()[1]
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"error": error, "traced_peak": peak, "rss_growth": grown * 1024}))
"""


def import_in_child(db_path: Path, bundle: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path), str(bundle)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"peak memory growth: traced {result['traced_peak'] / 1e6:.1f} MB, "
        f"resident {result['rss_growth'] / 1e6:.1f} MB; {result['error']}"
    )
    return result


def write_raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A zip written by hand: (name, raw DEFLATE data, CRC-32, the uncompressed size it declares)."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, size in members:
        offset = len(out)
        encoded = name.encode()
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0o600 << 16,
            offset,
        )
        central += encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    path.write_bytes(bytes(out))


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def repeated_deflate(chunk: bytes, times: int) -> bytes:
    """DEFLATE data that unpacks to `chunk` repeated `times` times, made without compressing it all.

    After a full flush a deflate stream needs nothing that came before, so the same flushed
    piece can follow itself; an empty final block ends the stream.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return piece * times + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def bomb_bundle(
    source: Path,
    out: Path,
    signer_db,
    views_member: tuple[bytes, int, int],
    manifest_size: int,
    manifest_sha: str,
) -> Path:
    """`source` with views.json replaced by (raw deflate, CRC, declared size), and signed by `signer_db`."""
    from coprod_app.storage.devices import this_device as device

    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    header = json.loads(members["bundle.json"])
    me = device(signer_db)
    header["signer"] = {"name": me.name, "public_key": me.public_key, "fingerprint": me.fingerprint}
    members["bundle.json"] = json.dumps(header).encode()
    manifest = json.loads(members["manifest.json"])
    import hashlib

    for name, data in members.items():
        if name not in ("manifest.json", "signature.json", "views.json"):
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest["members"]["views.json"] = {"sha256": manifest_sha, "size": manifest_size}
    members["manifest.json"] = json.dumps(manifest).encode()
    members["signature.json"] = sign_manifest(signer_db, members["manifest.json"])
    raw = [
        (name, deflate(data), zlib.crc32(data), len(data))
        for name, data in members.items()
        if name != "views.json"
    ]
    data, crc, declared = views_member
    write_raw_zip(out, raw + [("views.json", data, crc, declared)])
    return out


@pytest.fixture
def victim(tmp_path, officer, officer_path, table_two):
    """Table two's real bundle, and the officer trusting table two."""
    trust_each_other(officer, table_two)
    bundle = Path(export_bundle(table_two, full_session(table_two), tmp_path / "t2.coprod")["path"])
    officer.close()
    return bundle


# 3 GiB of "[]," from 3 MB of file: far beyond any declared size.
GIGABYTES = (b"[]," * (1 << 20), 1024)


@pytest.mark.parametrize("signed_by", ["stranger", "table_two"])
def test_a_member_inflating_far_past_its_declared_size_is_refused_in_bounded_memory(
    victim, tmp_path, officer_path, signed_by, request
):
    """Checksums and signature recomputed by a forger with his own key, and also with the trusted key itself."""
    signer = request.getfixturevalue(signed_by)
    inflating = repeated_deflate(*GIGABYTES)
    bomb = bomb_bundle(victim, tmp_path / "bomb.coprod", signer, (inflating, 0, 1000), 1000, "0" * 64)
    assert bomb.stat().st_size < 4_000_000
    result = import_in_child(officer_path, bomb)
    # zipfile itself stops at the declared size and finds the CRC wrong; either way not a byte more is read
    expected = (
        ("does not trust",) if signed_by == "stranger" else ("more than it declares", "damaged (Bad CRC")
    )
    assert any(words in result["error"] for words in expected), result
    assert result["traced_peak"] < 100_000_000 and result["rss_growth"] < 100_000_000, result


def test_a_small_bundle_of_empty_records_is_refused_in_bounded_memory(
    victim, tmp_path, officer_path, table_two
):
    """The issue's 127 KB bundle: honest sizes, valid signature, tens of MB of "[]" records (3 GB of lists)."""
    import hashlib

    columns = json.loads(zipfile.ZipFile(victim).read("views.json"))["columns"]
    records = 8_000_000  # 24 MB: before streaming, about 0.5 GB of empty lists before any was refused
    text = (json.dumps({"columns": columns})[:-1] + ',"rows":[' + "[]," * (records - 1) + "[]]}").encode()
    bomb = bomb_bundle(
        victim,
        tmp_path / "small.coprod",
        table_two,
        (deflate(text), zlib.crc32(text), len(text)),
        len(text),
        hashlib.sha256(text).hexdigest(),
    )
    del text
    assert bomb.stat().st_size < 200_000
    result = import_in_child(officer_path, bomb)
    assert "views.json is not a table of records" in result["error"], result
    assert result["traced_peak"] < 100_000_000 and result["rss_growth"] < 100_000_000, result


def test_a_declared_size_the_archive_contradicts_is_refused(victim, tmp_path, officer_path, table_two):
    """The zip says 100 MB (within the limits), the signed manifest 1,000 bytes: refused before unpacking."""
    inflating = repeated_deflate(b"[]," * (1 << 20), 32)
    bomb = bomb_bundle(
        victim, tmp_path / "liar.coprod", table_two, (inflating, 0, 100_663_296), 1000, "0" * 64
    )
    result = import_in_child(officer_path, bomb)
    assert "not the size its signed manifest declares" in result["error"], result
    assert result["rss_growth"] < 100_000_000, result


def test_markup_in_a_title_arrives_as_typed(officer, table_two, tmp_path):
    from coprod_app.storage.sessions import create_session

    trust_each_other(officer, table_two)
    title = '<font color=red size=7>Youth forum</font> <a href="http://x">click</a> & more'
    session = create_session(table_two, title=title, date="2026-11-20", forum="youth-forum")
    import_bundle(officer, export_bundle(table_two, session.id, tmp_path / "m.coprod")["path"])
    assert officer.execute("SELECT title FROM sessions").fetchone()[0] == title
    assert list_views(officer, 1) == []


@pytest.mark.parametrize("columns", [[], ["uuid"]])
def test_a_signed_member_of_records_with_no_fields_is_refused_in_bounded_memory(
    victim, tmp_path, officer_path, table_two, columns
):
    """Even with the trusted key, a member cannot declare no fields (or too few) and fill memory with records."""
    import hashlib

    records = 8_000_000
    row = "[]" if not columns else '["x"]'
    text = (
        json.dumps({"columns": columns})[:-1] + ',"rows":[' + (row + ",") * (records - 1) + row + "]}"
    ).encode()
    bomb = bomb_bundle(
        victim,
        tmp_path / "empty.coprod",
        table_two,
        (deflate(text), zlib.crc32(text), len(text)),
        len(text),
        hashlib.sha256(text).hexdigest(),
    )
    del text
    result = import_in_child(officer_path, bomb)
    assert "views.json has no field" in result["error"], result
    assert result["traced_peak"] < 100_000_000 and result["rss_growth"] < 100_000_000, result


def test_a_signed_record_whose_uuid_is_not_one_is_refused_as_it_arrives(
    victim, tmp_path, officer_path, table_two
):
    import hashlib

    columns = json.loads(zipfile.ZipFile(victim).read("views.json"))["columns"]
    row = json.dumps([0 if c != "text" else "x" for c in columns])
    text = (json.dumps({"columns": columns})[:-1] + ',"rows":[' + (row + ",") * 999_999 + row + "]}").encode()
    bomb = bomb_bundle(
        victim,
        tmp_path / "zeros.coprod",
        table_two,
        (deflate(text), zlib.crc32(text), len(text)),
        len(text),
        hashlib.sha256(text).hexdigest(),
    )
    result = import_in_child(officer_path, bomb)
    assert "views, record 1, field" in result["error"] and "not a UUID" in result["error"], result
    assert result["traced_peak"] < 100_000_000 and result["rss_growth"] < 100_000_000, result
