"""This laptop's signing key, and the laptops whose bundles it trusts.

Every session bundle is signed with Ed25519 (see docs/bundle-format.md, "Signature"). A checksum
anyone can recompute proves nothing against a deliberate edit; a signature made with a key the
importing laptop trusts does.

The key pair is made on first use and kept in this database's `meta` table, not in the
operating system's key store: one database is one laptop's record (tests run two laptops as two
database files), so the key belongs with that record, and a restored backup goes on signing as
the same laptop. The consequence, said in the docs: a backup carries this laptop's private key,
so keep backups as safe as the database itself (they are owner-only files).

A laptop is trusted by its fingerprint, read off its own screen (`coprod-app device show`, or
File → Laptops I trust…) and typed on the officer's laptop. The fingerprint is the first 80 bits
of the SHA-256 of the raw public key, in base32: `ABCD-EFGH-IJKL-MNOP`. Finding another key with
the same 80 bits takes about 2^80 tries, out of anyone's reach. The first bundle accepted from a
fingerprint pins its full public key, so from then on the whole key must match.
"""

from __future__ import annotations

import base64
import hashlib
import re
import socket
from dataclasses import dataclass

from coprod_app.domain.errors import CoprodError, InvalidInput, NotFound
from coprod_app.domain.session import check_short_text
from coprod_app.storage.connection import AppDatabase, get_meta, now, writing

KEY_META = "device_signing_key"  # base64 of the raw 32-byte Ed25519 private key
NAME_META = "device_name"
_FINGERPRINT_LETTERS = 16  # 80 bits, 5 bits a letter
_BASE32 = re.compile(r"[A-Z2-7]{16}")
_SEPARATORS = re.compile(r"[\s\-_.:]+")


@dataclass(frozen=True)
class Device:
    """A laptop as this one knows it: its fingerprint, its name and (once seen) its public key."""

    fingerprint: str
    name: str
    public_key: str = (
        ""  # base64 of the raw public key; "" when trusted by fingerprint before any bundle came
    )
    trusted_at: str = ""

    def summary(self) -> dict:
        """`device show --json`: exactly {"fingerprint", "name"}."""
        return {"fingerprint": self.fingerprint, "name": self.name}

    def listing(self) -> dict:
        """`device list --json`: one trusted laptop."""
        return {
            "fingerprint": self.fingerprint,
            "name": self.name,
            "trusted_at": self.trusted_at,
            "key_seen": bool(self.public_key),
        }


def fingerprint_of(public_key: bytes) -> str:
    """The short, readable fingerprint of a raw Ed25519 public key: ABCD-EFGH-IJKL-MNOP."""
    letters = base64.b32encode(hashlib.sha256(public_key).digest()[:10]).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, _FINGERPRINT_LETTERS, 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without dashes or spaces) in its grouped form."""
    letters = _SEPARATORS.sub("", str(text or "")).upper()
    if not _BASE32.fullmatch(letters):
        shown = str(text or "").strip()[:60]
        raise InvalidInput(
            f"'{shown}' is not a laptop fingerprint: it is 16 letters A-Z and digits 2-7 in four groups "
            "(the letters O and I, never the digits 0 and 1), for example ABCD-EFGH-IJKL-MNOP, as "
            "'coprod-app device show' prints it on that laptop."
        )
    return "-".join(letters[i : i + 4] for i in range(0, _FINGERPRINT_LETTERS, 4))


def public_key_bytes(public_key: str) -> bytes:
    """The raw 32 bytes of a base64 public key; ValueError when it is not one."""
    raw = base64.b64decode(public_key.encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return raw


# This laptop ---------------------------------------------------------------------------------


def this_device(db: AppDatabase) -> Device:
    """This laptop's fingerprint and name; the key pair is made (and kept) on first use."""
    private = _private_key(db)
    return Device(fingerprint_of(_raw_public(private)), _own_name(db), _b64(_raw_public(private)))


def own_fingerprint(db: AppDatabase) -> str | None:
    """This laptop's fingerprint, or None while it has no key yet (reading never makes one)."""
    return this_device(db).fingerprint if get_meta(db, KEY_META) is not None else None


def rename_this_device(db: AppDatabase, name: str) -> Device:
    """Set the name other laptops see on this laptop's bundles."""
    name = _check_name(name)
    this_device(db)  # the key first, so a renamed laptop always has one
    with writing(db, what="rename this laptop"):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [NAME_META, name])
    return this_device(db)


def sign(db: AppDatabase, message: bytes) -> tuple[Device, bytes]:
    """This laptop's signature of `message`, and who signed it."""
    private = _private_key(db)
    return this_device(db), private.sign(message)


