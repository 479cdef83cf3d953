"""Contract rules in short English words, each citing its clause (for side-by-side term sheets)."""

from __future__ import annotations

from calendar import month_abbr
from decimal import Decimal

from models.contract import Contract, Plan
from models.office import Holidays
from models.rules import (
    BusinessDays,
    BusinessHours,
    CalendarDays,
    Cited,
    Clock,
    ClockHours,
    CustomisationHoursPerYear,
    EarliestOf,
    EndOfBusinessDay,
    Fee,
    FixedFee,
    Hourly,
    IncludedServiceHours,
    LatestOf,
    MilestoneRule,
    MonthlyHourCap,
    MonthlyMinimumHours,
    NextBusinessDay,
    OnSiteVisitsPerYear,
    PackageHours,
    ParameterMultipleFee,
    PercentFee,
    PerUnitFee,
    PrepaidHours,
    Pricing,
    Quota,
    ReleaseWeekdays,
    RequestsPerMonth,
    ServiceHours,
)
from models.vocabulary import WEEKDAYS, MilestoneName


def _n(value: Decimal | int) -> str:
    return f"{Decimal(value).normalize():f}"


def cite(text: str, rule: Cited) -> str:
    mark = {"assumed": ", assumed", "interpreted": ", interpreted", "not_stated": ", not stated"}
    clause = rule.clause or "engine"
    return f"{text} [{clause}{mark.get(rule.provenance, '')}]"


def clock_words(clock: Clock) -> str:
    if isinstance(clock, ClockHours | BusinessHours):
        hours = "the effort" if clock.hours == "effort" else f"{_n(clock.hours)} h"
        return f"{hours} ({'clock' if isinstance(clock, ClockHours) else 'business'} hours)"
    if isinstance(clock, BusinessDays):
        return f"{_n(clock.days)} business days"
    if isinstance(clock, NextBusinessDay):
        return f"next business day {clock.at.strftime('%H:%M') if clock.at else 'opening'}"
    if isinstance(clock, EndOfBusinessDay):
        return "end of the business day"
    if isinstance(clock, CalendarDays):
        return f"{clock.days} calendar days"
    if isinstance(clock, ReleaseWeekdays):
        days = "/".join(d[:3].capitalize() for d in clock.weekdays)
        return f"next {days} {clock.at.strftime('%H:%M') if clock.at else 'closing'}"
    if isinstance(clock, EarliestOf | LatestOf):
        parts = [
            clock_words(c.clock) + (f" in {c.office_hours_of} hours" if c.office_hours_of else "")
            for c in clock.of
        ]
        return f"the {clock.kind} of {' / '.join(parts)}"
    return str(clock)  # pragma: no cover


def milestone_words(rule: MilestoneRule) -> str:
    conditions = rule.when.description
    start = "" if rule.start == "report" else f" after {rule.start.replace('_', ' ')}"
    when = "" if conditions == "always" else f"if {conditions}: "
    paused = ", stops during pauses" if rule.pausable else ""
    kind = rule.kind.replace("_", " ")
    return cite(f"{when}{clock_words(rule.clock)}{start}, {kind}{paused}", rule)


def price_words(rule: Pricing, currency: str) -> str:
    conditions = rule.when.description
    when = "" if conditions == "always" else f" ({conditions})"
    if isinstance(rule, Hourly):
        rate = f"{currency} {_n(rule.rate)}" if rule.rate is not None else rule.rate_parameter
        per = "h" if rule.per_minutes == 60 else f"{rule.per_minutes} min"
        parts = [f"{rate}/{per}"]
        if rule.increment_minutes:
            parts.append(f"per started {rule.increment_minutes} min")
        if rule.minimum_hours is not None:
            parts.append(f"min {_n(rule.minimum_hours)} h")
        if rule.minimum_charge is not None:
            parts.append(f"min {currency} {_n(rule.minimum_charge)}")
        text = f"{rule.label}: {', '.join(parts)}"
    elif isinstance(rule, PrepaidHours):
        text = f"{rule.label}: hours × {rule.rate_parameter}"
    elif isinstance(rule, ServiceHours):
        text = f"{rule.label}: then {currency} {_n(rule.overflow_rate)}/h"
    elif rule.kind == "included":
        text = f"{rule.label}: included"
    elif rule.kind == "not_stated":
        text = f"{rule.label}: price not stated"
    else:
        text = f"{rule.label}: by quote"
    return cite(text + when, rule)


