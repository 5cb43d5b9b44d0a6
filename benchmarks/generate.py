"""A seeded, realistic council database at any scale, for benchmarks.

    python benchmarks/generate.py OUT.sqlite3 [--sessions 200] [--views 50000] [--votes 200000] [--seed 1]

Sessions across the seven towns and four forum types; participants in every group
and age band; views tagged across principles, priorities and commitments, of
varied lengths and scripts; vote rounds of each method; themes and actions.
One session (the newest) holds 500 views, for the "open a big session" figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coprod_app.domain.session import AGE_BANDS, FORUMS, GROUPS  # noqa: E402
from coprod_app.domain.view import HOW_GIVEN, SENTIMENTS  # noqa: E402
from coprod_app.storage.database import device_id, open_database  # noqa: E402
from coprod_app.storage.packs import current_pack, ensure_default_pack  # noqa: E402

PHRASES = [
    "There should be more clubs after school",
    "The waiting list for speech therapy was too long",
    "My teacher lets me use the quiet room when it gets loud",
    "We could not find anything on the website",
    "Travel to the college is hard on my own",
    "Mae angen mwy o gefnogaeth yn yr ysgol",  # Welsh
    "Potrzebujemy więcej zajęć dla dzieci",  # Polish
    "نحتاج إلى مزيد من الدعم في المدرسة",  # Arabic
    "I liked the swimming in the holidays 🙂",
    "Parents need to be listened to <b>before</b> decisions & not after",
]


def stamp(day: dt.date, seconds: int) -> str:
    return (dt.datetime.combine(day, dt.time(18, 0)) + dt.timedelta(seconds=seconds)).isoformat() + "Z"


def generate(path: Path, sessions: int, views: int, votes: int, seed: int) -> dict:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_database(path)
    ensure_default_pack(db)
    pack = current_pack(db)
    device = device_id(db)
    principles = [p.key for p in pack.principles]
    commitments = pack.commitments
    start = dt.date(2025, 1, 6)

    def record(day, n):
        t = stamp(day, n)
        return {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
            "created_at": t,
            "updated_at": t,
            "device_id": device,
        }

    big = 500 if views >= 500 * 2 else 0
    others = max(sessions - (1 if big else 0), 1)
    per_session, extra = divmod(views - big, others)
    votes_per_session = votes // max(sessions, 1)
    session_rows, participant_rows, view_rows, round_rows, vote_rows = [], [], [], [], []
    theme_rows, theme_view_rows, action_rows, history_rows = [], [], [], []
    participant_id = view_id = round_id = vote_id = theme_id = action_id = history_id = 0
    for s in range(1, sessions + 1):
        day = start + dt.timedelta(days=(s * 3) % 700)
        if s == sessions and big:
            day = start + dt.timedelta(days=710)
        session_rows.append(
            {
                "id": s,
                "title": f"{rng.choice(['Youth forum', 'Coffee morning', 'Engagement day'])} {s}",
                "date": day.isoformat(),
                "forum": FORUMS[s % len(FORUMS)],
                "town": pack.towns[s % len(pack.towns)],
                "venue": f"Venue {s % 17}",
                "facilitators": "",
                "pack_key": pack.key,
                "pack_json": pack.to_json(),
                "status": "closed",
                **record(day, 0),
            }
        )
        people = []
        for _ in range(rng.randint(8, 20)):
            participant_id += 1
            people.append(participant_id)
            participant_rows.append(
                {
                    "id": participant_id,
                    "session_id": s,
                    "code": f"C{participant_id:05d}",
                    "grp": rng.choice(GROUPS),
                    "age_band": rng.choice(AGE_BANDS),
                    "town": rng.choice(pack.towns),
                    "quote_consent": int(rng.random() < 0.6),
                    **record(day, 1),
                }
            )
        n_views = big if (s == sessions and big) else per_session + (1 if s <= extra else 0)
        session_views = []
        for n in range(n_views):
            view_id += 1
            session_views.append(view_id)
            chosen = rng.sample(commitments, rng.randint(0, 2))
            text = " ".join(rng.choice(PHRASES) for _ in range(rng.choice((1, 1, 2, 3, 8))))
            view_rows.append(
                {
                    "id": view_id,
                    "session_id": s,
                    "participant_id": rng.choice(people) if rng.random() < 0.8 else None,
                    "text": text,
                    "principles": json.dumps(rng.sample(principles, rng.randint(0, 2))),
                    "priority": chosen[0].priority_key if chosen else None,
                    "commitments": json.dumps([c.key for c in chosen]),
                    "sentiment": rng.choice((*SENTIMENTS, None)),
                    "how": rng.choice(HOW_GIVEN),
                    "follow_up": int(rng.random() < 0.02),
                    **record(day, 10 + n),
                }
            )
        for r, method in enumerate(("pick", "rank", "rating")):
            round_id += 1
            keys = [c.key for c in commitments]
            round_rows.append(
                {
                    "id": round_id,
                    "session_id": s,
                    "method": method,
                    "max_choices": 3,
                    "commitments": json.dumps(keys),
                    "status": "closed",
                    **record(day, 5000 + r),
                }
            )
            for n in range(votes_per_session // 3):
                vote_id += 1
                if method == "rating":
                    choices = {k: rng.choice(("like", "unsure", "dislike")) for k in rng.sample(keys, 5)}
                else:
                    choices = rng.sample(keys, 3)
                vote_rows.append(
                    {
                        "id": vote_id,
                        "round_id": round_id,
                        "participant_id": rng.choice(people),
                        "choices": json.dumps(choices),
                        **record(day, 6000 + n),
                    }
                )
        for _ in range(3):
            theme_id += 1
            theme_rows.append(
                {
                    "id": theme_id,
                    "title": f"Theme {theme_id}",
                    "you_said": rng.choice(PHRASES),
                    **record(day, 9000),
                }
            )
            for v in rng.sample(session_views, min(5, len(session_views))):
                theme_view_rows.append({"theme_id": theme_id, "view_id": v})
            action_id += 1
            status = rng.choice(("planned", "in-progress", "done", "not-possible"))
            action_rows.append(
                {
                    "id": action_id,
                    "theme_id": theme_id,
                    "we_did": "We asked the clubs to open later",
                    "status": status,
                    "reason": "No budget this year" if status == "not-possible" else "",
                    "owner": "Participation lead",
                    "due": (day + dt.timedelta(days=90)).isoformat(),
                    "commitments": json.dumps([rng.choice(commitments).key]),
                    **record(day, 9100),
                }
            )
            history_id += 1
            history_rows.append(
                {
                    "id": history_id,
                    "action_id": action_id,
                    "status": status,
                    "reason": "",
                    "changed_at": stamp(day, 9200),
                    "uuid": str(uuid.uuid4()),
                    "device_id": device,
                }
            )
    with db.atomic():
        for table, rows in (
            ("sessions", session_rows),
            ("participants", participant_rows),
            ("views", view_rows),
            ("rounds", round_rows),
            ("votes", vote_rows),
            ("themes", theme_rows),
            ("theme_views", theme_view_rows),
            ("actions", action_rows),
            ("action_history", history_rows),
        ):
            db[table].insert_all(rows, batch_size=2000)
    counts = {t: db[t].count for t in ("sessions", "participants", "views", "votes", "themes", "actions")}
    db.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--views", type=int, default=50_000)
    parser.add_argument("--votes", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    counts = generate(Path(args.out), args.sessions, args.views, args.votes, args.seed)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
