"""Check the archives a user installs from: the sdist and the wheel hold every resource, and the
installed app works away from the repository, as a user who is not root.

    .venv/bin/python tools/check_wheel.py [--keep FOLDER]

Builds the sdist, then the wheel FROM the sdist (`python -m build`, as pip does from PyPI), so a
file missing from either shows. Compares the wheel with `git ls-files resources`. Then installs the
wheel with its dependencies into a fresh venv (what a user does: nothing is borrowed from .venv)
and, as a user who is not root (run as root, it makes the user `coprodcheck`) with `/` as the
working folder, a new HOME and XDG_DATA_HOME, and no --db:
- checks the app finds its code, symbols, Welsh translation and fonts inside the venv;
- checks `coprod-app where` names the database in $XDG_DATA_HOME/coprod-app/db, and that the first
  session creates it there;
- creates a session, records a view, exports every kind `coprod-app export` writes (the officer,
  easy-read and annual PDFs and the CSV files) and reads back the pack's 17 commitments;
- checks every font in every PDF is embedded and is Atkinson Hyperlegible or the DejaVu Sans
  shipped in the wheel (pdffonts, from poppler-utils);
- opens the main window (offscreen) from the venv, in Welsh, and checks its seven menus, the
  session made above, the Stockton pack's commitments and a symbol.
--keep FOLDER copies the exported files there to look at. Exits 1 with one sentence on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

from _checks import (
    CHECK_USER,
    COMMITMENTS,
    Failure,
    check_user,
    commitments,
    has_picture,
    is_pdf,
    record_view_theme_action,
    run,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_RESOURCES = "coprod_app/_resources/"
# The licences that must travel with the wheel (pyproject.toml `license-files`).
LICENCES = (
    "LICENSE",
    "resources/symbols/CC-BY-SA-4.0.txt",
    "resources/symbols/LICENSE.md",
    "resources/fonts/LICENSE-DejaVu.txt",
)
PDF_KINDS = ("officer", "easy-read", "annual")
# The fonts a PDF may use with the words below: Atkinson (PyPI package) and the shipped DejaVu. A
# system font here (Symbola, Droid) would mean a PDF that comes out differently on Windows.
PDF_FONTS = {
    "AtkinsonHyperlegible-Regular",
    "AtkinsonHyperlegible-Bold",
    "AtkinsonHyperlegible-Italic",
    "AtkinsonHyperlegible-BoldItalic",
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSans-Oblique",
    "DejaVuSans-BoldOblique",
}
# Welsh ŵ and ŷ, which Atkinson lacks: the officer PDF must draw them in the shipped DejaVu.
WELSH_VIEW = "Mwy o glybiau ar ôl ysgol, a dŵr yn y tŷ"
# File, Edit, View, Officer, Privacy, Voting and Help (the exchange actions are in File).
MENUS = 7

# Where the installed app finds its code and data: inside the venv, never the repository.
PROBE = """
import json
import coprod_app, coprod_app.resources as r
from coprod_app.reports import fonts
from reportlab.pdfbase import pdfmetrics
fonts.register()
print(json.dumps({
    "code": coprod_app.__file__,
    "resources": str(r.RESOURCES),
    "symbols": [str(r.symbol_path("like")), str(r.symbol_path("commitment-1.1", "png"))],
    "welsh": str(r.TRANSLATIONS / "coprod_app_cy.qm"),
    "fonts": {name: pdfmetrics.getFont(name).face.filename
              for name in (fonts.BODY, fonts.BODY_BOLD, *fonts.DEJAVU)},
}))
"""

# The window as a facilitator opens it, in Welsh (the setting is kept in the database), built by the
# same functions as `coprod-app` and shown for a moment on the offscreen platform.
WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListView, QListWidget
from coprod_app.storage.database import default_db_path, open_database
from coprod_app.ui.app import open_main_window, prepare_application
from coprod_app.ui.common.symbols import SymbolView
from coprod_app.ui.view_settings import save_language

path, picture = default_db_path(), sys.argv[1]  # the database `coprod-app` opens with no --db
db = open_database(path)
save_language(db, "cy")
db.close()
app = QApplication(sys.argv[:1])
prepare_application(app)
window = open_main_window(path)
if window is None:
    sys.exit("the window did not open")
window.show()
QTimer.singleShot(2000, app.quit)  # a couple of seconds of a running event loop: paints, timers, the check
app.exec()
if picture:
    window.grab().save(picture)
sessions = window.findChild(QListView, "sessions_list").model()
commitments = window.findChild(QListWidget, "view_commitments")
print(json.dumps({
    "menus": [action.text() for action in window.menuBar().actions()],
    "sessions": [sessions.data(sessions.index(row)) for row in range(sessions.rowCount())],
    "commitments": [commitments.item(row).text() for row in range(commitments.count())],
    "symbols": [name for name in ("like", "unsure", "dislike", "commitment-4.1") if SymbolView(name, 64).has_symbol()],
}))
"""


