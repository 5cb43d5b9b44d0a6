"""Vote rounds: which commitments are on the ballot, how people choose, and how choices are scored.

Three methods:
- `pick`: choose up to N cards (dot voting); a card's score is how many times it was picked.
- `rank`: put up to N cards in order; scored by a truncated Borda count (see `method_note`).
- `rating`: like / not sure / don't like for each card (Talking Mats style); score = likes - dislikes.

Paper and show-of-hands tallies add to the same counts, so every way of voting
lands in one set of results. The ranking is competition ranking (1, 2, 2, 4),
ordered by score, then by the pack's order, so it never depends on the order in
which ballots were cast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from coprod_app.domain.bounds import MAX_TALLY_COUNT, check_whole_number, shown
from coprod_app.domain.errors import InvalidInput

METHODS = ("pick", "rank", "rating")
METHOD_LABELS = {
    "pick": "Pick the most important",
    "rank": "Put in order",
    "rating": "Like / not sure / don't like",
}
RATINGS = ("like", "unsure", "dislike")
RATING_LABELS = {"like": "Like", "unsure": "Not sure", "dislike": "Don't like"}
ROUND_STATUSES = ("open", "closed")
DEFAULT_MAX_CHOICES = 3
MAX_CHOICES_LIMIT = 17
NO_GROUP = "not-recorded"


@dataclass(frozen=True)
class Round:
    id: int
    uuid: str
    session_id: int
    method: str
    max_choices: int
    commitments: tuple[str, ...]
    status: str
    created_at: str
    ballots: int = 0

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def points_for_first(self) -> int:
        """In a rank round, the points a first choice earns (the most cards anyone may rank)."""
        return min(self.max_choices, len(self.commitments))

    def summary(self) -> dict:
        return {
            "id": self.id,
            "session": self.session_id,
            "method": self.method,
            "max": self.max_choices,
            "commitments": list(self.commitments),
            "status": self.status,
            "ballots": self.ballots,
        }


@dataclass(frozen=True)
class Tally:
    """Marks counted from a paper board or a show of hands, for one card."""

    commitment_key: str
    count: int
    group: str | None = None
    rating: str | None = None


@dataclass(frozen=True)
class Ballot:
    """One person's stored choices: keys in order (pick, rank) or key -> rating (rating)."""

    choices: tuple[str, ...] | Mapping[str, str]
    group: str | None = None


@dataclass
class CardResult:
    key: str
    score: int = 0
    count: int = 0
    like: int = 0
    unsure: int = 0
    dislike: int = 0
    rank: int = 0
    order: int = 0  # position in the round (pack order), the tie-break

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "score": self.score,
            "count": self.count,
            "like": self.like,
            "unsure": self.unsure,
            "dislike": self.dislike,
            "rank": self.rank,
        }


@dataclass
class RoundScores:
    method: str
    ballots: int
    tallied: int
    cards: list[CardResult] = field(default_factory=list)


# Checking a round -----------------------------------------------------------


def check_method(method: str) -> str:
    if method not in METHODS:
        raise InvalidInput(f"The method '{method}' is not one of: {', '.join(METHODS)}.")
    return method


def check_round_commitments(chosen: Iterable[str] | None, pack_order: Sequence[str]) -> tuple[str, ...]:
    """The ballot's commitment keys in pack order; none chosen means all of them."""
    chosen = list(chosen or [])
    if not chosen:
        return tuple(pack_order)
    unknown = [k for k in chosen if k not in pack_order]
    if unknown:
        raise InvalidInput(
            f"There is no commitment with the key '{unknown[0]}' in this session's strategy pack."
        )
    if len(set(chosen)) != len(chosen):
        raise InvalidInput("The same commitment is on the ballot twice; list each one once.")
    wanted = set(chosen)
    return tuple(k for k in pack_order if k in wanted)


