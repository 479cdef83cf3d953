"""A year of support: yearly cost and service levels per plan under a simulated ticket load.

Many years (default 2,000) of tickets are drawn from a workload profile. Each plan then meets
every ticket with its rules applied over time:

* the engine prices each distinct kind of ticket once (`status_and_cost`, the same rules as a
  single scenario; tickets of the same severity, cause, effort, visit, after-hours and release
  share a price), and that price is looked up for every ticket of the kind;
* what depends on what came before is accounted in report order (`models.annual_quotas`, numpy
  over all years at once): monthly request quotas, on-site visits a year, included
  customisation hours, prepaid package hours with their monthly cap and monthly minimum, and
  included service hours (priced by the engine with the hours still left, so the overflow rate
  is the contract's own);
* the yearly fee (or the package price) is added once a year; hours lapse at year end.

Efforts are drawn in quarter hours. Amounts are kept in cents (minor units) per ticket. Times
to response and work start are taken over the first TIME_SAMPLE tickets (enough for stable
medians and P90s), as elapsed time between UTC instants, on arrays (`models.annual_times`: the
engine picks each class of ticket's rule, the clocks run on a table of the vendor's days, and
the engine times itself what the table cannot, so the times are the engine's exactly); costs
use every ticket.

Re-running (the decision view runs the year many times with small changes):

* `YearlyRun(profile, years=2000, seed=None, tickets=None, pricers=None)` draws the tickets
  once (or takes given ones) and keeps what a re-run can reuse:
  - `run.pricers`: each plan's priced kinds of tickets, keyed by all that can change a status
    or a price (the contract but its plans, the plan but its milestones and notes, the
    parameter values its price rules and quotas read, the profile's zone, year and visit
    hours). A parameter only the fee reads (a product price) or another milestone reading
    (Kiwi K5 as business hours) prices nothing again; the fee is worked out on every run
    (`_PlanPricer.fee_per_year`, one engine call). Share the dict with other runs over the same
    profile (other volumes) to share the pricing;
  - the time statistics, keyed by the contract but its plans (calendar, severity rules) and
    the plan's response and work-start rules;
  - per ticket set (`Tickets.memo`): the kinds of tickets and each month's tickets.
  `run.simulate(plans, params=None, progress=…, times=True) -> AnnualResult` runs plans
  (`params` per contract id); `run.plan(ref, params=None, times=True) -> PlanYear` runs one
  (`params` of its contract) — a re-run of one plan costs its accounting, tens of ms.
* `simulate_years(profile, plans, params, years, seed, progress, times, run=None)`: a plain run,
  unchanged; with `run`, its tickets and caches are used (its profile, years and seed win).
* `simulate_plan(ref, tickets, years, profile, params, pricers=None) -> PlanYear`: one plan's
  costs (no times) over given tickets.
* Volumes (break-even ticket volumes): `VolumeDraw(profile, years, seed, largest)` draws once at
  the largest factor; `tickets(f)` keeps the tickets whose uniform number is below f / largest
  (common random numbers: the ticket sets are nested, so yearly costs move smoothly with f and a
  crossing of two plans' lines is not noise; visits stay a count a year).
  `volume_sweep(profile, plans, params, convert, factors, years=200, seed=None, pricers=None)`
  gives one `BreakEvenPoint` per factor from it; `break_even(...)` keeps its independent draw
  per factor (its points are unchanged). `crossing(points, plan, rival)` gives the tickets a
  month at which two plans' median lines cross (linear between neighbouring points).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from models.annual_quotas import (
    hours_left_before,
    only_debits,
    over_yearly_hours,
    package_accounting,
    rank_in_groups,
)
from models.annual_results import AnnualResult, BreakEvenPoint, PlanYear, TimeStats, crossing
from models.annual_tickets import (
    KIND_SPACE,
    QUARTERS_PER_HOUR,
    BoolArray,
    IntArray,
    Tickets,
    VolumeDraw,
    draw_tickets,
    kind_key,
)
from models.annual_times import TIME_SAMPLE, TimeSample, plan_times, time_sample
from models.comparison import PlanRef
from models.contract import Contract, Plan
from models.engine import simulate, status_and_cost
from models.errors import CancelledError as _CancelledError
from models.errors import InputError
from models.parameters import resolve
from models.profile import Profile
from models.result import Cost
from models.rules import (
    CustomisationHoursPerYear,
    IncludedServiceHours,
    OnSiteVisitsPerYear,
    PackageHours,
    RequestsPerMonth,
    When,
)
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES, Status

__all__ = [
    "TIME_SAMPLE",
    "AnnualResult",
    "BreakEvenPoint",
    "CancelledError",
    "PlanYear",
    "Tickets",
    "TimeStats",
    "VolumeDraw",
    "YearlyRun",
    "break_even",
    "crossing",
    "draw_tickets",
    "simulate_plan",
    "simulate_years",
    "volume_sweep",
]

Progress = Callable[[int, int, str], None]

COVERED, REFUSED, UNPRICED = 0, 1, 2


def _no_progress(_done: int, _total: int, _what: str) -> None:
    return None


CancelledError = _CancelledError  # raised from a progress callback: re-exported here


# --- pricing a kind of ticket ----------------------------------------------------------------


def _cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Priced:
    status: int
    usage: int  # cents: the request's own price (not drawn from a package)
    overflow: int  # cents: hours beyond included service hours
    reason: str


def _priced(status: Status, cost: Cost) -> Priced:
    if status == "not_covered":
        refused = next((line for line in cost.lines if line.amount is None), None)
        reason = f"{refused.label}: {refused.reason}" if refused else "not covered"
        return Priced(REFUSED, 0, 0, reason)
    if cost.net is None:
        return Priced(UNPRICED, 0, 0, "price not stated")
    usage = overflow = 0
    for line in cost.lines:
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
        self._kinds: dict[int, Priced] = {}
        self._template = Scenario(name="simulated ticket", reported_at=self.reported)

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
            # the values are valid by construction: skip pydantic's validation per kind
            scenario = self._template.model_copy(
                update={
                    "severity": SEVERITIES[severity],
                    "cause": CAUSES[cause],
                    "effort_hours": Decimal(quarters) / QUARTERS_PER_HOUR,
                    "on_site_hours": self.visit if on_site else Decimal(0),
                    "after_hours": after,
                    "requires_release": release,
                }
            )
            params = {**self.params, **(extra or {})}
            found = _priced(*status_and_cost(self.contract, self.plan_id, scenario, params))
            self._cache[key] = found
        return found

    def price_kind(self, kind: int, extra: Mapping[str, Decimal] | None = None) -> Priced:
        """`price` of a kind numbered by `kind_key`."""
        found = None if extra else self._kinds.get(kind)
        if found is None:
            quarters, rest = kind % 4000, kind // 4000
            release, rest = rest % 2, rest // 2
            after, rest = rest % 2, rest // 2
            on_site, rest = rest % 2, rest // 2
            cause, severity = rest % 4, rest // 4
            found = self.price(
                severity, cause, quarters, bool(on_site), bool(after), bool(release), extra
            )
            if not extra:
                self._kinds[kind] = found
        return found


Pricers = dict[str, _PlanPricer]


def _pricer(
    ref: PlanRef, supplied: Mapping[str, Decimal], profile: Profile, pricers: Pricers | None
) -> _PlanPricer:
    """The plan's pricer, reused from `pricers` when all that can change a ticket's status and
    cost is the same: the contract but its plans, the plan but its milestones and notes, the
    parameters its price rules and quotas read (the fee's are read apart, `fee_per_year`), and
    what the profile gives every kind (zone, year, visit hours)."""
    if pricers is None:
        return _PlanPricer(ref.contract, ref.plan_id, supplied, profile)
    plan = ref.contract.plan(ref.plan_id)
    read = repr((plan.pricing, plan.quotas, plan.scope))
    key = "|".join(
        (
            ref.contract.model_dump_json(exclude={"plans"}),
            plan.model_dump_json(exclude={"milestones", "notes"}),
            repr(sorted((k, v) for k, v in supplied.items() if k in read)),
            profile.timezone,
            str(profile.year),
            str(profile.on_site_hours_per_visit),
        )
    )
    found = pricers.get(key)
    if found is None:
        found = pricers[key] = _PlanPricer(ref.contract, ref.plan_id, supplied, profile)
    return found


# --- a plan over the years -------------------------------------------------------------------


def _dense_unique(key: IntArray, space: int) -> tuple[IntArray, IntArray]:
    """`np.unique(key, return_inverse=True)` for small non-negative keys, without a sort."""
    seen = np.zeros(space, dtype=bool)
    seen[key] = True
    kinds = np.flatnonzero(seen)
    position = np.zeros(space, dtype=np.int64)
    position[kinds] = np.arange(len(kinds))
    return kinds, position[key]


def _reason_counts(reasons: list[str], reason: IntArray) -> dict[str, int]:
    """How many tickets each reason refused, most first; ties in the order first met (as
    `Counter(...).most_common()` gives them)."""
    if not len(reason):
        return {}
    counts = np.bincount(reason, minlength=len(reasons))
    first = np.full(len(reasons), len(reason), dtype=np.int64)
    first[reason[::-1]] = np.arange(len(reason) - 1, -1, -1)  # the last write is the first seen
    by_text: dict[str, list[int]] = {}
    for index in np.argsort(first, kind="stable").tolist():
        if counts[index]:
            entry = by_text.setdefault(reasons[index], [0, int(first[index])])
            entry[0] += int(counts[index])
    ordered = sorted(by_text.items(), key=lambda item: (-item[1][0], item[1][1]))
    return {text: count for text, (count, _) in ordered}


def _kinds(tickets: Tickets, fields: set[str]) -> tuple[IntArray, IntArray]:
    """The kinds of tickets on these fields, and each ticket's kind (worked out once per ticket
    set and set of fields: plans share them)."""
    memo_key = ("kinds", frozenset(fields & {"severity", "release", "effort"}))
    if memo_key not in tickets.memo:
        zero = np.zeros(len(tickets), dtype=np.int64)
        kind = kind_key(
            tickets.severity if "severity" in fields else zero,
            tickets.cause,
            tickets.on_site,
            tickets.after_hours,
            tickets.release.astype(np.int64) if "release" in fields else zero,
            tickets.quarters if "effort" in fields else zero + QUARTERS_PER_HOUR,
        )
        tickets.memo[memo_key] = _dense_unique(kind, KIND_SPACE)
    found: tuple[IntArray, IntArray] = tickets.memo[memo_key]
    return found


def simulate_plan(
    ref: PlanRef,
    tickets: Tickets,
    years: int,
    profile: Profile,
    params: Mapping[str, Decimal],
    pricers: Pricers | None = None,
) -> PlanYear:
    """One plan's yearly costs over the given tickets (times are left out: see `YearlyRun`).
    `pricers` (a `YearlyRun`'s) keeps the priced kinds of tickets for the next run."""
    contract, plan = ref.contract, ref.contract.plan(ref.plan_id)
    if _uses_report_time(contract, plan):
        raise InputError(
            f"{contract.id}:{plan.id}: the yearly view cannot yet price rules that depend on the "
            "time of the report (reported_in_office_hours, reported_by in scope or price rules)"
        )
    supplied = {k: v for k, v in resolve(contract, params).items() if v is not None}
    pricer = _pricer(ref, supplied, profile, pricers)
    n = len(tickets)

    # each distinct kind of ticket, priced once (on the fields that can change its price)
    kinds, kind_of = _kinds(tickets, _price_fields(contract, plan))
    priced = [pricer.price_kind(k) for k in kinds.tolist()]
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
            rank = rank_in_groups(tickets.year * 12 + tickets.month)
            refuse(rank >= quota.requests, f"{quota.requests} requests a month used up{clause}")
        elif isinstance(quota, OnSiteVisitsPerYear) and quota.visits > 0:
            allowed = [SEVERITIES.index(s) for s in quota.severities] or list(range(4))
            eligible = tickets.on_site & np.isin(tickets.severity, allowed) & (status == COVERED)
            index = np.flatnonzero(eligible)
            rank = rank_in_groups(tickets.year[index])
            over = np.zeros(n, dtype=bool)
            over[index[rank >= quota.visits]] = True
            refuse(over, f"{quota.visits} on-site visits a year used up{clause}")
        elif isinstance(quota, CustomisationHoursPerYear) and quota.hours > 0:
            causes = [CAUSES.index(c) for c in quota.causes]
            eligible = np.isin(tickets.cause, causes) & (status == COVERED)
            allowance = int(quota.hours * QUARTERS_PER_HOUR)
            over = over_yearly_hours(tickets, eligible, allowance, years)
            refuse(over, f"{quota.hours:f} h of customisation a year used up (P12){clause}")

    package = plan.quota("package_hours")
    if isinstance(package, PackageHours):
        over_package, over_cap = package_accounting(
            plan, package, tickets, status == COVERED, years
        )
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
                pricer, plan, service, included, tickets, status, usage, overflow
            )

    fee = _PlanPricer(contract, plan.id, supplied, profile).fee_per_year()
    covered = status == COVERED
    year_usage = np.bincount(tickets.year[covered], weights=usage[covered], minlength=years)
    year_overflow = np.bincount(tickets.year[covered], weights=overflow[covered], minlength=years)
    fee_cents = _cents(fee) if fee is not None else 0
    totals = np.rint(year_usage + year_overflow).astype(np.int64) + fee_cents
    refused = np.flatnonzero(status == REFUSED)
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
        not_covered_reasons=_reason_counts(reasons + extra_reasons, reason[refused]),
        not_stated=int((status == UNPRICED).sum()),
        response=TimeStats(None, None, None, None),
        work_start=TimeStats(None, None, None, None),
        fee_parameter=None if fee is not None else _fee_parameter(contract, plan, supplied),
    )


