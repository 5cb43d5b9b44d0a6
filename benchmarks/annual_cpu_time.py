"""The annual figure of export_bench.py in wall-clock and CPU time, for a machine others are using.

    python benchmarks/annual_cpu_time.py --db PATH [--runs N]

Runs the annual export and the bare build of the paragraphs it prints (export_bench.bare_build, the same
reference) one after the other, N times each (default 7), and prints the best of each in both clocks.
Other people's work on the machine stretches wall-clock time by tens of per cent; CPU time (this
process's own) much less. Alternating the two builds lets both see the same load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.export_bench import bare_build, story_texts  # noqa: E402
from coprod_app.reports import fonts  # noqa: E402
from coprod_app.reports.annual import annual_story  # noqa: E402
from coprod_app.reports.exports import ExportRequest, run_export  # noqa: E402
from coprod_app.storage.annual_report import build_annual_report  # noqa: E402
from coprod_app.storage.database import open_database  # noqa: E402


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a database made by benchmarks/generate.py")
    parser.add_argument("--runs", type=int, default=7, help="runs of each build; the best is kept")
    args = parser.parse_args()
    if not args.db.is_file():
        raise SystemExit(f"There is no database at '{args.db}'; make one with benchmarks/generate.py.")
    out = Path(tempfile.mkdtemp(prefix="annual-cpu-")) / "annual.pdf"
    fonts.register()
    bare_build(["warm up"])
    db = open_database(args.db, create=False)
    paragraphs = story_texts(annual_story(build_annual_report(db, None, None)))
    annual, bare = [], []
    for _ in range(args.runs):
        annual.append(timed(lambda: run_export(db, ExportRequest("annual", out))))
        bare.append(timed(lambda: bare_build(paragraphs)))
    db.close()
    (aw, ac), (bw, bc) = [(min(t[0] for t in ts), min(t[1] for t in ts)) for ts in (annual, bare)]
    print(
        f"annual_pdf wall: {aw / bw:.2f} [annual {aw:.2f} s, bare {bw:.2f} s]   "
        f"cpu: {ac / bc:.2f} [annual {ac:.2f} s, bare {bc:.2f} s]   (goal <= 2; best of {args.runs})",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
