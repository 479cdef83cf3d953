"""Right-to-left text for ReportLab (Hebrew, Persian), which lays out left-to-right only.

What renders correctly (shared/design.md): reshape Arabic-script letters into their joined
forms (`arabic-reshaper`), wrap the logical text into lines (`simpleSplit`), then reorder each
line for display (`bidi.algorithm.get_display`, which also mirrors brackets), and draw it
right-aligned in a font that has the glyphs (DejaVu Sans, bundled in exports/fonts).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (Hebrew, Persian, ₪, Nordic letters) once per process."""
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The text as display-ordered lines that fit `width` (first line is the top one).

    Every line is reordered right-to-left as a line of its paragraph, whatever its first letter:
    left to detect its own direction, a line that starts with Latin letters or a bracket would be
    laid out left-to-right and its brackets would flip (Persian P9 with "(CRM …)").
    """
    register_fonts()
    shaped = arabic_reshaper.reshape(text)
    lines: list[str] = []
    for paragraph in shaped.split("\n"):
        logical = simpleSplit(" ".join(paragraph.split()), font, size, width) or [""]
        lines.extend(str(get_display(line, base_dir="R")) for line in logical)
    return lines


class RtlText(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A right-aligned block of right-to-left text, wrapped to the available width."""

    def __init__(
        self, text: str, size: float = 9, leading: float | None = None, color: Any = colors.black
    ) -> None:
        super().__init__()
        register_fonts()
        self.text = text
        self.size = size
        self.leading = leading or size * 1.35
        self.color = color
        self.lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = visual_lines(self.text, FONT, self.size, available_width)
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, self.size)
        canvas.setFillColor(self.color)
        for n, line in enumerate(self.lines):
            baseline = self.height - (n + 1) * self.leading + (self.leading - self.size) * 0.6
            canvas.drawRightString(self.width, baseline, line)
