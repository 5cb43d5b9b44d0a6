"""Export speed, each figure against a bare ReportLab build of the same paragraphs in the same run.

    python benchmarks/export_bench.py [--small] [--scale] [--db PATH]

Prints:
  officer_pdf_500_views: <officer report of 500 views ÷ bare build of the paragraphs it prints> (goal <= 1.5)
  annual_pdf_<N>_sessions: <summary across sessions ÷ bare build of the paragraphs it prints> (goal <= 2)
  gui_longest_stall_ms_during_annual_export: <ms> (goal < 100)
The annual figures use a small generated database (10 sessions, 1,500 views, 3,000 votes) unless --scale
is given (200 sessions, 50,000 views, 200,000 votes). --small runs each build once: a smoke check.
--db PATH reuses a database made earlier by benchmarks/generate.py at the chosen scale instead of
generating one (it is only read, once upgraded to this version's schema if an older version made it, as
the app would on opening it); the figure's name still says the number of sessions it holds.
benchmarks/annual_cpu_time.py gives the annual figure in CPU time as well, for a machine shared with others.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import PHRASES, generate  # noqa: E402
from coprod_app.domain.view import ViewDraft  # noqa: E402
from coprod_app.reports import fonts  # noqa: E402
from coprod_app.reports.exports import ExportRequest, run_export  # noqa: E402
from coprod_app.storage import themes as theme_store  # noqa: E402
from coprod_app.storage.database import open_database  # noqa: E402
from coprod_app.storage.packs import current_pack, ensure_default_pack  # noqa: E402
from coprod_app.storage.sessions import add_participant, create_session  # noqa: E402
from coprod_app.storage.views import record_view  # noqa: E402


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bare_build(texts: list[str]) -> None:
    """The reference: the same words as plain Paragraphs in the same embedded font, nothing else."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts.register()
    style = ParagraphStyle("bare", fontName=fonts.BODY, fontSize=10.5, leading=14)
    SimpleDocTemplate(io.BytesIO()).build([Paragraph(escape(t).replace("\n", "<br/>"), style) for t in texts])


def officer_db(folder: Path, n_views: int = 500) -> tuple[Path, int, list[str]]:
    rng = random.Random(5)
    path = folder / "officer.sqlite3"
    db = open_database(path)
    ensure_default_pack(db)
    pack = current_pack(db)
    s = create_session(
        db, title="A big engagement event", date="2026-11-20", forum="engagement-event", town="Stockton"
    )
    people = [
        add_participant(db, s.id, group=rng.choice(["young-person", "parent-carer"]), quote_consent=True)
        for _ in range(40)
    ]
    texts, ids = [], []
    with db.atomic():  # one transaction for the set-up only; the figure is the export
        for i in range(n_views):
            text = " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 4))) + f" ({i})"
            texts.append(text)
            ids.append(
                record_view(
                    db,
                    s.id,
                    ViewDraft(
                        text=text,
                        participant=people[i % 40].code,
                        principles=(rng.choice(pack.principles).key,),
                        commitments=(rng.choice(pack.commitments).key,),
                        sentiment=rng.choice(["positive", "negative"]),
                    ),
                ).id
            )
    for t in range(10):
        theme = theme_store.add_theme(db, f"Theme {t}", rng.choice(PHRASES), ids[t * 50 : (t + 1) * 50])
        theme_store.add_action(db, theme.id, "We asked the clubs to open later", "planned", owner="Lead")
    db.close()
    return path, s.id, texts


def story_texts(story) -> list[str]:
    """Every paragraph's words in a story, tables and kept-together blocks included."""
    from reportlab.platypus import Paragraph, Table

    out = []
    for f in story:
        lines_of = getattr(f, "lines_of", None)  # text.lines: one paragraph's lines, a Paragraph each
        if lines_of is not None:
            if f is lines_of[0]:  # as the one paragraph they replaced: its lines run together
                out.append("".join(p.getPlainText() for p in lines_of))
        elif isinstance(f, Paragraph):
            out.append(f.getPlainText())
        elif hasattr(f, "getPlainText"):
            out.append(f.getPlainText())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                out += [c for c in row if isinstance(c, str) and c and "\n" not in c]
                # Then the cells that were a Paragraph each, in their order: a paragraph's lines made
                # a Paragraph each (text.lines) or a string cell of short lines read as that paragraph.
                for c in row:
                    if hasattr(c, "wrap"):
                        out += story_texts([c])
                    elif isinstance(c, list):
                        out += story_texts(c)
                    elif isinstance(c, str) and "\n" in c:
                        out.append(c.replace("\n", ""))  # its plain text had no line breaks
        elif hasattr(f, "_content"):
            out += story_texts(f._content)
    return out


