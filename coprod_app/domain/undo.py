"""Undo and redo of a facilitator's changes while the app is open.

Each step is a pair of callables; each callable saves at once, so the history
and the database never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Step:
    description: str
    undo: Callable[[], None]
    redo: Callable[[], None]


class UndoHistory:
    def __init__(self, limit: int = 200) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._limit = limit

    def record(self, step: Step) -> None:
        """Remember a change that has already been made and saved."""
        self._done.append(step)
        del self._done[: -self._limit]
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Step | None:
        if not self._done:
            return None
        step = self._done[-1]
        step.undo()  # raises on failure: the step stays where it was
        self._undone.append(self._done.pop())
        return step

    def redo(self) -> Step | None:
        if not self._undone:
            return None
        step = self._undone[-1]
        step.redo()
        self._done.append(self._undone.pop())
        return step

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def next_undo(self) -> str | None:
        return self._done[-1].description if self._done else None

    @property
    def next_redo(self) -> str | None:
        return self._undone[-1].description if self._undone else None
