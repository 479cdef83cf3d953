"""What a yearly run gives: per plan its yearly costs, coverage and times; break-even points."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from models.annual_tickets import IntArray
from models.profile import Profile


@dataclass(frozen=True)
class TimeStats:
    median: float | None
    p90: float | None
    critical_median: float | None
    critical_p90: float | None


@dataclass(frozen=True)
class PlanYear:
    """One plan's year under the profile, over all simulated years."""

    contract: str
    plan: str
    vendor: str
    currency: str
    totals: IntArray  # each simulated year's known cost, in cents
    fee: Decimal | None  # a year's fee (None: a parameter it needs has no value)
    mean_fee: Decimal
    mean_usage: Decimal
    mean_overflow: Decimal
    tickets: int
    not_covered: int
    not_covered_reasons: dict[str, int]
    not_stated: int
    response: TimeStats
    work_start: TimeStats
    fee_parameter: str | None = None  # the parameter the unknown fee needs (fee is None)

    def percentile(self, q: float) -> Decimal:
        value = np.percentile(self.totals, q, method="inverted_cdf") if len(self.totals) else 0
        return Decimal(int(value)) / 100

    @property
    def complete(self) -> bool:
        return self.fee is not None and self.not_stated == 0


@dataclass(frozen=True)
class AnnualResult:
    profile: Profile
    years: int
    seed: int
    tickets_per_year: float
    plans: list[PlanYear] = field(default_factory=list)


@dataclass(frozen=True)
class BreakEvenPoint:
    tickets_per_month: float
    median: dict[str, Decimal | None]  # plan key → median yearly cost, known part (None: no rate)
    complete: dict[str, bool] = field(default_factory=dict)  # False: some prices not stated


def crossing(points: list[BreakEvenPoint], plan: str, rival: str) -> float | None:
    """Tickets a month at which `rival`'s median yearly cost first reaches `plan`'s, by linear
    interpolation between neighbouring points (None: they do not cross over the points, or a
    cost is unknown). A volume where the two are equal is itself the answer."""
    previous: tuple[float, Decimal] | None = None
    for point in sorted(points, key=lambda p: p.tickets_per_month):
        mine, theirs = point.median.get(plan), point.median.get(rival)
        if mine is None or theirs is None:
            return None
        gap = theirs - mine
        if gap == 0:
            return point.tickets_per_month
        if previous is not None and (previous[1] < 0) != (gap < 0):
            volume, before = previous
            share = float(before / (before - gap))
            return volume + share * (point.tickets_per_month - volume)
        previous = (point.tickets_per_month, gap)
    return None