def tracked_resources() -> list[str]:
    out = run(["git", "ls-files", "-z", "resources"], "git ls-files resources", cwd=ROOT)
    files = sorted(name for name in out.split("\0") if name)
    if not files:
        raise Failure("git ls-files resources lists nothing: run this from a git checkout.")
    return files


def build(dist: Path) -> tuple[Path, Path]:
    run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
        "python -m build (sdist, then wheel)",
    )
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise Failure(
            f"python -m build made {len(wheels)} wheels and {len(sdists)} sdists instead of one of each."
        )
    return wheels[0], sdists[0]


def check_archives(wheel: Path, sdist: Path, tracked: list[str]) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {
        "resources/" + n.removeprefix(PACKAGE_RESOURCES) for n in names if n.startswith(PACKAGE_RESOURCES)
    }
    present = [f for f in tracked if f in shipped]
    print(f"wheel: {len(present)} resource files of {len(tracked)} tracked")
    missing = [f for f in tracked if f not in shipped]
    if missing:
        raise Failure(f"the wheel lacks {len(missing)} tracked resource files, the first {missing[0]}.")
    extra = sorted(shipped - set(tracked))
    if extra:
        raise Failure(
            f"the wheel holds {len(extra)} resource files git does not track, the first {extra[0]}."
        )
    licences = {n.split(".dist-info/licenses/", 1)[1] for n in names if ".dist-info/licenses/" in n}
    lacking = [f for f in LICENCES if f not in licences]
    if lacking:
        raise Failure(f"the wheel's .dist-info/licenses lacks {lacking[0]}.")
    entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode() if entry_points else ""
    if "[console_scripts]\ncoprod-app =" not in scripts or "[gui_scripts]\ncoprod-app-gui =" not in scripts:
        raise Failure("the wheel lacks the coprod-app console script or the coprod-app-gui window script.")
    with tarfile.open(sdist) as archive:
        in_sdist = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    absent = [f for f in [*tracked, *LICENCES] if f not in in_sdist]
    if absent:
        raise Failure(f"the sdist lacks {len(absent)} files, the first {absent[0]}.")
    print(f"sdist: every tracked resource file and the {len(LICENCES)} licence files")


def install(wheel: Path, where: Path) -> Path:
    started = time.monotonic()
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    python = where / "bin" / "python"
    run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        "pip install of the wheel into a fresh venv",
    )
    installed = {
        line.split("==")[0].lower().replace("_", "-")
        for line in run([str(python), "-m", "pip", "freeze"], "pip freeze").splitlines()
    }
    # PySide6-Essentials and PySide6-Addons hold every Qt module the app uses; the PySide6 wheel would
    # bring PySide6-WebEngine and PySide6-Pdf too (271 MB).
    unwanted = sorted(installed & {"pyside6", "pyside6-webengine", "pyside6-pdf"})
    if unwanted:
        raise Failure(f"installing the wheel also installed {unwanted[0]}, which the app never imports.")
    site = next((where / "lib").glob("python*/site-packages"))
    size = run(["du", "-sm", str(site)], "du of the venv").split()[0]
    print(
        f"installed into a fresh venv with its dependencies in {time.monotonic() - started:.0f} s: "
        f"site-packages {size} MB"
    )
    for script in ("coprod-app", "coprod-app-gui"):
        if not (where / "bin" / script).is_file():
            raise Failure(f"the installed wheel made no {script} script.")
    return where / "bin"


