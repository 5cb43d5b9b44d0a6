"""The `.coprod` session bundle file: writing it safely and reading it suspiciously.

A bundle is a zip of JSON members (see docs/bundle-format.md). This module
knows the file, not the database: it writes members atomically with owner-only
permissions and, on reading, refuses anything that is not a bundle, is cut
short, was changed after it was made, comes from a newer format or would
unpack to an unreasonable size, each with one sentence.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from coprod_app.domain.errors import CoprodError

FORMAT_NAME = "coprod-bundle"
FORMAT_VERSION = 1
HEADER_MEMBER = "bundle.json"
MANIFEST_MEMBER = "manifest.json"

# Limits against zip bombs and damaged files. A session of 10,000 views is about
# 5 MB, so these leave room for very large sessions and still stop a bomb.
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


class BundleError(CoprodError):
    """A bundle that cannot be read or used; nothing was changed."""


def table_member(table: str) -> str:
    return f"{table}.json"


def write_bundle(path: str | Path, header: dict[str, Any], tables: dict[str, Rows]) -> Path:
    """Write header, one member per table and the manifest; atomic, mode 0600."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BundleError(f"'{path}' is a folder; give a file name such as session.coprod.")
    members: list[tuple[str, bytes]] = [(HEADER_MEMBER, _encode(header))]
    members += [(table_member(name), _encode({"columns": list(t.columns), "rows": t.rows}))
                for name, t in tables.items()]
    manifest = {
        "format_version": FORMAT_VERSION,
        "algorithm": "sha256",
        "members": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members},
    }
    members.append((MANIFEST_MEMBER, _encode(manifest)))
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
        os.replace(tmp_name, path)
        _fsync_folder(folder)
    except OSError as exc:
        _remove_quietly(tmp_name)
        raise BundleError(f"The bundle could not be written to '{path}' ({exc.strerror}).") from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    return path


def read_bundle(path: str | Path, table_names: tuple[str, ...]) -> tuple[dict, dict[str, Rows]]:
    """The header and the rows of each table, after every check; raises BundleError otherwise."""
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
            header = _decode(_read_member(zf, infos, HEADER_MEMBER, where), HEADER_MEMBER, where)
            _check_header(header, where)
            manifest = _decode(_read_member(zf, infos, MANIFEST_MEMBER, where), MANIFEST_MEMBER, where)
            listed = _check_manifest(manifest, infos, where)
            contents = {}
            for name in listed:
                data = _read_member(zf, infos, name, where)
                expected = listed[name]
                if len(data) != expected.get("size", len(data)) or hashlib.sha256(data).hexdigest() != expected.get(
                    "sha256"
                ):
                    raise BundleError(
                        f"{where} was changed or damaged after it was made (the checksum of {name} does not "
                        "match), so nothing was imported."
                    )
                contents[name] = data
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{where} is truncated or damaged ({exc}), so nothing was imported.") from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as exc:
        # zlib errors, short reads of a cut-off file, unknown compression or encryption land here
        raise BundleError(f"{where} is truncated or damaged ({exc}), so nothing was imported.") from None
    tables: dict[str, Rows] = {}
    for table in table_names:
        member = table_member(table)
        tables[table] = _rows(_decode(contents[member], member, where), member, where) if member in contents \
            else Rows((), [])
    return header, tables


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


def _rows(data: Any, member: str, where: str) -> Rows:
    damaged = f"{where} is damaged ({member} is not a table of records), so nothing was imported."
    if not isinstance(data, dict) or not isinstance(data.get("columns"), list) or not isinstance(data.get("rows"), list):
        raise BundleError(damaged)
    columns = tuple(data["columns"])
    if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
        raise BundleError(damaged)
    width = len(columns)
    rows = data["rows"]
    if not all(type(row) is list and len(row) == width for row in rows):
        raise BundleError(damaged)
    # A value that is neither text nor a number is refused when it is written (see merge.py):
    # checking here would cost more than the rest of the import for a big event.
    return Rows(columns, rows)


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
            raise BundleError(f"{where} contains a file with an unsafe path ({name!r}), so nothing was imported.")
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
        raise BundleError(f"{where} is not a coprod-app session bundle (it has no {HEADER_MEMBER}), "
                          "so nothing was imported.")
    if MANIFEST_MEMBER not in by_name:
        raise BundleError(f"{where} is damaged (it has no {MANIFEST_MEMBER}), so nothing was imported.")
    return by_name


def _read_member(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str, where: str) -> bytes:
    """A member's bytes, never more than it declares (a lying size is a bomb or damage)."""
    info = infos[name]
    limit = min(info.file_size, MAX_MEMBER_BYTES)
    parts: list[bytes] = []
    got = 0
    with zf.open(info) as member:
        while True:
            chunk = member.read(min(_CHUNK, limit + 1 - got))
            if not chunk:
                break
            got += len(chunk)
            if got > limit:
                raise BundleError(f"{where} unpacks {name} to more than it declares, so nothing was imported.")
            parts.append(chunk)
    if got != info.file_size:
        raise BundleError(f"{where} is truncated or damaged ({name} is cut short), so nothing was imported.")
    return b"".join(parts)


def _check_header(header: Any, where: str) -> None:
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise BundleError(f"{where} is not a coprod-app session bundle, so nothing was imported.")
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(f"{where} is damaged (its format version is {version!r}), so nothing was imported.")
    if version > FORMAT_VERSION:
        made_by = header.get("app_version") or "a newer version"
        raise BundleError(
            f"{where} was made by coprod-app {made_by} in bundle format {version}, and this version reads up to "
            f"format {FORMAT_VERSION}; update the app to import it."
        )


def _check_manifest(manifest: Any, infos: dict[str, zipfile.ZipInfo], where: str) -> dict[str, dict]:
    members = manifest.get("members") if isinstance(manifest, dict) else None
    if not isinstance(members, dict) or manifest.get("algorithm", "sha256") != "sha256":
        raise BundleError(f"{where} is damaged (its manifest cannot be read), so nothing was imported.")
    for name in infos:
        if name != MANIFEST_MEMBER and name not in members:
            raise BundleError(f"{where} contains {name}, which its manifest does not list, so nothing was imported.")
    for name, entry in members.items():
        if name not in infos:
            raise BundleError(f"{where} is truncated or damaged ({name} is missing), so nothing was imported.")
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise BundleError(f"{where} is damaged (its manifest entry for {name} has no checksum), "
                              "so nothing was imported.")
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