def check_max_choices(max_choices: int, method: str, ballot_size: int) -> int:
    """The most cards one person may choose: 1 up to the cards on the ballot.

    A rating round rates every card and never uses its maximum; up to the default
    (3) is still taken there, as the command line gave it to rating rounds of two cards.
    """
    if isinstance(max_choices, bool) or not isinstance(max_choices, int) or max_choices < 1:
        raise InvalidInput("The most cards a person may choose must be a whole number, 1 or more.")
    most = max(ballot_size, DEFAULT_MAX_CHOICES) if method == "rating" else ballot_size
    if max_choices > most:
        raise InvalidInput(
            f"A person cannot choose {shown(max_choices)} cards from a ballot of {ballot_size}; "
            f"choose {ballot_size} or fewer."
        )
    return max_choices


# Checking a ballot ----------------------------------------------------------


def parse_rating_choices(items: Iterable[str]) -> dict[str, str]:
    """`KEY=like|unsure|dislike` strings (as typed on the command line) to a mapping."""
    ratings: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"'{item}' is not KEY=like, KEY=unsure or KEY=dislike.")
        key = key.strip()
        if key in ratings:
            raise InvalidInput(f"The commitment '{key}' is rated twice; rate each card once.")
        ratings[key] = value.strip()
    return ratings


def check_ballot(rnd: Round, choices) -> tuple[str, ...] | dict[str, str]:
    """The choices as they will be stored, or InvalidInput with the reason; nothing is ever half-accepted."""
    if not rnd.is_open:
        raise InvalidInput(f"Vote round {rnd.id} is closed, so no more votes can be added.")
    on_ballot = set(rnd.commitments)
    if rnd.method == "rating":
        if isinstance(choices, Mapping):
            ratings = dict(choices)
        else:
            ratings = parse_rating_choices(choices)
        if not ratings:
            raise InvalidInput("Rate at least one card: like, not sure or don't like.")
        for key, value in ratings.items():
            if key not in on_ballot:
                raise InvalidInput(f"The commitment '{key}' is not on the ballot of vote round {rnd.id}.")
            if value not in RATINGS:
                raise InvalidInput(f"'{value}' is not a rating; use like, unsure or dislike.")
        return {k: ratings[k] for k in rnd.commitments if k in ratings}
    if isinstance(choices, Mapping):
        raise InvalidInput(f"A {rnd.method} vote is a list of commitment keys, not ratings.")
    keys = [str(k) for k in choices]
    if not keys:
        raise InvalidInput("Choose at least one card.")
    for key in keys:
        if key not in on_ballot:
            raise InvalidInput(f"The commitment '{key}' is not on the ballot of vote round {rnd.id}.")
    if len(set(keys)) != len(keys):
        what = "ranking" if rnd.method == "rank" else "vote"
        raise InvalidInput(f"The same commitment appears twice in this {what}; choose each card once.")
    if len(keys) > rnd.max_choices:
        raise InvalidInput(
            f"This vote has {len(keys)} choices but vote round {rnd.id} allows at most {rnd.max_choices}."
        )
    return tuple(keys)


def check_tally(
    rnd: Round, commitment_key: str, count: int, group: str | None, rating: str | None, groups: Sequence[str]
) -> Tally:
    if not rnd.is_open:
        raise InvalidInput(f"Vote round {rnd.id} is closed, so no more votes can be added.")
    if commitment_key not in rnd.commitments:
        raise InvalidInput(f"The commitment '{commitment_key}' is not on the ballot of vote round {rnd.id}.")
    check_whole_number(count, "a tally's count", 0, MAX_TALLY_COUNT)
    if group is not None and group not in groups:
        raise InvalidInput(f"The group '{group}' is not one of: {', '.join(groups)}.")
    if rnd.method == "rating":
        if rating not in RATINGS:
            raise InvalidInput("A tally in a rating round needs a rating: like, unsure or dislike.")
    elif rating is not None:
        raise InvalidInput(f"Only rating rounds take a rating; vote round {rnd.id} is a {rnd.method} round.")
    return Tally(commitment_key, count, group, rating)


# Scoring --------------------------------------------------------------------


def method_note(rnd: Round) -> str:
    """How the scores were worked out, in words shown beside the results."""
    if rnd.method == "pick":
        return (
            f"Each person picked up to {rnd.max_choices} cards. "
            "Score = the number of times a card was picked, "
            "paper and show-of-hands votes included."
        )
    if rnd.method == "rank":
        n = rnd.points_for_first
        steps = ", ".join(
            f"a {ordinal(i + 1)} choice scores {n - i} point{'s' if n - i != 1 else ''}" for i in range(n)
        )
        return (
            f"Borda count: each person put up to {n} cards in order; {steps}; cards not chosen score 0. "
            "Paper and show-of-hands votes count as 1st choices. Count = how many people chose the card."
        )
    return (
        "Each card was rated like, not sure or don't like. Score = likes minus don't likes; "
        "count = how many ratings the card got."
    )


