"""The `.coprod` session bundle file: writing it safely and reading it suspiciously.

A bundle is a zip of JSON members, signed by the laptop that made it (see
docs/bundle-format.md). This module knows the file, not the database: it writes
members atomically with owner-only permissions and, on reading, refuses anything
that is not a bundle, is cut short, is unsigned or badly signed, comes from a
laptop the caller does not trust, comes from a newer format or would unpack past
its declared sizes or the limits, each with one sentence.

The order of reading is what keeps a hostile file cheap: the small members (header,
manifest, signature) are read first, with small limits; the signature and the
caller's trust are checked before any table is unpacked; then each table is
streamed in chunks against the size the signed manifest declares, and parsed one
record at a time, so neither a bomb nor a member of empty records can grow in memory.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import json
import os
import re
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from coprod_app.domain.errors import CoprodError
from coprod_app.storage import devices
from coprod_app.storage.disk_place import held_open, held_open_words, replace_file

FORMAT_NAME = "coprod-bundle"
FORMAT_VERSION = 2  # 2: signed (Ed25519). 1 was checksums only, which anyone can recompute.
HEADER_MEMBER = "bundle.json"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "signature.json"
SIGNATURE_ALGORITHM = "ed25519"
# What is signed is this prefix and the exact bytes of manifest.json (which lists the header's and
# every table's SHA-256 and size). The prefix keeps the signature from meaning anything elsewhere.
SIGNATURE_CONTEXT = b"coprod-bundle signature, format 2\n"

# Limits against zip bombs and damaged files. A session of 10,000 views is about 5 MB, so these
# leave room for very large sessions and still stop a bomb.
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_SMALL_MEMBER_BYTES = 1024 * 1024  # header, manifest and signature are a few kilobytes
MAX_RECORD_CHARS = 8 * 1024 * 1024  # one record: the longest view the app ever allowed, with room to spare
_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


class BundleError(CoprodError):
    """A bundle that cannot be read or used; nothing was changed."""


class Signer(NamedTuple):
    """Who signed a bundle, as the bundle says: checked against the signature before anyone sees it."""

    name: str
    public_key: str  # base64 of the raw Ed25519 key
    fingerprint: str


class UntrustedBundle(BundleError):
    """A correctly signed bundle from a laptop this one does not trust (yet)."""

    def __init__(self, message: str, signer: Signer) -> None:
        super().__init__(message)
        self.signer = signer


def table_member(table: str) -> str:
    return f"{table}.json"


def write_bundle(
    path: str | Path, header: dict[str, Any], tables: dict[str, Rows], sign: Callable[[bytes], bytes]
) -> Path:
    """Write header, one member per table, the manifest and its signature; atomic, mode 0600.

    `sign(message)` returns the Ed25519 signature of `message` by the key named in the header.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BundleError(f"'{path}' is a folder; give a file name such as session.coprod.")
    members: list[tuple[str, bytes]] = [(HEADER_MEMBER, _encode(header))]
    members += [
        (table_member(name), _encode({"columns": list(t.columns), "rows": t.rows}))
        for name, t in tables.items()
    ]
    manifest = {
        "format_version": FORMAT_VERSION,
        "algorithm": "sha256",
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members
        },
    }
    manifest_bytes = _encode(manifest)
    signature = {
        "algorithm": SIGNATURE_ALGORITHM,
        "signature": base64.b64encode(sign(SIGNATURE_CONTEXT + manifest_bytes)).decode("ascii"),
    }
    members += [(MANIFEST_MEMBER, manifest_bytes), (SIGNATURE_MEMBER, _encode(signature))]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)  # mode 0600
    except OSError as exc:
        raise BundleError(f"The bundle could not be written in '{folder}' ({exc.strerror}).") from None
    stamp = time.localtime()[:6]
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                for name, data in members:
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o600 << 16
                    zf.writestr(info, data)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(tmp_name, 0o600)
        replace_file(tmp_name, path)  # waits a little for a program that holds it open (Windows)
        _fsync_folder(folder)
    except OSError as exc:
        _remove_quietly(tmp_name)
        reason = f"{held_open_words(path)}; close it and export again" if held_open(exc) else exc.strerror
        raise BundleError(f"The bundle could not be written to '{path}' ({reason}).") from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    return path


