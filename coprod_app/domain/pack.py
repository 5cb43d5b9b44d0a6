"""The strategy pack: charter principles, priorities, commitments, "I" statements, towns.

A pack is plain JSON (see docs/strategy-pack.md). `parse_pack` is the one place
that knows its shape; it refuses a pack with a missing field, a duplicate key or
a wrong type, naming the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_app.domain.errors import CoprodError

PACK_FORMAT = 1


class PackError(CoprodError):
    """A strategy pack that cannot be used, with the field named."""


@dataclass(frozen=True)
class Principle:
    key: str
    title: str
    description: str
    easy_read: str = ""


@dataclass(frozen=True)
class Commitment:
    key: str
    text: str
    priority_key: str
    easy_read: str = ""
    i_statement: str | None = None


@dataclass(frozen=True)
class Priority:
    key: str
    title: str
    easy_read: str
    children_say: tuple[str, ...]
    parents_say: tuple[str, ...]
    partners_say: tuple[str, ...]
    commitments: tuple[Commitment, ...]
    i_statements: tuple[str, ...]


@dataclass(frozen=True)
class Pack:
    key: str
    name: str
    council: str
    language: str
    principles: tuple[Principle, ...]
    priorities: tuple[Priority, ...]
    towns: tuple[str, ...]
    source: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    @property
    def commitments(self) -> tuple[Commitment, ...]:
        return tuple(c for p in self.priorities for c in p.commitments)

    def principle(self, key: str) -> Principle:
        return _find(self.principles, key, "principle")

    def priority(self, key: str) -> Priority:
        return _find(self.priorities, key, "priority")

    def commitment(self, key: str) -> Commitment:
        return _find(self.commitments, key, "commitment")

    def canonical_town(self, town: str) -> str:
        """The pack's spelling of a town typed in any case; other places kept as typed."""
        for known in self.towns:
            if known.casefold() == town.casefold():
                return known
        return town

    def to_json(self) -> str:
        """The pack as stored and exchanged: the source JSON, unchanged."""
        return json.dumps(self.source, ensure_ascii=False, sort_keys=False)

    def summary(self) -> dict[str, Any]:
        """The shape `pack show --json` prints."""
        return {
            "key": self.key,
            "name": self.name,
            "council": self.council,
            "language": self.language,
            "principles": [
                {"key": p.key, "title": p.title, "description": p.description, "easy_read": p.easy_read}
                for p in self.principles
            ],
            "priorities": [
                {
                    "key": p.key,
                    "title": p.title,
                    "easy_read": p.easy_read,
                    "children_say": list(p.children_say),
                    "parents_say": list(p.parents_say),
                    "partners_say": list(p.partners_say),
                    "commitments": [
                        {"key": c.key, "text": c.text, "easy_read": c.easy_read, "i_statement": c.i_statement}
                        for c in p.commitments
                    ],
                    "i_statements": list(p.i_statements),
                }
                for p in self.priorities
            ],
            "towns": list(self.towns),
        }


def _find(items, key: str, kind: str):
    for item in items:
        if item.key == key:
            return item
    raise PackError(f"There is no {kind} with the key '{key}' in this strategy pack.")


