"""Where the shipped data lives: strategy packs, symbols, translations. No Qt here."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SYMBOLS = RESOURCES / "symbols"
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
