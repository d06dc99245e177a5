"""Colours of the messages, chosen for WCAG AA contrast on light and dark themes."""

from __future__ import annotations

from typing import NamedTuple

#: WCAG 2.x AA for normal-size text.
AA_CONTRAST = 4.5


class MessageColors(NamedTuple):
    """Text colours for problems, confirmations and warnings, as #rrggbb."""

    error: str
    ok: str
    warning: str


LIGHT = MessageColors(error="#b00020", ok="#1b5e20", warning="#8a4b00")
DARK = MessageColors(error="#ff8a80", ok="#81c784", warning="#ffb74d")


def colors_for(background: str) -> MessageColors:
    """The message colours that read well on ``background`` (the window's colour)."""
    return DARK if relative_luminance(background) < 0.5 else LIGHT


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white)."""
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours, 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
