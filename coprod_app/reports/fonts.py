"""The fonts every PDF uses, all embedded: Atkinson Hyperlegible, with DejaVu Sans for what it lacks.

Atkinson Hyperlegible (made for low-vision readers) has no Welsh ŵ/ŷ, Hebrew,
Arabic or emoji; DejaVu Sans has most of them, Symbola (when installed) the
other emoji, and Droid Sans Fallback (when installed) Chinese and Japanese. `font_for` picks, character by character, the first
font that can draw it, so no character is lost and none makes an export fail.

Atkinson comes with its PyPI package and DejaVu Sans is shipped in resources/fonts, so
every PDF works on a computer without /usr/share/fonts (Windows); `resources.font_path`
says where each file is, the shipped copy before the system's.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from coprod_app import resources

logger = logging.getLogger(__name__)

BODY = "Atkinson"
BODY_BOLD = "Atkinson-Bold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"
SYMBOLS = "Symbola"

# The DejaVu faces, shipped in resources/fonts (the system's copy serves only a checkout missing them).
DEJAVU = {
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
# Optional fonts, used when the computer has them: Debian's fonts-symbola (emoji and symbols, drawn
# in outline) and fonts-droid-fallback (Chinese, Japanese, Korean).
OPTIONAL = (
    (SYMBOLS, "Symbola_hint.ttf"),
    (CJK, "DroidSansFallbackFull.ttf"),
)

_lock = threading.Lock()
_registered = False
_chains: dict[str, tuple[str, ...]] = {}


class FontMissing(RuntimeError):
    """A font the reports need is not installed (a packaging fault, not the user's)."""


def atkinson_dir() -> Path:
    try:
        import fontpkg_atkinson_hyperlegible as package
    except ImportError:
        raise FontMissing(
            "The Atkinson Hyperlegible font is missing; reinstall coprod-app "
            "(pip package fontpkg-atkinson-hyperlegible)."
        ) from None
    return Path(package.__file__).resolve().parent / "files"


def dejavu_path(file_name: str) -> Path:
    """The DejaVu face `file_name`: shipped in resources/fonts (or, failing that, the system's)."""
    # When neither exists the shipped path is named in the message: that is the copy that is missing.
    return resources.font_path(file_name) or resources.FONTS / file_name


def _to_unicode_cmap(fontname: str, subset) -> str:
    """ReportLab's ToUnicode map, with characters beyond U+FFFF (emoji) written as UTF-16 pairs.

    ReportLab 5.1 writes them as five hex digits, so a PDF reader's text layer
    (copy and paste, search, screen readers, pdftotext) gets a wrong character.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1),
        "endcodespacerange",
        "%d beginbfchar" % len(subset),
    ]
    lines += ["<%02X> <%s>" % (i, chr(v).encode("utf-16-be").hex().upper()) for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register() -> None:
    """Register the fonts once per process and make charts and canvases use them by default."""
    global _registered
    with _lock:
        if _registered:
            return
        atk = atkinson_dir()
        faces = {
            BODY: atk / "AtkinsonHyperlegible-Regular.ttf",
            BODY_BOLD: atk / "AtkinsonHyperlegible-Bold.ttf",
            "Atkinson-Italic": atk / "AtkinsonHyperlegible-Italic.ttf",
            "Atkinson-BoldItalic": atk / "AtkinsonHyperlegible-BoldItalic.ttf",
            **{name: dejavu_path(file_name) for name, file_name in DEJAVU.items()},
        }
        for name, path in faces.items():
            if not path.is_file():
                raise FontMissing(f"The font file '{path}' is missing; reinstall coprod-app.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family, (normal, bold, italic, bold_italic) in {
            BODY: (BODY, BODY_BOLD, "Atkinson-Italic", "Atkinson-BoldItalic"),
            FALLBACK: (FALLBACK, FALLBACK_BOLD, "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
        }.items():
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
            # the bold face's own name maps back to its family, so <b> inside bold text still works
            addMapping(bold, 0, 0, bold)
            addMapping(bold, 1, 0, bold)
        chain = [FALLBACK]
        bold_chain = [FALLBACK_BOLD]
        for name, file_name in OPTIONAL:
            path = resources.font_path(file_name)
            if path is None:
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # a broken optional font must not stop exports
                logger.warning("could not load %s", path, exc_info=True)
                continue
            chain.append(name)
            bold_chain.append(name)
        _chains[BODY] = (BODY, *chain)
        _chains[BODY_BOLD] = (BODY_BOLD, *bold_chain)
        _chains[FALLBACK] = tuple(chain)
        _chains[FALLBACK_BOLD] = tuple(bold_chain)
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        # Charts and bare canvases otherwise fall back to Helvetica, which is never embedded.
        rl_config.defaultGraphicsFontName = BODY
        rl_config.canvas_basefontname = BODY
        # Binary streams, not ASCII85 text: 7-bit-safe PDFs are for old mail systems; encoding every
        # embedded font and page in pure Python is a tenth of a big report's time, and a quarter of its size.
        rl_config.useA85 = 0
        _registered = True


@lru_cache(maxsize=16)
def _cmap(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _chain(font_name: str) -> tuple[str, ...]:
    register()
    return _chains.get(font_name, (font_name, *_chains[BODY][1:]))


@lru_cache(maxsize=4096)
def _font_for_code(code: int, font_name: str) -> str:
    chain = _chain(font_name)
    for name in chain:
        if code in _cmap(name):
            return name
    # Nobody can draw it: the fallback's empty box keeps the character in the text layer.
    return chain[1] if len(chain) > 1 else chain[0]


def font_chain(font_name: str = BODY) -> tuple[str, ...]:
    """`font_name` and the fonts tried after it for characters it lacks."""
    return _chain(font_name)


def font_for_in(char: str, font_name: str) -> bool:
    """True when `font_name` has a glyph for `char`."""
    register()
    return ord(char) in _cmap(font_name)


def font_for(char: str, font_name: str = BODY) -> str:
    """The first font in `font_name`'s chain that has a glyph for `char`."""
    if char <= "\x7e":
        return font_name
    return _font_for_code(ord(char), font_name)


def can_draw(text: str, font_name: str = BODY) -> bool:
    """True when `font_name` alone draws every character of `text`."""
    register()
    cmap = _cmap(font_name)
    return all(ord(c) in cmap or c in "\n\r\t" for c in text)
