"""The milestone clocks applied to a start instant, in words, and with clock pauses.

Each clock kind of a contract (`models.rules`) maps onto the business calendar's arithmetic
(`models.calendar`). `earliest`/`latest` compare several clocks, each possibly counted in another
plan's calendar. A pausable rule's clock stops during the scenario's pauses: it counts up to a
pause, stands still until the pause ends, and goes on (for business clocks only the office time
inside a pause is lost, so a night-time pause changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from models.calendar import US_PER_HOUR, BusinessCalendar, hours_to_us
from models.elapsed import real_elapsed
from models.rules import (
    BusinessDays,
    BusinessHours,
    CalendarDays,
    Clock,
    ClockChoice,
    ClockHours,
    EarliestOf,
    EndOfBusinessDay,
    LatestOf,
    NextBusinessDay,
    ReleaseWeekdays,
)
from models.scenario import Pause
from models.vocabulary import WEEKDAYS, weekdays_phrase
from models.wording import N_, Figure, Phrase, hours_phrase


@dataclass(frozen=True, slots=True)
class ClockContext:
    """What clocks need from one simulation: the plan's calendar, the scenario's effort (for
    `hours: effort`), other plans' calendars (for `office_hours_of`) and the pauses."""

    calendar: BusinessCalendar
    effort_hours: Decimal
    calendar_of: Callable[[str], BusinessCalendar]
    pauses: Sequence[Pause] = ()


def _hours_text(value: Decimal) -> str:
    return f"{value.normalize():f} h"


def _clock_hours(ctx: ClockContext, hours: Decimal | str) -> Decimal:
    return ctx.effort_hours if hours == "effort" else Decimal(hours)


def apply_clock(
    ctx: ClockContext, clock: Clock, base: datetime, cal: BusinessCalendar | None = None
) -> datetime:
    cal = cal or ctx.calendar
    if isinstance(clock, EarliestOf | LatestOf):
        pick = min if isinstance(clock, EarliestOf) else max
        return pick(apply_clock(ctx, c.clock, base, _choice_calendar(ctx, c)) for c in clock.of)
    if isinstance(clock, ClockHours):
        return cal.add_clock_hours(base, _clock_hours(ctx, clock.hours))
    if isinstance(clock, BusinessHours):
        return cal.add_business_hours(base, _clock_hours(ctx, clock.hours))
    if isinstance(clock, BusinessDays):
        return cal.add_business_days(base, clock.days)
    if isinstance(clock, NextBusinessDay):
        return cal.next_business_day_at(base, clock.at)
    if isinstance(clock, EndOfBusinessDay):
        return cal.end_of_business_day(base)
    if isinstance(clock, CalendarDays):
        return cal.add_calendar_days(base, clock.days)
    if isinstance(clock, ReleaseWeekdays):
        return cal.release_on_weekdays(base, [WEEKDAYS.index(d) for d in clock.weekdays], clock.at)
    raise TypeError(f"unknown clock {clock!r}")  # pragma: no cover - the union is closed


def _choice_calendar(ctx: ClockContext, choice: ClockChoice) -> BusinessCalendar:
    if choice.office_hours_of is None:
        return ctx.calendar
    return ctx.calendar_of(choice.office_hours_of)


def apply_paused(ctx: ClockContext, clock: Clock, base: datetime) -> tuple[datetime, int]:
    """A clock that stops during the scenario's pauses: counting resumes when a pause ends.
    Returns the instant and how long the clock stood still, in microseconds."""
    cal = ctx.calendar
    measure: Callable[[datetime, datetime], int] = cal.business_us_between
    advance: Callable[[datetime, int], datetime] = cal.add_business_us
    if isinstance(clock, ClockHours):
        amount = hours_to_us(_clock_hours(ctx, clock.hours))

        def measure(a: datetime, b: datetime) -> int:
            return real_elapsed(a, b) // timedelta(microseconds=1)

        def advance(a: datetime, us: int) -> datetime:
            return (a.astimezone(UTC) + timedelta(microseconds=us)).astimezone(cal.zone)
    elif isinstance(clock, BusinessHours):
        amount = hours_to_us(_clock_hours(ctx, clock.hours))
    elif isinstance(clock, BusinessDays):
        amount = int(clock.days * cal.business_day_us)
    else:  # pragma: no cover - validation allows pauses on the counting clocks only
        return apply_clock(ctx, clock, base), 0
    t, remaining, stopped = cal.local(base), amount, 0
    for pause in sorted(ctx.pauses, key=lambda p: p.start):
        if pause.end <= t:
            continue
        if pause.start > t:
            candidate = advance(t, remaining)
            if candidate <= pause.start:
                return candidate, stopped
            remaining -= measure(t, pause.start)
        stopped += real_elapsed(max(t, pause.start), pause.end) // timedelta(microseconds=1)
        t = cal.local(pause.end)
    return advance(t, remaining), stopped


def stopped_words(stopped_us: int) -> str:
    """What `describe_clock` adds for a clock that stood still (nothing when it did not)."""
    if not stopped_us:
        return ""
    return f"; the clock stopped for {_hours_text(Decimal(stopped_us) / US_PER_HOUR)} of pauses"