class User:
    """Runs the installed app as a user who is not root, from `/`, with only the environment given."""

    def __init__(self, bin_dir: Path, home: Path) -> None:
        self.bin_dir, self.home = bin_dir, home
        self.name = check_user(home)
        if self.name:
            print(f"running the installed app as the user {CHECK_USER}, from /")
        else:
            import getpass

            print(f"not root: running the installed app as {getpass.getuser()} (no user switch), from /")
        self.env = {
            "PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin",
            "HOME": str(home),
            # Not HOME/.local/share, the default: the app must follow the variable.
            "XDG_DATA_HOME": str(home / "xdg-data"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "COPROD_READ_ALOUD": "off",
        }

    def __call__(self, command: list[str], what: str) -> str:
        environment = [f"{key}={value}" for key, value in self.env.items()]
        prefix = ["runuser", "-u", self.name, "--"] if self.name else []
        return run([*prefix, "env", "-i", *environment, *command], what, cwd="/")

    def python(self, script: str, *args: str, what: str) -> dict:
        return json.loads(self([str(self.bin_dir / "python"), "-c", script, *args], what).splitlines()[-1])


def check_found_inside(as_user: User) -> None:
    found = as_user.python(PROBE, what="importing the installed app")
    venv_root = str(as_user.bin_dir.parent) + os.sep
    places = {
        "its code": found["code"],
        "its resources": found["resources"],
        "the Welsh translation": found["welsh"],
        **{f"the symbol {Path(p).name}": p for p in found["symbols"]},
        **{f"the font {name}": path for name, path in found["fonts"].items()},
    }
    for what, path in places.items():
        if not path.startswith(venv_root):
            raise Failure(f"the installed app takes {what} from {path}, not from inside its venv.")
        if not Path(path).exists():
            raise Failure(f"the installed app looks for {what} at {path}, which does not exist.")
    dejavu = [name for name in found["fonts"] if name.startswith("DejaVu")]
    if any(not found["fonts"][name].startswith(found["resources"]) for name in dejavu):
        raise Failure("the installed app's DejaVu Sans is not the copy shipped in its resources.")
    print(f"found inside the venv: code, resources, symbols, Welsh, {len(found['fonts'])} fonts")


def pdf_fonts(pdf: Path) -> set[str]:
    """The fonts of a PDF (subset prefixes removed), each checked to be embedded."""
    if not shutil.which("pdffonts"):
        raise Failure("pdffonts is missing: install poppler-utils.")
    lines = run(["pdffonts", str(pdf)], f"pdffonts {pdf.name}").splitlines()[2:]
    names = set()
    for line in lines:
        columns = line.split()
        if columns[-5] != "yes":  # name type [encoding] emb sub uni object ID
            raise Failure(f"{pdf.name} does not embed the font {columns[0]}.")
        names.add(columns[0].split("+")[-1])
    if not names:
        raise Failure(f"{pdf.name} has no fonts at all.")
    return names


def where(as_user: User) -> dict:
    return json.loads(as_user([str(as_user.bin_dir / "coprod-app"), "where", "--json"], "coprod-app where"))


def check_installed(as_user: User, keep: Path | None) -> None:
    """The command line of the installed app, as a user, with no --db: the database is the user's own."""
    out = as_user.home / "out"
    as_user(["mkdir", str(out)], "mkdir as the user")
    expected = Path(as_user.env["XDG_DATA_HOME"]) / "coprod-app" / "db" / "coprod.sqlite3"
    found = where(as_user)
    if Path(found["database"]) != expected or found["database_from"] != "user folder" or found["checkout"]:
        raise Failure(
            f"the installed app's database would be {found['database']} ({found['database_from']}), "
            f"not {expected} in the user's own data folder."
        )
    if found["database_exists"] or expected.exists():
        raise Failure(f"coprod-app where made or found a database at {expected} before the first session.")
    app = [str(as_user.bin_dir / "coprod-app")]

    def cli(*args: str) -> dict:
        return json.loads(as_user([*app, *args, "--json"], "coprod-app " + " ".join(args[:2])))

    version = as_user([app[0], "--version"], "coprod-app --version").strip()
    print(f"{version} from {app[0]}")
    session = cli(
        "session",
        "new",
        "--title",
        "Wheel check",
        "--date",
        "2026-11-20",
        "--forum",
        "youth-forum",
        "--town",
        "Stockton",
    )["id"]
    if not expected.is_file() or not where(as_user)["database_exists"]:
        raise Failure(f"the first session made no database at {expected}.")
    print(f"database: {expected.relative_to(as_user.home)} under the new HOME, made by the first session")
    record_view_theme_action(cli, session, text=WELSH_VIEW, theme_title="Clybiau", you_said=WELSH_VIEW)
    for kind in PDF_KINDS:
        pdf = out / f"{kind}.pdf"
        cli("export", kind, *(["--session", str(session)] if kind != "annual" else []), "--out", str(pdf))
        if not is_pdf(pdf):
            raise Failure(f"coprod-app export {kind} made no PDF at {pdf}.")
        names = pdf_fonts(pdf)
        if names - PDF_FONTS:
            raise Failure(
                f"the {kind} PDF uses {sorted(names - PDF_FONTS)[0]}, a font the wheel does not ship."
            )
        print(f"export {kind}: {pdf.stat().st_size} bytes, fonts {', '.join(sorted(names))}")
    if "DejaVuSans" not in pdf_fonts(out / "officer.pdf"):
        raise Failure("the officer PDF draws the Welsh ŵ and ŷ in no DejaVu Sans.")
    if not has_picture(out / "easy-read.pdf"):
        raise Failure("the installed app's easy-read PDF has no symbol picture.")
    csv_files = cli("export", "csv", "--out", str(out / "csv"))["files"]
    if sorted(Path(f).name for f in csv_files) != ["README.txt", "actions.csv", "views.csv", "votes.csv"]:
        raise Failure(
            f"coprod-app export csv wrote {csv_files}, not the three CSV files and their README.txt."
        )
    print(f"export csv: {', '.join(sorted(Path(f).name for f in csv_files))}")
    pack = cli("pack", "show")
    count = commitments(pack)
    if count != COMMITMENTS:
        raise Failure(f"the installed pack has {count} commitments, not {COMMITMENTS}.")
    print(f"pack {pack['key']}: {count} commitments")
    if keep is not None:
        shutil.copytree(out, keep, dirs_exist_ok=True)
        print(f"the exported files are copied to {keep}")


def check_window(as_user: User, keep: Path | None) -> None:
    picture = str(as_user.home / "out" / "window.png") if keep is not None else ""
    seen = as_user.python(WINDOW, picture, what="opening the installed app's window")
    if picture:
        shutil.copy(picture, keep / "window.png")
    if "&Ffeil" not in seen["menus"] or "&Golygu" not in seen["menus"]:
        raise Failure(f"the installed app's window is not in Welsh: its menus are {seen['menus']}.")
    if len(seen["menus"]) != MENUS:
        raise Failure(f"the installed app's window shows {len(seen['menus'])} menus, not {MENUS}.")
    if not any("Wheel check" in text for text in seen["sessions"]):
        raise Failure("the installed app's window does not list the session made on the command line.")
    if len(seen["commitments"]) != COMMITMENTS:
        raise Failure(
            f"the installed app's window offers {len(seen['commitments'])} commitments, not the "
            f"Stockton pack's {COMMITMENTS}."
        )
    if len(seen["symbols"]) != 4:
        raise Failure("the installed app's window draws no symbol for a choice or a commitment.")
    print(
        f"window (Welsh): {len(seen['menus'])} menus ({', '.join(m.replace('&', '') for m in seen['menus'])}), "
        f"{len(seen['sessions'])} session, {len(seen['commitments'])} commitments, symbols {', '.join(seen['symbols'])}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, metavar="FOLDER", help="copy the exported files here")
    args = parser.parse_args(argv)
    try:
        tracked = tracked_resources()
        with tempfile.TemporaryDirectory(prefix="coprod-wheel-") as tmp:
            tmp = Path(tmp)
            tmp.chmod(0o755)  # the user the app runs as must reach the venv inside
            wheel, sdist = build(tmp / "dist")
            check_archives(wheel, sdist, tracked)
            bin_dir = install(wheel, tmp / "venv")
            (tmp / "home").mkdir()
            as_user = User(bin_dir, tmp / "home")
            check_found_inside(as_user)
            check_installed(as_user, args.keep)
            check_window(as_user, args.keep)
    except Failure as failure:
        print(f"check_wheel: {failure}", file=sys.stderr)
        return 1
    print("check_wheel: the wheel and sdist hold everything and the installed app works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
