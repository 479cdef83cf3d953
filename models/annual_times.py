"""Response and work-start times for the yearly view, on arrays of report instants.

The engine decides a milestone with the first rule whose conditions hold (`milestone_rules`)
and applies that rule's clock to the report or to an earlier milestone. The conditions read only
a few facts of a ticket (severity, cause, effort, visit, after-hours, release, whether the vendor
is open at the report, whether it is reported by a cut-off time), so the tickets fall into a few
classes: each class asks the engine once which rules apply, and each rule's clock is applied to
all its tickets at once on a table of the vendor's days (office intervals, business time before
each day, the UTC offset). Where the table cannot answer exactly — a day with a DST change near
the instant, a result beyond the table, a clock without an array form (release weekdays) — the
engine times that ticket itself, so every time is the engine's to the microsecond.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import numpy as np

from models.annual_results import TimeStats
from models.annual_tickets import QUARTERS_PER_HOUR, BoolArray, FloatArray, IntArray, Tickets
from models.calendar import US_PER_DAY, US_PER_SECOND, BusinessCalendar, hours_to_us, time_to_us
from models.comparison import PlanRef
from models.contract import Contract
from models.engine import milestone_rules, milestones_only
from models.profile import Profile
from models.rules import (
    BusinessDays,
    BusinessHours,
    CalendarDays,
    Clock,
    ClockHours,
    EndOfBusinessDay,
    MilestoneRule,
    NextBusinessDay,
    When,
)
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES, MilestoneName

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
US_PER_QUARTER = hours_to_us(1) // QUARTERS_PER_HOUR
TIME_SAMPLE = 10_000  # tickets whose times are measured: enough for stable medians and P90s
_MARGIN_DAYS = 60  # the table reaches this far past the last report; later results ask the engine


@dataclass(frozen=True)
class TimeSample:
    """The tickets whose times are measured (the first TIME_SAMPLE of a run)."""

    tickets: Tickets
    zone: ZoneInfo  # the reporter's
    visit_hours: Decimal

    @property
    def at_us(self) -> IntArray:
        at: IntArray = self.tickets.at * US_PER_SECOND
        return at

    def __len__(self) -> int:
        return len(self.tickets)

    def scenario(self, i: int) -> Scenario:
        t = self.tickets
        return Scenario.model_construct(
            name="simulated ticket",
            timezone=None,
            reported_at=datetime.fromtimestamp(int(t.at[i]), tz=self.zone),
            severity=SEVERITIES[int(t.severity[i])],
            cause=CAUSES[int(t.cause[i])],
            effort_hours=Decimal(int(t.quarters[i])) / QUARTERS_PER_HOUR,
            on_site_hours=self.visit_hours if t.on_site[i] else Decimal(0),
            after_hours=bool(t.after_hours[i]),
            requires_release=bool(t.release[i]),
            issue_age_hours=Decimal(0),
        )


def _offset_us(day: int, zone: ZoneInfo) -> int:
    """The UTC offset at local midnight of a day (fold 0, as the calendar reads wall times)."""
    offset = datetime.fromordinal(day).replace(tzinfo=zone).utcoffset()
    return int(offset.total_seconds()) * US_PER_SECOND if offset else 0


class _DayTable:
    """The vendor's days from `first` to `last` (ordinals) as arrays."""

    def __init__(self, calendar: BusinessCalendar, first: int, last: int) -> None:
        self.first = first
        self.count = last - first + 1
        hours = [calendar.day_hours(date.fromordinal(first + i)) for i in range(self.count)]
        width = max(1, *(len(h) for h in hours))
        self.starts = np.zeros((self.count, width), dtype=np.int64)  # padding: empty [0, 0)
        self.ends = np.zeros((self.count, width), dtype=np.int64)
        for i, intervals in enumerate(hours):
            for k, (start, end) in enumerate(intervals):
                self.starts[i, k], self.ends[i, k] = start, end
        lengths = self.ends - self.starts
        self.within = np.cumsum(lengths, axis=1)  # business µs of the day up to each interval end
        self.before_interval = self.within - lengths
        self.cum = np.r_[0, np.cumsum(lengths.sum(axis=1))]  # business µs before each day
        self.business = np.array([bool(h) for h in hours])
        self.first_start = np.array([h[0][0] if h else 0 for h in hours], dtype=np.int64)
        self.last_end = np.array([h[-1][1] if h else 0 for h in hours], dtype=np.int64)
        # the first business day strictly after each day (-1: beyond the table)
        self.next_business = np.full(self.count, -1, dtype=np.int64)
        following = -1
        for i in range(self.count - 1, -1, -1):
            self.next_business[i] = following
            if self.business[i]:
                following = i
        midnight = [_offset_us(first + i, calendar.zone) for i in range(self.count + 1)]
        self.offset = np.array(midnight[:-1], dtype=np.int64)
        self.changes = np.array(midnight[:-1]) != np.array(midnight[1:])  # a DST change that day

    def index(self, ordinal: IntArray) -> tuple[IntArray, BoolArray]:
        i = ordinal - self.first
        inside = (i >= 0) & (i < self.count)
        return np.clip(i, 0, self.count - 1), inside

    def local(self, epoch_us: IntArray) -> tuple[IntArray, IntArray, BoolArray]:
        """An instant's local day (ordinal) and µs since local midnight; exact where no DST
        change falls on the UTC day or the days beside it."""
        i, ok = self.index(epoch_us // US_PER_DAY + EPOCH_ORDINAL)
        before, _ = self.index(i + self.first - 1)
        after, _ = self.index(i + self.first + 1)
        ok &= ~self.changes[before] & ~self.changes[i] & ~self.changes[after]
        local = epoch_us + self.offset[i]
        return local // US_PER_DAY + EPOCH_ORDINAL, local % US_PER_DAY, ok

    def wall(self, ordinal: IntArray, us: IntArray) -> tuple[IntArray, BoolArray]:
        """The instant of a local wall time (`BusinessCalendar.at_wall`); exact off DST days."""
        ordinal = ordinal + us // US_PER_DAY
        us = us % US_PER_DAY
        i, ok = self.index(ordinal)
        ok &= ~self.changes[i]
        epoch: IntArray = (ordinal - EPOCH_ORDINAL) * US_PER_DAY + us - self.offset[i]
        return epoch, ok

    def is_open(self, ordinal: IntArray, us: IntArray) -> BoolArray:
        i, _ = self.index(ordinal)
        inside = (self.starts[i] <= us[:, None]) & (us[:, None] < self.ends[i])
        return np.asarray(inside.any(axis=1), dtype=bool)

    def add_business(
        self, ordinal: IntArray, us: IntArray, amount: int | IntArray
    ) -> tuple[IntArray, IntArray, BoolArray]:
        """`BusinessCalendar.add_business_us` (amount above 0): the local day and µs."""
        i, ok = self.index(ordinal)
        into_day = np.clip(np.minimum(us[:, None], self.ends[i]) - self.starts[i], 0, None)
        position = self.cum[i] + into_day.sum(axis=1) + amount
        day = np.searchsorted(self.cum, position, side="left") - 1
        ok &= (day >= 0) & (day < self.count)
        day = np.clip(day, 0, self.count - 1)
        remaining = position - self.cum[day]
        k = np.argmax(remaining[:, None] <= self.within[day], axis=1)
        wall_us = self.starts[day, k] + remaining - self.before_interval[day, k]
        return day + self.first, wall_us, ok


@dataclass
class _Times:
    """Each ticket's milestone as local day, µs and instant; `ok`: the arrays are exact."""

    ordinal: IntArray
    us: IntArray
    epoch: IntArray
    ok: BoolArray


def _clock_us(hours: Decimal | str, quarters: IntArray) -> int | IntArray:
    if hours == "effort":
        amount: IntArray = quarters * US_PER_QUARTER
        return amount
    return hours_to_us(Decimal(hours))


def _apply(
    clock: Clock, table: _DayTable, base: _Times, quarters: IntArray, business_day_us: int
) -> _Times | None:
    """The clock applied to every base at once (None: no array form; the engine times them)."""
    match clock:
        case ClockHours():
            epoch = base.epoch + _clock_us(clock.hours, quarters)
            ordinal, us, ok = table.local(epoch)
            return _Times(ordinal, us, epoch, ok & base.ok)
        case BusinessHours() | BusinessDays():
            if isinstance(clock, BusinessDays):
                amount: int | IntArray = int(Decimal(clock.days) * business_day_us)
            else:
                amount = _clock_us(clock.hours, quarters)
            ordinal, us, ok = table.add_business(base.ordinal, base.us, amount)
            epoch, exact = table.wall(ordinal, us)
            # no business time to add: the base itself
            same = np.broadcast_to(np.asarray(amount) == 0, base.epoch.shape)
            return _Times(
                np.where(same, base.ordinal, ordinal),
                np.where(same, base.us, us),
                np.where(same, base.epoch, epoch),
                np.where(same, base.ok, ok & exact & base.ok),
            )
        case NextBusinessDay():
            i, ok = table.index(base.ordinal)
            day = table.next_business[i]
            ok &= day >= 0
            day = np.where(day >= 0, day, 0)
            at = (
                np.full(len(day), time_to_us(clock.at))
                if clock.at is not None
                else table.first_start[day]
            )
            epoch, exact = table.wall(day + table.first, at)
            return _Times(day + table.first, at, epoch, ok & exact & base.ok)
        case EndOfBusinessDay():
            i, ok = table.index(base.ordinal)
            today = table.business[i] & (base.us < table.last_end[i])
            day = np.where(today, i, table.next_business[i])
            ok &= day >= 0
            day = np.where(day >= 0, day, 0)
            closing = table.last_end[day]
            epoch, exact = table.wall(day + table.first, closing)
            return _Times(day + table.first, closing, epoch, ok & exact & base.ok)
        case CalendarDays():
            epoch, exact = table.wall(base.ordinal + clock.days, base.us)
            return _Times(base.ordinal + clock.days, base.us, epoch, exact & base.ok)
    return None


def _classes(
    contract: Contract, plan_id: str, names: tuple[MilestoneName, ...], sample: TimeSample,
    table: _DayTable, report: _Times,
) -> IntArray:  # fmt: skip
    """A class number per ticket: tickets of a class meet the same conditions."""
    plan = contract.plan(plan_id)
    whens: list[When] = [rule.when for rule in contract.severity_rules]
    whens += [rule.when for name in names for rule in getattr(plan.milestones, name)]
    t = sample.tickets
    columns = [t.severity]
    if any(w.cause is not None for w in whens):
        columns.append(t.cause)
    if any(w.effort_at_most is not None or w.effort_over is not None for w in whens):
        columns.append(t.quarters)
    for flag, values in (
        ("after_hours", t.after_hours),
        ("on_site", t.on_site),
        ("requires_release", t.release),
    ):
        if any(getattr(w, flag) is not None for w in whens):
            columns.append(values.astype(np.int64))
    if any(w.reported_in_office_hours is not None for w in whens):
        columns.append(table.is_open(report.ordinal, report.us).astype(np.int64))
    i, _ = table.index(report.ordinal)
    for cutoff in sorted({w.reported_by for w in whens if w.reported_by is not None}):
        by = table.business[i] & (report.us <= time_to_us(cutoff))
        columns.append(by.astype(np.int64))
    _, inverse = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)
    classes: IntArray = inverse.ravel()
    return classes


