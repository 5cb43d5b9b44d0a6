"""Every value in a bundle checked as the command line checks it, before anything is written.

A signature says which laptop made a bundle, not that its values are sound: a laptop with an
older app, a wrong clock or a damaged disk can still send a date in the year 9999, a retention
of -5 months or a vote that is not JSON, and any of those would then break purge, retention or
the exports for the whole database. So every field goes through the domain's own check
functions (the same ones `session new`, `participant new`, `view add`, `vote add`, `tally add`,
`retention`, `theme add` and `action add` use), and one bad value refuses the whole bundle with
one sentence naming the table, the record, the field and what is wrong.

Values are stored exactly as the bundle carries them (markup in a title included: showing it as
plain text is the screens' job); the checks only decide whether they may be stored at all.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import TYPE_CHECKING, Any, Callable

from coprod_app.domain import actions as action_rules
from coprod_app.domain import session as session_rules
from coprod_app.domain import voting as voting_rules
from coprod_app.domain.errors import CoprodError, InvalidInput
from coprod_app.domain.pack import Pack, PackError, parse_pack
from coprod_app.domain.privacy import check_retention_months
from coprod_app.domain.session import check_unicode
from coprod_app.domain.view import MAX_VIEW_CHARS, ViewDraft, check_view, too_long
from coprod_app.storage.bundle.file_format import BundleError, Rows

if TYPE_CHECKING:
    from coprod_app.storage.bundle.layout import TableLayout

# A change time as storage.database.now() writes it: UTC, microseconds, Z; it sorts as text, which
# the merge ("later change wins") relies on.
_TIME = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_EARLIEST_TIME = "2000-01-01T00:00:00.000000Z"  # before the app existed: a clock reset to zero
_SHOWN_VALUE = 60  # characters of a bad value quoted in the sentence
CLOCK_MARGIN = dt.timedelta(days=1)  # laptops' clocks differ; a day ahead is a wrong clock or a forgery


class _Refused(Exception):
    def __init__(self, table: str, record: int, field: str, reason: str) -> None:
        super().__init__(reason)
        self.table, self.record, self.field, self.reason = table, record, field, reason


def latest_allowed_time(clock: dt.datetime | None = None) -> str:
    """The latest change time a bundle may carry: this laptop's clock plus a day, as now() writes times."""
    clock = clock or dt.datetime.now(dt.timezone.utc)
    return (
        (clock + CLOCK_MARGIN)
        .astimezone(dt.timezone.utc)
        .isoformat(timespec="microseconds")
        .replace("+00:00", "Z")
    )


def check_values(
    tables: dict[str, Rows], layouts: dict[str, TableLayout], where: str, latest: str | None = None
) -> Pack:
    """Refuse (BundleError, one sentence) a bundle with any value the command line would refuse.

    Returns the session's strategy pack. `latest` is the latest change time accepted
    (default: a day after this laptop's clock).
    """
    checker = _Checker(tables, layouts, latest or latest_allowed_time())
    try:
        checker.run()
    except _Refused as bad:
        raise BundleError(
            f"{where} was refused and nothing was imported: {bad.table}, record {bad.record}, "
            f"field {bad.field}: {_sentence(bad.reason)}"
        ) from None
    return checker.pack


def _sentence(reason: str) -> str:
    """A domain sentence made safe to end ours: one line, not too long, one full stop."""
    text = " ".join(reason.split())
    if len(text) > 300:
        text = text[:297].rstrip() + "…"
    if len(text) > 1 and text[0].isupper() and (text[1].islower() or text.startswith("A ")):
        text = text[0].lower() + text[1:]
    return text if text.endswith(".") else text + "."


def _quoted(value: Any) -> str:
    text = " ".join(str(value).split())
    return f"'{text[:_SHOWN_VALUE]}…'" if len(text) > _SHOWN_VALUE else f"'{text}'"


