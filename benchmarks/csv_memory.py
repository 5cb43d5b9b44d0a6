"""Memory of the CSV export at a borough's size and at 8 times that: it must stay flat.

    python benchmarks/csv_memory.py [--small]

Prints:
  csv_export_peak_rss_8x_vs_1x: <peak resident memory at 8x ÷ at 1x> (goal <= 1.5)
Borough scale is the benchmarks' usual database (200 sessions, 50,000 views, 200,000 votes);
8x is 1,600 sessions, 400,000 views and 1.6 million votes, made by benchmarks/generate.py. Each
database is made in a process of its own, and each export runs in a fresh process that prints
its own peak (resource.getrusage; on Linux /proc's VmHWM, which is the same peak but never the
parent's, see run.py), so neither the making nor the other scale counts. Before the rows were
streamed, the export held every row: 570 MB at 8x. --small uses 10 and 80 sessions: a smoke check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak_memory import PEAK_KIB  # benchmarks/, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

EXPORT = (
    r"""
import resource, sys, time
from pathlib import Path
"""
    + PEAK_KIB
    + r"""

from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage.database import open_database

db = open_database(sys.argv[1], create=False)
before = peak_kib()  # the program and its libraries, before the export
t0 = time.perf_counter()
files = run_export(db, ExportRequest("csv", Path(sys.argv[2])))
seconds = time.perf_counter() - t0
rows = sum(sum(1 for _ in open(f, encoding="utf-8-sig")) - 1 for f in files if f.suffix == ".csv")
print("peak", peak_kib(), before, round(seconds, 1), rows, flush=True)
"""
)


def scale_db(folder: Path, factor: int, small: bool) -> tuple[Path, str]:
    sessions, views, votes = (10, 1_500, 3_000) if small else (200, 50_000, 200_000)
    path = folder / f"x{factor}.sqlite3"
    subprocess.run(
        [
            sys.executable,
            str(HERE / "generate.py"),
            str(path),
            "--sessions",
            str(sessions * factor),
            "--views",
            str(views * factor),
            "--votes",
            str(votes * factor),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return path, f"{sessions * factor:,} sessions, {views * factor:,} views, {votes * factor:,} votes"


def export_peak(path: Path, out: Path) -> tuple[int, int, float, int]:
    """(peak KiB, KiB before the export, seconds, rows written) of one export in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(path), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("peak")), None)
    if done.returncode or line is None:
        raise SystemExit(
            f"the export of {path.name} failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}"
        )
    _, peak, before, seconds, rows = line.split()
    return int(peak), int(before), float(seconds), int(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a quick smoke run on small databases")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coprod-csv-memory-"))
    figures = {}
    t0 = time.perf_counter()
    for factor in (1, 8):
        path, what = scale_db(folder, factor, args.small)
        figures[factor] = (*export_peak(path, folder / f"csv{factor}"), what)
        path.unlink()
    shutil.rmtree(folder, ignore_errors=True)  # the 8x CSV files alone are about 250 MB
    one, eight = figures[1], figures[8]
    print(
        f"csv_export_peak_rss_8x_vs_1x: {eight[0] / one[0]:.2f} (goal <= 1.5)"
        f"   [peak {one[0] / 1024:.0f} MB at 1x ({one[4]}; {one[3]:,} rows in {one[2]:.0f} s), "
        f"{eight[0] / 1024:.0f} MB at 8x ({eight[4]}; {eight[3]:,} rows in {eight[2]:.0f} s); "
        f"{one[1] / 1024:.0f} MB before exporting; whole run {time.perf_counter() - t0:.0f} s]",
        flush=True,
    )
    return 0 if eight[0] / one[0] <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
