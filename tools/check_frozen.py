"""Check the frozen one-folder app (`make dist`) as a user meets it, and the MSI made from it.

    .venv/bin/python tools/check_frozen.py [dist/coprod-app] [--no-gui] [--no-msi]

What it checks, in order; the first failure exits 1 with one sentence:
  1. the folder: both executables, every `git ls-files resources` file at coprod_app/_resources,
     only the Qt modules the app uses, and no library missing a Qt library it needs (the spec
     leaves out unused Qt plugins and libraries; this catches one taken out too many);
  2. `coprod-app-cli --version` says this version, and `coprod-app-cli where` loads no Qt
     library (Linux: LD_DEBUG=files lists what it loads);
  3. as a user who is not root (made with useradd when run as root, as check_wheel.py does),
     from a read-only working folder, with the app copied to a folder the user cannot write (as
     C:\\Program Files is): a session, a view, a theme and action, the officer, easy-read and
     annual PDFs, and the pack's 17 commitments; nothing is written into the app's folder;
  4. the windowed `coprod-app` under Xvfb with openbox, as that user: the window shows, and
     tesseract reads the seven menu titles in its menu bar; then again in Welsh (chosen in the
     database as View > Language does), which reads the translation from the frozen folder;
  5. the MSI: packaging/coprod-app.wxs built with wixl (Debian msitools, wixl) with the Linux
     executables standing in for the Windows ones, read back with msiinfo, then signed with
     osslsigncode and a throwaway certificate and the signature verified;
  6. figures: the folder's size, and the median of 5 start-up times of the frozen and the venv
     app (`--version`, and the window: from start until xdotool finds it shown).
The database: `--db` in the user's home folder while the app has no `coprod-app where`; once it
has, no `--db` (the app's own per-user data folder), and `where --json` must point inside HOME.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _checks import (
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
# The menu bar of the main window, as the app shows it run from the venv (File, Edit and Help from
# ui/main_window.py, the others from ui/menus). A frozen build that cannot find the menu modules
# shows only File, Edit and Help.
MENUS = ("File", "Edit", "View", "Officer", "Privacy", "Voting", "Help")
# The same bar in Welsh (resources/translations/coprod_app_cy.ts).
WELSH_MENUS = ("Ffeil", "Golygu", "Golwg", "Swyddog", "Preifatrwydd", "Pleidleisio", "Cymorth")
# The Qt modules the app imports (tests/unit/test_packaging.py lists them from the code), plus the
# two QtTextToSpeech's library links to.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtTextToSpeech", "QtNetwork", "QtMultimedia"}
# The main window's title in every language: "coprod-app: you said, we did · <database>" in English,
# "coprod-app: dywedoch chi, fe wnaethon ni · …" in Welsh (xdotool takes a regular expression).
WINDOW_TITLE = "^coprod-app: "
RUNS = 5


def version() -> str:
    text = (ROOT / "coprod_app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


# --- 1. the folder ---------------------------------------------------------------------------------


def check_folder(app: Path) -> None:
    for name in ("coprod-app", "coprod-app-cli"):
        if not os.access(app / name, os.X_OK):
            raise Failure(f"{app / name} is missing or cannot be run.")
    internal = app / "_internal"
    tracked = [
        n for n in run(["git", "ls-files", "-z", "resources"], "git ls-files", cwd=ROOT).split("\0") if n
    ]
    bundled = internal / "coprod_app" / "_resources"
    missing = [n for n in tracked if not (bundled / n.removeprefix("resources/")).is_file()]
    if missing:
        raise Failure(
            f"the frozen app lacks {len(missing)} of {len(tracked)} resource files, the first {missing[0]}."
        )
    print(
        f"folder: both executables; {len(tracked)} of {len(tracked)} tracked resource files at "
        "coprod_app/_resources"
    )
    # Qt and PySide6 are redistributed here under the LGPL-3.0, whose text must go with them.
    for licence in ("LICENSE", "licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"):
        if not (internal / licence).is_file():
            raise Failure(f"the frozen app lacks {licence}, the licence text of what it redistributes.")
    modules = {
        p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*") if p.suffix in (".so", ".pyd")
    }
    extra = sorted(modules - QT_MODULES)
    if extra:
        raise Failure(f"the frozen app holds the Qt module {extra[0]}, which the app never uses.")
    print(f"Qt modules: {', '.join(sorted(modules))}")
    if sys.platform != "linux":
        return
    # Every library and plugin finds the Qt libraries it links to (system libraries a plugin may
    # need, such as GTK for the GTK theme, are the desktop's business: Qt skips such a plugin).
    broken = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line and "libQt6" in line]
        if lost:
            broken.append(f"{path.relative_to(app)} needs {lost[0]}")
    if broken:
        raise Failure(f"{len(broken)} libraries miss a Qt library left out of the build: {broken[0]}.")
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise Failure(f"the frozen folder has a link to nothing: {dangling[0].relative_to(app)}.")
    print("libraries: every Qt library a library or plugin links to is in the folder")


# --- 2 and 3. the command line, as a user ----------------------------------------------------------


class User:
    """Runs a program as a user who is not root, from a read-only folder, with only the environment given."""

    def __init__(self, home: Path, workdir: Path) -> None:
        # As root, a read-only working or program folder would go unnoticed.
        self.home, self.workdir, self.name = home, workdir, check_user(home)
        workdir.chmod(0o555)
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "COPROD_READ_ALOUD": "off"}

    def command(self, command: list[str], as_self: bool = False, **env: str) -> list[str]:
        """The command run as the check's user (or, as_self, as whoever runs this script), in a clean environment."""
        environment = [f"{key}={value}" for key, value in {**self.env, **env}.items()]
        prefix = ["runuser", "-u", self.name, "--"] if self.name and not as_self else []
        return [*prefix, "env", "-i", *environment, *command]

    def __call__(self, command: list[str], what: str, **env: str) -> str:
        return run(self.command(command, **env), what, cwd=self.workdir)

    def cannot_write(self, folder: Path) -> bool:
        probe = folder / ".coprod-write-probe"
        done = subprocess.run(self.command(["touch", str(probe)]), capture_output=True, cwd=self.workdir)
        probe.unlink(missing_ok=True)
        return done.returncode != 0


