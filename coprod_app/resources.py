"""Where the shipped data lives: strategy packs, symbols, translations, fonts. No Qt here."""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from pathlib import Path


def _resources_folder() -> Path:
    """The one answer to "where are the packs, symbols and translations?".

    An installed wheel carries them inside the package, as coprod_app/_resources
    (pyproject.toml maps the repository's top-level resources/ folder there). A
    checkout (an editable install, `make run`, the tests) has no such folder: it
    uses resources/ beside coprod_app/, so there is only ever one copy to edit.
    """
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    return installed if installed.is_dir() else package.parent / "resources"


RESOURCES = _resources_folder()
PACKS = RESOURCES / "packs"
SYMBOLS = RESOURCES / "symbols"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
SYMBOL_CREDIT = "Symbols: OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0"


def _system_font_folders() -> tuple[Path, ...]:
    """Where a computer keeps fonts the app may use but does not ship (Symbola, Droid Sans Fallback)."""
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders = [windows / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):  # fonts a user installed without admin rights
            folders.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return tuple(folders)
    if sys.platform == "darwin":
        return (Path.home() / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"))
    # Debian's folders for fonts-dejavu, fonts-symbola and fonts-droid-fallback
    return tuple(Path("/usr/share/fonts/truetype") / name for name in ("dejavu", "ancient-scripts", "droid"))


SYSTEM_FONT_FOLDERS = _system_font_folders()


def font_path(file_name: str) -> Path | None:
    """The font file `file_name` (e.g. "DejaVuSans.ttf"): the copy shipped in FONTS, else the system's, else None.

    The shipped copy comes first so every computer prints the same letters, and a
    PDF never fails for want of /usr/share/fonts (Windows has no such folder).
    """
    for folder in (FONTS, *SYSTEM_FONT_FOLDERS):
        path = folder / file_name
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def _symbol_index() -> dict:
    try:
        return json.loads((SYMBOLS / "symbols.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def symbol_path(name: str, kind: str = "svg") -> Path | None:
    """The symbol for a principle, priority, commitment key or choice (like/unsure/dislike), if there is one.

    kind is "svg" (screen) or "png" (PDF). Keys of another council's pack without
    a symbol of their own fall back to their priority's symbol, else None. A key with
    several symbols gives its main one here (symbol_paths gives them all).
    """
    paths = symbol_paths(name, kind)
    return paths[0] if paths else None


def symbol_paths(name: str, kind: str = "svg") -> list[Path]:
    """All the symbols for `name`, the main one first (one to three; [] when there is none).

    A card whose words say several things shows a symbol for each (see resources/symbols/SYMBOLS.md).
    Files that are missing are left out, so a damaged install shows fewer symbols, never a blank.
    """
    index = _symbol_index()
    entry = index.get(name)
    if entry is None and name.startswith("commitment-"):
        entry = index.get("priority-" + name.removeprefix("commitment-").split(".")[0])
    if entry is None:
        return []
    listed = entry.get("symbols") or [entry]  # a symbols.json from before lists had one symbol per key
    paths = [SYMBOLS / symbol[kind] for symbol in listed if kind in symbol]
    return [path for path in paths if path.exists()]