def load_pack_file(path: str | Path) -> Pack:
    """Read and check a pack file; a bad file raises PackError with one sentence."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"The pack file '{path}' does not exist.") from None
    except OSError as exc:
        raise PackError(f"The pack file '{path}' could not be read ({exc.strerror}).") from None
    return parse_pack_text(raw, f"The pack file '{path}'")


def parse_pack_text(raw: bytes | str, where: str = "The pack") -> Pack:
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise PackError(f"{where} is not a text file in UTF-8, so it is not a strategy pack.") from None
    except json.JSONDecodeError as exc:
        raise PackError(
            f"{where} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    return parse_pack(data)


def parse_pack(data: Any) -> Pack:
    """Check a decoded pack and build it; raises PackError naming the first bad field."""
    if not isinstance(data, dict):
        raise PackError("The pack must be a JSON object with 'name', 'principles', 'priorities' and 'towns'.")
    fmt = data.get("format", PACK_FORMAT)
    if not isinstance(fmt, int) or fmt > PACK_FORMAT:
        raise PackError(f"Field 'format' is {fmt!r}; this app reads strategy packs of format {PACK_FORMAT}.")
    name = _text(data, "name", "name")
    key = _text(data, "key", "key") if "key" in data else _slug(name)
    seen: set[str] = set()

    principles = []
    for i, item in enumerate(_list(data, "principles", "principles", minimum=1)):
        where = f"principles[{i}]"
        p_key = _key(item, where, seen)
        principles.append(
            Principle(
                key=p_key,
                title=_text(item, "title", where),
                description=_text(item, "description", where),
                easy_read=_optional_text(item, "easy_read", where),
            )
        )

    priorities = []
    for i, item in enumerate(_list(data, "priorities", "priorities", minimum=1)):
        where = f"priorities[{i}]"
        pr_key = _key(item, where, seen)
        i_statements = tuple(_strings(item, "i_statements", where))
        commitments = []
        for j, c in enumerate(_list(item, "commitments", where, minimum=1)):
            c_where = f"{where}.commitments[{j}]"
            c_key = _key(c, c_where, seen)
            link = c.get("i_statement")
            if link is not None and (
                not isinstance(link, int) or isinstance(link, bool) or not 0 <= link < len(i_statements)
            ):
                raise PackError(
                    f"Field '{c_where}.i_statement' must be the number of one of the priority's \"I\" statements, or null."
                )
            commitments.append(
                Commitment(
                    key=c_key,
                    text=_text(c, "text", c_where),
                    priority_key=pr_key,
                    easy_read=_optional_text(c, "easy_read", c_where),
                    i_statement=i_statements[link] if link is not None else None,
                )
            )
        priorities.append(
            Priority(
                key=pr_key,
                title=_text(item, "title", where),
                easy_read=_optional_text(item, "easy_read", where),
                children_say=tuple(_strings(item, "children_say", where)),
                parents_say=tuple(_strings(item, "parents_say", where)),
                partners_say=tuple(_strings(item, "partners_say", where)),
                commitments=tuple(commitments),
                i_statements=i_statements,
            )
        )
    towns = _strings(data, "towns", "towns")
    if len({t.casefold() for t in towns}) != len(towns):
        raise PackError("Field 'towns' names the same town twice.")
    return Pack(
        key=key,
        name=name,
        council=_optional_text(data, "council", "council"),
        language=_optional_text(data, "language", "language") or "en-GB",
        principles=tuple(principles),
        priorities=tuple(priorities),
        towns=tuple(towns),
        source=data,
    )


def _slug(text: str) -> str:
    return "-".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split()) or "pack"


def _field(obj: Any, name: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise PackError(f"Field '{where}' must be a JSON object.")
    if name not in obj:
        raise PackError(f"Field '{_join(where, name)}' is missing.")
    return obj[name]


def _join(where: str, name: str) -> str:
    return name if where == name else f"{where}.{name}"


def _text(obj: Any, name: str, where: str) -> str:
    value = _field(obj, name, where)
    if not isinstance(value, str) or not value.strip():
        raise PackError(f"Field '{_join(where, name)}' must be non-empty text.")
    return value


def _optional_text(obj: dict, name: str, where: str) -> str:
    value = obj.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PackError(f"Field '{_join(where, name)}' must be text.")
    return value


def _list(obj: Any, name: str, where: str, minimum: int = 0) -> list:
    value = _field(obj, name, where)
    if not isinstance(value, list):
        raise PackError(f"Field '{_join(where, name)}' must be a list.")
    if len(value) < minimum:
        raise PackError(f"Field '{_join(where, name)}' must have at least {minimum} entry.")
    return value


def _strings(obj: Any, name: str, where: str) -> list[str]:
    values = _list(obj, name, where)
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise PackError(f"Field '{_join(where, name)}[{i}]' must be non-empty text.")
    return values


def _key(obj: Any, where: str, seen: set[str]) -> str:
    key = _text(obj, "key", where)
    if key in seen:
        raise PackError(
            f"Field '{where}.key' repeats the key '{key}'; every key in a pack must be different."
        )
    seen.add(key)
    return key