def read_bundle(
    path: str | Path,
    table_names: tuple[str, ...],
    trust: Callable[[Signer], None],
    required: dict[str, tuple[str, ...]] | None = None,
) -> tuple[dict, Signer, dict[str, Rows]]:
    """The header, the signer and the rows of each table, after every check; BundleError otherwise.

    `trust(signer)` raises (an UntrustedBundle) unless this laptop accepts bundles from that
    signer. No table is unpacked before the signature and the trust have passed. `required`
    names, per table, the fields every record must carry: a member without them is refused
    before its records are read, and each record's UUID fields must be UUID-long text as it
    arrives, so even a signed member cannot fill memory with records of nothing.
    """
    path = Path(path)
    where = f"'{path.name}'"
    try:
        with path.open("rb") as f:
            magic = f.read(4)
    except FileNotFoundError:
        raise BundleError(f"There is no file '{path}'.") from None
    except OSError as exc:
        raise BundleError(f"The file '{path}' could not be read ({exc.strerror}).") from None
    if magic != b"PK\x03\x04":
        raise BundleError(f"{where} is not a coprod-app session bundle, so nothing was imported.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = _check_listing(zf, where)
            header_bytes = _read_small(zf, infos[HEADER_MEMBER], where)
            header = _decode(header_bytes, HEADER_MEMBER, where)
            _check_header(header, where)
            signer = _claimed_signer(header, where)
            if header["format_version"] < 2 or SIGNATURE_MEMBER not in infos:
                by = f" (it says it comes from laptop {_shown(signer)})" if signer else ""
                raise BundleError(
                    f"{where} is unsigned: it is not signed by any laptop{by}, so nothing was imported; it was made "
                    "by an older coprod-app or its signature was removed, so export it again with this version on "
                    "the laptop that made it."
                )
            if signer is None:
                raise BundleError(f"{where} does not say which laptop signed it, so nothing was imported.")
            manifest_bytes = _read_small(zf, infos[MANIFEST_MEMBER], where)
            signature = _signature(
                _decode(_read_small(zf, infos[SIGNATURE_MEMBER], where), SIGNATURE_MEMBER, where),
                where,
                signer,
            )
            if not devices.verify(signer.public_key, SIGNATURE_CONTEXT + manifest_bytes, signature):
                raise BundleError(
                    f"{where} says it was signed by laptop {_shown(signer)}, but its signature does not match its "
                    "contents, so it was changed after it was signed (or forged) and nothing was imported."
                )
            listed = _check_manifest(_decode(manifest_bytes, MANIFEST_MEMBER, where), infos, where)
            entry = listed.get(HEADER_MEMBER)
            if (
                entry is None
                or entry.get("size") != len(header_bytes)
                or entry.get("sha256") != hashlib.sha256(header_bytes).hexdigest()
            ):
                raise BundleError(
                    f"{where} was changed after laptop {_shown(signer)} signed it (its header does "
                    "not match the signed manifest), so nothing was imported."
                )
            trust(signer)
            tables: dict[str, Rows] = {}
            for table in table_names:  # in the caller's order (parents first), whatever the zip's order
                member = table_member(table)
                needs = (required or {}).get(table, ())
                tables[table] = (
                    _read_table(zf, infos[member], listed[member], member, where, signer, needs)
                    if member in listed
                    else Rows((), [])
                )
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{where} is truncated or damaged ({exc}), so nothing was imported.") from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as exc:
        # zlib errors, short reads of a cut-off file, unknown compression or encryption land here
        raise BundleError(f"{where} is truncated or damaged ({exc}), so nothing was imported.") from None
    return header, signer, tables


class Rows(NamedTuple):
    """One table's member: the field names once, then each record as a list in that order."""

    columns: tuple[str, ...]
    rows: list[list]

    def index(self, name: str) -> int | None:
        return self.columns.index(name) if name in self.columns else None

    def values(self, name: str) -> list:
        """Every record's value of one field (None when the bundle does not carry that field)."""
        at = self.index(name)
        return [None] * len(self.rows) if at is None else [row[at] for row in self.rows]


def _shown(signer: Signer) -> str:
    return devices.display(signer.name, signer.fingerprint)


def _claimed_signer(header: dict, where: str) -> Signer | None:
    """The signer the header names (not yet checked against the signature), or None if it names none."""
    signer = header.get("signer")
    if signer is None:
        return None
    if (
        not isinstance(signer, dict)
        or not isinstance(signer.get("public_key"), str)
        or not isinstance(signer.get("name", ""), str)
    ):
        raise BundleError(
            f"{where} is damaged (the laptop that signed it cannot be read), so nothing was imported."
        )
    try:
        print_ = devices.fingerprint_of(devices.public_key_bytes(signer["public_key"]))
    except ValueError:
        raise BundleError(
            f"{where} is damaged (the key of the laptop that signed it is not an Ed25519 key), "
            "so nothing was imported."
        ) from None
    return Signer(devices.clean_name(signer.get("name", ""))[:200], signer["public_key"], print_)


def _signature(data: Any, where: str, signer: Signer) -> bytes:
    if (
        not isinstance(data, dict)
        or data.get("algorithm") != SIGNATURE_ALGORITHM
        or not isinstance(data.get("signature"), str)
    ):
        raise BundleError(
            f"{where} has a signature this app cannot check (it is not {SIGNATURE_ALGORITHM}), "
            f"so nothing from laptop {_shown(signer)} was imported."
        )
    try:
        return base64.b64decode(data["signature"].encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise BundleError(
            f"{where} is damaged (its signature is not base64), so nothing was imported."
        ) from None


def _check_listing(zf: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(
            f"{where} holds {len(infos)} files, more than the {MAX_MEMBERS} a bundle may have, so nothing was imported."
        )
    total = 0
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or ":" in name or "\\" in name:
            raise BundleError(
                f"{where} contains a file with an unsafe path ({name!r}), so nothing was imported."
            )
        if name in by_name:
            raise BundleError(f"{where} contains {name} twice, so nothing was imported.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(
                f"{where} would unpack {name} to {info.file_size:,} bytes, more than the limit of "
                f"{MAX_MEMBER_BYTES:,}, so nothing was imported."
            )
        total += info.file_size
        by_name[name] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleError(
            f"{where} would unpack to {total:,} bytes, more than the limit of {MAX_TOTAL_BYTES:,}, "
            "so nothing was imported."
        )
    if HEADER_MEMBER not in by_name:
        raise BundleError(
            f"{where} is not a coprod-app session bundle (it has no {HEADER_MEMBER}), "
            "so nothing was imported."
        )
    if MANIFEST_MEMBER not in by_name:
        raise BundleError(f"{where} is damaged (it has no {MANIFEST_MEMBER}), so nothing was imported.")
    return by_name


def _chunks(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, declared: int, name: str, where: str, digest=None
) -> Iterator[bytes]:
    """A member's bytes in chunks, refused the moment they pass `declared` (a lying size is a bomb or damage)."""
    got = 0
    with zf.open(info) as member:
        while True:
            chunk = member.read(min(_CHUNK, declared + 1 - got))
            if not chunk:
                break
            got += len(chunk)
            if got > declared:
                raise BundleError(
                    f"{where} unpacks {name} to more than it declares, so nothing was imported."
                )
            if digest is not None:
                digest.update(chunk)
            yield chunk
    if got != declared:
        raise BundleError(f"{where} is truncated or damaged ({name} is cut short), so nothing was imported.")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """The header, manifest or signature: a few kilobytes, never more than a megabyte."""
    if info.file_size > MAX_SMALL_MEMBER_BYTES:
        raise BundleError(
            f"{where} is damaged ({info.filename} is {info.file_size:,} bytes, far more than it can "
            "be), so nothing was imported."
        )
    return b"".join(_chunks(zf, info, info.file_size, info.filename, where))


def _read_table(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    expected: dict,
    name: str,
    where: str,
    signer: Signer,
    required: tuple[str, ...] = (),
) -> Rows:
    """One table, streamed against the size the signed manifest declares and parsed a record at a time."""
    declared = expected.get("size")
    if not isinstance(declared, int) or isinstance(declared, bool) or declared < 0:
        raise BundleError(
            f"{where} is damaged (its manifest gives no size for {name}), so nothing was imported."
        )
    if declared > MAX_MEMBER_BYTES:
        raise BundleError(
            f"{where} declares {name} as {declared:,} bytes, more than the limit of "
            f"{MAX_MEMBER_BYTES:,}, so nothing was imported."
        )
    if declared != info.file_size:
        raise BundleError(
            f"{where} was changed after laptop {_shown(signer)} signed it ({name} is not the size "
            "its signed manifest declares), so nothing was imported."
        )
    digest = hashlib.sha256()
    rows = _parse_table(
        _text(_chunks(zf, info, declared, name, where, digest), name, where), name, where, required
    )
    if digest.hexdigest() != expected.get("sha256"):
        raise BundleError(
            f"{where} was changed or damaged after laptop {_shown(signer)} signed it (the checksum "
            f"of {name} does not match), so nothing was imported."
        )
    return rows


def _text(chunks: Iterator[bytes], name: str, where: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        for chunk in chunks:
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise BundleError(
            f"{where} is damaged ({name} is not UTF-8 text), so nothing was imported."
        ) from None


# Reading a table member one record at a time ------------------------------------------------------
#
# A member is {"columns": [...], "rows": [[...], ...]}. json.loads of a whole member would build
# every record before any could be refused: 130 MB of "[]," made 3 GB of empty lists. Here each
# record is parsed as it arrives and must be a list of exactly len(columns) plain values (text,
# numbers, true/false, null), so garbage is refused at its first record and what is kept is real records.

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_PLAIN = frozenset((str, int, float, bool, type(None)))  # bool: refused later, naming its field


class _Stream:
    def __init__(self, chunks: Iterator[str], name: str, where: str) -> None:
        self.chunks = chunks
        self.text = ""
        self.at = 0
        self.ended = False
        self.damaged = f"{where} is damaged ({name} is not a table of records), so nothing was imported."
        self.name, self.where = name, where
        self.columns: tuple[str, ...] = ()

    def not_a_uuid(self, record: int, at: int) -> str:
        table = self.name.removesuffix(".json")
        return (
            f"{self.where} was refused and nothing was imported: {table}, record {record}, field "
            f"{self.columns[at]}: it is not a UUID (like 5933f420-4dbc-4f71-aab4-08c6d8581fce)."
        )

    def _more(self) -> bool:
        for chunk in self.chunks:
            if chunk:
                self.text = self.text[self.at :] + chunk
                self.at = 0
                return True
        self.ended = True
        return False

    def peek(self) -> str:
        """The next character that is not white space ('' at the end); does not move past it."""
        while True:
            self.at = _WHITESPACE.match(self.text, self.at).end()
            if self.at < len(self.text) or not self._more():
                return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise BundleError(self.damaged)
        self.at += 1

    def value(self) -> Any:
        """The next JSON value, reading more text until it is complete (at most MAX_RECORD_CHARS)."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.at)
            except json.JSONDecodeError:
                end = None
            # A number or word at the very end may go on in the next chunk ("12" + "34").
            if end is not None and (
                end < len(self.text) or self.ended or isinstance(value, (list, dict, str))
            ):
                self.at = end
                return value
            if len(self.text) - self.at > MAX_RECORD_CHARS or not self._more():
                if end is not None and self.ended:
                    self.at = end
                    return value
                raise BundleError(self.damaged)

    def finish(self) -> None:
        if self.peek() != "":
            raise BundleError(self.damaged)


def _parse_table(chunks: Iterator[str], name: str, where: str, required: tuple[str, ...] = ()) -> Rows:
    stream = _Stream(chunks, name, where)
    columns: tuple[str, ...] | None = None
    rows: list[list] = []
    stream.expect("{")
    if stream.peek() == "}":
        raise BundleError(stream.damaged)
    while True:
        key = stream.value()
        stream.expect(":")
        if key == "columns" and columns is None:
            found = stream.value()
            if (
                not isinstance(found, list)
                or not all(isinstance(c, str) for c in found)
                or len(set(found)) != len(found)
            ):
                raise BundleError(stream.damaged)
            columns = stream.columns = tuple(found)
            missing = [f for f in required if f not in columns]
            if not columns or missing:
                raise BundleError(
                    f"{where} is damaged ({name} has no field {missing[0] if missing else 'at all'}), "
                    "so nothing was imported."
                )
        elif key == "rows" and columns is not None and not rows:
            uuids = [columns.index(f) for f in required if f == "uuid" or f.endswith("_uuid")]
            _parse_rows(stream, len(columns), rows, uuids)
        elif isinstance(key, str) and key not in ("columns", "rows"):
            stream.value()  # a field a newer app added: ignored, as the format says
        else:  # "rows" before "columns", a key twice, or a key that is not text
            raise BundleError(stream.damaged)
        if stream.peek() == ",":
            stream.expect(",")
            continue
        stream.expect("}")
        break
    stream.finish()
    if columns is None:
        raise BundleError(stream.damaged)
    return Rows(columns, rows)


def _parse_rows(stream: _Stream, width: int, rows: list[list], uuids: list[int]) -> None:
    stream.expect("[")
    if stream.peek() == "]":
        stream.expect("]")
        return
    plain = _PLAIN
    scan = _DECODER.scan_once  # the C scanner raw_decode wraps: a call per record, so its frame counts
    while True:
        # The fast way: every whole record in the text read so far (at most a chunk, so at most a
        # chunk's worth of objects before they are checked), parsed in one go up to the last "],".
        # If that "]," is inside someone's words the piece is not valid JSON, and the careful way runs.
        text, at = stream.text, stream.at
        cut = text.rfind("],", at)
        if cut > at:
            try:
                batch = json.loads(f"[{text[at : cut + 1]}]")
            except ValueError:
                batch = None
            if batch is not None:
                if (
                    set(map(type, batch)) != {list}
                    or set(map(len, batch)) != {width}
                    or not set(map(type, chain.from_iterable(batch))) <= plain
                ):
                    raise BundleError(stream.damaged)
                for field in uuids:
                    if not _uuid_long(list(map(itemgetter(field), batch))):
                        bad = next(i for i, r in enumerate(batch) if not _uuid_long([r[field]]))
                        raise BundleError(stream.not_a_uuid(len(rows) + bad + 1, field))
                rows += batch
                stream.at = cut + 2
                continue
        # One record at a time: the last of a chunk, one cut by the chunk's end, or written with spaces.
        end = len(text)
        try:
            row, at = scan(text, at)
        except (StopIteration, json.JSONDecodeError):  # the scanner's two ways of saying "not here"
            row = stream.value()
            text, at, end = stream.text, stream.at, len(stream.text)
        if type(row) is not list or len(row) != width or not set(map(type, row)) <= plain:
            raise BundleError(stream.damaged)
        for field in uuids:
            if not _uuid_long([row[field]]):
                raise BundleError(stream.not_a_uuid(len(rows) + 1, field))
        rows.append(row)
        following = text[at] if at < end else ""
        if following not in (",", "]"):
            stream.at = at
            following = stream.peek()
            at = stream.at
        stream.at = at + 1
        if following == "]":
            return
        if following != ",":
            raise BundleError(stream.damaged)


def _uuid_long(values: list) -> bool:
    """Every value is text of a UUID's length (its form is checked with the other values, later)."""
    return not values or (set(map(type, values)) == {str} and set(map(len, values)) == {36})


def _check_header(header: Any, where: str) -> None:
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise BundleError(f"{where} is not a coprod-app session bundle, so nothing was imported.")
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(f"{where} is damaged (its format version is {version!r}), so nothing was imported.")
    if version > FORMAT_VERSION:
        made_by = str(header.get("app_version") or "a newer version")[:40]
        raise BundleError(
            f"{where} was made by coprod-app {made_by} in bundle format {version}, and this version reads up to "
            f"format {FORMAT_VERSION}; update the app to import it."
        )


def _check_manifest(manifest: Any, infos: dict[str, zipfile.ZipInfo], where: str) -> dict[str, dict]:
    members = manifest.get("members") if isinstance(manifest, dict) else None
    if not isinstance(members, dict) or manifest.get("algorithm", "sha256") != "sha256":
        raise BundleError(f"{where} is damaged (its manifest cannot be read), so nothing was imported.")
    for name in infos:
        if name not in (MANIFEST_MEMBER, SIGNATURE_MEMBER) and name not in members:
            raise BundleError(
                f"{where} contains {name}, which its manifest does not list, so nothing was imported."
            )
    for name, entry in members.items():
        if name not in infos:
            raise BundleError(
                f"{where} is truncated or damaged ({name} is missing), so nothing was imported."
            )
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise BundleError(
                f"{where} is damaged (its manifest entry for {name} has no checksum), "
                "so nothing was imported."
            )
    return members


def _encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode(data: bytes, name: str, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"{where} is damaged ({name} is not JSON), so nothing was imported.") from None


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
