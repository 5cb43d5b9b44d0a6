"""What tools/check_wheel.py and tools/check_frozen.py share: one-sentence failures, running a command,
the user who is not root that both run the app as, and the checks of an exported PDF and of the pack."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

CHECK_USER = "coprodcheck"
COMMITMENTS = 17  # in the Stockton pack


class Failure(Exception):
    """One sentence saying what is wrong."""


def run(command: list[str], what: str, **kwargs) -> str:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        detail = (result.stderr.strip() or result.stdout.strip()).splitlines()
        raise Failure(f"{what} failed (exit {result.returncode}): {detail[-1] if detail else 'no output'}")
    return result.stdout


def check_user(home: Path) -> str | None:
    """CHECK_USER, made if need be and given `home`, when this runs as root; else None (no user switch).

    Root ignores file modes: a file the app cannot write, or a folder it may not read or write,
    would go unnoticed. A user of the council's laptop is never root.
    """
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        pwd.getpwnam(CHECK_USER)
    except KeyError:
        run(["useradd", "--create-home", CHECK_USER], f"useradd {CHECK_USER}")
    user = pwd.getpwnam(CHECK_USER)
    os.chown(home, user.pw_uid, user.pw_gid)
    return CHECK_USER


def is_pdf(path: Path) -> bool:
    return path.is_file() and path.read_bytes().startswith(b"%PDF-")


def has_picture(pdf: Path) -> bool:
    # ReportLab writes image XObject dictionaries uncompressed, so the symbol shows in the bytes.
    return b"/Subtype /Image" in pdf.read_bytes()


def commitments(pack: dict) -> int:
    """How many commitments `pack show --json` lists."""
    return sum(len(priority["commitments"]) for priority in pack["priorities"])


def record_view_theme_action(cli, session: int, *, text: str, theme_title: str, you_said: str) -> int:
    """What both checks record through the app's command line before exporting: a view on 4.1, a theme
    from it and a planned action linked to 4.1 (the easy-read PDF then draws that commitment's symbol).

    `cli(*args)` runs one coprod-app command and returns its JSON. Returns the view's id.
    """
    view = cli(
        "view",
        "add",
        "--session",
        str(session),
        "--text",
        text,
        "--commitment",
        "commitment-4.1",
        "--sentiment",
        "positive",
    )["id"]
    theme = cli("theme", "add", "--title", theme_title, "--you-said", you_said, "--view", str(view))["id"]
    cli(
        "action",
        "add",
        "--theme",
        str(theme),
        "--we-did",
        "We opened a Friday club",
        "--status",
        "planned",
        "--commitment",
        "commitment-4.1",
    )
    return view
