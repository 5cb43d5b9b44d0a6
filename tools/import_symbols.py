"""Copy the app's symbols from the OpenMoji npm package into resources/symbols/.

    npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
    python tools/import_symbols.py package/

Each symbol's designer's guide grid is removed; an SVG (for the screen) and a
PNG (for PDFs) are written per symbol. symbols.json maps each name to its list of
symbols (one to three, the first the main one), and SYMBOLS.md lists them with the
reason each was chosen, from the same table below, so the two never disagree.
OpenMoji is CC BY-SA 4.0: see resources/symbols/LICENSE.md.
"""

from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# name -> ((OpenMoji code, OpenMoji's name, why it was chosen), ...). The first is the main
# symbol: the one a small place (a priority badge, a PDF line, a results row) shows alone.
# Commitments get two or three, each for something the card's easy-read words literally say,
# because one picture for a whole sentence was often abstract (an alarm clock for "all work
# together", books for "include everyone").
SYMBOLS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # charter principles
    "principle-1": (("1F91D", "handshake", "working together as equals"),),
    "principle-2": (("1F5E3", "speaking head", "your voice is heard"),),
    "principle-3": (("1F9D1-200D-1F91D-200D-1F9D1", "people holding hands", "everyone together"),),
    # priorities
    "priority-1": (("1F34E", "red apple", "being healthy"),),
    "priority-2": (("1F46A", "family", "family, friends and community"),),
    "priority-3": (("1F511", "key", "a key of your own: independence"),),
    "priority-4": (("1F393", "graduation cap", "education and training"),),
    # commitments (the words quoted are the card's easy-read words)
    "commitment-1.1": (
        ("1F9D1-200D-1F3EB", "teacher", "“staff in schools”: the people who will be trained"),
        ("1F9D1-200D-2695-FE0F", "health worker", "“health and care” staff, trained too"),
    ),
    "commitment-1.2": (
        ("1F966", "broccoli", "“stay healthy”: eating well"),
        ("1F3C3", "person running", "“stay healthy”: moving and exercise"),
    ),
    "commitment-1.3": (
        ("1F9E0", "brain", "“mental health”: help for your mind"),
        ("2764-FE0F-200D-1FA79", "mending heart", "“understands hard experiences”: feelings that heal"),
    ),
    "commitment-1.4": (
        ("E081", "assembly group", "“all work together”: people close together"),
        ("1F91D", "handshake", "the services agree and work as one"),
    ),
    "commitment-1.5": (
        ("23F3", "hourglass not done", "“waiting times”: time passing while you wait"),
        ("1FA7A", "stethoscope", "“special health checks”"),
    ),
    "commitment-2.1": (
        ("26BD", "soccer ball", "“clubs and activities”: sport"),
        ("1F3A8", "artist palette", "“clubs and activities”: art and making things"),
        ("1F44B", "waving hand", "“welcome”: a wave hello"),
    ),
    "commitment-2.2": (
        ("1F4BB", "laptop", "“the website about local help”"),
        ("1F4F1", "mobile phone", "“share information in more ways”: on a phone"),
        ("1F4F0", "newspaper", "“in more ways”: on paper too"),
    ),
    "commitment-2.3": (
        ("1F442", "ear", "“we will listen more”"),
        ("1F9D1-200D-1F9D2", "family: adult, child", "“to you and your family”"),
        ("1F5F3", "ballot box with ballot", "“you will help make decisions”: having a vote"),
    ),
    "commitment-2.4": (
        ("1F3EB", "school", "“ordinary and special schools”"),
        ("1FA91", "chair", "“enough places”: a seat for every child"),
    ),
    "commitment-3.1": (
        ("1F68C", "bus", "“like travel”"),
        ("1F9D1-200D-1F373", "cook", "“do things for yourself”: everyday living"),
        ("1F4BC", "briefcase", "“like work”"),
    ),
    "commitment-3.2": (
        ("E202", "stairway", "“each move to a new stage, up to adulthood”: one step at a time"),
        ("1F320", "shooting star", "“around your wishes”: a wish on a star"),
    ),
    "commitment-3.3": (
        ("1F476", "baby", "“young children”"),
        ("E246", "people dialogue", "“talking and getting on with others”"),
    ),
    "commitment-4.1": (
        ("1F9D1-200D-1F9BD", "person in manual wheelchair", "“include everyone”: a child in a wheelchair"),
        ("1F9D1-200D-1F91D-200D-1F9D1", "people holding hands", "with friends: nobody left out"),
        ("1F3EB", "school", "“help schools”"),
    ),
    "commitment-4.2": (
        ("1F630", "anxious face with sweat", "“when worries make it hard”"),
        ("1F3EB", "school", "“for you to go to school”"),
    ),
    "commitment-4.3": (
        ("1F4D6", "open book", "“places to learn”"),
        ("1F3E0", "house", "“outside usual schools”: a different, smaller place"),
        ("21A9", "right arrow curving left", "“help you return to learning”: coming back"),
    ),
    "commitment-4.4": (
        ("1F9D1-200D-1F393", "student", "“choices for learning”"),
        ("1F9D1-200D-1F527", "mechanic", "“and training”: learning a job"),
        ("1F31F", "glowing star", "“your future hopes”"),
    ),
    "commitment-4.5": (
        ("1F392", "backpack", "“help you attend”: ready for the school day"),
        ("1F3EB", "school", "“attend school and not be sent home”"),
    ),
    # rating choices and easy-read headings
    "like": (("1F44D", "thumbs up", "I like it"),),
    "unsure": (("1F914", "thinking face", "I am not sure"),),
    "dislike": (("1F44E", "thumbs down", "I don't like it"),),
    "you-said": (("1F5E8", "left speech bubble", "what you said"),),
    "we-did": (("2705", "check mark button", "what we did"),),
    "next": (("27A1", "right arrow", "what happens next"),),
    # the voting screen's pages and buttons (ui/voting/pages.py PAGE_SYMBOLS)
    "page-start": (("25B6", "play button", "the Start button: go"),),
    "page-yes": (("2705", "check mark button", "Yes, this is right"),),
    "page-change": (("270F", "pencil", "Change my choices"),),
    "page-check": (("2753", "red question mark", "Is this right?"),),
    "page-thanks": (("1F44F", "clapping hands", "Thank you, well done"),),
    "page-wait": (("23F3", "hourglass not done", "Please wait"),),
    # the practice round's pretend cards and their two groups (ui/voting/practice.py)
    "practice-food": (("1F37D", "fork and knife with plate", "the group of pretend cards about food"),),
    "practice-things": (("1F938", "person cartwheeling", "the group of pretend cards about things to do"),),
    "practice-pizza": (("1F355", "pizza", "the pretend card “Pizza”"),),
    "practice-apple": (("1F34E", "red apple", "the pretend card “Apples”"),),
    "practice-ice-cream": (("1F368", "ice cream", "the pretend card “Ice cream”"),),
    "practice-football": (("26BD", "soccer ball", "the pretend card “Playing football”"),),
    "practice-painting": (("1F3A8", "artist palette", "the pretend card “Painting pictures”"),),
    "practice-swimming": (("1F3CA", "person swimming", "the pretend card “Swimming”"),),
}

