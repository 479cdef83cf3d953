"""The yearly engine against a straightforward reference: every ticket through the engine, one
by one, with each quota kept as a counter in report order (what the vectorised accounting must
give, ticket for ticket), for every bundled plan — each quota kind is in one of them: requests a
month (Kian Pardaz bronze), visits a year (gold), customisation hours (project plans), package
hours with cap and minimum (hours plans), included service hours (Swedish service agreement)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from contracts import SAMPLE_PARAMS_PATH, bundled_contracts, bundled_profiles
from models.annual import YearlyRun
from models.annual_tickets import Tickets
from models.comparison import PlanRef, all_plans
from models.engine import simulate
from models.loading import load_parameter_values
from models.parameters import resolve
from models.profile import Profile
from models.rules import (
    CustomisationHoursPerYear,
    IncludedServiceHours,
    MonthlyHourCap,
    MonthlyMinimumHours,
    OnSiteVisitsPerYear,
    PackageHours,
    RequestsPerMonth,
)
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES

PARAMS = load_parameter_values(SAMPLE_PARAMS_PATH)
YEARS = 6


def cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Ticket:
    """One ticket's outcome: covered, refused (with the reason) or price not stated."""

    status: str = "covered"
    usage: int = 0
    overflow: int = 0
    reason: str = ""


@dataclass
class Reference:
    totals: list[int]
    reasons: Counter[str] = field(default_factory=Counter)
    not_stated: int = 0


def priced(ref: PlanRef, scenario: Scenario, params: dict[str, Decimal]) -> Ticket:
    result = simulate(ref.contract, ref.plan_id, scenario, params, tracing=False)
    if result.status == "not_covered":
        line = next(line for line in result.cost.lines if line.amount is None)
        return Ticket("refused", reason=f"{line.label}: {line.reason}")
    if result.cost.net is None:
        return Ticket("not_stated")
    ticket = Ticket()
    for line in result.cost.lines:
        amount = cents(line.amount or Decimal(0))
        if line.rule_kind == "service_hours":
            ticket.overflow += amount
        elif line.rule_kind != "prepaid_hours":  # drawn from the package: its price is the fee
            ticket.usage += amount
    return ticket