def install_copy(app: Path, where: Path) -> Path:
    """The app copied where the user may read but not write, as an MSI leaves it in Program Files."""
    target = where / "coprod-app"
    shutil.copytree(app, target, symlinks=True)
    where.chmod(0o755)
    return target


def check_version(app: Path) -> None:
    out = run([str(app / "coprod-app-cli"), "--version"], "coprod-app-cli --version").strip()
    if out != f"coprod-app {version()}":
        raise Failure(f"coprod-app-cli --version says {out!r}, not 'coprod-app {version()}'.")
    print(f"coprod-app-cli --version: {out}")


def check_command_line_loads_no_qt(app: Path) -> None:
    """A command (`where`) loads no Qt library: PyInstaller's PySide6 runtime hook loaded QtCore at every start."""
    if not sys.platform.startswith("linux"):
        return
    # glibc names every shared library it loads on stderr with LD_DEBUG=files.
    result = subprocess.run(
        [str(app / "coprod-app-cli"), "where"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LD_DEBUG": "files"},
    )
    loaded = sorted(
        {Path(word.removeprefix("file=")).name for word in result.stderr.split() if "libQt6" in word}
    )
    if result.returncode != 0 or loaded:
        raise Failure(
            f"coprod-app-cli where (exit {result.returncode}) loaded Qt: {', '.join(loaded)}; "
            "the command line must not pay for loading Qt (see packaging/rth_qt_paths.py)."
        )
    print("coprod-app-cli where: loads no Qt library")


def database_choice(app: Path, as_user: User) -> tuple[list[str], Path]:
    """([], its path) when the app finds its own per-user data folder (it has `where`), else --db in HOME."""
    done = subprocess.run(
        as_user.command([str(app / "coprod-app-cli"), "where", "--json"]),
        capture_output=True,
        text=True,
        cwd=as_user.workdir,
    )
    if done.returncode == 0:
        places = json.loads(done.stdout)
        database = str(places.get("database", ""))
        if not database.startswith(str(as_user.home) + os.sep):
            raise Failure(f"coprod-app-cli where puts the database at {database!r}, not in the user's home.")
        print(f"database: none given; the app's own place, {database}")
        return [], Path(database)
    database = as_user.home / "data" / "coprod.sqlite3"
    print(f"database: --db {database} (this app has no `coprod-app where` yet)")
    return ["--db", str(database)], database


def check_command_line(app: Path, as_user: User) -> tuple[list[str], Path]:
    """A session, a view, a theme, an action, every PDF and the pack, as the user; returns the db option and file."""
    as_user(["mkdir", "-p", str(as_user.home / "data"), str(as_user.home / "out")], "mkdir as the user")
    db, database = database_choice(app, as_user)
    before = sorted(str(p) for p in app.rglob("*"))

    def cli(*args: str) -> dict:
        out = as_user(
            [str(app / "coprod-app-cli"), *db, *args, "--json"],
            "coprod-app-cli " + " ".join(args[:2]),
            QT_QPA_PLATFORM="offscreen",
        )
        return json.loads(out)

    session = cli(
        "session",
        "new",
        "--title",
        "Frozen check",
        "--date",
        "2026-11-20",
        "--forum",
        "youth-forum",
        "--town",
        "Stockton",
    )["id"]
    record_view_theme_action(
        cli,
        session,
        text="More clubs after school, please",
        theme_title="Clubs",
        you_said="More clubs after school",
    )
    for kind, extra in (
        ("officer", ["--session", str(session)]),
        ("easy-read", ["--session", str(session)]),
        ("annual", []),
    ):
        pdf = as_user.home / "out" / f"{kind}.pdf"
        cli("export", kind, *extra, "--out", str(pdf))
        if not is_pdf(pdf):
            raise Failure(f"coprod-app-cli export {kind} made no PDF at {pdf}.")
        print(f"export {kind}: {pdf.stat().st_size} bytes")
    if not has_picture(as_user.home / "out" / "easy-read.pdf"):
        raise Failure("the frozen app's easy-read PDF has no symbol picture.")
    pack = cli("pack", "show")
    count = commitments(pack)
    if count != COMMITMENTS:
        raise Failure(f"the frozen app's pack has {count} commitments, not {COMMITMENTS}.")
    print(f"pack {pack['key']}: {count} commitments")
    after = sorted(str(p) for p in app.rglob("*"))
    if after != before:
        new = sorted(set(after) - set(before))
        raise Failure(f"running the app wrote into its own folder: {new[0] if new else 'files went'}.")
    return db, database


# --- 4. the window ---------------------------------------------------------------------------------


class Display:
    """Xvfb and openbox, started and stopped by this script."""

    def __enter__(self) -> Display:
        for program in ("Xvfb", "openbox", "wmctrl", "xdotool", "xwininfo", "import", "convert", "tesseract"):
            if shutil.which(program) is None:
                raise Failure(
                    f"{program} is missing (Debian: xvfb openbox wmctrl xdotool x11-utils imagemagick tesseract-ocr)."
                )
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            raise Failure("Xvfb did not start.")
        self.name = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.name}
        self.openbox = subprocess.Popen(
            ["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while subprocess.run(["wmctrl", "-m"], env=self.env, capture_output=True).returncode != 0:
            if time.monotonic() > deadline or self.openbox.poll() is not None:
                raise Failure(f"openbox did not start on {self.name}.")
            time.sleep(0.1)
        return self

    def __exit__(self, *exc) -> None:
        for proc in (self.openbox, self.xvfb):
            proc.terminate()
            proc.wait(timeout=10)

    def shown_window(self) -> str | None:
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE],
            env=self.env,
            capture_output=True,
            text=True,
        )
        ids = done.stdout.split()
        return ids[0] if ids else None