SVG_NS = "http://www.w3.org/2000/svg"


def clean_svg(source: Path) -> bytes:
    ET.register_namespace("", SVG_NS)
    tree = ET.parse(source)
    root = tree.getroot()
    for group in list(root):
        if group.get("id") == "grid":
            root.remove(group)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def render_png(svg: Path, png: Path, size: int = 144) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(png))


def file_stem(name: str, number: int) -> str:
    """commitment-1.4, commitment-1.4-2, commitment-1.4-3: the main symbol keeps the name it always had."""
    return name if number == 1 else f"{name}-{number}"


def table(index: dict) -> str:
    """SYMBOLS.md: every key's symbols, with why each was chosen."""
    lines = [
        "# Which symbol stands for what, and why",
        "",
        "Written by `tools/import_symbols.py` from its `SYMBOLS` table (edit that, then run it again).",
        "All symbols are OpenMoji 17.0.0, CC BY-SA 4.0 (see `LICENSE.md`). The first symbol of a key",
        "is its main one: the one shown alone where there is room for one (priority badges, PDFs).",
        "",
        "| Card key | OpenMoji code | OpenMoji name | File | Why |",
        "|---|---|---|---|---|",
    ]
    for name, entry in index.items():
        for number, symbol in enumerate(entry["symbols"], start=1):
            lines.append(
                f"| {name if number == 1 else ''} | {symbol['openmoji']} | {symbol['annotation']} "
                f"| {symbol['svg']} | {SYMBOLS[name][number - 1][2]} |"
            )
    return "\n".join(lines) + "\n"


def main(package: str) -> int:
    src = Path(package) / "src"
    out = Path(__file__).resolve().parent.parent / "resources" / "symbols"
    (out / "png").mkdir(parents=True, exist_ok=True)
    index = {}
    for name, symbols in SYMBOLS.items():
        listed = []
        for number, (hexcode, annotation, _why) in enumerate(symbols, start=1):
            found = next(src.rglob(f"{hexcode}.svg"))
            stem = file_stem(name, number)
            svg = out / f"{stem}.svg"
            svg.write_bytes(clean_svg(found))
            render_png(svg, out / "png" / f"{stem}.png")
            listed.append(
                {"svg": svg.name, "png": f"png/{stem}.png", "openmoji": hexcode, "annotation": annotation}
            )
        # The main symbol's fields stay at the top, as before lists existed, for anything that reads them.
        index[name] = {**listed[0], "symbols": listed}
    (out / "symbols.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    (out / "SYMBOLS.md").write_text(table(index), encoding="utf-8")
    print(f"{len(index)} keys, {sum(len(e['symbols']) for e in index.values())} symbols written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "package"))
