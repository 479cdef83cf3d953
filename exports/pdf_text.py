"""Text in the PDF that wraps only between words: never inside a number, an amount, a time or
an identifier ("IRR 75,000,000", "service-agreement", "(incomplete)", "+2.5 h").

ReportLab breaks a word that does not fit its column (and may break at hyphens). Here every
column is made at least as wide as its widest unbreakable token, paragraphs never split words,
and the spaces inside a figure ("EUR 12.50", "+2.5 h", "4 %") are no-break spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

NBSP = "\u00a0"
_UNIT = re.compile(r"(?<=\d) (?=(?:h|d|min)\b|%)")
_SIGNED = re.compile(r"(?<=[+−-]) (?=\d)")
_CODE_AMOUNT = re.compile(r"\b([A-Z]{3}) (?=[\d−-])")
PADDING = 6.0  # left + right cell padding, points


def keep_figures_whole(text: str) -> str:
    """No-break spaces inside figures: "+2.5 h", "4 %", "EUR 1,234.50"."""
    text = _UNIT.sub(NBSP, text)
    text = _SIGNED.sub(NBSP, text)
    return _CODE_AMOUNT.sub(lambda m: f"{m[1]}{NBSP}", text)


def tokens(text: str) -> list[str]:
    """The pieces a line may break between (no-break spaces hold a figure together)."""
    return [t for t in re.split(r"[ \n\t]+", text) if t]


def widest_token(text: str, font: str, size: float) -> float:
    return max((stringWidth(t, font, size) for t in tokens(text)), default=0.0)


def natural_width(text: str, font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in text.split("\n")), default=0.0)


def column_widths(
    rows: Sequence[Sequence[str]],
    total: float,
    font: str,
    size: float,
    weights: Sequence[float] | None = None,
) -> list[float] | None:
    """Widths that give every column its widest token and share the rest by how much text each
    column holds (times its weight, if given); None when the tokens alone do not fit `total`."""
    columns = len(rows[0])
    least = [
        max(widest_token(str(row[c]), font, size) for row in rows) + PADDING for c in range(columns)
    ]
    if sum(least) > total:
        return None
    want = [
        max(natural_width(str(row[c]), font, size) for row in rows) + PADDING
        for c in range(columns)
    ]
    if sum(want) <= total:
        spare = total - sum(want)
        return [w + spare * w / sum(want) for w in want]
    # Every column gets its least width plus the same fraction of what more it would like
    # (its natural width), that wish scaled by its weight when weights are given.
    wish = [w - m for w, m in zip(want, least, strict=True)]
    if weights:
        wish = [x * k for x, k in zip(wish, weights, strict=True)]
    spare = total - sum(least)
    return [m + spare * x / (sum(wish) or 1.0) for m, x in zip(least, wish, strict=True)]
