"""Check the archives a user installs from: the sdist and the wheel hold every resource, and the
installed app works away from the repository.

    .venv/bin/python tools/check_wheel.py

Builds the sdist, then the wheel FROM the sdist (`python -m build`, as pip does from PyPI), so a
file missing from either shows. Compares the wheel with `git ls-files resources`. Then installs the
wheel with its dependencies into a fresh venv (what a user does: nothing is borrowed from .venv)
and, from a temporary folder with the database in it, creates a session, records a view, exports
the officer, easy-read and annual PDFs and reads back the pack's 17 commitments. Exits 1 with one
sentence on the first failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_RESOURCES = "coprod_app/_resources/"
# The licences that must travel with the wheel (pyproject.toml `license-files`).
LICENCES = ("LICENSE", "resources/symbols/CC-BY-SA-4.0.txt", "resources/symbols/LICENSE.md")
COMMITMENTS = 17


class Failure(Exception):
    """One sentence saying what is wrong."""


def run(command: list[str], what: str, **kwargs) -> str:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        detail = (result.stderr.strip() or result.stdout.strip()).splitlines()
        raise Failure(f"{what} failed (exit {result.returncode}): {detail[-1] if detail else 'no output'}")
    return result.stdout


def tracked_resources() -> list[str]:
    out = run(["git", "ls-files", "-z", "resources"], "git ls-files resources", cwd=ROOT)
    files = sorted(name for name in out.split("\0") if name)
    if not files:
        raise Failure("git ls-files resources lists nothing: run this from a git checkout.")
    return files


def build(dist: Path) -> tuple[Path, Path]:
    run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], "python -m build (sdist, then wheel)")
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise Failure(f"python -m build made {len(wheels)} wheels and {len(sdists)} sdists instead of one of each.")
    return wheels[0], sdists[0]


def check_archives(wheel: Path, sdist: Path, tracked: list[str]) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {"resources/" + n.removeprefix(PACKAGE_RESOURCES) for n in names if n.startswith(PACKAGE_RESOURCES)}
    present = [f for f in tracked if f in shipped]
    print(f"wheel: {len(present)} resource files of {len(tracked)} tracked")
    missing = [f for f in tracked if f not in shipped]
    if missing:
        raise Failure(f"the wheel lacks {len(missing)} tracked resource files, the first {missing[0]}.")
    extra = sorted(shipped - set(tracked))
    if extra:
        raise Failure(f"the wheel holds {len(extra)} resource files git does not track, the first {extra[0]}.")
    licences = {n.split(".dist-info/licenses/", 1)[1] for n in names if ".dist-info/licenses/" in n}
    lacking = [f for f in LICENCES if f not in licences]
    if lacking:
        raise Failure(f"the wheel's .dist-info/licenses lacks {lacking[0]}.")
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
    run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], "pip install of the wheel into a fresh venv")
    print(f"installed into a fresh venv with its dependencies in {time.monotonic() - started:.0f} s")
    return where / "bin"


def check_installed(bin_dir: Path, work: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", COPROD_READ_ALOUD="off", PATH=f"{bin_dir}{os.pathsep}{env['PATH']}")

    # Where the installed app finds its code and data: inside the venv, never the repository.
    probe = ("import json, coprod_app, coprod_app.resources as r, coprod_app.ui.translations as t;"
             "print(json.dumps([coprod_app.__file__, str(r.RESOURCES), str(r.symbol_path('like')),"
             " str(r.symbol_path('commitment-1.1', 'png')), t.available_languages()]))")
    code, resources, svg, png, languages = json.loads(
        run([str(bin_dir / "python"), "-c", probe], "importing the installed app", cwd=work, env=env))
    venv_root = str(bin_dir.parent)
    if not code.startswith(venv_root) or not resources.startswith(venv_root):
        raise Failure(f"the installed app loads {code} and resources from {resources}, not from its venv.")
    if not Path(resources).is_dir():
        raise Failure(f"the installed app looks for its resources in {resources}, which does not exist.")
    if "None" in (svg, png) or "cy" not in languages:
        raise Failure("the installed app finds no symbols or no Welsh translation in its resources.")

    app = [str(bin_dir / "coprod-app"), "--db", str(work / "db" / "coprod.sqlite3")]

    def cli(*args: str) -> dict:
        out = run([*app, *args, "--json"], "coprod-app " + " ".join(args[:2]), cwd=work, env=env)
        return json.loads(out)

    session = cli("session", "new", "--title", "Wheel check", "--date", "2026-11-20", "--forum", "youth-forum",
                  "--town", "Stockton")["id"]
    view = cli("view", "add", "--session", str(session), "--text", "More clubs after school, please",
               "--commitment", "commitment-4.1", "--sentiment", "positive")["id"]
    # An action linked to a commitment: the easy-read PDF then draws that commitment's symbol.
    theme = cli("theme", "add", "--title", "Clubs", "--you-said", "More clubs after school", "--view", str(view))["id"]
    cli("action", "add", "--theme", str(theme), "--we-did", "We opened a Friday club", "--status", "planned",
        "--commitment", "commitment-4.1")
    (work / "out").mkdir()
    for kind, extra in (("officer", ["--session", str(session)]), ("easy-read", ["--session", str(session)]),
                        ("annual", [])):
        pdf = work / "out" / f"{kind}.pdf"
        cli("export", kind, *extra, "--out", str(pdf))
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise Failure(f"coprod-app export {kind} made no PDF at {pdf}.")
        print(f"export {kind}: {pdf.stat().st_size} bytes")
    # ReportLab writes image XObject dictionaries uncompressed, so the symbol shows in the bytes.
    if b"/Subtype /Image" not in (work / "out" / "easy-read.pdf").read_bytes():
        raise Failure("the installed app's easy-read PDF has no symbol picture.")
    pack = cli("pack", "show")
    count = sum(len(priority["commitments"]) for priority in pack["priorities"])
    if count != COMMITMENTS:
        raise Failure(f"the installed pack has {count} commitments, not {COMMITMENTS}.")
    print(f"pack {pack['key']}: {count} commitments")


def main() -> int:
    try:
        tracked = tracked_resources()
        with tempfile.TemporaryDirectory(prefix="coprod-wheel-") as tmp:
            tmp = Path(tmp)
            wheel, sdist = build(tmp / "dist")
            check_archives(wheel, sdist, tracked)
            bin_dir = install(wheel, tmp / "venv")
            (tmp / "elsewhere").mkdir()
            check_installed(bin_dir, tmp / "elsewhere")
    except Failure as failure:
        print(f"check_wheel: {failure}", file=sys.stderr)
        return 1
    print("check_wheel: the wheel and sdist hold everything and the installed app works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
