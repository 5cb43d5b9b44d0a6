"""Every text/background pair each palette draws with is readable: 4.5:1 (default, calm), 7:1 (high contrast)."""

import pytest

from coprod_app.ui.theme import (
    AA_TEXT,
    AAA_TEXT,
    CALM,
    DEFAULT,
    HIGH_CONTRAST,
    NON_TEXT,
    PALETTES,
    contrast_ratio,
    non_text_pairs,
    palette_named,
    relative_luminance,
    text_pairs,
)


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the famous near miss
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#000000") == contrast_ratio("#000000", "#FFFFFF")  # order-free
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError):
        relative_luminance("red")


def test_there_are_three_palettes_and_the_right_goals():
    assert set(PALETTES) == {"default", "high-contrast", "calm"}
    assert DEFAULT.min_text_contrast == AA_TEXT and CALM.min_text_contrast == AA_TEXT
    assert HIGH_CONTRAST.min_text_contrast == AAA_TEXT
    assert palette_named("no-such-theme") is DEFAULT and palette_named(None) is DEFAULT


@pytest.mark.parametrize("palette", list(PALETTES.values()), ids=list(PALETTES))
def test_every_text_pair_is_readable(palette):
    low = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in text_pairs(palette)
        if contrast_ratio(fg, bg) < palette.min_text_contrast
    ]
    assert low == [], f"{palette.name} needs {palette.min_text_contrast}:1"


@pytest.mark.parametrize("palette", list(PALETTES.values()), ids=list(PALETTES))
def test_focus_rings_frames_and_symbols_stand_out(palette):
    low = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in non_text_pairs(palette)
        if contrast_ratio(fg, bg) < NON_TEXT
    ]
    assert low == []


def test_text_pairs_cover_every_text_colour_of_the_palette():
    used = {fg for _what, fg, _bg in text_pairs(DEFAULT)} | {bg for _what, _fg, bg in text_pairs(DEFAULT)}
    for field in (
        "background",
        "surface",
        "text",
        "muted_text",
        "accent",
        "accent_text",
        "saved",
        "error",
        "chosen_background",
    ):
        assert getattr(DEFAULT, field) in used, field


def test_calm_is_off_white_and_less_bright_than_the_default():
    assert relative_luminance(CALM.background) < relative_luminance(DEFAULT.background)
    assert relative_luminance(CALM.background) > 0.8  # still a light page, not grey