def start_window(command: list[str], display: Display, cwd: Path) -> tuple[subprocess.Popen, str, float]:
    """Start a window; returns the process, the window id and the seconds until it showed."""
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # Polled every 20 ms (xdotool search --sync waits half a second between looks).
    while (window := display.shown_window()) is None:
        if proc.poll() is not None:
            raise Failure(
                f"the window closed before showing: {proc.stderr.read().strip()[-300:] or 'no output'}"
            )
        if time.monotonic() - started > 60:
            stop(proc)
            raise Failure("no window showed within 60 s.")
        time.sleep(0.02)
    return proc, window, time.monotonic() - started


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def menu_titles(display: Display, window: str, shot: Path) -> str:
    """The words tesseract reads in the window's menu bar (the top 40 pixels, enlarged)."""
    # xwininfo, not xdotool getwindowgeometry: under openbox the latter adds the title bar twice.
    info = run(["xwininfo", "-id", window], "xwininfo", env=display.env)
    place = {
        name: re.search(rf"{pattern}:\s+(-?\d+)", info).group(1)
        for name, pattern in (
            ("X", "Absolute upper-left X"),
            ("Y", "Absolute upper-left Y"),
            ("WIDTH", "Width"),
        )
    }
    run(["import", "-window", "root", str(shot)], "import (screenshot)", env=display.env)
    bar = shot.with_name("menu-bar.png")
    run(
        [
            "convert",
            str(shot),
            "-crop",
            f"{place['WIDTH']}x40+{place['X']}+{place['Y']}",
            "+repage",
            "-resize",
            "300%",
            "-colorspace",
            "Gray",
            str(bar),
        ],
        "convert (menu bar)",
    )
    return run(["tesseract", str(bar), "-"], "tesseract")