def describe_clock(
    ctx: ClockContext, clock: Clock, start_name: str, cal: BusinessCalendar | None = None
) -> str:
    """The clock in words, as the basis of a milestone ("the report + 8 clock hours")."""
    cal = cal or ctx.calendar
    start = "the report" if start_name == "report" else start_name.replace("_", " ")
    if isinstance(clock, EarliestOf | LatestOf):
        parts = []
        for choice in clock.of:
            words = describe_clock(ctx, choice.clock, start_name, _choice_calendar(ctx, choice))
            if choice.office_hours_of:
                words += f" (office hours of plan {choice.office_hours_of})"
            parts.append(words)
        return f"the {clock.kind} of: " + "; ".join(parts)
    if isinstance(clock, ClockHours | BusinessHours):
        hours = _clock_hours(ctx, clock.hours)
        what = "clock hours" if isinstance(clock, ClockHours) else "business hours"
        effort = " (the effort)" if clock.hours == "effort" else ""
        return f"{start} + {hours.normalize():f} {what}{effort}"
    if isinstance(clock, BusinessDays):
        day = Decimal(cal.business_day_us) / 3_600_000_000
        return f"{start} + {clock.days.normalize():f} business days of {day.normalize():f} h"
    if isinstance(clock, NextBusinessDay):
        at = clock.at.strftime("%H:%M") if clock.at else "opening"
        return f"next business day after {start}, at {at}"
    if isinstance(clock, EndOfBusinessDay):
        return f"closing time of the first business day at or after {start}"
    if isinstance(clock, CalendarDays):
        return f"{start} + {clock.days} calendar days (same local time)"
    if isinstance(clock, ReleaseWeekdays):
        at = clock.at.strftime("%H:%M") if clock.at else "closing time"
        days = " or ".join(d.capitalize() for d in clock.weekdays)
        return f"first {days} business day from {start}, at {at}"
    return str(clock)  # pragma: no cover


# --- the same words as phrases ---------------------------------------------------------------
# `clock_phrase` says exactly what `describe_clock` writes (`.say(ENGLISH)`, a test compares
# them over the bundled contracts), in words a translator can reach.


def _number(value: Decimal) -> Figure:
    return Figure(value.normalize(), "f", None)


def clock_phrase(
    ctx: ClockContext,
    clock: Clock,
    start_name: str,
    cal: BusinessCalendar | None = None,
    stopped_us: int = 0,
) -> Phrase:
    """`describe_clock(...) + stopped_words(stopped_us)` as a phrase."""
    phrase = _clock_phrase(ctx, clock, start_name, cal)
    if not stopped_us:
        return phrase
    return Phrase.of(
        N_("{basis}; the clock stopped for {hours} of pauses"),
        basis=phrase,
        hours=hours_phrase(Decimal(stopped_us) / US_PER_HOUR),
    )


def _clock_phrase(
    ctx: ClockContext, clock: Clock, start_name: str, cal: BusinessCalendar | None = None
) -> Phrase:
    cal = cal or ctx.calendar
    start = STARTS.get(start_name) or Phrase(start_name.replace("_", " "))
    if isinstance(clock, EarliestOf | LatestOf):
        parts: list[Phrase] = []
        for choice in clock.of:
            words = _clock_phrase(ctx, choice.clock, start_name, _choice_calendar(ctx, choice))
            if choice.office_hours_of:
                words = Phrase.of(
                    N_("{clock} (office hours of plan {plan})"),
                    clock=words,
                    plan=choice.office_hours_of,
                )
            parts.append(words)
        joined = parts[-1]
        for part in reversed(parts[:-1]):
            joined = Phrase.of(N_("{first}; {then}"), first=part, then=joined)
        if isinstance(clock, EarliestOf):
            return Phrase.of(N_("the earliest of: {clocks}"), clocks=joined)
        return Phrase.of(N_("the latest of: {clocks}"), clocks=joined)
    if isinstance(clock, ClockHours | BusinessHours):
        hours = _number(_clock_hours(ctx, clock.hours))
        effort = clock.hours == "effort"
        if isinstance(clock, ClockHours):
            return Phrase.of(
                N_("{start} + {hours} clock hours (the effort)")
                if effort
                else N_("{start} + {hours} clock hours"),
                start=start,
                hours=hours,
            )
        return Phrase.of(
            N_("{start} + {hours} business hours (the effort)")
            if effort
            else N_("{start} + {hours} business hours"),
            start=start,
            hours=hours,
        )
    if isinstance(clock, BusinessDays):
        day = Decimal(cal.business_day_us) / 3_600_000_000
        return Phrase.of(
            N_("{start} + {days} business days of {day} h"),
            start=start,
            days=_number(clock.days),
            day=_number(day),
        )
    if isinstance(clock, NextBusinessDay):
        if clock.at is None:
            return Phrase.of(N_("next business day after {start}, at opening"), start=start)
        return Phrase.of(
            N_("next business day after {start}, at {time}"),
            start=start,
            time=clock.at.strftime("%H:%M"),
        )
    if isinstance(clock, EndOfBusinessDay):
        return Phrase.of(
            N_("closing time of the first business day at or after {start}"), start=start
        )
    if isinstance(clock, CalendarDays):
        return Phrase.of(
            N_("{start} + {days} calendar days (same local time)"),
            start=start,
            days=Figure(clock.days, ""),
        )
    if isinstance(clock, ReleaseWeekdays):
        days = weekdays_phrase(clock.weekdays)
        if clock.at is None:
            return Phrase.of(
                N_("first {days} business day from {start}, at closing time"),
                days=days,
                start=start,
            )
        return Phrase.of(
            N_("first {days} business day from {start}, at {time}"),
            days=days,
            start=start,
            time=clock.at.strftime("%H:%M"),
        )
    return Phrase(str(clock))  # pragma: no cover


# where a clock may start from, in words (made once: the trace says them for every milestone)
STARTS = {
    "report": Phrase(N_("the report")),
    "response": Phrase(N_("response")),
    "work_start": Phrase(N_("work start")),
    "resolution": Phrase(N_("resolution")),
    "release": Phrase(N_("release")),
}
