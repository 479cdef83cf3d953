"""How values are written on screen (presentation only: nothing here computes results)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from models.elapsed import elapsed_hours
from models.money import round_shown
from models.result import MilestoneResult

NOT_STATED = "not stated"


def money(amount: Decimal | None, currency: str, *, missing: str = NOT_STATED) -> str:
    if amount is None:
        return missing
    return f"{currency} {round_shown(amount):,}"


def elapsed(milestone: MilestoneResult, reported: datetime) -> str:
    hours = elapsed_hours(reported, milestone.at)
    if abs(hours) < 48:
        return f"+{hours:.1f} h" if hours >= 0 else f"{hours:.1f} h"
    return f"+{hours / 24:.1f} d"


def when(milestone: MilestoneResult | None, reported: datetime) -> str:
    """Two lines: the vendor's local time, then elapsed time and kind."""
    if milestone is None:
        return NOT_STATED
    local = milestone.at.strftime("%a %d %b %H:%M")
    return f"{local}\n{elapsed(milestone, reported)} · {milestone.kind}"


def when_tooltip(milestone: MilestoneResult | None) -> str:
    if milestone is None:
        return "The terms say nothing about this milestone."
    clause = f" (clause {milestone.clause})" if milestone.clause else ""
    return f"{milestone.at.isoformat()}\n{milestone.kind}{clause}: {milestone.basis}"
