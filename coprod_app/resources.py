"""Where the shipped data lives: strategy packs, symbols, translations. No Qt here."""

from __future__ import annotations

import json
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
SYMBOL_CREDIT = "Symbols: OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0"


@lru_cache(maxsize=1)
def _symbol_index() -> dict:
    try:
        return json.loads((SYMBOLS / "symbols.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def symbol_path(name: str, kind: str = "svg") -> Path | None:
    """The symbol for a principle, priority, commitment key or choice (like/unsure/dislike), if there is one.

    kind is "svg" (screen) or "png" (PDF). Keys of another council's pack without
    a symbol of their own fall back to their priority's symbol, else None.
    """
    index = _symbol_index()
    entry = index.get(name)
    if entry is None and name.startswith("commitment-"):
        entry = index.get("priority-" + name.removeprefix("commitment-").split(".")[0])
    if entry is None:
        return None
    path = SYMBOLS / entry[kind]
    return path if path.exists() else None