class _Checker:
    def __init__(self, tables: dict[str, Rows], layouts: dict[str, TableLayout], latest: str) -> None:
        self.tables = tables
        self.layouts = layouts
        self.latest = latest
        self.pack: Pack | None = None
        self.session_uuid: str | None = None
        self.uuids: dict[str, set[str]] = {}
        self._columns: dict[str, dict[str, tuple]] = {}
        self._passed: dict[str, set[str]] = {}  # per pattern: the values that passed it

    def run(self) -> None:
        for name, layout in self.layouts.items():
            self._generic(name, layout, self.tables.get(name) or Rows((), []))
        self._sessions()
        self._participants()
        self._views()
        self._rounds_votes_tallies()
        self._themes_and_actions()

    # Shared helpers ----------------------------------------------------------------------------
    #
    # A big event is 10,000 views: the checks of whole columns run in C (map, set, min, max) and
    # look at each record again only to name the one that failed.

    def rows(self, table: str) -> Rows:
        return self.tables.get(table) or Rows((), [])

    def column(self, table: str, field: str) -> list | None:
        """Every record's value of one field, or None when the bundle does not carry the field."""
        if table not in self._columns:  # every column of the table in one pass
            member = self.rows(table)
            self._columns[table] = dict(zip(member.columns, zip(*member.rows))) if member.rows else {}
        values = self._columns[table].get(field)
        return None if values is None else list(values)

    def each(self, table: str, field: str, check: Callable[[Any], Any]) -> None:
        """Run `check` on every distinct value of a field; the first failure names its record."""
        values = self.column(table, field)
        if not values:
            return
        for value in dict.fromkeys(values):
            try:
                check(value)
            except CoprodError as exc:
                raise _Refused(table, values.index(value) + 1, field, str(exc)) from None

    def all_pass(self, table: str, field: str, pattern: re.Pattern, check: Callable[[Any], Any]) -> None:
        """`pattern` on every distinct value but null, in one match; where it fails, `check` says why."""
        values = self.column(table, field)
        if not values:
            return
        distinct = set(values)
        distinct.discard(None)
        passed = self._passed.setdefault(pattern.pattern, set())
        distinct -= passed
        if distinct:
            # All of them joined by new lines, matched once: a value holding a new line adds a line, so
            # the count of lines is checked too.
            joined = "\n".join(distinct)
            if joined.count("\n") != len(distinct) - 1 or not _many(pattern).fullmatch(joined):
                self.each(table, field, lambda v: v is None or pattern.fullmatch(v) or check(v))
        passed |= distinct  # the same UUID (or time) in another field or table is not looked at twice

    def per_record(self, table: str, check: Callable[[dict], None]) -> None:
        """Run `check` on each record as {field: value}; it raises _Field(field, reason) or a CoprodError."""
        member = self.rows(table)
        for i, row in enumerate(member.rows, start=1):
            record = dict(zip(member.columns, row))
            try:
                check(record)
            except _Field as bad:
                raise _Refused(table, i, bad.field, bad.reason) from None

    def _generic(self, name: str, layout: TableLayout, member: Rows) -> None:
        """Fields the database needs are there, each value has the column's type, UUIDs and times are sound."""
        if not member.rows:
            return
        missing = [f for f in layout.required if f not in member.columns]
        if missing:
            raise _Refused(name, 1, missing[0], "the field is missing, and every record needs it.")
        for field, (kind, nullable) in layout.fields.items():
            values = self.column(name, field)
            if values is None:
                continue
            allowed = set(_TYPES[kind] + ((type(None),) if nullable else ()))
            if not set(map(type, values)) <= allowed:
                i = next(i for i, v in enumerate(values) if type(v) not in allowed)
                raise _Refused(
                    name,
                    i + 1,
                    field,
                    f"{_quoted(values[i])} is not {_KIND_WORDS[kind]}"
                    f"{'' if nullable else ', and it may not be left empty'}.",
                )
            if kind == "uuid" or field in ("uuid", "device_id"):
                self.all_pass(name, field, _UUID, _check_uuid)
            elif field in ("created_at", "updated_at", "changed_at"):
                self._times(name, field, values)
        if layout.has_uuid:
            uuids = self.column(name, "uuid")
            seen = set(uuids)
            if len(seen) != len(uuids):
                duplicate = _first_repeat(uuids)
                raise _Refused(
                    name,
                    duplicate + 1,
                    "uuid",
                    f"the same record ({uuids[duplicate]}) is in the bundle twice.",
                )
            self.uuids[name] = seen

    def _times(self, table: str, field: str, values: list[str]) -> None:
        """Change times as now() writes them, real, after 2000 and at most a day ahead of this laptop's clock."""
        self.all_pass(table, field, _TIME, self._check_time)
        # The pattern allows the 31st of any month: the few days after the 28th are read as dates.
        late_in_month = [v for v in set(values) if v[8:10] > "28"]
        if (
            min(values) < _EARLIEST_TIME
            or max(values) > self.latest
            or late_in_month
            and not all(map(_real_time, late_in_month))
        ):
            self.each(table, field, self._check_time)

    def _check_time(self, value: str) -> None:
        if not _TIME.fullmatch(value):
            raise InvalidInput(
                f"{_quoted(value)} is not a change time (UTC, as YYYY-MM-DDTHH:MM:SS.ffffffZ)."
            )
        if not _real_time(value):
            raise InvalidInput(f"{_quoted(value)} is not a real date and time.")
        if value < _EARLIEST_TIME:
            raise InvalidInput(
                f"the change time {value} is before the year 2000, so a laptop's clock was wrong."
            )
        if value > self.latest:
            raise InvalidInput(
                f"the change time {value} is more than a day ahead of this laptop's clock, so it would win "
                "every later change; check the clock of the laptop that made the bundle."
            )

    def link(self, table: str, field: str, parent: str, what: str) -> None:
        """Every link of `table` points at a record of `parent` in this bundle (or is empty where allowed)."""
        known = self.uuids.get(parent, set())

        def check(value):
            if value is not None and value not in known:
                raise InvalidInput(f"it points to a {what} ({value}) that is not in the bundle.")

        self.each(table, field, check)

    # Tables ------------------------------------------------------------------------------------

    def _sessions(self) -> None:
        sessions = self.rows("sessions")
        if len(sessions.rows) != 1:
            raise _Refused(
                "sessions", 1, "uuid", f"a bundle holds exactly one session, not {len(sessions.rows)}."
            )
        self.session_uuid = sessions.values("uuid")[0]
        self.each("sessions", "title", session_rules.check_title)
        self.each("sessions", "date", _check_date)
        self.each("sessions", "forum", lambda v: _choice(v, session_rules.FORUMS, "forum", required=True))
        self.each(
            "sessions",
            "status",
            lambda v: _choice(v, session_rules.STATUSES, "session status", required=True),
        )
        for field in ("town", "venue", "facilitators"):
            self.each("sessions", field, lambda v, f=field: session_rules.check_short_text(v, f))
        self.each("sessions", "retention_months", check_retention_months)
        self.each(
            "sessions",
            "ask_demographics",
            lambda v: _flag(v, "whether the session asks for group, age band and town"),
        )
        pack_json = sessions.values("pack_json")[0]
        try:
            self.pack = parse_pack(json.loads(pack_json))
        except (PackError, json.JSONDecodeError, TypeError) as exc:
            raise _Refused(
                "sessions", 1, "pack_json", f"the session's strategy pack cannot be used ({exc})."
            ) from None
        pack_key = sessions.values("pack_key")[0]
        if pack_key is not None and pack_key != self.pack.key:
            raise _Refused(
                "sessions",
                1,
                "pack_key",
                f"{_quoted(pack_key)} is not the key of the session's own pack ('{self.pack.key}').",
            )

    def _in_session(self, table: str) -> None:
        def check(value):
            if value != self.session_uuid:
                raise InvalidInput(f"it belongs to another session ({value}), not to the bundle's own.")

        self.each(table, "session_uuid", check)

    def _participants(self) -> None:
        self._in_session("participants")
        self.each("participants", "code", _check_code)
        codes = self.rows("participants").values("code")
        if len(set(codes)) != len(codes):
            twice = _first_repeat(codes)
            raise _Refused(
                "participants",
                twice + 1,
                "code",
                f"the code {_quoted(codes[twice])} is given to two participants of the session.",
            )
        self.each("participants", "grp", lambda v: _choice(v, session_rules.GROUPS, "group"))
        self.each("participants", "age_band", lambda v: _choice(v, session_rules.AGE_BANDS, "age band"))
        self.each("participants", "town", lambda v: v is None or session_rules.check_short_text(v, "town"))
        self.each("participants", "quote_consent", lambda v: _flag(v, "quote consent"))

    def _views(self) -> None:
        self._in_session("views")
        self.link("views", "participant_uuid", "participants", "participant")
        self.each("views", "follow_up", lambda v: _flag(v, "the follow-up flag"))
        views = self.rows("views")
        if not views.rows:
            return
        # The words first, each view's: check_view's own rules for the text (something said, not too
        # long, storable as UTF-8), with the same limit and function it uses.
        texts = self.column("views", "text")

        def check_text(text: str) -> None:
            if not text.strip():
                raise InvalidInput("A view needs some words; the text is empty.")
            problem = too_long(text)
            if problem:
                raise InvalidInput(problem)
            check_unicode(text, "view's text")

        try:  # all at once (encoding is per character, so the whole is storable when each part is)
            if not all(map(str.strip, texts)) or max(map(len, texts)) > MAX_VIEW_CHARS:
                raise InvalidInput("")
            check_unicode("".join(texts), "view's text")
        except CoprodError:
            self.each("views", "text", check_text)
        # Then check_view itself, whole, once for each different set of tags (a big event has a few
        # hundred): 10,000 calls would cost more than the rest of the import.
        fields = ("principles", "priority", "commitments", "sentiment", "how")
        tags = list(zip(*(self.column("views", f) or [None] * len(texts) for f in fields)))
        for combination, first in {t: i for i, t in reversed(list(enumerate(tags)))}.items():
            principles, priority, commitments, sentiment, how = combination
            try:
                draft = ViewDraft(
                    text=texts[first],
                    principles=_key_list("principles", principles, "principle") if principles else (),
                    priority=priority,
                    commitments=_key_list("commitments", commitments, "commitment") if commitments else (),
                    sentiment=sentiment,
                    how=how,
                )
                check_view(draft, self.pack)
            except _Field as bad:
                raise _Refused("views", first + 1, bad.field, bad.reason) from None
            except CoprodError as exc:
                raise _Refused("views", first + 1, _view_field(str(exc)), str(exc)) from None

    def _rounds_votes_tallies(self) -> None:
        self._in_session("rounds")
        pack_order = [c.key for c in self.pack.commitments]
        rounds: dict[str, voting_rules.Round] = {}

        def check_round(record: dict) -> None:
            keys = _key_list("commitments", record.get("commitments"), "commitment")
            if not keys:
                raise _Field("commitments", "a vote round needs at least one card on its ballot.")
            method = record.get("method")
            try:
                voting_rules.check_method(method)
            except CoprodError as exc:
                raise _Field("method", str(exc)) from None
            try:
                voting_rules.check_round_commitments(keys, pack_order)
            except CoprodError as exc:
                raise _Field("commitments", str(exc)) from None
            max_choices = record.get("max_choices", voting_rules.DEFAULT_MAX_CHOICES)
            try:
                voting_rules.check_max_choices(max_choices, method, len(keys))
            except CoprodError as exc:
                raise _Field("max_choices", str(exc)) from None
            status = record.get("status", "open")
            try:
                _choice(status, voting_rules.ROUND_STATUSES, "vote round status", required=True)
            except CoprodError as exc:
                raise _Field("status", str(exc)) from None
            # Open for the checks below: a closed round's stored votes are as valid as an open one's.
            rounds[record["uuid"]] = voting_rules.Round(
                id=len(rounds) + 1,
                uuid=record["uuid"],
                session_id=0,
                method=method,
                max_choices=max_choices,
                commitments=tuple(keys),
                status="open",
                created_at="",
            )

        self.per_record("rounds", check_round)
        self.link("votes", "round_uuid", "rounds", "vote round")
        self.link("votes", "participant_uuid", "participants", "participant")
        self.link("tallies", "round_uuid", "rounds", "vote round")
        voted: set[tuple[str, str]] = set()
        ballots: dict[tuple[str, str], None] = {}

        def check_vote(record: dict) -> None:
            rnd = rounds[record["round_uuid"]]
            who = record.get("participant_uuid")
            if who is not None:
                if (rnd.uuid, who) in voted:
                    raise _Field("participant_uuid", "the same participant voted twice in one vote round.")
                voted.add((rnd.uuid, who))
            text = record.get("choices")
            if (rnd.uuid, text) in ballots:  # the same ballot in the same round: checked once
                return
            try:
                choices = json.loads(text, object_pairs_hook=_no_key_twice)
            except (json.JSONDecodeError, TypeError):
                raise _Field("choices", f"{_quoted(text)} is not JSON.") from None
            except (
                _KeyTwice
            ) as twice:  # {"card": "like", "card": "dislike"}: JSON would keep the last, silently
                raise _Field(
                    "choices", f"the card {_quoted(twice.key)} is rated twice in one vote."
                ) from None
            if rnd.method == "rating" and not isinstance(choices, dict):
                raise _Field(
                    "choices", "a rating vote is a JSON object of card keys and like, unsure or dislike."
                )
            if rnd.method != "rating" and not (
                isinstance(choices, list) and all(isinstance(k, str) for k in choices)
            ):
                raise _Field("choices", f"a {rnd.method} vote is a JSON list of card keys.")
            try:
                voting_rules.check_ballot(rnd, choices)
            except CoprodError as exc:
                raise _Field("choices", str(exc)) from None
            ballots[(rnd.uuid, text)] = None

        self.per_record("votes", check_vote)

        def check_tally(record: dict) -> None:
            rnd = rounds[record["round_uuid"]]
            try:
                voting_rules.check_tally(
                    rnd,
                    record.get("commitment_key"),
                    record.get("count"),
                    record.get("grp"),
                    record.get("rating"),
                    session_rules.GROUPS,
                )
            except CoprodError as exc:
                raise _Field(_tally_field(str(exc)), str(exc)) from None

        self.per_record("tallies", check_tally)

    def _themes_and_actions(self) -> None:
        def check_theme(record: dict) -> None:
            try:
                action_rules.check_theme(record.get("title"), record.get("you_said"))
            except CoprodError as exc:
                raise _Field("title" if "title" in str(exc) else "you_said", str(exc)) from None

        self.per_record("themes", check_theme)
        self.link("theme_views", "theme_uuid", "themes", "theme")
        self.link("theme_views", "view_uuid", "views", "view")
        links = list(
            zip(self.rows("theme_views").values("theme_uuid"), self.rows("theme_views").values("view_uuid"))
        )
        if len(set(links)) != len(links):
            twice = _first_repeat(links)
            raise _Refused(
                "theme_views", twice + 1, "view_uuid", "the same view is linked to the same theme twice."
            )
        self.link("actions", "theme_uuid", "themes", "theme")

        def check_action(record: dict) -> None:
            commitments = _key_list("commitments", record.get("commitments", "[]"), "commitment")
            due = record.get("due")
            if due is not None:
                try:
                    _check_due(due)
                except CoprodError as exc:
                    raise _Field("due", str(exc)) from None
            try:
                action_rules.check_action(
                    record.get("we_did"),
                    record.get("status"),
                    record.get("reason"),
                    record.get("owner"),
                    due,
                    commitments,
                )
            except CoprodError as exc:
                raise _Field(_action_field(str(exc)), str(exc)) from None

        self.per_record("actions", check_action)
        self.link("action_history", "action_uuid", "actions", "action")

        def check_history(record: dict) -> None:
            try:
                action_rules.check_status(record.get("status"), record.get("reason"))
            except CoprodError as exc:
                raise _Field("reason" if "at most" in str(exc) else "status", str(exc)) from None

        self.per_record("action_history", check_history)


