"""Copy the app's symbols from the OpenMoji npm package into resources/symbols/.

    npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
    python tools/import_symbols.py package/

Each symbol's designer's guide grid is removed; an SVG (for the screen) and a
PNG (for PDFs) are written per symbol, and symbols.json maps names to files.
OpenMoji is CC BY-SA 4.0: see resources/symbols/LICENSE.md.
"""

from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SYMBOLS = {
    # charter principles
    "principle-1": ("1F91D", "handshake"),
    "principle-2": ("1F5E3", "speaking head"),
    "principle-3": ("1F9D1-200D-1F91D-200D-1F9D1", "people holding hands"),
    # priorities
    "priority-1": ("1F34E", "red apple"),
    "priority-2": ("1F46A", "family"),
    "priority-3": ("1F511", "key"),
    "priority-4": ("1F393", "graduation cap"),
    # commitments
    "commitment-1.1": ("1F9D1-200D-1F3EB", "teacher"),
    "commitment-1.2": ("1F966", "broccoli"),
    "commitment-1.3": ("1F9E0", "brain"),
    "commitment-1.4": ("23F0", "alarm clock"),
    "commitment-1.5": ("23F3", "hourglass"),
    "commitment-2.1": ("26BD", "football"),
    "commitment-2.2": ("1F4BB", "laptop"),
    "commitment-2.3": ("1F442", "ear"),
    "commitment-2.4": ("1F3EB", "school"),
    "commitment-3.1": ("1F68C", "bus"),
    "commitment-3.2": ("1F9ED", "compass"),
    "commitment-3.3": ("1F4AC", "speech balloon"),
    "commitment-4.1": ("1F4DA", "books"),
    "commitment-4.2": ("1F917", "hugging face"),
    "commitment-4.3": ("1F331", "seedling"),
    "commitment-4.4": ("1F6E0", "hammer and wrench"),
    "commitment-4.5": ("1F392", "backpack"),
    # rating choices and easy-read headings
    "like": ("1F44D", "thumbs up"),
    "unsure": ("1F914", "thinking face"),
    "dislike": ("1F44E", "thumbs down"),
    "you-said": ("1F5E8", "left speech bubble"),
    "we-did": ("2705", "check mark button"),
    "next": ("27A1", "right arrow"),
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


def main(package: str) -> int:
    src = Path(package) / "src"
    out = Path(__file__).resolve().parent.parent / "resources" / "symbols"
    (out / "png").mkdir(parents=True, exist_ok=True)
    index = {}
    for name, (hexcode, annotation) in SYMBOLS.items():
        found = next(src.rglob(f"{hexcode}.svg"))
        svg = out / f"{name}.svg"
        svg.write_bytes(clean_svg(found))
        render_png(svg, out / "png" / f"{name}.png")
        index[name] = {
            "svg": svg.name,
            "png": f"png/{name}.png",
            "openmoji": hexcode,
            "annotation": annotation,
        }
    (out / "symbols.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    print(f"{len(index)} symbols written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "package"))
