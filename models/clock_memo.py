"""Answers of the calendars' arithmetic, remembered: an edit of a scenario simulates every plan
again, and most of what a plan's clocks answer has not changed (stepping the effort moves the
resolution, not the response to the same report).

Both answers here are pure functions of immutable inputs — a calendar (built once per contract
or plan), a rule of a loaded contract, an instant, and the effort where the rule's clock counts
it — so a remembered answer is the answer. Keys hold ids; each entry keeps the calendar and the
rule themselves and is used only when they are the very objects asked about (an id can be
reused once its object is gone). The memos are bounded: past `LIMIT` entries they start again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import TypeVar

from models.calendar import BusinessCalendar
from models.clocks import ClockContext, apply_clock, describe_clock
from models.rules import BusinessHours, Clock, ClockHours, EarliestOf, LatestOf, MilestoneRule

LIMIT = 20_000  # ~6 MB; an edit of 150 plans needs ~600
K = TypeVar("K")
V = TypeVar("V")

_ReportKey = tuple[int, datetime, object]
_MilestoneKey = tuple[int, int, datetime, object, Decimal | None]
_reports: dict[_ReportKey, tuple[BusinessCalendar, datetime, bool, bool]] = {}
_milestones: dict[_MilestoneKey, tuple[BusinessCalendar, MilestoneRule, datetime, str]] = {}


def report_facts(calendar: BusinessCalendar, reported_at: datetime) -> tuple[datetime, bool, bool]:
    """The report on the vendor's wall clock, whether the office is open then, and whether
    that day is a business day."""
    key = (id(calendar), _instant(reported_at), reported_at.tzinfo)
    known = _reports.get(key)
    if known is not None and known[0] is calendar:
        return known[1], known[2], known[3]
    local = calendar.local(reported_at)
    facts = (local, calendar.is_open(local), calendar.is_business_day(local.date()))
    _remember(_reports, key, (calendar, *facts))
    return facts


def milestone_time(ctx: ClockContext, rule: MilestoneRule, base: datetime) -> tuple[datetime, str]:
    """When `rule`'s clock, started at `base`, reaches its milestone, and how (its basis in
    words), on `ctx`'s calendar; for a clock that does not stop for pauses."""
    effort = ctx.effort_hours if counts_effort(rule.clock) else None
    key = (id(ctx.calendar), id(rule), _instant(base), base.tzinfo, effort)
    known = _milestones.get(key)
    if known is not None and known[0] is ctx.calendar and known[1] is rule:
        return known[2], known[3]
    at = apply_clock(ctx, rule.clock, base)
    basis = describe_clock(ctx, rule.clock, rule.start)
    _remember(_milestones, key, (ctx.calendar, rule, at, basis))
    return at, basis


def counts_effort(clock: Clock) -> bool:
    """Does the clock count the scenario's effort (`hours: effort`), itself or in a choice?"""
    if isinstance(clock, EarliestOf | LatestOf):
        return any(counts_effort(choice.clock) for choice in clock.of)
    if isinstance(clock, ClockHours | BusinessHours):
        return clock.hours == "effort"
    return False


def _instant(moment: datetime) -> datetime:
    """The instant itself: two datetimes of one zone compare by their wall clock (Python drops
    the offset and the fold when both have the same tzinfo), so 02:30 before and after the
    clocks go back would be one key; in UTC they are two."""
    return moment.astimezone(UTC)


def forget() -> None:
    """Start again (tests compare remembered answers with fresh ones)."""
    _reports.clear()
    _milestones.clear()


def _remember(memo: dict[K, V], key: K, value: V) -> None:
    if len(memo) >= LIMIT:
        memo.clear()
    memo[key] = value