def reference(ref: PlanRef, t: Tickets, profile: Profile, params: dict[str, Decimal]) -> Reference:
    contract, plan = ref.contract, ref.contract.plan(ref.plan_id)
    supplied = {k: v for k, v in resolve(contract, params).items() if v is not None}
    reported = datetime(profile.year, 1, 12, 10, 0, tzinfo=ZoneInfo(profile.timezone))
    fee = simulate(contract, plan.id, Scenario(name="fee", reported_at=reported), supplied).plan_fee
    yearly_fee = 0 if fee is None or fee.amount is None else cents(fee.amount)
    if fee is not None and fee.amount is not None and fee.period == "month":
        yearly_fee = cents(fee.amount * 12)
    out = Reference([yearly_fee] * YEARS)
    requests: Counter[tuple[int, int]] = Counter()
    visits: Counter[int] = Counter()
    customised: Counter[int] = Counter()
    serviced: Counter[int] = Counter()
    package = plan.quota("package_hours")
    cap_quota, minimum_quota = plan.quota("monthly_hour_cap"), plan.quota("monthly_minimum_hours")
    for year in range(YEARS):
        balance = int(package.hours * 4) if isinstance(package, PackageHours) else 0
        for month in range(1, 13):
            used = 0
            for i in np.flatnonzero((t.year == year) & (t.month == month)).tolist():
                quarters = int(t.quarters[i])
                scenario = Scenario(
                    name="ticket",
                    reported_at=reported,
                    severity=SEVERITIES[int(t.severity[i])],
                    cause=CAUSES[int(t.cause[i])],
                    effort_hours=Decimal(quarters) / 4,
                    on_site_hours=profile.on_site_hours_per_visit if t.on_site[i] else Decimal(0),
                    after_hours=bool(t.after_hours[i]),
                    requires_release=bool(t.release[i]),
                )
                ticket = priced(ref, scenario, supplied)

                def refuse(text: str, ticket: Ticket = ticket) -> None:
                    if ticket.status != "refused":
                        ticket.status, ticket.reason = "refused", text

                for quota in plan.quotas:
                    clause = f" ({quota.clause})" if quota.clause else ""
                    if isinstance(quota, RequestsPerMonth) and quota.requests is not None:
                        requests[year, month] += 1
                        if requests[year, month] > quota.requests:
                            refuse(f"{quota.requests} requests a month used up{clause}")
                    elif isinstance(quota, OnSiteVisitsPerYear) and quota.visits > 0:
                        allowed = quota.severities or list(SEVERITIES)
                        visit = t.on_site[i] and scenario.severity in allowed
                        if visit and ticket.status == "covered":
                            visits[year] += 1
                            if visits[year] > quota.visits:
                                refuse(f"{quota.visits} on-site visits a year used up{clause}")
                    elif (
                        isinstance(quota, CustomisationHoursPerYear)
                        and quota.hours > 0
                        and scenario.cause in quota.causes
                        and ticket.status == "covered"
                    ):
                        if customised[year] + quarters > quota.hours * 4:
                            refuse(
                                f"{quota.hours:f} h of customisation a year used up (P12){clause}"
                            )
                        else:
                            customised[year] += quarters
                if isinstance(package, PackageHours) and ticket.status == "covered":
                    draw = max(int(package.per_ticket_minimum_hours * 4), quarters)
                    cap = (
                        int(package.hours * cap_quota.percent_of_package / 100 * 4)
                        if isinstance(cap_quota, MonthlyHourCap)
                        else int(package.hours * 4)
                    )
                    if draw > balance:
                        refuse(f"the {package.hours:f}-hour package is used up ({package.clause})")
                    elif used + draw > cap:
                        cap_clause = getattr(cap_quota, "clause", "")
                        refuse(f"the monthly cap of the package is reached ({cap_clause})")
                    else:
                        used, balance = used + draw, balance - draw
                service = plan.quota("included_service_hours")
                if (
                    isinstance(service, IncludedServiceHours)
                    and service.parameter in supplied
                    and scenario.cause in service.causes
                    and ticket.status == "covered"
                ):
                    allowance = int(supplied[service.parameter] * 4)
                    left = max(0, allowance - serviced[year])
                    serviced[year] += quarters
                    hours_left = {**supplied, service.parameter: Decimal(left) / 4}
                    ticket = priced(ref, scenario, hours_left)
                if ticket.status == "refused":
                    out.reasons[ticket.reason] += 1
                elif ticket.status == "not_stated":
                    out.not_stated += 1
                else:
                    out.totals[year] += ticket.usage + ticket.overflow
            if isinstance(minimum_quota, MonthlyMinimumHours):
                balance -= min(max(0, int(minimum_quota.hours * 4) - used), balance)
    return out


@pytest.fixture(scope="module")
def run() -> YearlyRun:
    # three times the CRM project's tickets and 40 visits a year, so every quota runs out
    crm = next(p for p in bundled_profiles() if p.name.startswith("Company"))
    busy = crm.scaled(Decimal(3)).model_copy(update={"on_site_visits_per_year": Decimal(40)})
    return YearlyRun(busy, YEARS, seed=4)


@pytest.mark.parametrize(
    "ref", all_plans(bundled_contracts()), ids=lambda r: f"{r.contract.id}:{r.plan_id}"
)
def test_each_plan_matches_the_ticket_by_ticket_reference(ref: PlanRef, run: YearlyRun) -> None:
    params = PARAMS.get(ref.contract.id, {})
    fast = run.plan(ref, params, times=False)
    slow = reference(ref, run.tickets, run.profile, params)
    assert fast.totals.tolist() == slow.totals
    assert fast.not_covered_reasons == dict(slow.reasons.most_common())
    assert fast.not_stated == slow.not_stated


def test_every_quota_kind_runs_out_in_the_reference_run(run: YearlyRun) -> None:
    plans = {f"{r.contract.id}:{r.plan_id}": r for r in all_plans(bundled_contracts())}
    expected = {
        "kianpardaz:product-bronze": "5 requests a month used up (P9)",
        "kianpardaz:product-gold": "4 on-site visits a year used up (P9)",
        "kianpardaz:project-silver": "3 h of customisation a year used up (P12) (P10)",
        "kianpardaz:hours-50": "the 50-hour package is used up (P11)",
        "kianpardaz:hours-100": "the monthly cap of the package is reached (P11)",
    }
    for key, reason in expected.items():
        year = run.plan(plans[key], PARAMS["kianpardaz"], times=False)
        assert year.not_covered_reasons.get(reason, 0) > 0, key
    swedish = run.plan(plans["swedish-ecommerce:service-agreement"], {}, times=False)
    assert swedish.mean_overflow > 0  # the included service hours run out
