"""Every card key of the shipped pack has one to three symbols, on file and readable, with a reason each.

Issue 17: one symbol per card was often abstract (an alarm clock for "all work together",
books for "include everyone", a hammer and wrench for "choices for learning and training").
symbols.json now lists one to three OpenMoji symbols per key, and resources/symbols/SYMBOLS.md
says why each was chosen.
"""

from __future__ import annotations

import json
import os

import pytest

from coprod_app.domain.pack import load_pack_file
from coprod_app.resources import PACKS, SYMBOLS, symbol_path, symbol_paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PACK = load_pack_file(PACKS / "stockton-send-2025.json")
KEYS = [
    *(p.key for p in PACK.principles),
    *(p.key for p in PACK.priorities),
    *(c.key for c in PACK.commitments),
    "like",
    "unsure",
    "dislike",
]
INDEX = json.loads((SYMBOLS / "symbols.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gui():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


@pytest.mark.parametrize("key", KEYS)
def test_each_key_has_one_to_three_symbols_that_exist_and_parse(gui, key):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    svgs, pngs = symbol_paths(key, "svg"), symbol_paths(key, "png")
    assert 1 <= len(svgs) <= 3, f"{key}: {len(svgs)} symbols"
    assert len(pngs) == len(svgs), f"{key}: every symbol needs its PNG for the PDFs"
    assert len(INDEX[key]["symbols"]) == len(svgs), f"{key}: a listed file is missing"
    for svg in svgs:
        renderer = QSvgRenderer(str(svg))
        assert renderer.isValid() and not renderer.defaultSize().isEmpty(), svg.name
    for png in pngs:
        assert not QImage(str(png)).isNull(), png.name
    # The main symbol is the first of the list, as old readers of the top-level fields see it.
    assert symbol_path(key, "svg") == svgs[0] == SYMBOLS / INDEX[key]["svg"]


def test_every_commitment_has_more_than_one_symbol_and_no_two_cards_look_alike():
    seen = {}
    for c in PACK.commitments:
        codes = tuple(s["openmoji"] for s in INDEX[c.key]["symbols"])
        assert len(codes) >= 2, f"{c.key} ({c.easy_read!r}) has one symbol"
        assert codes not in seen, f"{c.key} has the same symbols as {seen.get(codes)}"
        seen[codes] = c.key


def test_the_abstract_symbols_the_issue_named_are_gone():
    codes = {key: [s["annotation"] for s in INDEX[key]["symbols"]] for key in INDEX}
    assert "alarm clock" not in codes["commitment-1.4"]  # "all work together"
    assert "books" not in codes["commitment-4.1"]  # "include everyone"
    assert "person in manual wheelchair" in codes["commitment-4.1"]
    assert "people holding hands" in codes["commitment-4.1"]
    assert "hammer and wrench" not in codes["commitment-4.4"]


def test_symbols_md_gives_a_reason_for_every_symbol_file():
    table = (SYMBOLS / "SYMBOLS.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:-1] for line in table.splitlines() if line.startswith("| ") and ".svg" in line]
    listed = {row[3].strip(): row for row in rows}
    for key in INDEX:
        for symbol in INDEX[key]["symbols"]:
            row = listed.get(symbol["svg"])
            assert row is not None, f"SYMBOLS.md does not list {symbol['svg']}"
            assert row[1].strip() == symbol["openmoji"] and row[2].strip() == symbol["annotation"]
            assert len(row[4].strip()) > 3, f"{symbol['svg']} has no reason"


def test_a_key_of_another_pack_falls_back_to_its_priority_symbol_and_an_unknown_key_to_none():
    assert symbol_paths("commitment-2.9") == symbol_paths("priority-2") != []
    assert symbol_paths("nothing-like-it") == []
    assert symbol_path("nothing-like-it") is None