def ordinal(n: int) -> str:
    """1 -> '1st' (a rank in words)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def score_round(rnd: Round, ballots: Iterable[Ballot], tallies: Iterable[Tally]) -> RoundScores:
    """Scores and ranks for every card on the ballot, best first."""
    cards = {key: CardResult(key=key, order=i) for i, key in enumerate(rnd.commitments)}
    n_ballots = 0
    for ballot in ballots:
        n_ballots += 1
        _add_ballot(rnd, cards, ballot.choices)
    return _finish(rnd, cards, n_ballots, tallies)


@dataclass(frozen=True)
class CardTotals:
    """What all of a round's ballots add up to for one card, summed elsewhere (the reports sum them in SQL).

    `chosen`: ballots that list the card (pick, rank); `points`: the Borda points
    they give it, `max(points_for_first - position, 0)` each (rank); `like`,
    `unsure`, `dislike`: ratings given to it (rating).
    """

    key: str
    chosen: int = 0
    points: int = 0
    like: int = 0
    unsure: int = 0
    dislike: int = 0


def score_totals(rnd: Round, totals: Iterable[CardTotals], tallies: Iterable[Tally]) -> RoundScores:
    """The same scores and ranks as `score_round`, from the `rnd.ballots` ballots summed per card."""
    cards = {key: CardResult(key=key, order=i) for i, key in enumerate(rnd.commitments)}
    for total in totals:
        card = cards.get(total.key)
        if card is None:  # not on this round's ballot: ignored, as in `score_round`
            continue
        if rnd.method == "rating":
            card.like += total.like
            card.unsure += total.unsure
            card.dislike += total.dislike
        elif rnd.method == "rank":
            card.count += total.chosen
            card.score += total.points
        else:
            card.count += total.chosen
            card.score += total.chosen
    return _finish(rnd, cards, rnd.ballots, tallies)


def _finish(
    rnd: Round, cards: dict[str, CardResult], n_ballots: int, tallies: Iterable[Tally]
) -> RoundScores:
    """Paper and show-of-hands tallies added, rating scores worked out, and the cards ranked."""
    tallied = 0
    for tally in tallies:
        card = cards.get(tally.commitment_key)
        if card is None:
            continue
        tallied += tally.count
        _add(rnd, card, tally.count, rnd.points_for_first, tally.rating)
    for card in cards.values():
        if rnd.method == "rating":
            card.count = card.like + card.unsure + card.dislike
            card.score = card.like - card.dislike
    ordered = rank_cards(list(cards.values()))
    return RoundScores(method=rnd.method, ballots=n_ballots, tallied=tallied, cards=ordered)


def _add_ballot(rnd: Round, cards: dict[str, CardResult], choices) -> None:
    if rnd.method == "rating":
        for key, rating in dict(choices).items():
            if key in cards:
                _add(rnd, cards[key], 1, 0, rating)
        return
    n = rnd.points_for_first
    for position, key in enumerate(choices):
        if key in cards:
            _add(rnd, cards[key], 1, max(n - position, 0), None)


def _add(rnd: Round, card: CardResult, count: int, points: int, rating: str | None) -> None:
    if rnd.method == "rating":
        if rating in RATINGS:
            setattr(card, rating, getattr(card, rating) + count)
    elif rnd.method == "rank":
        card.count += count
        card.score += count * points
    else:
        card.count += count
        card.score += count


def rank_cards(cards: list[CardResult]) -> list[CardResult]:
    """Competition ranking (1, 2, 2, 4): best score first, ties in pack order sharing a rank."""
    ordered = sorted(cards, key=lambda c: (-c.score, c.order))
    previous = None
    for i, card in enumerate(ordered, start=1):
        if previous is None or card.score != previous.score:
            card.rank = i
        else:
            card.rank = previous.rank
        previous = card
    return ordered
