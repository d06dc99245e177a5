"""Message colours meet WCAG AA contrast in light and dark Windows themes."""

from __future__ import annotations

import pytest

from desktop.colors import AA_CONTRAST, DARK, LIGHT, colors_for, contrast_ratio

# Window backgrounds of Windows 10/11 light and dark themes, Qt's Fusion, and the extremes.
LIGHT_BACKGROUNDS = ["#ffffff", "#f0f0f0", "#efefef", "#f3f3f3"]
DARK_BACKGROUNDS = ["#000000", "#1e1e1e", "#202020", "#2b2b2b", "#353535"]


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("background", LIGHT_BACKGROUNDS + DARK_BACKGROUNDS)
def test_every_message_colour_meets_aa_on_its_theme(background):
    colors = colors_for(background)
    assert colors is (DARK if background in DARK_BACKGROUNDS else LIGHT)
    for color in (colors.error, colors.ok, colors.warning):
        assert contrast_ratio(color, background) >= AA_CONTRAST, (color, background)