def check_window(
    app: Path,
    as_user: User,
    db: list[str],
    display: Display,
    shots: Path,
    menus: tuple[str, ...] = MENUS,
    language: str = "English",
) -> None:
    command = as_user.command([str(app / "coprod-app"), *db], DISPLAY=display.name)
    proc, window, seconds = start_window(command, display, as_user.workdir)
    try:
        # The menu bar is drawn just after the window maps; a few looks allow for that.
        deadline = time.monotonic() + 20
        while True:
            words = menu_titles(display, window, shots / "frozen-window.png")
            lost = [title for title in menus if title not in words.split()]
            if not lost or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    finally:
        stop(proc)
    if lost:
        raise Failure(
            f"the frozen window's menu bar in {language} lacks {', '.join(lost)} "
            f"(tesseract read {words.split()})."
        )
    print(f"window in {language}: shown in {seconds:.2f} s as the user; menus {' '.join(menus)}")


def check_welsh_window(
    app: Path, as_user: User, db: list[str], database: Path, display: Display, shots: Path
) -> None:
    """The window in Welsh: the translation travels in the frozen folder and Qt loads it from there."""
    # What View > Language > Cymraeg stores (ui/view_settings.py), written as the user, as the app would.
    choose = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute(\"INSERT OR REPLACE INTO meta (key, value) VALUES ('ui_language', 'cy')\"); c.commit()"
    )
    as_user(["python3", "-c", choose, str(database)], "choosing Welsh in the database")
    check_window(app, as_user, db, display, shots, WELSH_MENUS, "Welsh")


# --- 5. the MSI ------------------------------------------------------------------------------------


