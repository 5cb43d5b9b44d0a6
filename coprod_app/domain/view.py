"""Views: what one person said, tagged to the pack, as the facilitator heard it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.pack import Pack, PackError
from coprod_app.domain.session import check_unicode, normalise_code

SENTIMENTS = ("positive", "mixed", "negative")
HOW_GIVEN = ("spoken", "written", "symbols", "signing", "supported")
HOW_LABELS = {
    "spoken": "Spoken",
    "written": "Written",
    "symbols": "Symbols",
    "signing": "Signing",
    "supported": "Supported (with or through a parent, carer or worker)",
}
# What one person says fits many times over; the officer report lays out longer text too slowly to wait for.
MAX_VIEW_CHARS = 100_000


def too_long(text: str) -> str | None:
    """The sentence for a view's words over the limit (the words box shows it while typing), else None."""
    if len(text) <= MAX_VIEW_CHARS:
        return None
    return (
        f"These words are {len(text):,} characters long; a view can be at most {MAX_VIEW_CHARS:,}, "
        "so split it into two views."
    )


@dataclass(frozen=True)
class ViewDraft:
    """What the facilitator typed and tagged, before it is saved."""

    text: str
    principles: tuple[str, ...] = ()
    priority: str | None = None
    commitments: tuple[str, ...] = ()
    sentiment: str | None = None
    how: str | None = None
    follow_up: bool = False
    participant: str | None = None  # the participant's anonymous code


@dataclass(frozen=True)
class View:
    id: int
    uuid: str
    session_id: int
    draft: ViewDraft
    created_at: str
    updated_at: str = ""

    @property
    def text(self) -> str:
        return self.draft.text

    def summary(self) -> dict:
        d = self.draft
        return {
            "id": self.id,
            "text": d.text,
            "participant": d.participant,
            "principles": list(d.principles),
            "priority": d.priority,
            "commitments": list(d.commitments),
            "sentiment": d.sentiment,
            "how": d.how,
            "follow_up": d.follow_up,
            "created_at": self.created_at,
        }


def check_view(draft: ViewDraft, pack: Pack, participant_codes: set[str] | None = None) -> ViewDraft:
    """Check a draft against the session's pack; returns it with the priority filled in.

    The text is kept exactly as given (no trimming): what was said is what is stored.
    """
    if not isinstance(draft.text, str) or not draft.text.strip():
        raise InvalidInput("A view needs some words; the text is empty.")
    problem = too_long(draft.text)
    if problem:
        raise InvalidInput(problem)
    check_unicode(draft.text, "view's text")
    # Codes are read off a sticker and may be typed in lower case; compare them as stored.
    participant = check_unicode(normalise_code(draft.participant), "participant code") or None
    try:
        for key in draft.principles:
            pack.principle(key)
        if draft.priority:
            pack.priority(draft.priority)
        commitments = [pack.commitment(key) for key in draft.commitments]
    except PackError as exc:
        raise NotFound(str(exc)) from None
    if draft.sentiment not in (None, *SENTIMENTS):
        raise InvalidInput(f"'{draft.sentiment}' is not a sentiment; choose one of: {', '.join(SENTIMENTS)}.")
    if draft.how not in (None, *HOW_GIVEN):
        raise InvalidInput(
            f"'{draft.how}' is not a way a view is given; choose one of: {', '.join(HOW_GIVEN)}."
        )
    if participant and participant_codes is not None and participant not in participant_codes:
        raise NotFound(f"There is no participant with the code '{draft.participant}' in this session.")
    priority = draft.priority
    if not priority and commitments and len({c.priority_key for c in commitments}) == 1:
        priority = commitments[0].priority_key
    return replace(
        draft,
        principles=tuple(dict.fromkeys(draft.principles)),
        commitments=tuple(dict.fromkeys(draft.commitments)),
        priority=priority or None,
        participant=participant,
        follow_up=bool(draft.follow_up),
    )


@dataclass
class ViewFilter:
    """Which views to show in the list beside the capture screen."""

    principle: str | None = None
    priority: str | None = None

    def matches(self, view: View) -> bool:
        d = view.draft
        if self.principle and self.principle not in d.principles:
            return False
        if self.priority and d.priority != self.priority:
            return False
        return True