class _Field(Exception):
    """A per-record check's failure: which field, and why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


_TYPES = {"text": (str,), "integer": (int,), "uuid": (str,)}
_KIND_WORDS = {"text": "text", "integer": "a whole number", "uuid": "a record's UUID"}


def _first_repeat(values: list) -> int:
    """Where the first value given before comes again (the caller knows there is one).

    One pass with a set: `values.index` for each value took 3 s on 20,000 rows, and grows with the square.
    """
    seen = set()
    for i, value in enumerate(values):
        if value in seen:
            return i
        seen.add(value)
    raise ValueError("no value is repeated")


@functools.lru_cache(maxsize=4)
def _many(pattern: re.Pattern) -> re.Pattern:
    """Lines of `pattern`, one value a line."""
    return re.compile(f"(?:{pattern.pattern})(?:\n(?:{pattern.pattern}))*")


def _real_time(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


def _check_uuid(value) -> None:
    if value is not None and not _UUID.fullmatch(value):
        raise InvalidInput(f"{_quoted(value)} is not a UUID (like 5933f420-4dbc-4f71-aab4-08c6d8581fce).")


def _check_date(value: str) -> None:
    if session_rules.check_date(value) != value:
        raise InvalidInput(f"{_quoted(value)} is not written as YYYY-MM-DD.")


def _check_due(value: str) -> None:
    if session_rules.check_date(value, "due date") != value:
        raise InvalidInput(f"{_quoted(value)} is not written as YYYY-MM-DD.")


def _choice(value, allowed: tuple[str, ...], what: str, required: bool = False) -> None:
    if value is None and not required:
        return
    if session_rules.check_choice(value, allowed, what) != value:  # "" would be read as "not given"
        raise InvalidInput(
            f"an empty {what} is left out (null), never given as {_quoted(value)}; choose one of: "
            f"{', '.join(allowed)}."
        )


class _KeyTwice(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_key_twice(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object's pairs as a dict, refusing a key given twice (json.loads would keep only the last)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        keys = [k for k, _ in pairs]
        raise _KeyTwice(keys[_first_repeat(keys)])
    return out


def _flag(value, what: str) -> None:
    if value not in (0, 1) or isinstance(value, bool):
        raise InvalidInput(f"{_quoted(value)} is not a yes/no value: {what} is 0 or 1.")


def _check_code(value: str) -> None:
    code = session_rules.check_short_text(value, "participant code")
    if not code or session_rules.normalise_code(code) != value:
        raise InvalidInput(
            f"{_quoted(value)} is not a participant code (capital letters and digits, as on the sticker)."
        )


def _key_list(field: str, value, kind: str) -> tuple[str, ...]:
    """A JSON text holding a list of pack keys, as the database stores it."""
    try:
        keys = json.loads(value)
    except (json.JSONDecodeError, TypeError):
        raise _Field(field, f"{_quoted(value)} is not JSON.") from None
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise _Field(field, f"{_quoted(value)} is not a JSON list of {kind} keys.")
    return tuple(keys)


def _view_field(reason: str) -> str:
    """Which field of a view a check_view sentence is about."""
    for words, field in (
        ("principle", "principles"),
        ("priority", "priority"),
        ("commitment", "commitments"),
        ("sentiment", "sentiment"),
        ("way a view is given", "how"),
    ):
        if words in reason:
            return field
    return "text"


def _tally_field(reason: str) -> str:
    for words, field in (
        ("commitment", "commitment_key"),
        ("count", "count"),
        ("group", "grp"),
        ("rating", "rating"),
    ):
        if words in reason:
            return field
    return "count"


def _action_field(reason: str) -> str:
    for words, field in (
        ("We did", "we_did"),
        ("we did", "we_did"),
        ("status", "status"),
        ("reason", "reason"),
        ("owner", "owner"),
        ("commitment", "commitments"),
    ):
        if words in reason:
            return field
    return "we_did"


__all__ = ["CLOCK_MARGIN", "check_values", "latest_allowed_time"]
