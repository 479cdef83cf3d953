"""A year of support: yearly cost and service levels per plan under a simulated ticket load.

Many years (default 2,000) of tickets are drawn from a workload profile. Each plan then meets
every ticket with its rules applied over time:

* the engine prices each distinct kind of ticket once (`simulate`, the same rules as a single
  scenario; tickets of the same severity, cause, effort, visit, after-hours and release share a
  price), and that price is looked up for every ticket of the kind;
* what depends on what came before is accounted here, in report order: monthly request quotas,
  on-site visits a year, included customisation hours, prepaid package hours with their monthly
  cap and monthly minimum, and included service hours (priced by the engine with the hours
  still left, so the overflow rate is the contract's own);
* the yearly fee (or the package price) is added once a year; hours lapse at year end.

Efforts are drawn in quarter hours. Amounts are kept in cents (minor units) per ticket. Times
to response and work start are taken over the first TIME_SAMPLE tickets (enough for stable
medians and P90s); costs use every ticket.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from models.comparison import PlanRef
from models.contract import Contract, Plan
from models.elapsed import elapsed_hours
from models.engine import milestones_only, simulate
from models.errors import InputError
from models.parameters import resolve
from models.profile import Effort, Profile
from models.result import Result
from models.rules import (
    CustomisationHoursPerYear,
    IncludedServiceHours,
    MonthlyHourCap,
    MonthlyMinimumHours,
    OnSiteVisitsPerYear,
    PackageHours,
    RequestsPerMonth,
    When,
)
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES, WEEKDAYS, MilestoneName

TIME_SAMPLE = 10_000
QUARTERS_PER_HOUR = 4
Z90 = 1.2815515655446004  # the standard normal's 90th percentile
Progress = Callable[[int, int, str], None]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

COVERED, REFUSED, UNPRICED = 0, 1, 2


def _no_progress(_done: int, _total: int, _what: str) -> None:
    return None


class CancelledError(Exception):
    """Raised from a progress callback to stop a long simulation."""


# --- tickets ---------------------------------------------------------------------------------


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

    def __len__(self) -> int:
        return len(self.year)


def _month_minutes(profile: Profile, month: int) -> tuple[IntArray, IntArray, IntArray]:
    """For one month of the profile's year: each minute's UTC epoch, and which minutes are
    inside / outside the reporter's office hours."""
    zone = ZoneInfo(profile.timezone)
    start = datetime(profile.year, month, 1)  # noqa: DTZ001 - local wall clock, made aware below
    end = datetime(profile.year + month // 12, month % 12 + 1, 1)  # noqa: DTZ001
    hours = int((end - start).total_seconds() // 3600)
    offsets = np.empty(hours, dtype=np.int64)
    weekday = np.empty(hours, dtype=np.int64)
    hour_of_day = np.empty(hours, dtype=np.int64)
    for h in range(hours):
        wall = start + timedelta(hours=h)
        offset = wall.replace(tzinfo=zone).utcoffset()
        offsets[h] = int(offset.total_seconds()) if offset else 0
        weekday[h] = wall.weekday()
        hour_of_day[h] = wall.hour
    base = int(start.replace(tzinfo=UTC).timestamp())
    minutes = np.arange(hours * 60, dtype=np.int64)
    hour_index = minutes // 60
    epoch = base + minutes * 60 - offsets[hour_index]
    office_days = {WEEKDAYS.index(d) for d in profile.office_hours.weekdays}
    inside = (
        np.isin(weekday[hour_index], list(office_days))
        & (hour_of_day[hour_index] >= profile.office_hours.start_hour)
        & (hour_of_day[hour_index] < profile.office_hours.end_hour)
    )
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
        for y in range(years):
            size = ends[y] - starts[y]
            take = min(int(visits[y]), int(size))
            if take:
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


# --- results ---------------------------------------------------------------------------------


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


# --- pricing a kind of ticket ----------------------------------------------------------------


def _cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Priced:
    status: int
    usage: int  # cents: the request's own price (not drawn from a package)
    overflow: int  # cents: hours beyond included service hours
    reason: str


def _priced(result: Result) -> Priced:
    if result.status == "not_covered":
        refused = next((line for line in result.cost.lines if line.amount is None), None)
        reason = f"{refused.label}: {refused.reason}" if refused else "not covered"
        return Priced(REFUSED, 0, 0, reason)
    if result.cost.net is None:
        return Priced(UNPRICED, 0, 0, "price not stated")
    usage = overflow = 0
    for line in result.cost.lines:
        amount = line.amount or Decimal(0)
        if line.rule_kind == "prepaid_hours":
            continue  # drawn from the package, whose price is the plan fee
        if line.rule_kind == "service_hours":
            overflow += _cents(amount)
        else:
            usage += _cents(amount)
    return Priced(COVERED, usage, overflow, "")


_TIME_FACTS = ("reported_in_office_hours", "reported_by")


def _uses_report_time(contract: Contract, plan: Plan) -> bool:
    rules: list[Any] = [*contract.severity_rules, *plan.scope, *plan.pricing]
    return any(
        getattr(rule.when, fact) is not None
        for rule in rules
        if isinstance(getattr(rule, "when", None), When)
        for fact in _TIME_FACTS
    )


def _price_fields(contract: Contract, plan: Plan) -> set[str]:
    """Which ticket fields can change this plan's price or coverage (the rest are ignored
    when grouping tickets into kinds, so each kind is priced once)."""
    fields = {"cause", "on_site", "after_hours"}  # causes, visits and call-outs are always priced
    rules: list[Any] = [*contract.severity_rules, *plan.scope, *plan.pricing]
    for rule in rules:
        when: When = rule.when
        if when.severity is not None or rule in contract.severity_rules:
            fields.add("severity")
        if when.effort_at_most is not None or when.effort_over is not None:
            fields.add("effort")
        if when.requires_release is not None:
            fields.add("release")
        if when.issue_age_at_most is not None or when.issue_age_over is not None:
            fields.add("severity")
    for rule in plan.pricing:
        if rule.kind in ("prepaid_hours", "service_hours") or (
            rule.kind == "hourly" and getattr(rule, "hours_from", "") == "effort"
        ):
            fields.add("effort")
    for quota in plan.quotas:
        if isinstance(quota, OnSiteVisitsPerYear) and quota.severities:
            fields.add("severity")
        if quota.kind in ("customisation_hours_per_year", "package_hours", "monthly_hour_cap"):
            fields.add("effort")
    return fields


class _PlanPricer:
    """Prices kinds of tickets for one plan through the engine, each kind once."""

    def __init__(
        self, contract: Contract, plan_id: str, params: Mapping[str, Decimal], profile: Profile
    ) -> None:
        self.contract = contract
        self.plan_id = plan_id
        self.params = dict(params)
        self.zone = ZoneInfo(profile.timezone)
        self.reported = datetime(profile.year, 1, 12, 10, 0, tzinfo=self.zone)
        self.visit = profile.on_site_hours_per_visit
        self._cache: dict[tuple[int, ...], Priced] = {}

    def fee_per_year(self) -> Decimal | None:
        """The plan's fee for a year, as the engine works it out (None: a parameter is missing)."""
        scenario = Scenario(name="fee", reported_at=self.reported)
        fee = simulate(self.contract, self.plan_id, scenario, self.params, tracing=False).plan_fee
        if fee is None:
            return Decimal(0)
        if fee.amount is None:
            return None
        return fee.amount * (12 if fee.period == "month" else 1)

    def price(
        self, severity: int, cause: int, quarters: int, on_site: bool, after: bool, release: bool,
        extra: Mapping[str, Decimal] | None = None,
    ) -> Priced:  # fmt: skip
        extra_key = tuple(int(v * QUARTERS_PER_HOUR) for v in (extra or {}).values())
        key = (severity, cause, quarters, int(on_site), int(after), int(release), *extra_key)
        found = self._cache.get(key)
        if found is None:
            scenario = Scenario(
                name="simulated ticket",
                reported_at=self.reported,
                severity=SEVERITIES[severity],
                cause=CAUSES[cause],
                effort_hours=Decimal(quarters) / QUARTERS_PER_HOUR,
                on_site_hours=self.visit if on_site else Decimal(0),
                after_hours=after,
                requires_release=release,
            )
            params = {**self.params, **(extra or {})}
            found = _priced(simulate(self.contract, self.plan_id, scenario, params, tracing=False))
            self._cache[key] = found
        return found


# --- a plan over the years -------------------------------------------------------------------


def _rank_in_groups(group: IntArray) -> IntArray:
    """0, 1, 2… within each run of equal, sorted group ids."""
    if not len(group):
        return group
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    first = np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    ranks: IntArray = np.arange(len(group), dtype=np.int64) - first
    return ranks


def simulate_plan(
    ref: PlanRef, tickets: Tickets, years: int, profile: Profile, params: Mapping[str, Decimal]
) -> PlanYear:
    contract, plan = ref.contract, ref.contract.plan(ref.plan_id)
    if _uses_report_time(contract, plan):
        raise InputError(
            f"{contract.id}:{plan.id}: the yearly view cannot yet price rules that depend on the "
            "time of the report (reported_in_office_hours, reported_by in scope or price rules)"
        )
    supplied = {k: v for k, v in resolve(contract, params).items() if v is not None}
    pricer = _PlanPricer(contract, plan.id, supplied, profile)
    n = len(tickets)

    # each distinct kind of ticket, priced once (on the fields that can change its price)
    fields = _price_fields(contract, plan)
    zero = np.zeros(n, dtype=np.int64)
    severity = tickets.severity if "severity" in fields else zero
    release = tickets.release.astype(np.int64) if "release" in fields else zero
    quarters = tickets.quarters if "effort" in fields else zero + QUARTERS_PER_HOUR
    kind = (
        ((((severity * 4 + tickets.cause) * 2 + tickets.on_site) * 2 + tickets.after_hours)
         * 2 + release) * 4000 + quarters
    )  # fmt: skip
    kinds, kind_of = np.unique(kind, return_inverse=True)
    priced = []
    for k in kinds.tolist():
        quarters, rest = k % 4000, k // 4000
        release, rest = rest % 2, rest // 2
        after, rest = rest % 2, rest // 2
        on_site, rest = rest % 2, rest // 2
        cause, severity = rest % 4, rest // 4
        priced.append(
            pricer.price(severity, cause, quarters, bool(on_site), bool(after), bool(release))
        )
    status = np.array([p.status for p in priced], dtype=np.int64)[kind_of]
    usage = np.array([p.usage for p in priced], dtype=np.int64)[kind_of]
    overflow = np.array([p.overflow for p in priced], dtype=np.int64)[kind_of]
    reasons = [p.reason for p in priced]
    reason = np.array(kind_of, dtype=np.int64)  # index into `reasons` while status says so
    extra_reasons: list[str] = []

    def refuse(mask: BoolArray, text: str) -> None:
        nonlocal status
        chosen = mask & (status != REFUSED)
        if chosen.any():
            extra_reasons.append(text)
            status = np.where(chosen, REFUSED, status)
            reason[chosen] = len(reasons) + len(extra_reasons) - 1

    for quota in plan.quotas:
        clause = f" ({quota.clause})" if quota.clause else ""
        if isinstance(quota, RequestsPerMonth) and quota.requests is not None:
            rank = _rank_in_groups(tickets.year * 12 + tickets.month)
            refuse(rank >= quota.requests, f"{quota.requests} requests a month used up{clause}")
        elif isinstance(quota, OnSiteVisitsPerYear) and quota.visits > 0:
            allowed = [SEVERITIES.index(s) for s in quota.severities] or list(range(4))
            eligible = tickets.on_site & np.isin(tickets.severity, allowed) & (status == COVERED)
            index = np.flatnonzero(eligible)
            rank = _rank_in_groups(tickets.year[index])
            over = np.zeros(n, dtype=bool)
            over[index[rank >= quota.visits]] = True
            refuse(over, f"{quota.visits} on-site visits a year used up{clause}")
        elif isinstance(quota, CustomisationHoursPerYear) and quota.hours > 0:
            causes = [CAUSES.index(c) for c in quota.causes]
            over = np.zeros(n, dtype=bool)
            left, current = 0, -1
            allowance = int(quota.hours * QUARTERS_PER_HOUR)
            for i in np.flatnonzero(np.isin(tickets.cause, causes) & (status == COVERED)).tolist():
                if tickets.year[i] != current:
                    current, left = int(tickets.year[i]), allowance
                if tickets.quarters[i] > left:
                    over[i] = True
                else:
                    left -= int(tickets.quarters[i])
            refuse(over, f"{quota.hours:f} h of customisation a year used up (P12){clause}")

    package = plan.quota("package_hours")
    if isinstance(package, PackageHours):
        over_package, over_cap = _package_accounting(plan, package, tickets, status)
        refuse(over_package, f"the {package.hours:f}-hour package is used up ({package.clause})")
        cap = plan.quota("monthly_hour_cap")
        refuse(
            over_cap, f"the monthly cap of the package is reached ({getattr(cap, 'clause', '')})"
        )

    service = plan.quota("included_service_hours")
    if isinstance(service, IncludedServiceHours):
        included = supplied.get(service.parameter)
        if included is not None:
            usage, overflow, status = _service_hours(
                pricer, service, included, tickets, status, usage, overflow
            )

    fee = pricer.fee_per_year()
    covered = status == COVERED
    year_usage = np.bincount(tickets.year[covered], weights=usage[covered], minlength=years)
    year_overflow = np.bincount(tickets.year[covered], weights=overflow[covered], minlength=years)
    fee_cents = _cents(fee) if fee is not None else 0
    totals = np.rint(year_usage + year_overflow).astype(np.int64) + fee_cents
    all_reasons = reasons + extra_reasons
    refused = np.flatnonzero(status == REFUSED)
    counted = Counter(all_reasons[i] for i in reason[refused].tolist())
    return PlanYear(
        contract=contract.id,
        plan=plan.id,
        vendor=contract.vendor,
        currency=contract.currency,
        totals=totals,
        fee=fee,
        mean_fee=Decimal(fee_cents) / 100,
        mean_usage=Decimal(round(float(year_usage.sum()) / max(years, 1))) / 100,
        mean_overflow=Decimal(round(float(year_overflow.sum()) / max(years, 1))) / 100,
        tickets=n,
        not_covered=len(refused),
        not_covered_reasons=dict(counted.most_common()),
        not_stated=int((status == UNPRICED).sum()),
        response=TimeStats(None, None, None, None),
        work_start=TimeStats(None, None, None, None),
    )


def _package_accounting(
    plan: Plan, package: PackageHours, tickets: Tickets, status: IntArray
) -> tuple[BoolArray, BoolArray]:
    """P11 over time: each ticket draws max(minimum, effort) hours; at most the monthly cap in a
    month; at least the monthly minimum is drawn each month, used or not; when the package is
    used up, no support (P12). Hours lapse at the end of the year."""
    n = len(tickets)
    over_package = np.zeros(n, dtype=bool)
    over_cap = np.zeros(n, dtype=bool)
    q = QUARTERS_PER_HOUR
    size = int(package.hours * q)
    per_ticket = int(package.per_ticket_minimum_hours * q)
    cap_quota = plan.quota("monthly_hour_cap")
    cap = (
        int(package.hours * cap_quota.percent_of_package / 100 * q)
        if isinstance(cap_quota, MonthlyHourCap)
        else size
    )
    minimum_quota = plan.quota("monthly_minimum_hours")
    minimum = int(minimum_quota.hours * q) if isinstance(minimum_quota, MonthlyMinimumHours) else 0
    years = tickets.year.tolist()
    months = tickets.month.tolist()
    quarters = tickets.quarters.tolist()
    statuses = status.tolist()
    i = 0
    while i < n:
        year = years[i]
        balance = size
        for month in range(1, 13):
            used = 0
            while i < n and years[i] == year and months[i] == month:
                if statuses[i] == COVERED:
                    draw = max(per_ticket, quarters[i])
                    if draw > balance:
                        over_package[i] = True
                    elif used + draw > cap:
                        over_cap[i] = True
                    else:
                        used += draw
                        balance -= draw
                i += 1
            balance -= min(max(0, minimum - used), balance)
        while i < n and years[i] == year:  # pragma: no cover - months run 1..12
            i += 1
    return over_package, over_cap


def _service_hours(
    pricer: _PlanPricer,
    quota: IncludedServiceHours,
    included: Decimal,
    tickets: Tickets,
    status: IntArray,
    usage: IntArray,
    overflow: IntArray,
) -> tuple[IntArray, IntArray, IntArray]:
    """Included service hours debited over the year; each ticket priced by the engine with the
    hours still left, so hours beyond them cost the contract's overflow rate."""
    usage, overflow, status = usage.copy(), overflow.copy(), status.copy()
    debited = np.flatnonzero(
        np.isin(tickets.cause, [CAUSES.index(c) for c in quota.causes]) & (status == COVERED)
    )
    if not len(debited):
        return usage, overflow, status
    allowance = int(included * QUARTERS_PER_HOUR)
    quarters = tickets.quarters[debited]
    years = tickets.year[debited]
    running = np.cumsum(quarters)
    starts = np.r_[0, np.flatnonzero(np.diff(years)) + 1]
    before_year = np.repeat(np.r_[0, running[starts[1:] - 1]], np.diff(np.r_[starts, len(years)]))
    used_before = running - quarters - before_year
    left = np.maximum(0, allowance - used_before)
    key = np.stack(
        [
            tickets.severity[debited],
            tickets.cause[debited],
            quarters,
            tickets.on_site[debited],
            tickets.after_hours[debited],
            tickets.release[debited],
            left,
        ],
        axis=1,
    )
    kinds, kind_of = np.unique(key, axis=0, return_inverse=True)
    priced = [
        pricer.price(
            int(k[0]), int(k[1]), int(k[2]), bool(k[3]), bool(k[4]), bool(k[5]),
            {quota.parameter: Decimal(int(k[6])) / QUARTERS_PER_HOUR},
        )
        for k in kinds
    ]  # fmt: skip
    kind_of = kind_of.ravel()
    status[debited] = np.array([p.status for p in priced], dtype=np.int64)[kind_of]
    usage[debited] = np.array([p.usage for p in priced], dtype=np.int64)[kind_of]
    overflow[debited] = np.array([p.overflow for p in priced], dtype=np.int64)[kind_of]
    return usage, overflow, status


# --- times -----------------------------------------------------------------------------------


def _time_stats(hours: list[float | None], critical: list[bool]) -> TimeStats:
    def stats(values: list[float]) -> tuple[float | None, float | None]:
        if not values:
            return None, None
        array = np.array(values)
        return (
            round(float(np.percentile(array, 50)), 2),
            round(float(np.percentile(array, 90)), 2),
        )

    all_known = [h for h in hours if h is not None]
    critical_known = [h for h, c in zip(hours, critical, strict=True) if c and h is not None]
    median, p90 = stats(all_known)
    critical_median, critical_p90 = stats(critical_known)
    return TimeStats(median, p90, critical_median, critical_p90)


def _sample_scenarios(tickets: Tickets, profile: Profile) -> list[Scenario]:
    zone = ZoneInfo(profile.timezone)
    count = min(len(tickets), TIME_SAMPLE)
    return [
        Scenario.model_construct(
            name="simulated ticket",
            timezone=None,
            reported_at=datetime.fromtimestamp(int(tickets.at[i]), tz=zone),
            severity=SEVERITIES[int(tickets.severity[i])],
            cause=CAUSES[int(tickets.cause[i])],
            effort_hours=Decimal(int(tickets.quarters[i])) / QUARTERS_PER_HOUR,
            on_site_hours=profile.on_site_hours_per_visit if tickets.on_site[i] else Decimal(0),
            after_hours=bool(tickets.after_hours[i]),
            requires_release=bool(tickets.release[i]),
            issue_age_hours=Decimal(0),
        )
        for i in range(count)
    ]


_TIMED: tuple[MilestoneName, ...] = ("response", "work_start")
_CITATION = {"clause", "provenance", "reading", "quote"}


def _timing_key(ref: PlanRef) -> str:
    """Plans whose response and work-start rules differ only in citations time alike."""
    plan = ref.contract.plan(ref.plan_id)
    rules = {
        name: [r.model_dump(mode="json", exclude=_CITATION) for r in getattr(plan.milestones, name)]
        for name in _TIMED
    }
    return f"{ref.contract.id}|{rules}"


def _times(
    ref: PlanRef, sample: Sequence[Scenario], cache: dict[str, tuple[TimeStats, TimeStats]]
) -> tuple[TimeStats, TimeStats]:
    plan = ref.contract.plan(ref.plan_id)
    key = _timing_key(ref)
    if key not in cache:
        hours: dict[MilestoneName, list[float | None]] = {name: [] for name in _TIMED}
        stated = tuple(name for name in _TIMED if getattr(plan.milestones, name))
        for scenario in sample if stated else ():
            found = milestones_only(ref.contract, ref.plan_id, scenario, stated)
            for name in _TIMED:
                milestone = found.get(name)
                hours[name].append(
                    None if milestone is None else elapsed_hours(scenario.reported_at, milestone.at)
                )
        critical = [s.severity == "critical" for s in sample] if stated else []
        cache[key] = (
            _time_stats(hours["response"], critical),
            _time_stats(hours["work_start"], critical),
        )
    return cache[key]


# --- the whole run ---------------------------------------------------------------------------


def simulate_years(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None = None,
    years: int = 2000,
    seed: int | None = None,
    progress: Progress = _no_progress,
    times: bool = True,
) -> AnnualResult:
    """Run every plan through the same simulated years of tickets."""
    if years < 1:
        raise InputError("years must be at least 1")
    params = params or {}
    chosen_seed = profile.seed if seed is None else seed
    total_steps = len(plans) * (2 if times else 1) + 1
    progress(0, total_steps, "Drawing tickets")
    tickets = draw_tickets(profile, years, chosen_seed)
    sample = _sample_scenarios(tickets, profile) if times else []
    cache: dict[str, tuple[TimeStats, TimeStats]] = {}
    results = []
    step = 1
    for ref in plans:
        progress(step, total_steps, f"{ref.contract.id}:{ref.plan_id}")
        step += 1
        year = simulate_plan(ref, tickets, years, profile, params.get(ref.contract.id, {}))
        if times:
            progress(step, total_steps, f"{ref.contract.id}:{ref.plan_id} times")
            step += 1
            response, work_start = _times(ref, sample, cache)
            year = PlanYear(**{**year.__dict__, "response": response, "work_start": work_start})
        results.append(year)
    progress(total_steps, total_steps, "Done")
    return AnnualResult(profile, years, chosen_seed, len(tickets) / years, results)


@dataclass(frozen=True)
class BreakEvenPoint:
    tickets_per_month: float
    median: dict[str, Decimal | None]  # plan key → median yearly cost, known part (None: no rate)
    complete: dict[str, bool] = field(default_factory=dict)  # False: some prices not stated


def break_even(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None,
    convert: Callable[[Decimal, str], Decimal | None],
    factors: Sequence[float] = (0.25, 0.5, 1, 1.5, 2, 3, 4),
    years: int = 200,
    progress: Progress = _no_progress,
) -> list[BreakEvenPoint]:
    """Median yearly cost per plan as the ticket load grows (one line per plan)."""
    points = []
    for n, factor in enumerate(factors):
        progress(n, len(factors), f"{factor}× the tickets")
        scaled = profile.scaled(Decimal(str(factor)))
        result = simulate_years(scaled, plans, params, years, profile.seed, times=False)
        medians: dict[str, Decimal | None] = {}
        complete: dict[str, bool] = {}
        for plan in result.plans:
            key = f"{plan.contract}:{plan.plan}"
            medians[key] = convert(plan.percentile(50), plan.currency)
            complete[key] = plan.complete
        tickets = float(profile.tickets_per_month_total) * factor
        points.append(BreakEvenPoint(tickets, medians, complete))
    progress(len(factors), len(factors), "Done")
    return points