def milestone_hours(
    contract: Contract, plan_id: str, sample: TimeSample, names: tuple[MilestoneName, ...]
) -> dict[MilestoneName, FloatArray]:
    """Hours from each sampled report to each named milestone (NaN: not stated), the engine's
    times exactly (elapsed between UTC instants)."""
    n = len(sample)
    hours = {name: np.full(n, np.nan) for name in names}
    if not n:
        return hours
    calendar = contract.calendar
    at_us = sample.at_us
    days = at_us // US_PER_DAY + EPOCH_ORDINAL
    table = _DayTable(calendar, int(days.min()) - 3, int(days.max()) + _MARGIN_DAYS)
    ordinal, us, ok = table.local(at_us)
    report = _Times(ordinal, us, at_us, ok)
    classes = _classes(contract, plan_id, names, sample, table, report)
    plan = contract.plan(plan_id)
    representative = np.unique(classes, return_index=True)[1]
    chosen = [
        milestone_rules(contract, plan_id, sample.scenario(int(i)), names) for i in representative
    ]
    exact = report.ok.copy()
    found: dict[MilestoneName, _Times] = {}
    for name in names:
        rules: list[MilestoneRule] = getattr(plan.milestones, name)
        rule_of = np.array(
            [next((k for k, r in enumerate(rules) if r is c[name]), -1) for c in chosen]
        )[classes]
        result = _Times(report.ordinal.copy(), report.us.copy(), at_us.copy(), report.ok.copy())
        for k, rule in enumerate(rules):
            members = np.flatnonzero(rule_of == k)
            if not len(members):
                continue
            start = report if rule.start == "report" else found[rule.start]
            base = _Times(
                start.ordinal[members], start.us[members], start.epoch[members], start.ok[members]
            )
            applied = _apply(
                rule.clock, table, base, sample.tickets.quarters[members], calendar.business_day_us
            )
            if applied is None:
                exact[members] = result.ok[members] = False
                continue
            result.ordinal[members], result.us[members] = applied.ordinal, applied.us
            result.epoch[members], result.ok[members] = applied.epoch, applied.ok
            hours[name][members] = (applied.epoch - at_us[members]) / US_PER_SECOND / 3600
        exact &= result.ok | (rule_of < 0)
        found[name] = result
    for i in np.flatnonzero(~exact).tolist():
        scenario = sample.scenario(i)
        milestones = milestones_only(contract, plan_id, scenario, names)
        for name in names:
            milestone = milestones.get(name)
            hours[name][i] = (
                np.nan if milestone is None else elapsed_hours(scenario.reported_at, milestone.at)
            )
    return hours


