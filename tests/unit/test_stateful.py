"""Record / edit / delete / undo / redo / restart against a plain-Python model (issue 7).

The steps are made exactly as coprod_app/ui/capture/session_page.py makes them: the
storage functions of coprod_app/storage/views.py wrapped in UndoHistory steps.
A restart closes and reopens the database and starts a fresh history (the
window's history does not outlive the app). After every step the database must
hold exactly what the model says, and `PRAGMA quick_check` must be ok.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from coprod_app.domain.undo import Step, UndoHistory
from coprod_app.domain.view import SENTIMENTS, ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.integrity import quick_check
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import delete_view, get_view, list_views, record_view, restore_view, update_view

COUNTS: Counter = Counter()

words = st.text(min_size=1, max_size=40).filter(lambda t: t.strip())
drafts = st.builds(
    lambda text, sentiment, follow_up, who: (text, sentiment, follow_up, who),
    words,
    st.sampled_from((None, *SENTIMENTS)),
    st.booleans(),
    st.integers(0, 2),
)


class CaptureMachine(RuleBasedStateMachine):
    """The database against a model: {view id: what a restart must show}, with undo as snapshots."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="coprod-stateful-"))
        self.path = self.folder / "coprod.sqlite3"
        self.db = open_database(self.path)
        ensure_default_pack(self.db)
        self.session_id = create_session(self.db, title="Stateful", date="2026-01-01", forum="other").id
        self.codes = [None] + [add_participant(self.db, self.session_id).code for _ in range(2)]
        self.history = UndoHistory()
        self.model: dict[int, tuple] = {}
        # Linear undo: each step remembers the whole model before and after it.
        self.done: list[tuple[dict, dict]] = []
        self.undone: list[tuple[dict, dict]] = []
        COUNTS["machines"] += 1

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _draft(self, d) -> ViewDraft:
        text, sentiment, follow_up, who = d
        return ViewDraft(text=text, sentiment=sentiment, follow_up=follow_up, participant=self.codes[who])

    def _changed(self, before: dict) -> None:
        self.done.append((before, dict(self.model)))
        self.undone.clear()

    # The facilitator's actions, made as SessionPage makes them ---------------------

    @rule(d=drafts)
    def record(self, d) -> None:
        before = dict(self.model)
        view = record_view(self.db, self.session_id, self._draft(d))
        holder = {"view": view}
        self.history.record(
            Step(
                "record",
                undo=lambda: delete_view(self.db, holder["view"].id),
                redo=lambda: restore_view(self.db, holder["view"]),
            )
        )
        self.model[view.id] = (d[0], d[1], d[2], self.codes[d[3]])
        self._changed(before)
        COUNTS["record"] += 1

    @precondition(lambda self: self.model)
    @rule(data=st.data(), d=drafts)
    def edit(self, data, d) -> None:
        view_id = data.draw(st.sampled_from(sorted(self.model)))
        before_model = dict(self.model)
        before = get_view(self.db, view_id)
        after = update_view(self.db, view_id, self._draft(d))
        self.history.record(
            Step(
                "change",
                undo=lambda: update_view(self.db, view_id, before.draft),
                redo=lambda: update_view(self.db, view_id, after.draft),
            )
        )
        self.model[view_id] = (d[0], d[1], d[2], self.codes[d[3]])
        self._changed(before_model)
        COUNTS["edit"] += 1

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data) -> None:
        view_id = data.draw(st.sampled_from(sorted(self.model)))
        before = dict(self.model)
        view = delete_view(self.db, view_id)
        self.history.record(
            Step(
                "delete", undo=lambda: restore_view(self.db, view), redo=lambda: delete_view(self.db, view_id)
            )
        )
        del self.model[view_id]
        self._changed(before)
        COUNTS["delete"] += 1

    @rule()
    def undo(self) -> None:
        step = self.history.undo()
        assert (step is None) == (not self.done)
        if step is not None:
            before, _ = self.done[-1]
            self.undone.append(self.done.pop())
            self.model = dict(before)
            COUNTS["undo"] += 1

    @rule()
    def redo(self) -> None:
        step = self.history.redo()
        assert (step is None) == (not self.undone)
        if step is not None:
            _, after = self.undone[-1]
            self.done.append(self.undone.pop())
            self.model = dict(after)
            COUNTS["redo"] += 1

    @rule(now=st.integers(0, 3))
    def restart(self, now: int) -> None:
        if now:  # restarts are cheap to draw; keep them to about one step in ten
            return
        self.db.close()
        self.db = open_database(self.path)
        self.history.clear()
        self.done.clear()
        self.undone.clear()
        COUNTS["restart"] += 1

    # What must always hold -------------------------------------------------------------

    @invariant()
    def database_matches_model(self) -> None:
        saved = {
            v.id: (v.text, v.draft.sentiment, v.draft.follow_up, v.draft.participant)
            for v in list_views(self.db, self.session_id)
        }
        assert saved == self.model
        assert self.history.can_undo() == bool(self.done)
        assert self.history.can_redo() == bool(self.undone)
        COUNTS["checks"] += 1
        COUNTS["items checked"] += len(saved)

    @invariant()
    def file_is_sound(self) -> None:
        assert quick_check(self.db) == []


def test_capture_against_model():
    COUNTS.clear()
    run_state_machine_as_test(
        CaptureMachine,
        settings=settings(
            max_examples=100,
            stateful_step_count=30,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    kinds = ("record", "edit", "delete", "undo", "redo", "restart")
    steps = sum(COUNTS[k] for k in kinds)
    each = ", ".join(f"{k} {COUNTS[k]}" for k in kinds)
    print(
        f"\nstateful: {COUNTS['machines']} runs, {steps} steps ({each}); "
        f"{COUNTS['checks']} state checks, {COUNTS['items checked']} items checked"
    )
    assert COUNTS["restart"] and COUNTS["undo"] and COUNTS["redo"]