def verify(public_key: str, message: bytes, signature: bytes) -> bool:
    """True when `signature` is a valid Ed25519 signature of `message` by `public_key`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key_bytes(public_key)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _private_key(db: AppDatabase):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stored = get_meta(db, KEY_META)
    if stored is None:
        from cryptography.hazmat.primitives import serialization

        fresh = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        with writing(db, what="make this laptop's signing key"):
            # OR IGNORE: the window and a command line may both make one at the same moment; the first stays.
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [KEY_META, _b64(fresh)])
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [NAME_META, _default_name()])
        stored = get_meta(db, KEY_META)
    try:
        raw = base64.b64decode(stored.encode("ascii"), validate=True)
        return Ed25519PrivateKey.from_private_bytes(raw)
    except ValueError:
        raise CoprodError(
            "This laptop's signing key in the database is damaged, so bundles cannot be signed; "
            "restore a backup."
        ) from None


def _raw_public(private) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _own_name(db: AppDatabase) -> str:
    return get_meta(db, NAME_META) or _default_name()


def _default_name() -> str:
    try:
        host = socket.gethostname().strip()
    except OSError:
        host = ""
    return (clean_name(host) or "this laptop")[:80]


def _check_name(name: str | None) -> str:
    name = check_short_text(name, "laptop name")
    if not name:
        raise InvalidInput("A laptop needs a name, for example 'Table two' or the computer's name.")
    if clean_name(name) != name:
        raise InvalidInput("A laptop name is one line of text, without tabs or new lines.")
    return name


def clean_name(text: str) -> str:
    """A name from a bundle made safe for a one-line sentence: control characters become spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text or "")).split())


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# Trusted laptops -----------------------------------------------------------------------------


def trusted_devices(db: AppDatabase) -> list[Device]:
    """The laptops whose bundles this one accepts, in the order they were trusted."""
    rows = db.execute(
        "SELECT fingerprint, name, public_key, trusted_at FROM trusted_devices ORDER BY trusted_at, fingerprint"
    ).fetchall()
    return [Device(*row) for row in rows]


def find_trusted(db: AppDatabase, fingerprint: str) -> Device | None:
    row = db.execute(
        "SELECT fingerprint, name, public_key, trusted_at FROM trusted_devices WHERE fingerprint = ?",
        [fingerprint],
    ).fetchone()
    return Device(*row) if row else None


def same_name_trusted(db: AppDatabase, name: str, fingerprint: str) -> Device | None:
    """Another trusted laptop (not `fingerprint`) going by `name`, ignoring case and spacing: a laptop
    named like one the officer knows is the easiest way to be trusted by a glance at the name alone."""
    wanted = " ".join(clean_name(name or "").casefold().split())
    if not wanted:
        return None
    return next(
        (
            d
            for d in trusted_devices(db)
            if d.fingerprint != fingerprint and " ".join(clean_name(d.name).casefold().split()) == wanted
        ),
        None,
    )


def trust_device(
    db: AppDatabase, fingerprint: str, name: str | None = None, public_key: str | None = None
) -> tuple[Device, bool]:
    """Trust the laptop with this fingerprint; (the laptop, True) when it is new, (it, False) if already trusted.

    Trusting a laptop already trusted changes nothing, whatever name is given. `public_key`
    (base64) comes from a bundle the GUI is about to import; it must have this fingerprint.
    """
    fingerprint = parse_fingerprint(fingerprint)
    if name is not None and str(name).strip():
        name = _check_name(name)
    else:
        name = ""
    if public_key:
        try:
            if fingerprint_of(public_key_bytes(public_key)) != fingerprint:
                raise ValueError("another key")
        except ValueError:
            raise InvalidInput(
                f"The key given does not have the fingerprint {fingerprint}; nothing was trusted."
            ) from None
    own = this_device(db)
    if fingerprint == own.fingerprint:
        return own, False  # this laptop's own bundles are always trusted here
    known = find_trusted(db, fingerprint)
    if known is not None:
        return known, False
    with writing(db, what="trust the laptop"):
        db.execute(
            "INSERT OR IGNORE INTO trusted_devices (fingerprint, name, public_key, trusted_at) "
            "VALUES (?, ?, ?, ?)",
            [fingerprint, name, public_key or "", now()],
        )
    return find_trusted(db, fingerprint), True


def forget_device(db: AppDatabase, fingerprint: str) -> Device:
    """Stop trusting a laptop (lost, stolen or given away); bundles already imported stay."""
    fingerprint = parse_fingerprint(fingerprint)
    known = find_trusted(db, fingerprint)
    if known is None:
        raise NotFound(f"No trusted laptop has the fingerprint {fingerprint}.")
    with writing(db, what="stop trusting the laptop"):
        db.execute("DELETE FROM trusted_devices WHERE fingerprint = ?", [fingerprint])
    return known


def display(name: str, fingerprint: str) -> str:
    """'Table two (ABCD-EFGH-IJKL-MNOP)', or the fingerprint alone when the name is not known."""
    name = clean_name(name)[:80]
    return f"{name} ({fingerprint})" if name else fingerprint