def quota_words(quota: Quota) -> str:
    if isinstance(quota, RequestsPerMonth):
        text = (
            "unlimited requests" if quota.requests is None else f"{quota.requests} requests/month"
        )
    elif isinstance(quota, OnSiteVisitsPerYear):
        only = f" ({'/'.join(quota.severities)})" if quota.severities else ""
        text = f"{quota.visits} on-site visits/year{only}"
    elif isinstance(quota, CustomisationHoursPerYear):
        text = f"{_n(quota.hours)} h customisation/year"
    elif isinstance(quota, PackageHours):
        text = (
            f"{_n(quota.hours)} prepaid h, at least {_n(quota.per_ticket_minimum_hours)} h a ticket"
        )
    elif isinstance(quota, MonthlyHourCap):
        text = f"at most {_n(quota.percent_of_package)} % of the package a month"
    elif isinstance(quota, MonthlyMinimumHours):
        text = f"at least {_n(quota.hours)} h consumed a month"
    elif isinstance(quota, IncludedServiceHours):
        text = f"included service hours: {quota.parameter}"
    else:  # pragma: no cover
        text = str(quota)
    return cite(text, quota)


def fee_words(plan: Plan, currency: str) -> str:
    return "\n".join(_one_fee_words(fee, currency) for fee in plan.all_fees()) or "none"


def _one_fee_words(fee: Fee, currency: str) -> str:
    if isinstance(fee, PerUnitFee):
        text = (
            f"{currency} {_n(fee.amount)} per {fee.unit} × {fee.quantity_parameter} a {fee.period}"
        )
        return cite(text, fee)
    if isinstance(fee, PercentFee):
        return cite(f"{_n(fee.percent)} % of {fee.parameter} a {fee.period}", fee)
    if isinstance(fee, ParameterMultipleFee):
        return cite(f"{_n(fee.multiple)} × {fee.parameter} a {fee.period}", fee)
    if isinstance(fee, FixedFee):
        return cite(f"{currency} {_n(fee.amount)} a {fee.period}", fee)
    return "none"


def office_hours_words(contract: Contract, plan: Plan | None = None) -> str:
    office = contract.office_hours if plan is None else contract.office_hours_of(plan)
    days = [
        f"{day[:3].capitalize()} {', '.join(office.week[day])}"
        for day in WEEKDAYS
        if day in office.week
    ]
    return cite("; ".join(days), office)


def holidays_words(spec: Holidays) -> str:
    """The holidays a calendar closes on, with its recurring days and eves, each cited."""
    where = spec.country or "no"
    if spec.subdivision:
        where += f"-{spec.subdivision}"
    kinds = ", ".join(spec.categories or ["public"])
    lines = [cite(f"{where} holidays ({kinds})", spec)]
    for day in spec.recurring:
        hours = f"open {', '.join(day.hours)}" if day.hours else "closed"
        lines.append(cite(f"every {day.day} {month_abbr[day.month]}: {day.name}, {hours}", day))
    if spec.eves is not None:
        lines.append(cite(f"holiday eves open {', '.join(spec.eves.hours)}", spec.eves))
    return "\n".join(lines)


def _zone_words(contract: Contract) -> str:
    terms = contract.timezone_terms
    if terms is None:
        return contract.timezone
    return f"{contract.timezone}\n" + cite(f"written {terms.written!r}", terms)


def term_sheet(contract: Contract, plan: Plan) -> dict[str, str]:
    """The terms of one plan, row name → cell text, each part citing its clause."""
    rows = {
        "Vendor": contract.vendor,
        "Plan": f"{plan.name} ({contract.id}:{plan.id})",
        "Currency": contract.currency,
        "Time zone": _zone_words(contract),
        "VAT": cite(
            f"{_n(contract.vat.rate * 100)} %, prices "
            f"{'include' if contract.vat.prices_include_vat else 'exclude'} VAT",
            contract.vat,
        ),
        "Office hours": office_hours_words(contract, plan),
        "Holidays": holidays_words(contract.holidays_of(plan)),
    }
    names: tuple[MilestoneName, ...] = ("response", "work_start", "resolution", "release")
    for name in names:
        rules = getattr(plan.milestones, name)
        rows[name.replace("_", " ").capitalize()] = (
            "\n".join(milestone_words(r) for r in rules) or "not stated"
        )
    rows["Scope"] = (
        "\n".join(
            cite(f"{r.when.description}: {r.outcome.replace('_', ' ')}", r) for r in plan.scope
        )
        or "all causes"
    )
    rows["Prices"] = "\n".join(price_words(r, contract.currency) for r in plan.pricing)
    rows["Fee"] = fee_words(plan, contract.currency)
    rows["Quotas"] = "\n".join(quota_words(q) for q in plan.quotas) or "none"
    return rows
