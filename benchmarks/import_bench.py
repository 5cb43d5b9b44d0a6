"""Import of a 10,000-view bundle ÷ raw sqlite3 executemany of the same rows (goal <= 3).

Both sides write into a fresh database with the app's schema and pragmas (WAL,
synchronous=FULL, foreign keys on) in one transaction. The import also reads
the zip, checks the signature, every checksum and every value (with the
domain's own checks, as the command line does), and matches UUIDs; the ratio
is what all that costs over the bare inserts. The importing database trusts
the source laptop, as an officer's laptop would.

    .venv/bin/python benchmarks/import_bench.py [--views N] [--repeat R]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coprod_app.storage.bundle import export_bundle, import_bundle
from coprod_app.storage.database import open_database, record_fields
from coprod_app.storage.devices import this_device, trust_device
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session

TABLES = ("sessions", "participants", "views")


def build_source(path: Path, views: int) -> tuple[Path, str]:
    """The source laptop's bundle of one big session, and that laptop's fingerprint."""
    db = open_database(path)
    ensure_default_pack(db)
    session = create_session(db, title="Big engagement event", date="2026-11-20", forum="engagement-event")
    participants = [add_participant(db, session.id, group="young-person").id for _ in range(60)]
    tags = [
        ('["principle-1"]', "priority-1", '["commitment-1.1", "commitment-1.2"]'),
        ('["principle-2", "principle-3"]', "priority-2", '["commitment-2.1"]'),
        ("[]", None, "[]"),
    ]
    rows = []
    for i in range(views):
        principles, priority, commitments = tags[i % len(tags)]
        rows.append(
            {
                "session_id": session.id,
                "participant_id": participants[i % len(participants)] if i % 4 else None,
                "text": f"View number {i}: the school bus is late and nobody tells us why. Diolch, dziękuję 🙂",
                "principles": principles,
                "priority": priority,
                "commitments": commitments,
                "sentiment": ("positive", "mixed", "negative", None)[i % 4],
                "how": "spoken",
                "follow_up": int(i % 97 == 0),
                **record_fields(db),
            }
        )
    with db.atomic():
        db["views"].insert_all(rows, batch_size=1000)
    out = path.parent / "big.coprod"
    export_bundle(db, session.id, out)
    fingerprint = this_device(db).fingerprint
    db.close()
    return out, fingerprint


def time_import(folder: Path, bundle: Path, run: int, source: str) -> float:
    db = open_database(folder / f"import-{run}.sqlite3")
    trust_device(db, source)
    start = time.perf_counter()
    import_bundle(db, bundle)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def time_executemany(folder: Path, source: Path, run: int) -> float:
    src = open_database(source)
    data = {}
    for table in TABLES:
        cursor = src.execute(f"SELECT * FROM {table} ORDER BY id")
        data[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    src.close()
    db = open_database(folder / f"raw-{run}.sqlite3")  # the same schema and pragmas, empty
    conn = db.conn
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table in TABLES:
        columns, rows = data[table]
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--views", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as tmp:
        folder = Path(tmp)
        bundle, source = build_source(folder / "source.sqlite3", args.views)
        imports, raws = [], []
        for run in range(args.repeat):  # interleaved, so a busy moment on the machine hits both sides
            raws.append(time_executemany(folder, folder / "source.sqlite3", run))
            imports.append(time_import(folder, bundle, run, source))
        imported, raw = sorted(imports)[len(imports) // 2], sorted(raws)[len(raws) // 2]
    ratio = imported / raw
    print(f"# import {imported * 1000:.1f} ms, executemany {raw * 1000:.1f} ms (median of {args.repeat})")
    print(f"bundle_import_10k_views: {ratio:.2f} (goal <= 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