def _fee_parameter(contract: Contract, plan: Plan, supplied: Mapping[str, Decimal]) -> str | None:
    """The parameter without a value that a fee of the plan reads (what its yearly cost needs)."""
    values = resolve(contract, supplied)
    for _, fee in plan.fees_with_path():
        name = getattr(fee, "parameter", None)
        if isinstance(name, str) and values.get(name) is None:
            return name
    return None


def _service_hours(
    pricer: _PlanPricer,
    plan: Plan,
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
    quarters = tickets.quarters[debited]
    left = hours_left_before(tickets, debited, int(included * QUARTERS_PER_HOUR))
    if only_debits(plan, quota.parameter):
        # a ticket takes min(effort, left): any `left` at or above its effort prices it alike
        left = np.minimum(left, quarters)
    kind = kind_key(
        tickets.severity[debited],
        tickets.cause[debited],
        tickets.on_site[debited],
        tickets.after_hours[debited],
        tickets.release[debited],
        quarters,
    )
    levels = int(left.max()) + 1
    kinds, kind_of = np.unique(kind * levels + left, return_inverse=True)
    priced = [
        pricer.price_kind(k // levels, {quota.parameter: Decimal(k % levels) / QUARTERS_PER_HOUR})
        for k in kinds.tolist()
    ]
    kind_of = kind_of.ravel()
    status[debited] = np.array([p.status for p in priced], dtype=np.int64)[kind_of]
    usage[debited] = np.array([p.usage for p in priced], dtype=np.int64)[kind_of]
    overflow[debited] = np.array([p.overflow for p in priced], dtype=np.int64)[kind_of]
    return usage, overflow, status


# --- the whole run ---------------------------------------------------------------------------


MAX_YEARS = 100_000
MAX_TICKETS_DRAWN = 5_000_000  # tickets over all years: about 2 minutes and 1 GB at most


def _check_size(profile: Profile, years: int, seed: int | None) -> None:
    """Input bounds at the entry, so a run's time and memory stay bounded."""
    if not 1 <= years <= MAX_YEARS:
        raise InputError(f"--years: give from 1 to {MAX_YEARS:,} years, not {years:,}")
    if seed is not None and not 0 <= seed < 2**63:
        raise InputError(f"--seed: give a whole number from 0 to 2^63 - 1, not {seed}")
    expected = float(profile.tickets_per_month_total) * 12 * years
    if expected > MAX_TICKETS_DRAWN:
        raise InputError(
            f"{profile.tickets_per_month_total:f} tickets a month over {years:,} years is "
            f"{expected:,.0f} tickets; at most {MAX_TICKETS_DRAWN:,}: give fewer --years"
        )


class YearlyRun:
    """Tickets drawn once for (profile, years, seed), and what a re-run of the year can reuse:
    the priced kinds of tickets per plan (`pricers`, which may be shared with other runs over
    the same profile, e.g. other volumes) and the time statistics per timing of a plan.

    Its caches are plain dicts: use a run from one thread at a time (a background worker and
    the GUI thread each with their own run, or one after the other)."""

    def __init__(
        self,
        profile: Profile,
        years: int = 2000,
        seed: int | None = None,
        tickets: Tickets | None = None,
        pricers: Pricers | None = None,
    ) -> None:
        _check_size(profile, years, seed)
        self.profile = profile
        self.years = years
        self.seed = profile.seed if seed is None else seed
        self.tickets = draw_tickets(profile, years, self.seed) if tickets is None else tickets
        self.pricers: Pricers = {} if pricers is None else pricers
        self._sample: TimeSample | None = None
        self._times: dict[str, tuple[TimeStats, TimeStats]] = {}

    @property
    def tickets_per_year(self) -> float:
        return len(self.tickets) / self.years

    def times(self, ref: PlanRef) -> tuple[TimeStats, TimeStats]:
        """Response and work-start statistics over the first TIME_SAMPLE tickets."""
        if self._sample is None:
            self._sample = time_sample(self.tickets, self.profile)
        return plan_times(ref, self._sample, self._times)

    def plan(
        self, ref: PlanRef, params: Mapping[str, Decimal] | None = None, times: bool = True
    ) -> PlanYear:
        """One plan over these tickets; `params` are its contract's parameter values."""
        year = simulate_plan(
            ref, self.tickets, self.years, self.profile, params or {}, self.pricers
        )
        if not times:
            return year
        response, work_start = self.times(ref)
        return replace(year, response=response, work_start=work_start)

    def simulate(
        self,
        plans: Sequence[PlanRef],
        params: Mapping[str, Mapping[str, Decimal]] | None = None,
        progress: Progress = _no_progress,
        times: bool = True,
    ) -> AnnualResult:
        """Every plan through these tickets; `params` per contract id."""
        params = params or {}
        total_steps = len(plans) * (2 if times else 1) + 1
        step = 1
        results = []
        for ref in plans:
            progress(step, total_steps, f"{ref.contract.id}:{ref.plan_id}")
            step += 1
            year = self.plan(ref, params.get(ref.contract.id, {}), times=False)
            if times:
                progress(step, total_steps, f"{ref.contract.id}:{ref.plan_id} times")
                step += 1
                response, work_start = self.times(ref)
                year = replace(year, response=response, work_start=work_start)
            results.append(year)
        progress(total_steps, total_steps, "Done")
        return AnnualResult(self.profile, self.years, self.seed, self.tickets_per_year, results)


def simulate_years(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None = None,
    years: int = 2000,
    seed: int | None = None,
    progress: Progress = _no_progress,
    times: bool = True,
    run: YearlyRun | None = None,
) -> AnnualResult:
    """Run every plan through the same simulated years of tickets (those of `run` when given:
    its profile, years and seed then win, and its caches are used and filled)."""
    if run is None:
        _check_size(profile, years, seed)
        total_steps = len(plans) * (2 if times else 1) + 1
        progress(0, total_steps, "Drawing tickets")
        run = YearlyRun(profile, years, seed)
    return run.simulate(plans, params, progress, times)


def _sweep(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None,
    convert: Callable[[Decimal, str], Decimal | None],
    factors: Sequence[float],
    run_at: Callable[[float, Profile], YearlyRun],
    progress: Progress,
) -> list[BreakEvenPoint]:
    """Median yearly cost per plan at each volume factor, from the run `run_at` gives."""
    points = []
    for n, factor in enumerate(factors):
        progress(n, len(factors), f"{factor}× the tickets")
        result = run_at(factor, profile.scaled(Decimal(str(factor)))).simulate(
            plans, params, times=False
        )
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


DEFAULT_FACTORS = (0.25, 0.5, 1, 1.5, 2, 3, 4)


def break_even(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None,
    convert: Callable[[Decimal, str], Decimal | None],
    factors: Sequence[float] = DEFAULT_FACTORS,
    years: int = 200,
    progress: Progress = _no_progress,
) -> list[BreakEvenPoint]:
    """Median yearly cost per plan as the ticket load grows (one line per plan), each factor
    an independent draw (see `volume_sweep` for nested draws)."""
    pricers: Pricers = {}  # the kinds of tickets repeat from one volume to the next

    def run_at(_factor: float, scaled: Profile) -> YearlyRun:
        return YearlyRun(scaled, years, profile.seed, pricers=pricers)

    return _sweep(profile, plans, params, convert, factors, run_at, progress)


def volume_sweep(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]] | None,
    convert: Callable[[Decimal, str], Decimal | None],
    factors: Sequence[float] = DEFAULT_FACTORS,
    years: int = 200,
    seed: int | None = None,
    pricers: Pricers | None = None,
    progress: Progress = _no_progress,
) -> list[BreakEvenPoint]:
    """Median yearly cost per plan at each volume factor, from one draw thinned per factor
    (`VolumeDraw`: common random numbers, so the lines are smooth and a crossing between two
    factors is a real one, not noise). Pass a `YearlyRun`'s `pricers` to reuse its pricing."""
    draw = VolumeDraw(profile, years, seed, max(factors))
    shared: Pricers = {} if pricers is None else pricers

    def run_at(factor: float, scaled: Profile) -> YearlyRun:
        return YearlyRun(scaled, years, draw.seed, tickets=draw.tickets(factor), pricers=shared)

    return _sweep(profile, plans, params, convert, factors, run_at, progress)
