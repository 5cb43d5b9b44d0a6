"""What the exports are made from: one session's report, the summary across sessions, the CSV rows.

Plain data, filled in by storage/report_data.py (which applies the privacy rules before anything
arrives here) and read by reports/. Every field is always there, so a reader never guards one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from coprod_app.domain.actions import Theme
from coprod_app.domain.session import Session


@dataclass(frozen=True)
class ReportView:
    id: int
    text: str | None  # None: the participant did not agree to be quoted
    principles: tuple[str, ...]
    priority: str | None
    commitments: tuple[str, ...]
    sentiment: str | None

    @property
    def quotable(self) -> bool:
        return self.text is not None


@dataclass(frozen=True)
class CommitmentResult:
    """One card of a vote round, as storage.votes.round_results gives it, in rank order."""

    key: str
    text: str
    score: int
    count: int  # people who chose it (pick, rank) or rated it (rating)
    like: int
    unsure: int
    dislike: int
    rank: int

    @property
    def chosen(self) -> bool:
        return bool(self.count or self.like or self.unsure or self.dislike)


@dataclass(frozen=True)
class RoundResult:
    id: int
    method: str
    ballots: int
    commitments: tuple[CommitmentResult, ...]


@dataclass
class SessionReport:
    session: Session
    pack_name: str
    principles: list[tuple[str, str]]  # (key, title)
    priorities: list[tuple[str, str]]
    commitments: dict[str, str]  # key -> text
    commitment_priority: dict[str, str]
    participants: int
    by_group: dict[str, int]
    by_age_band: dict[str, int]
    views: list[ReportView]  # never a view flagged to follow up offline
    follow_ups: str  # how many were flagged, as an export may show it: 1-4 are "fewer than 5"
    rounds: list[RoundResult]
    themes: list[Theme]
    generated_at: str
    commitment_easy_read: dict[str, str] = field(default_factory=dict)  # key -> easy-read words


@dataclass
class CsvData:
    """The rows of views.csv, votes.csv and actions.csv: each row maps a column name to its cell.

    Iterables read as they are written (generators over SQL cursors), so each can be read once.
    """

    views: Iterable[dict]
    votes: Iterable[dict]
    actions: Iterable[dict]