def gui_stall(db_path: Path, out: Path) -> float:
    """The longest gap between 5 ms timer ticks in the GUI while the annual export runs in its worker."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_app.ui.app import prepare_application
    from coprod_app.ui.officer.export_dialog import ExportDialog

    app = QApplication.instance() or QApplication([])
    prepare_application(app)  # as the app runs: its style, and cycles collected on the GUI thread
    db = open_database(db_path, create=False)
    dialog = ExportDialog(db, None, "annual")
    dialog.out.setText(str(out))
    dialog.show()
    clock = QElapsedTimer()
    gaps = []
    last = [0]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    done = []
    dialog.export_finished.connect(done.append)
    dialog.worker = None
    clock.start()
    timer.start()
    dialog.start_export()
    while dialog.running():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    timer.stop()
    dialog.close()
    db.close()
    if not done:
        raise SystemExit(f"the export in the GUI failed: {dialog.status.text()}")
    return max(gaps[1:] or [0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="one run of each build: a quick smoke check")
    parser.add_argument(
        "--scale",
        action="store_true",
        help="the annual figures over 200 sessions / 50,000 views / 200,000 votes",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="reuse this generated database for the annual figures (only read, never written)",
    )
    args = parser.parse_args()
    runs = 1 if args.small else 3
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))
    fonts.register()
    bare_build(["warm up"])

    path, session_id, texts = officer_db(folder)
    db = open_database(path, create=False)
    officer = best(
        lambda: run_export(db, ExportRequest("officer", folder / "officer.pdf", session_id=session_id)), runs
    )
    from coprod_app.reports.officer import officer_story
    from coprod_app.storage.officer_report import build_officer_report

    # The reference lays out the words the report prints (each quote with its tag line, headings,
    # table cells), as the annual figure below does; the 500 view texts alone are about two thirds
    # of them, so that ratio is shown too.
    printed = story_texts(officer_story(build_officer_report(db, session_id)))
    db.close()
    bare = best(lambda: bare_build(printed), runs)
    bare_views = best(lambda: bare_build(texts), runs)
    print(
        f"officer_pdf_500_views: {officer / bare:.2f} (goal <= 1.5)   [officer {officer:.2f} s, bare {bare:.2f} s, "
        f"{len(printed)} paragraphs; {officer / bare_views:.2f} against the 500 view texts alone]",
        flush=True,
    )

    sessions, views, votes = (200, 50_000, 200_000) if args.scale else (10, 1_500, 3_000)
    if args.db is not None:
        if not args.db.is_file():
            raise SystemExit(f"There is no database at '{args.db}'; make one with benchmarks/generate.py.")
        big = args.db
        reader = open_database(big, create=False)
        sessions = reader.execute("SELECT count(*) FROM sessions").fetchone()[0]
        reader.close()
    else:
        big = folder / "borough.sqlite3"
        generate(big, sessions=sessions, views=views, votes=votes, seed=1)
    db = open_database(big, create=False)
    annual = best(lambda: run_export(db, ExportRequest("annual", folder / "annual.pdf")), runs)
    from coprod_app.reports.annual import annual_story
    from coprod_app.storage.annual_report import build_annual_report

    paragraphs = story_texts(annual_story(build_annual_report(db, None, None)))
    db.close()
    bare = best(lambda: bare_build(paragraphs), runs)
    print(
        f"annual_pdf_{sessions}_sessions: {annual / bare:.2f} (goal <= 2)   "
        f"[annual {annual:.2f} s, bare {bare:.2f} s, {len(paragraphs)} paragraphs]",
        flush=True,
    )

    stall = gui_stall(big, folder / "annual-gui.pdf")
    print(f"gui_longest_stall_ms_during_annual_export: {stall:.0f} (goal < 100)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
