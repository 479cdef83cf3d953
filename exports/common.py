"""What both exports share: progress callbacks and text helpers."""

from __future__ import annotations

from collections.abc import Callable

from models.atomic import PARTIAL_MARK as PARTIAL_MARK  # the exports' file writing
from models.atomic import ExportTargetError as ExportTargetError
from models.atomic import atomic_output as atomic_output
from models.atomic import writable_target as writable_target
from models.words import plain_words as plain_words  # the exports' plain words

Progress = Callable[[int, int, str], None]  # done, total, what


def no_progress(_done: int, _total: int, _what: str) -> None:
    return None


RTL_LANGUAGES = frozenset({"he", "fa", "ar", "ur"})
MILESTONE_TITLES = {
    "response": "Response",
    "work_start": "Work start",
    "resolution": "Resolution",
    "release": "Release",
}


PLAN_COLORS = [
    "#2563eb", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#be123c", "#4d7c0f", "#a16207",
    "#7c3aed", "#0f766e", "#c2410c", "#1d4ed8", "#15803d", "#b91c1c", "#6d28d9",
]  # fmt: skip  # one colour a plan, the same in the app's charts and the exports


def short_amount(value: float) -> str:
    """12,500 → 12.5k; 1,250,000,000 → 1.25bn (chart axes)."""
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.0f}"
