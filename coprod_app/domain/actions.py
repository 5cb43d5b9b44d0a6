"""Themes ("you said") and actions ("we did"): the partnership's answer to what people said.

A theme is the officer's short summary of several views; an action is what was
done or will be done about it, with a status whose every change is kept with
its date, so progress over the year can be shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from coprod_app.domain.bounds import check_date
from coprod_app.domain.errors import InvalidInput
from coprod_app.domain.session import check_unicode

STATUSES = ("planned", "in-progress", "done", "not-possible")
STATUS_LABELS = {
    "planned": "Planned",
    "in-progress": "In progress",
    "done": "Done",
    "not-possible": "Not possible",
}
# Easy-read words for each status: short sentences, no jargon.
STATUS_EASY_READ = {
    "planned": "We plan to do this.",
    "in-progress": "We are doing this now.",
    "done": "We have done this.",
    "not-possible": "We cannot do this.",
}
MAX_TITLE = 200
MAX_TEXT = 20_000


@dataclass(frozen=True)
class HistoryEntry:
    """One status an action had, from the moment it was set."""

    status: str
    reason: str
    changed_at: str

    @property
    def date(self) -> str:
        return self.changed_at[:10]


@dataclass(frozen=True)
class Action:
    id: int
    theme_id: int
    we_did: str
    status: str
    reason: str = ""
    owner: str = ""
    due: str | None = None
    commitments: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    updated_at: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    def summary(self) -> dict:
        return {
            "id": self.id,
            "theme_id": self.theme_id,
            "we_did": self.we_did,
            "status": self.status,
            "reason": self.reason or None,
            "owner": self.owner or None,
            "due": self.due,
            "commitments": list(self.commitments),
            "history": [
                {"status": h.status, "reason": h.reason or None, "changed_at": h.changed_at}
                for h in self.history
            ],
        }


@dataclass(frozen=True)
class Theme:
    id: int
    title: str
    you_said: str
    view_ids: tuple[int, ...] = ()
    session_ids: tuple[int, ...] = ()
    actions: tuple[Action, ...] = field(default=())
    created_at: str = ""

    def summary(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "you_said": self.you_said,
            "views": list(self.view_ids),
            "sessions": list(self.session_ids),
            "actions": [a.summary() for a in self.actions],
        }


def check_theme(title: str, you_said: str) -> tuple[str, str]:
    """The title and summary as they will be stored, or InvalidInput naming what is wrong."""
    # check_unicode: a lone surrogate (bytes that were not UTF-8 on the command line, or "\\ud800" in a
    # bundle) reached SQLite and stopped the command or the import with a UnicodeEncodeError.
    title = check_unicode((title or "").strip(), "theme title")
    you_said = check_unicode(you_said or "", "'you said' summary")
    if not title:
        raise InvalidInput("A theme needs a title.")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"A theme title can be at most {MAX_TITLE} characters.")
    you_said = you_said or ""
    if not you_said.strip():
        raise InvalidInput("A theme needs a 'you said' summary; it is empty.")
    if len(you_said) > MAX_TEXT:
        raise InvalidInput(f"A 'you said' summary can be at most {MAX_TEXT:,} characters.")
    return title, you_said.strip()


def check_status(status: str, reason: str | None) -> tuple[str, str]:
    """A known status, and for not-possible the reason why (which it requires)."""
    if status not in STATUSES:
        raise InvalidInput(f"'{status}' is not an action status; choose one of: {', '.join(STATUSES)}.")
    reason = check_unicode((reason or "").strip(), "reason")
    if status == "not-possible" and not reason:
        raise InvalidInput("An action that is not possible needs a reason; say why with the reason.")
    if len(reason) > MAX_TEXT:
        raise InvalidInput(f"A reason can be at most {MAX_TEXT:,} characters.")
    return status, reason


def check_action(
    we_did: str,
    status: str,
    reason: str | None,
    owner: str | None,
    due: str | None,
    commitments: tuple[str, ...] | list[str],
    known_commitments: set[str] | None = None,
) -> dict:
    """Every field of a new action checked; returns them ready to store."""
    we_did = check_unicode((we_did or "").strip(), "'we did' words")
    owner = check_unicode(owner or "", "owner role")
    if not we_did:
        raise InvalidInput("An action needs 'we did' words; they are empty.")
    if len(we_did) > MAX_TEXT:
        raise InvalidInput(f"'We did' words can be at most {MAX_TEXT:,} characters.")
    status, reason = check_status(status, reason)
    owner = (owner or "").strip()
    if len(owner) > MAX_TITLE:
        raise InvalidInput(f"An owner role can be at most {MAX_TITLE} characters.")
    if due:
        due = check_date(due, "due date")  # 2000-01-01 to 2100-12-31, as every stored date
    commitments = tuple(dict.fromkeys(commitments or ()))
    if known_commitments is not None:
        for key in commitments:
            if key not in known_commitments:
                raise InvalidInput(f"There is no commitment with the key '{key}' in the strategy pack.")
    return {
        "we_did": we_did,
        "status": status,
        "reason": reason,
        "owner": owner,
        "due": due or None,
        "commitments": commitments,
    }


def status_counts(actions) -> dict[str, int]:
    """How many actions have each status, every status listed (zeros included), in order."""
    counts = Counter(a.status for a in actions)
    return {s: counts.get(s, 0) for s in STATUSES}


def progress_sentence(actions) -> str:
    """One line for officers: "3 actions: 1 done, 1 in progress, 1 planned"."""
    actions = list(actions)
    if not actions:
        return "No actions yet."
    counts = status_counts(actions)
    parts = [f"{n} {STATUS_LABELS[s].lower()}" for s, n in counts.items() if n]
    noun = "action" if len(actions) == 1 else "actions"
    return f"{len(actions)} {noun}: " + ", ".join(parts) + "."


def history_in_range(action: Action, start: str | None, end: str | None) -> tuple[HistoryEntry, ...]:
    """The status changes made between two dates (inclusive); None means open-ended."""
    return tuple(h for h in action.history if (not start or h.date >= start) and (not end or h.date <= end))
