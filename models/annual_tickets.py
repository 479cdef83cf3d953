"""Simulated tickets for the yearly view: drawn from a workload profile, and thinned for volumes.

`draw_tickets(profile, years, seed)` draws every ticket of `years` years (the same profile and
seed always give the same tickets). `VolumeDraw` gives tickets for several volume factors from
one draw (common random numbers): each ticket of a draw at the largest factor keeps a uniform
number and belongs to factor f when that number is below f / largest. The ticket sets are
nested, so yearly costs move smoothly with f; thinning a Poisson draw leaves a Poisson draw with
the scaled mean. On-site visits are kept at every factor (the profile gives them a year, not per
ticket, and `Profile.scaled` does not scale them either).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from models.errors import InputError
from models.profile import Effort, Profile
from models.vocabulary import CAUSES, SEVERITIES, WEEKDAYS

QUARTERS_PER_HOUR = 4
Z90 = 1.2815515655446004  # the standard normal's 90th percentile
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
KIND_SPACE = 4 * 4 * 2 * 2 * 2 * 4000  # severity, cause, visit, after-hours, release, quarters


@dataclass(frozen=True)
class Tickets:
    """Every simulated ticket, one array entry each, in (year, report time) order."""

    year: IntArray
    month: IntArray  # 1..12
    at: IntArray  # the report, seconds since the epoch (UTC)
    severity: IntArray  # index into SEVERITIES
    cause: IntArray  # index into CAUSES
    quarters: IntArray  # effort in quarter hours
    on_site: BoolArray
    after_hours: BoolArray
    release: BoolArray
    # what plans over the same tickets share (kinds of tickets, months), worked out once
    memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.year)

    def subset(self, chosen: BoolArray) -> Tickets:
        """The chosen tickets, in the same order."""
        return Tickets(**{f.name: getattr(self, f.name)[chosen] for f in fields(self) if f.init})

    def by_month(self) -> list[IntArray]:
        """Each month's tickets (indexes, January first), in (year, report time) order."""
        if "by_month" not in self.memo:
            order = np.argsort(self.month, kind="stable")
            bounds = np.searchsorted(self.month[order], np.arange(1, 14))
            self.memo["by_month"] = [order[bounds[m] : bounds[m + 1]] for m in range(12)]
        months: list[IntArray] = self.memo["by_month"]
        return months


def _offset_seconds(wall: datetime, zone: ZoneInfo) -> int:
    offset = wall.replace(tzinfo=zone).utcoffset()
    return int(offset.total_seconds()) if offset else 0


def _hour_offsets(zone: ZoneInfo, start: datetime, days: int) -> IntArray:
    """The UTC offset of each wall-clock hour of `days` days from local midnight `start` (as
    `replace(tzinfo=zone)` reads it: a wall time in a DST gap keeps the offset before it). Only a
    day whose midnight offset differs from the next day's is looked at hour by hour."""
    midnights = [_offset_seconds(start + timedelta(days=d), zone) for d in range(days + 1)]
    offsets = np.repeat(np.array(midnights[:days], dtype=np.int64), 24)
    for day in range(days):
        if midnights[day] != midnights[day + 1]:
            for hour in range(24):
                wall = start + timedelta(days=day, hours=hour)
                offsets[day * 24 + hour] = _offset_seconds(wall, zone)
    return offsets


