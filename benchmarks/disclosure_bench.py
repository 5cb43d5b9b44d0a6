"""The officer report of a session with a 17-card rating round and three groups, at 1x and 4x the voters.

    python benchmarks/disclosure_bench.py [--small]

Prints:
  disclosure_officer_report_4x_voters: <report build with 4x the voters ÷ with 1x> (goal <= 6)
Four times the voters may cost at most six times the time. Every figure of the round goes through
the small-number rule (domain/disclosure.py), whose audit looks for a second whole-number solution
of what is printed for each small count; it used to re-run that search over the whole round after
every single extra hidden cell, which took minutes on one borough session. The build is
`build_officer_report` (the Report every face prints), run five times each, interleaved, the best
time of each compared. --small runs each once: a smoke check.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coprod_app.storage import votes  # noqa: E402
from coprod_app.storage.database import open_database  # noqa: E402
from coprod_app.storage.officer_report import build_officer_report  # noqa: E402
from coprod_app.storage.packs import ensure_default_pack  # noqa: E402
from coprod_app.storage.sessions import add_participant, create_session  # noqa: E402

GROUPS = ("young-person", "parent-carer", "professional")
BASE_VOTERS = 8  # per group at 1x: small enough that many cards have small counts in some group


def session_with_round(folder: Path, per_group: int, seed: int = 5) -> tuple[Path, int, int]:
    """A session whose rating round (every card of the pack) is rated by `per_group` people in each group."""
    rng = random.Random(seed)
    path = folder / f"round-{per_group}.sqlite3"
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(db, title="Rating every card", date="2026-11-20", forum="youth-forum", town="Stockton")
    people = [
        add_participant(db, s.id, group=group, age_band="adult" if group != "young-person" else "11-15")
        for group in GROUPS
        for _ in range(per_group)
    ]
    rnd = votes.create_round(db, s.id, "rating")
    for person in people:
        # Each person rates most cards, leaning one way per card, so the counts vary and some are small.
        ballot = {}
        for n, card in enumerate(rnd.commitments):
            if rng.random() < 0.75:
                lean = (n * 7 + GROUPS.index(person.group)) % 3
                ballot[card] = ("like", "unsure", "dislike")[lean if rng.random() < 0.6 else rng.randrange(3)]
        votes.cast_vote(db, rnd.id, ballot or {rnd.commitments[0]: "like"}, person.code)
    db.close()
    return path, s.id, len(rnd.commitments)


def build_time(path: Path, session_id: int) -> float:
    db = open_database(path, create=False)
    t0 = time.perf_counter()
    build_officer_report(db, session_id)
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="one build of each: a quick smoke check")
    args = parser.parse_args()
    runs = 1 if args.small else 5
    folder = Path(tempfile.mkdtemp(prefix="disclosure-bench-"))
    one, one_id, cards = session_with_round(folder, BASE_VOTERS)
    four, four_id, _ = session_with_round(folder, 4 * BASE_VOTERS)
    build_time(one, one_id)  # warm-up: modules and the pack loaded once
    ones, fours = [], []
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits both; the best of each
        ones.append(build_time(one, one_id))
        fours.append(build_time(four, four_id))
    a, b = min(ones), min(fours)
    print(
        f"disclosure_officer_report_4x_voters: {b / a:.2f} (goal <= 6)   [{cards} cards, {len(GROUPS)} groups: "
        f"{len(GROUPS) * 4 * BASE_VOTERS} voters {b:.3f} s, {len(GROUPS) * BASE_VOTERS} voters {a:.3f} s]",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
