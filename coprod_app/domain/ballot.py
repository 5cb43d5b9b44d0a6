"""The rules of one person's ballot while they choose: pick, rank by slots, or rate, each with an undo.

Plain Python, so every rule is tested without a screen. The participant screen asks a `Choosing`
to do what a tap means and shows (and says) the `Change` it returns.

- pick: a tap chooses a card, or takes back a chosen one; a tap past the most allowed is refused.
- rank: 1st, 2nd, 3rd … slots (as many as may be chosen). A tap puts a card in the first empty
  slot; a slot's card can move up or down, two slots can swap, and a card can be taken out. The
  others keep their places when one is taken out (a silent renumbering once lost a child's
  order); the empty slot is filled by the next tap.
- rating: like / not sure / don't like on any card, changed as often as wanted.

Undo restores exactly what the last action changed (the whole previous state is kept), so "undo"
after taking a card out puts that card back in its own slot. A refused tap changes nothing and
is not an action to undo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from coprod_app.domain.errors import InvalidInput
from coprod_app.domain.voting import METHODS, RATINGS


@dataclass(frozen=True)
class Choices:
    """What a person has chosen so far: `picked` (pick), `slots` (rank) or `ratings` (rating)."""

    picked: tuple[str, ...] = ()
    slots: tuple[str | None, ...] = ()  # rank: one entry per slot, None when empty
    ratings: tuple[tuple[str, str], ...] = ()  # rating: (key, rating) in the ballot's order

    def rating_of(self, key: str) -> str | None:
        return dict(self.ratings).get(key)


@dataclass(frozen=True)
class Change:
    """What one action did, for the words shown and said.

    `kind`: "chose", "took_back", "refused", "placed", "took_out", "moved", "swapped", "rated",
    "undone" or "nothing". `slot` and `other` are 0-based slot numbers (rank); `undone` is the
    change that undo reversed.
    """

    kind: str
    key: str | None = None
    slot: int | None = None
    other: int | None = None
    other_key: str | None = None
    rating: str | None = None
    undone: Change | None = None


NOTHING = Change("nothing")


class Choosing:
    """One person's choosing on one ballot: the current `Choices` and the steps to undo."""

    def __init__(self, method: str, keys: Sequence[str], most: int) -> None:
        if method not in METHODS:
            raise InvalidInput(f"The method '{method}' is not one of: {', '.join(METHODS)}.")
        if most < 1:
            raise InvalidInput("The most cards a person may choose must be 1 or more.")
        self.method = method
        self.keys = tuple(keys)
        self.most = most
        slots = min(most, len(self.keys)) if method == "rank" else 0
        self.choices = Choices(slots=(None,) * slots)
        self._history: list[tuple[Choices, Change]] = []

    # Asking ------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    def count(self) -> int:
        c = self.choices
        if self.method == "pick":
            return len(c.picked)
        if self.method == "rank":
            return sum(1 for k in c.slots if k is not None)
        return len(c.ratings)

    def stored(self) -> list[str] | dict[str, str]:
        """What will be stored (storage.votes.cast_vote's shape): keys in order, or key -> rating."""
        c = self.choices
        if self.method == "pick":
            return list(c.picked)
        if self.method == "rank":
            return [k for k in c.slots if k is not None]  # an empty slot between two leaves no gap
        return dict(c.ratings)

    # Acting ------------------------------------------------------------------

    def tap(self, key: str) -> Change:
        """What a tap on a card does: choose it, take it back, or (when full) refuse."""
        self._known(key)
        c = self.choices
        if self.method == "pick":
            if key in c.picked:
                return self._do(replace(c, picked=tuple(k for k in c.picked if k != key)), "took_back", key)
            if len(c.picked) >= self.most:
                return Change("refused", key)
            return self._do(replace(c, picked=(*c.picked, key)), "chose", key)
        if self.method == "rank":
            if key in c.slots:
                return self.take_out(c.slots.index(key))
            if None not in c.slots:
                return Change("refused", key)
            slot = c.slots.index(None)
            return self._do(replace(c, slots=_put(c.slots, slot, key)), "placed", key, slot=slot)
        raise InvalidInput("In a rating round, choose like, not sure or don't like for the card.")

    def take_out(self, slot: int) -> Change:
        """Empty a rank slot; the other cards stay in their slots."""
        c = self._slots_only(slot)
        key = c.slots[slot]
        if key is None:
            return NOTHING
        return self._do(replace(c, slots=_put(c.slots, slot, None)), "took_out", key, slot=slot)

    def move(self, slot: int, step: int) -> Change:
        """Move a slot's card up (step -1) or down (+1), swapping with whatever is there."""
        c = self._slots_only(slot)
        other = slot + step
        if c.slots[slot] is None or not 0 <= other < len(c.slots):
            return NOTHING
        change = self.swap(slot, other)
        return replace(change, kind="moved")

    def swap(self, slot: int, other: int) -> Change:
        """Exchange two slots' cards (one of them may be empty: that is a move)."""
        c = self._slots_only(slot)
        self._slots_only(other)
        if slot == other or (c.slots[slot] is None and c.slots[other] is None):
            return NOTHING
        slots = list(c.slots)
        slots[slot], slots[other] = slots[other], slots[slot]
        return self._do(
            replace(c, slots=tuple(slots)),
            "swapped",
            c.slots[slot],
            slot=slot,
            other=other,
            other_key=c.slots[other],
        )

    def rate(self, key: str, rating: str) -> Change:
        self._known(key)
        if self.method != "rating":
            raise InvalidInput("Only a rating round has like, not sure and don't like.")
        if rating not in RATINGS:
            raise InvalidInput(f"'{rating}' is not a rating; use like, unsure or dislike.")
        c = self.choices
        if c.rating_of(key) == rating:
            return NOTHING
        ratings = dict(c.ratings)
        ratings[key] = rating
        ordered = tuple((k, ratings[k]) for k in self.keys if k in ratings)
        return self._do(replace(c, ratings=ordered), "rated", key, rating=rating)

    def undo(self) -> Change:
        """Put back exactly what the last action changed."""
        if not self._history:
            return NOTHING
        before, change = self._history.pop()
        self.choices = before
        return Change("undone", change.key, change.slot, change.other, change.other_key, undone=change)

    # Inside ------------------------------------------------------------------

    def _do(self, after: Choices, kind: str, key: str | None, **details) -> Change:
        change = Change(kind, key, **details)
        self._history.append((self.choices, change))
        self.choices = after
        return change

    def _known(self, key: str) -> None:
        if key not in self.keys:
            raise InvalidInput(f"The commitment '{key}' is not on this ballot.")

    def _slots_only(self, slot: int) -> Choices:
        if self.method != "rank":
            raise InvalidInput("Only a rank round has slots.")
        if not 0 <= slot < len(self.choices.slots):
            raise InvalidInput(f"There is no slot {slot + 1} on this ballot.")
        return self.choices


def _put(slots: tuple[str | None, ...], index: int, key: str | None) -> tuple[str | None, ...]:
    return (*slots[:index], key, *slots[index + 1 :])