def _month_minutes(profile: Profile, month: int) -> tuple[IntArray, IntArray, IntArray]:
    """For one month of the profile's year: each minute's UTC epoch, and which minutes are
    inside / outside the reporter's office hours."""
    zone = ZoneInfo(profile.timezone)
    start = datetime(profile.year, month, 1)  # noqa: DTZ001 - local wall clock, made aware below
    end = datetime(profile.year + month // 12, month % 12 + 1, 1)  # noqa: DTZ001
    days = (end - start).days
    offsets = _hour_offsets(zone, start, days)
    hours = np.arange(days * 24, dtype=np.int64)
    weekday = (start.weekday() + hours // 24) % 7
    hour_of_day = hours % 24
    base = int(start.replace(tzinfo=UTC).timestamp())
    minutes = np.arange(days * 24 * 60, dtype=np.int64)
    hour_index = minutes // 60
    epoch = base + minutes * 60 - offsets[hour_index]
    office_days = [WEEKDAYS.index(d) for d in profile.office_hours.weekdays]
    office_hour = (
        np.isin(weekday, office_days)
        & (hour_of_day >= profile.office_hours.start_hour)
        & (hour_of_day < profile.office_hours.end_hour)
    )
    inside = office_hour[hour_index]
    return epoch, np.flatnonzero(inside), np.flatnonzero(~inside)


def _efforts(profile: Profile, cause: IntArray, rng: np.random.Generator) -> IntArray:
    quarters = np.empty(len(cause), dtype=np.int64)
    for index, name in enumerate(CAUSES):
        chosen = cause == index
        count = int(chosen.sum())
        if not count:
            continue
        effort: Effort = profile.effort_by_cause.get(name, profile.effort_hours)
        mu = math.log(float(effort.median))
        sigma = (math.log(float(effort.p90)) - mu) / Z90
        hours = np.exp(mu + sigma * rng.standard_normal(count))
        quarters[chosen] = np.maximum(1, np.rint(hours * QUARTERS_PER_HOUR)).astype(np.int64)
    return np.minimum(quarters, 999 * QUARTERS_PER_HOUR)


def draw_tickets(profile: Profile, years: int, seed: int | None = None) -> Tickets:
    """Draw `years` years of tickets; the same profile and seed always give the same tickets."""
    rng = np.random.default_rng(profile.seed if seed is None else seed)
    means = np.array([float(profile.tickets_per_month.get(s, 0)) for s in SEVERITIES])
    if profile.counts == "exact":
        counts = np.broadcast_to(means.astype(np.int64), (years, 12, len(SEVERITIES)))
    else:
        counts = rng.poisson(means, size=(years, 12, len(SEVERITIES)))
    cell = np.repeat(np.arange(years * 12 * len(SEVERITIES)), counts.ravel())
    year = cell // (12 * len(SEVERITIES))
    month = (cell // len(SEVERITIES)) % 12 + 1
    severity = cell % len(SEVERITIES)
    n = len(cell)
    shares = np.array([float(profile.causes.get(c, 0)) for c in CAUSES])
    cause = rng.choice(len(CAUSES), size=n, p=shares / shares.sum())
    quarters = _efforts(profile, cause, rng)
    after_hours = rng.random(n) < float(profile.after_hours_requested)
    release = rng.random(n) < float(profile.requires_release)
    outside = rng.random(n) < float(profile.reported_outside_office_hours)
    at = np.empty(n, dtype=np.int64)
    for m in range(1, 13):
        epoch, inside_minutes, outside_minutes = _month_minutes(profile, m)
        for flag, pool in ((False, inside_minutes), (True, outside_minutes)):
            chosen = (month == m) & (outside == flag)
            if not chosen.any():
                continue
            pool = pool if len(pool) else np.arange(len(epoch))
            at[chosen] = epoch[pool[rng.integers(0, len(pool), int(chosen.sum()))]]
    on_site = np.zeros(n, dtype=bool)
    visits_mean = float(profile.on_site_visits_per_year)
    if visits_mean > 0 and n:
        starts = np.searchsorted(year, np.arange(years))
        ends = np.searchsorted(year, np.arange(years), side="right")
        if profile.counts == "exact":
            visits = np.full(years, int(visits_mean))
        else:
            visits = rng.poisson(visits_mean, size=years)
        # one draw a year, in year order: the random stream (and so every ticket) stays the same
        for y in np.flatnonzero(np.minimum(visits, ends - starts)).tolist():
            size = int(ends[y] - starts[y])
            take = min(int(visits[y]), size)
            on_site[starts[y] + rng.choice(size, size=take, replace=False)] = True
    order = np.lexsort((at, year))
    return Tickets(
        year=year[order],
        month=month[order],
        at=at[order],
        severity=severity[order],
        cause=cause[order],
        quarters=quarters[order],
        on_site=on_site[order],
        after_hours=after_hours[order],
        release=release[order],
    )


def kind_key(
    severity: IntArray,
    cause: IntArray,
    on_site: BoolArray,
    after_hours: BoolArray,
    release: IntArray | BoolArray,
    quarters: IntArray,
) -> IntArray:
    """One number for each kind of ticket, below KIND_SPACE (quarters below 4,000)."""
    key: IntArray = (
        (((severity * 4 + cause) * 2 + on_site) * 2 + after_hours) * 2 + release
    ) * 4000 + quarters
    return key


class VolumeDraw:
    """Tickets at several volumes from one draw at the largest factor (common random numbers).

    `tickets(f)` for 0 < f <= largest: the tickets of the draw whose uniform number is below
    f / largest. On-site visits are a count a year (as in `draw_tickets`, the same at every
    volume): each year's visits go to its kept tickets with the smallest second uniform number.
    Volume 1 is not the plain draw of the profile (that is another draw); compare volumes with
    each other, not with a plain run.
    """

    def __init__(self, profile: Profile, years: int, seed: int | None, largest: float) -> None:
        if largest <= 0:
            raise InputError("the largest volume factor must be above 0")
        self.profile = profile
        self.years = years
        self.seed = profile.seed if seed is None else seed
        self.largest = largest
        no_visits = profile.scaled(Decimal(str(largest))).model_copy(
            update={"on_site_visits_per_year": Decimal(0)}
        )
        self.base = draw_tickets(no_visits, years, self.seed)
        rng = np.random.default_rng([self.seed, 1])
        self._keep: FloatArray = rng.random(len(self.base))
        self._visit_order: FloatArray = rng.random(len(self.base))
        visits_mean = float(profile.on_site_visits_per_year)
        visits = (
            np.full(years, int(visits_mean), dtype=np.int64)
            if profile.counts == "exact"
            else rng.poisson(visits_mean, size=years).astype(np.int64)
        )
        # the tickets by year, then by their visit number; each ticket's year's visits
        self._order = np.lexsort((self._visit_order, self.base.year))
        year = self.base.year[self._order]
        self._year_first = np.searchsorted(year, year, side="left")
        self._visits = visits[year]

    def tickets(self, factor: float) -> Tickets:
        if not 0 < factor <= self.largest:
            raise InputError(f"volume factor {factor} is outside (0, {self.largest}]")
        kept = self._keep < factor / self.largest
        kept_in_order = kept[self._order]
        before: IntArray = (
            np.cumsum(kept_in_order) - kept_in_order
        )  # kept tickets before, in this order
        rank: IntArray = before - before[self._year_first]  # … within the year
        on_site = np.zeros(len(kept), dtype=bool)
        on_site[self._order] = kept_in_order & (rank < self._visits)
        return replace(self.base.subset(kept), on_site=on_site[kept])