def check_msi(app: Path, work: Path) -> None:
    for program in ("wixl", "msiinfo"):
        if shutil.which(program) is None:
            raise Failure(f"{program} is missing (Debian: wixl msitools).")
    fragment = work / "coprod-app-files.wxs"
    run([sys.executable, str(ROOT / "packaging" / "msi_files.py"), str(app), str(fragment)], "msi_files.py")
    msi = work / "coprod-app.msi"
    # SourceDir relative to wixl's working folder: wixl 0.101 finds no file under an absolute one.
    run(
        [
            "wixl",
            "--arch",
            "x64",
            "-D",
            f"Version={version()}",
            "-D",
            f"SourceDir={app.name}",
            "-D",
            "ExeSuffix=",
            "-o",
            str(msi),
            str(ROOT / "packaging" / "coprod-app.wxs"),
            str(fragment),
        ],
        "wixl",
        cwd=app.parent,
    )
    tables = set(run(["msiinfo", "tables", str(msi)], "msiinfo tables").split())
    for table in ("File", "Component", "Directory", "Feature", "Shortcut", "Registry", "Property", "Media"):
        if table not in tables:
            raise Failure(f"the MSI has no {table} table.")

    def rows(table: str) -> list[list[str]]:
        return [
            line.split("\t")
            for line in run(["msiinfo", "export", str(msi), table], f"msiinfo export {table}").splitlines()[
                3:
            ]
        ]

    properties = {row[0]: row[1] for row in rows("Property")}
    expected = {
        "ProductName": "coprod-app",
        "ProductVersion": version(),
        "ALLUSERS": "2",
        "MSIINSTALLPERUSER": "1",
    }
    for name, value in expected.items():
        if properties.get(name) != value:
            raise Failure(f"the MSI's {name} is {properties.get(name)!r}, not {value!r}.")
    files = len(rows("File"))
    on_disk = sum(1 for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    if files != on_disk:
        raise Failure(f"the MSI installs {files} files, the frozen folder holds {on_disk}.")
    shortcuts = rows("Shortcut")
    if len(shortcuts) != 1 or shortcuts[0][4] != "[INSTALLFOLDER]coprod-app.exe":
        raise Failure(f"the MSI's Start-menu shortcut is {shortcuts!r}, not one to coprod-app.exe.")
    # Word count bit 3 (8) would say "never elevates", which breaks a per-machine install.
    source = re.search(r"^Source: (\d+)", run(["msiinfo", "suminfo", str(msi)], "msiinfo suminfo"), re.M)
    if source is None or int(source.group(1)) & 8:
        raise Failure("the MSI is marked as never needing elevation, so ALLUSERS=1 would fail.")
    # Nothing in the package points at the app's data folder, so an uninstall leaves it alone.
    if any("LocalAppDataFolder" in row[0] or "AppDataFolder" in row[0] for row in rows("Directory")):
        raise Failure("the MSI installs into an AppData folder, where the app keeps its data.")
    print(
        f"MSI (wixl, Linux stand-in payload): {msi.stat().st_size // 2**20} MB, ProductName coprod-app "
        f"{version()}, {files} files, per-user by default (ALLUSERS=2, MSIINSTALLPERUSER=1), "
        f"tables: {len(tables)}"
    )
    check_signing(msi, work)


def check_signing(msi: Path, work: Path) -> None:
    """The signing step of docs/install-windows.md, with a throwaway certificate: osslsigncode signs, then verifies."""
    for program in ("openssl", "osslsigncode"):
        if shutil.which(program) is None:
            raise Failure(f"{program} is missing (Debian: openssl osslsigncode).")
    key, cert, signed = work / "test-key.pem", work / "test-cert.pem", work / "coprod-app-signed.msi"
    run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:3072",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=coprod-app check only",
            "-addext",
            "extendedKeyUsage=codeSigning",
        ],
        "openssl req (a throwaway signing certificate)",
    )
    run(
        [
            "osslsigncode",
            "sign",
            "-certs",
            str(cert),
            "-key",
            str(key),
            "-h",
            "sha256",
            "-n",
            "coprod-app",
            "-in",
            str(msi),
            "-out",
            str(signed),
        ],
        "osslsigncode sign",
    )
    out = run(["osslsigncode", "verify", "-in", str(signed), "-CAfile", str(cert)], "osslsigncode verify")
    if "Signature verification: ok" not in out:
        raise Failure("osslsigncode verify did not find a sound signature on the signed MSI.")
    print("MSI signed with osslsigncode (a throwaway certificate) and verified")