def elapsed_hours(start: datetime, end: datetime) -> float:
    """Hours between two instants, taken in UTC (right across a DST change in either zone)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 3600


# --- statistics over the sample ----------------------------------------------------------------


def _time_stats(hours: FloatArray, critical: BoolArray) -> TimeStats:
    def stats(values: FloatArray) -> tuple[float | None, float | None]:
        if not len(values):
            return None, None
        return (
            round(float(np.percentile(values, 50)), 2),
            round(float(np.percentile(values, 90)), 2),
        )

    known = ~np.isnan(hours)
    median, p90 = stats(hours[known])
    critical_median, critical_p90 = stats(hours[known & critical])
    return TimeStats(median, p90, critical_median, critical_p90)


def time_sample(tickets: Tickets, profile: Profile) -> TimeSample:
    count = min(len(tickets), TIME_SAMPLE)
    first = tickets.subset(np.arange(len(tickets)) < count)
    return TimeSample(first, ZoneInfo(profile.timezone), profile.on_site_hours_per_visit)


_TIMED: tuple[MilestoneName, ...] = ("response", "work_start")
_CITATION = {"clause", "provenance", "reading", "quote"}


def timing_key(ref: PlanRef) -> str:
    """Plans whose response and work-start rules differ only in citations time alike (the
    contract's calendar and severity rules are part of the key: a variant that changes them
    times differently)."""
    plan = ref.contract.plan(ref.plan_id)
    rules = {
        name: [r.model_dump(mode="json", exclude=_CITATION) for r in getattr(plan.milestones, name)]
        for name in _TIMED
    }
    return f"{ref.contract.model_dump_json(exclude={'plans'})}|{rules}"


def plan_times(
    ref: PlanRef, sample: TimeSample, cache: dict[str, tuple[TimeStats, TimeStats]]
) -> tuple[TimeStats, TimeStats]:
    """Response and work-start statistics (elapsed between UTC instants: `elapsed_hours`)."""
    plan = ref.contract.plan(ref.plan_id)
    key = timing_key(ref)
    if key not in cache:
        stated = tuple(name for name in _TIMED if getattr(plan.milestones, name))
        found = milestone_hours(ref.contract, ref.plan_id, sample, stated) if stated else {}
        critical = sample.tickets.severity == SEVERITIES.index("critical")
        nothing = np.full(len(sample), np.nan)
        cache[key] = (
            _time_stats(found.get("response", nothing), critical),
            _time_stats(found.get("work_start", nothing), critical),
        )
    return cache[key]
