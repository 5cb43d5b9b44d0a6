"""The strategy pack: charter principles, priorities, commitments, "I" statements, towns.

A pack is plain JSON (see docs/strategy-pack.md). `parse_pack` is the one place
that knows its shape; it refuses a pack with a missing field, a duplicate key or
a wrong type, naming the field.

A pack may carry its texts in other languages in one top-level block,
`"translations": {"cy": {"commitment-1.1": {"easy_read": ..., ...}, ...}}`, keyed by
the items' own keys. It is one block, not a field on every item, so a pack without it
reads exactly as before, older versions of the app (which ignore unknown top-level
fields) still read a pack that has it, and a translator works in one place.
`Pack.in_language("cy")` gives the pack with each text in Welsh where the block has
it and in the pack's own language where it does not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
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
    """One commitment. `i_statement` is the "I" statement its card shows: the commitment's own
    easy-read one (`easy_read_i_statement` in the pack) where it has one, so two cards linked to
    the same strategy statement still say what each of them means; otherwise the strategy's
    linked statement. `strategy_i_statement` is always the strategy's linked words (or None)."""

    key: str
    text: str
    priority_key: str
    easy_read: str = ""
    i_statement: str | None = None
    strategy_i_statement: str | None = None
    easy_read_i_statement: str = ""


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
    # language tag -> item key -> field -> text, as checked by parse_pack (see _translations).
    translations: dict[str, dict[str, dict[str, Any]]] = field(
        repr=False, compare=False, default_factory=dict
    )

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this pack has texts in: its own first, then its translations."""
        return (self.language, *self.translations)

    def in_language(self, language: str) -> Pack:
        """A copy with each text in `language` where the pack has it, in the pack's own otherwise.

        `language` is a tag such as "cy" or "cy-GB"; a pack with no texts in it is returned as it is.
        Only the words change: keys, links and `to_json()` (the stored copy) stay the pack's own.
        """
        if _primary(language) == _primary(self.language):
            return self
        texts = (
            self.translations.get(_tag(language))
            or self.translations.get(_primary(language))
            or next((t for tag, t in self.translations.items() if _primary(tag) == _primary(language)), None)
        )
        if not texts:
            return self

        def words(key: str, fields: tuple[str, ...]) -> dict[str, str]:
            given = texts.get(key, {})
            return {name: given[name] for name in fields if name in given}

        principles = tuple(
            replace(p, **words(p.key, ("title", "description", "easy_read"))) for p in self.principles
        )
        priorities = []
        for pr in self.priorities:
            said = texts.get(pr.key, {}).get("i_statements") or (None,) * len(pr.i_statements)
            i_statements = tuple(w or own for w, own in zip(said, pr.i_statements, strict=True))
            commitments = []
            for c in pr.commitments:
                strategy = c.strategy_i_statement
                if strategy is not None:
                    strategy = i_statements[pr.i_statements.index(strategy)]
                easy = texts.get(c.key, {}).get("easy_read_i_statement") or c.easy_read_i_statement
                commitments.append(
                    replace(
                        c,
                        **words(c.key, ("text", "easy_read")),
                        easy_read_i_statement=easy,
                        i_statement=easy or strategy,
                        strategy_i_statement=strategy,
                    )
                )
            priorities.append(
                replace(
                    pr,
                    **words(pr.key, ("title", "easy_read")),
                    i_statements=i_statements,
                    commitments=tuple(commitments),
                )
            )
        return replace(self, language=language, principles=principles, priorities=tuple(priorities))

    def relabel(self, results: dict) -> dict:
        """A copy of a round's results (the `votes.round_results` shape) with each card's `text` and
        `easy_read` in this pack's words: the results page then speaks the same language as the cards."""
        rows = []
        for row in results.get("commitments", []):
            try:
                c = self.commitment(row["key"])
            except (KeyError, PackError):
                rows.append(row)  # a card this pack does not have keeps the words it came with
                continue
            rows.append({**row, "text": c.text, "easy_read": c.easy_read})
        return {**results, "commitments": rows}

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
                        {
                            "key": c.key,
                            "text": c.text,
                            "easy_read": c.easy_read,
                            "i_statement": c.i_statement,
                            "strategy_i_statement": c.strategy_i_statement,
                            "easy_read_i_statement": c.easy_read_i_statement,
                        }
                        for c in p.commitments
                    ],
                    "i_statements": list(p.i_statements),
                }
                for p in self.priorities
            ],
            "towns": list(self.towns),
            "languages": list(self.languages),
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
            strategy = i_statements[link] if link is not None else None
            own_statement = _optional_text(c, "easy_read_i_statement", c_where)
            commitments.append(
                Commitment(
                    key=c_key,
                    text=_text(c, "text", c_where),
                    priority_key=pr_key,
                    easy_read=_optional_text(c, "easy_read", c_where),
                    i_statement=own_statement or strategy,
                    strategy_i_statement=strategy,
                    easy_read_i_statement=own_statement,
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
    language = _optional_text(data, "language", "language") or "en-GB"
    return Pack(
        key=key,
        name=name,
        council=_optional_text(data, "council", "council"),
        language=language,
        principles=tuple(principles),
        priorities=tuple(priorities),
        towns=tuple(towns),
        source=data,
        translations=_translations(data, language, principles, priorities),
    )


# Texts in other languages ----------------------------------------------------

# The texts each kind of item can have in another language (the ones a participant or a report reads).
_TRANSLATABLE = {
    "principle": ("title", "description", "easy_read"),
    "priority": ("title", "easy_read", "i_statements"),
    "commitment": ("text", "easy_read", "easy_read_i_statement"),
}
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


def _tag(language: str) -> str:
    return language.strip().lower().replace("_", "-")


def _primary(language: str) -> str:
    return _tag(language).split("-", 1)[0]


def _translations(data: dict, language: str, principles: list, priorities: list) -> dict:
    """The checked `translations` block: {language: {item key: {field: text}}}; {} when there is none."""
    block = data.get("translations")
    if block is None:
        return {}
    if not isinstance(block, dict):
        raise PackError(
            "Field 'translations' must be a JSON object of languages, for example {\"cy\": {...}}."
        )
    items: dict[str, tuple[str, Any, dict]] = {}  # key -> (kind, item, its texts in the pack's language)
    for p in principles:
        items[p.key] = (
            "principle",
            p,
            {"title": p.title, "description": p.description, "easy_read": p.easy_read},
        )
    for pr in priorities:
        items[pr.key] = (
            "priority",
            pr,
            {"title": pr.title, "easy_read": pr.easy_read, "i_statements": pr.i_statements},
        )
        for c in pr.commitments:
            own = c.easy_read_i_statement
            items[c.key] = (
                "commitment",
                c,
                {"text": c.text, "easy_read": c.easy_read, "easy_read_i_statement": own},
            )
    checked: dict[str, dict[str, dict[str, Any]]] = {}
    for tag, texts in block.items():
        where = f"translations.{tag}"
        if not _LANGUAGE_TAG.fullmatch(tag):
            raise PackError(
                f"Field 'translations' has the language '{tag}'; name each language by a lower-case tag such as 'cy'."
            )
        if _primary(tag) == _primary(language):
            raise PackError(
                f"Field '{where}' is the pack's own language ('{language}'); its texts are the pack's own fields."
            )
        if not isinstance(texts, dict):
            raise PackError(
                f"Field '{where}' must be a JSON object of item keys, for example {{\"commitment-1.1\": {{...}}}}."
            )
        checked[tag] = {}
        for key, fields in texts.items():
            if key not in items:
                raise PackError(
                    f"Field '{where}' names '{key}', which is not the key of an item in this pack."
                )
            kind, item, english = items[key]
            item_where = f"{where}.{key}"
            if not isinstance(fields, dict):
                raise PackError(f"Field '{item_where}' must be a JSON object of texts.")
            allowed = _TRANSLATABLE[kind]
            checked[tag][key] = {}
            for name, value in fields.items():
                field_where = f"{item_where}.{name}"
                if name not in allowed:
                    raise PackError(
                        f"Field '{field_where}' is not a text a {kind} can have in another language "
                        f"(it can have {', '.join(repr(a) for a in allowed)})."
                    )
                if not english[name]:
                    raise PackError(
                        f"Field '{field_where}' translates a text that {kind} '{key}' does not have in the pack's own language."
                    )
                if name == "i_statements":
                    value = _translated_list(value, english[name], field_where)
                elif not isinstance(value, str) or not value.strip():
                    raise PackError(f"Field '{field_where}' must be non-empty text.")
                checked[tag][key][name] = value
    return checked


def _translated_list(value: Any, english: tuple[str, ...], where: str) -> tuple[str | None, ...]:
    """A priority's "I" statements in another language: one entry for each, null for one not translated."""
    if not isinstance(value, list) or len(value) != len(english):
        raise PackError(
            f"Field '{where}' must be a list of {len(english)} {'entry' if len(english) == 1 else 'entries'}, "
            "one for each of the priority's "
            '"I" statements (null for one not translated).'
        )
    for i, text in enumerate(value):
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise PackError(f"Field '{where}[{i}]' must be non-empty text or null.")
    return tuple(value)


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