# --- 6. figures ------------------------------------------------------------------------------------


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.monotonic()
        run(command, " ".join(command[-2:]), cwd="/")
        times.append(time.monotonic() - started)
    return statistics.median(times)


def figures(app: Path, display: Display | None, as_user: User, db: list[str]) -> None:
    size = run(["du", "-sh", str(app)], "du").split()[0]
    print(f"frozen folder: {size} ({app})")
    venv_app = ROOT / ".venv" / "bin" / "coprod-app"
    frozen = median_seconds([str(app / "coprod-app-cli"), "--version"])
    line = f"start-up, median of {RUNS}: coprod-app --version frozen {frozen:.3f} s"
    if venv_app.exists():
        try:
            line += f", venv {median_seconds([str(venv_app), '--version']):.3f} s"
        except Failure as exc:
            line += f", venv not measured ({exc})"
    print(line)
    if display is None:
        return
    # The venv app run from a checkout would keep its database in the checkout: give both one.
    db = db or ["--db", str(as_user.home / "data" / "timing.sqlite3")]
    shown = {}
    for name, exe in (("frozen", app / "coprod-app"), ("venv", venv_app)):
        if not exe.exists():
            continue
        times = []
        try:
            for _ in range(RUNS):
                # As whoever runs the check: the check's user may not read a venv made by root.
                command = as_user.command([str(exe), *db], as_self=True, DISPLAY=display.name)
                proc, _window, seconds = start_window(command, display, as_user.workdir)
                stop(proc)
                times.append(seconds)
        except Failure as exc:
            if name == "frozen":
                raise
            # The venv runs the working tree, not what was frozen: a figure, not a check.
            shown[name] = f"not measured ({str(exc).splitlines()[-1][-120:]})"
            continue
        shown[name] = f"{statistics.median(times):.2f} s"
    print(f"start-up, median of {RUNS}: window shown " + ", ".join(f"{k} {v}" for k, v in shown.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "coprod-app"))
    parser.add_argument("--no-gui", action="store_true", help="skip the window (no Xvfb here)")
    parser.add_argument("--no-msi", action="store_true", help="skip the MSI (no wixl here)")
    args = parser.parse_args(argv)
    built = Path(args.folder).resolve()
    try:
        if not built.is_dir():
            raise Failure(f"{built} does not exist: run make dist first.")
        check_folder(built)
        check_version(built)
        check_command_line_loads_no_qt(built)
        with tempfile.TemporaryDirectory(prefix="coprod-frozen-") as tmp:
            tmp = Path(tmp)
            os.chmod(tmp, 0o755)
            home, workdir, shots = tmp / "home", tmp / "readonly", tmp / "shots"
            for folder in (home, workdir, shots):
                folder.mkdir()
            as_user = User(home, workdir)
            app = install_copy(built, tmp / "programs")
            if not as_user.cannot_write(app) or not as_user.cannot_write(workdir):
                raise Failure("the check's user can write the app's folder or the working folder.")
            print(
                f"running as {as_user.name or 'this user'} from a read-only folder; the app in {app}, "
                "which the user cannot write"
            )
            db, database = check_command_line(app, as_user)
            display = None
            if not args.no_gui:
                display = Display().__enter__()
            try:
                if display:
                    check_window(app, as_user, db, display, shots)
                    check_welsh_window(app, as_user, db, database, display, shots)
                if not args.no_msi:
                    check_msi(built, tmp)
                figures(app, display, as_user, db)
            finally:
                if display:
                    display.__exit__(None, None, None)
    except Failure as exc:
        print(f"check_frozen: {exc}", file=sys.stderr)
        return 1
    print("check_frozen: the frozen app works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
