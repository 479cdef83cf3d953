"""The engine: apply one plan of a contract to one scenario.

`simulate(contract, plan_id, scenario, params)` works in this order, recording each decision in
the trace with its clause and the values it used:

1. severity rules re-grade the request (Kiwi K7: older than 36 h is not critical);
2. scope rules and quotas decide what the plan takes (covered, not covered, quote required);
3. milestone rules give response, work start, resolution and release, each in its own clock;
4. price rules give the cost lines, each pricing one part of the request (the work, the
   on-site visit, the after-hours call-out); a part that no rule prices is said so, never 0;
5. the plan's fee, and the notes and warnings whose conditions hold.

The engine knows no vendor by name: everything vendor-specific is data in the contract file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from decimal import ROUND_CEILING, Decimal
from functools import partial
from typing import assert_never

from models.calendar import BusinessCalendar, time_to_us
from models.clock_memo import milestone_time, report_facts
from models.clocks import (
    ClockContext,
    apply_paused,
    clock_phrase,
    describe_clock,
    stopped_words,
)
from models.contract import Contract, Plan
from models.office import HOLIDAYS_LIBRARY, holiday_name
from models.parameters import resolve
from models.result import (
    Cost,
    CostLine,
    Message,
    MilestoneResult,
    PlanFee,
    Result,
    TraceStep,
)
from models.rules import (
    CustomisationHoursPerYear,
    Fee,
    FixedFee,
    Hourly,
    Included,
    MilestoneRule,
    MonthlyHourCap,
    MonthlyMinimumHours,
    NoteRule,
    NotStated,
    OnSiteVisitsPerYear,
    PackageHours,
    ParameterMultipleFee,
    PercentFee,
    PerUnitFee,
    PrepaidHours,
    PriceRule,
    QuoteRequired,
    RequestsPerMonth,
    ServiceHours,
    When,
)
from models.scenario import Scenario
from models.vocabulary import (
    MILESTONES,
    SEVERITY_WORDS,
    MilestoneName,
    Provenance,
    Severity,
    Status,
    severities_phrase,
)
from models.wording import N_, Figure, Phrase, hours_phrase

ZERO = Decimal(0)
_HUNDRED = Decimal(100)


def _hours(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return f"{text} h"


def _decimal(value: Decimal) -> Figure:
    """A Decimal as the trace writes it (`f"{value.normalize():f}"`), in the reader's digits."""
    return Figure(value.normalize(), "f", None)


# texts of ours that take no values, said the same way each time
REPORTED = Phrase(N_("Reported on the vendor's clock"))
NOT_STATED_IN_TERMS = Phrase(N_("Not stated in the terms"))
AFTER_HOURS_UNPRICED = Phrase(
    N_("The terms say nothing about after-hours work; no surcharge is assumed")
)
FIXED_FEE = Phrase(N_("fixed fee"))
# the cost lines' labels and reasons the engine writes in its own fixed words (a rule's label
# and reason are the contract's): the app says these in its language, the figures stay English
LINE_WORDS = frozenset(
    {
        N_("Not covered"),
        N_("Priced by quote"),
        N_("On-site visit"),
        N_("Customisation"),
        N_("Package hours"),
        N_("Monthly hour cap"),
        N_("Work"),
        N_("no on-site visits in this plan"),
        N_("the terms do not price this; ask the vendor"),
        N_("included"),
        N_("the terms give no price"),
        N_("priced by quote"),
        N_("not debited"),
    }
)
Phrased = Callable[[], Phrase] | Phrase | None  # a phrase, or how to make it when tracing


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules' conditions look at, worked out once per scenario and contract."""

    severity: Severity
    scenario: Scenario
    reported_local: datetime
    in_office_hours: bool
    on_business_day: bool

    def holds(self, when: When) -> bool:
        # one test after another, leaving at the first that fails: every rule of every plan
        # is tested for every ticket of the yearly view
        s = self.scenario
        if when.severity is not None and self.severity not in when.severity:
            return False
        if when.cause is not None and s.cause not in when.cause:
            return False
        if (
            when.reported_in_office_hours is not None
            and when.reported_in_office_hours != self.in_office_hours
        ):
            return False
        if when.reported_by is not None and not self._by(when.reported_by):
            return False
        if when.issue_age_at_most is not None and s.issue_age_hours > when.issue_age_at_most:
            return False
        if when.issue_age_over is not None and s.issue_age_hours <= when.issue_age_over:
            return False
        if when.effort_at_most is not None and s.effort_hours > when.effort_at_most:
            return False
        if when.effort_over is not None and s.effort_hours <= when.effort_over:
            return False
        if when.after_hours is not None and s.after_hours != when.after_hours:
            return False
        if when.on_site is not None and s.on_site != when.on_site:
            return False
        return when.requires_release is None or s.requires_release == when.requires_release

    def _by(self, cutoff: time) -> bool:
        local = self.reported_local
        return self.on_business_day and time_to_us(local.time()) <= time_to_us(cutoff)


@dataclass
class _Run:
    """The working state of one simulation."""

    contract: Contract
    plan: Plan
    scenario: Scenario
    params: dict[str, Decimal | None]
    facts: Facts
    calendar: BusinessCalendar
    trace: list[TraceStep] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    lines: list[CostLine] = field(default_factory=list)
    priced: set[str] = field(default_factory=set)
    refused: bool = False  # a part is not covered
    quoted: bool = False  # a part is priced by quote or not stated
    tracing: bool = True  # the yearly view evaluates thousands of tickets and reads no trace

    def step(
        self,
        topic: str,
        text: str,
        clause: str | None,
        provenance: Provenance | None = None,
        phrase: Phrased = None,
        /,
        **values: object,
    ) -> None:
        """One decision in the trace; `phrase` says `text` in words a translator can reach (a
        function when making it costs: it is only called when tracing)."""
        if self.tracing:
            said = phrase() if callable(phrase) else phrase
            self.trace.append(
                TraceStep(topic, text, clause, tuple(values.items()), provenance, said)
            )

    def refuse(
        self,
        aspect: str,
        label: str,
        reason: str,
        clause: str | None,
        provenance: Provenance,
        said: Phrase | None = None,
    ) -> None:
        """A part of the request the plan does not take; the line keeps the rule's provenance.
        `label` is marked with N_; `said` is `reason` as a phrase (None: a contract's words)."""
        self.refused = True
        self.priced.add(aspect)
        self.lines.append(CostLine(label, None, clause, provenance, reason))

        def phrase() -> Phrase:
            return Phrase.of(N_("{label}: {reason}"), label=Phrase(label), reason=said or reason)

        self.step("scope", f"{label}: {reason}", clause, provenance, phrase, part=aspect)


def simulate(
    contract: Contract,
    plan_id: str,
    scenario: Scenario,
    params: Mapping[str, Decimal] | None = None,
    *,
    tracing: bool = True,
) -> Result:
    """Apply plan `plan_id` of `contract` to `scenario`; `params` are the user's values.
    `tracing=False` skips the trace (for bulk runs that only read the outcome)."""
    run = _start(contract, plan_id, scenario, params, tracing)
    plan = run.plan
    _scope(run)
    _quotas(run)
    milestones = _milestones(run)
    _prices(run)
    fee, fees = _fee(run)
    _notes(run, contract.notes + plan.notes)

    status = _status(run)
    cost = _cost(run)
    if run.tracing:
        run.step(
            "cost",
            f"Status {status}",
            contract.vat.clause,
            None,
            lambda: Phrase.of(N_("Status {status}"), status=status),
            net="not stated" if cost.net is None else f"{cost.net:f}",
            vat_rate=f"{contract.vat.rate:f}",
        )
    return Result(
        contract=contract.id,
        plan=plan.id,
        vendor=contract.vendor,
        scenario=scenario,
        status=status,
        severity=run.facts.severity,
        milestones=milestones,
        cost=cost,
        plan_fee=fee,
        notes=tuple(run.notes),
        warnings=tuple(run.warnings),
        trace=tuple(run.trace),
        fees=fees,
    )


def _start(
    contract: Contract,
    plan_id: str,
    scenario: Scenario,
    params: Mapping[str, Decimal] | None,
    tracing: bool = True,
) -> _Run:
    """The facts of the report on the vendor's clock, and the severity after re-grading."""
    plan = contract.plan(plan_id)
    calendar = contract.calendar_for(plan.id)
    reported_local, in_office_hours, on_business_day = report_facts(calendar, scenario.reported_at)
    facts = Facts(
        severity=scenario.severity,
        scenario=scenario,
        reported_local=reported_local,
        in_office_hours=in_office_hours,
        on_business_day=on_business_day,
    )
    run = _Run(contract, plan, scenario, resolve(contract, params), facts, calendar)
    run.tracing = tracing
    if tracing:
        run.step(
            "report",
            "Reported on the vendor's clock",
            None,
            None,
            REPORTED,
            at=reported_local.isoformat(),
            office_hours="open" if facts.in_office_hours else "closed",
            business_day="yes" if facts.on_business_day else "no",
        )
        _calendar_steps(run)
    _regrade(run)
    return run


def _calendar_steps(run: _Run) -> None:
    """The clock, office hours and holidays the plan counts in, each with its clause."""
    contract, plan = run.contract, run.plan
    terms = contract.timezone_terms
    if terms is not None:
        text = f"The vendor writes its clock as {terms.written!r}; read as {contract.timezone}"
        said = Phrase.of(
            N_("The vendor writes its clock as {written}; read as {zone}"),
            written=repr(terms.written),
            zone=contract.timezone,
        )
        run.step("report", text, terms.clause, terms.provenance, said, reading=terms.reading or "")
    office = contract.office_hours_of(plan)
    own = plan.office_hours is not None
    whose = "the plan's own" if own else "the vendor's"
    office_said = Phrase(
        N_("Office hours: the plan's own") if own else N_("Office hours: the vendor's")
    )
    run.step("report", f"Office hours: {whose}", office.clause, office.provenance, office_said)
    spec = contract.holidays_of(plan)
    day = run.facts.reported_local.date()
    name = holiday_name(spec, day)
    country = spec.country or "none"
    if spec.subdivision:
        country += f"-{spec.subdivision}"
    kinds = ", ".join(spec.categories or ["public"])
    run.step(
        "report",
        f"Holidays: {country} ({kinds}), {HOLIDAYS_LIBRARY}",
        spec.clause,
        spec.provenance,
        Phrase.of(
            N_("Holidays: {country} ({kinds}), {library}"),
            country=country,
            kinds=kinds,
            library=HOLIDAYS_LIBRARY,
        ),
        report_day=f"{day.isoformat()} {name}" if name else day.isoformat(),
    )
    for words, _, rule in spec.cited_parts():
        run.step(
            "report",
            f"Holidays: {words}",
            rule.clause,
            rule.provenance,
            Phrase.of(N_("Holidays: {words}"), words=words),
        )


def milestones_only(
    contract: Contract,
    plan_id: str,
    scenario: Scenario,
    names: tuple[MilestoneName, ...] = MILESTONES,
) -> dict[MilestoneName, MilestoneResult | None]:
    """Some of the plan's milestones for a scenario, without pricing or a trace (the same rules
    as `simulate`; a milestone counted from one not asked for is not stated)."""
    return _milestones(_start(contract, plan_id, scenario, None, tracing=False), names)


def milestone_rules(
    contract: Contract,
    plan_id: str,
    scenario: Scenario,
    names: tuple[MilestoneName, ...] = MILESTONES,
) -> dict[MilestoneName, MilestoneRule | None]:
    """Which rule decides each milestone for a scenario, as `milestones_only` picks it (the
    yearly view applies the rule's clock to many report instants at once)."""
    run = _start(contract, plan_id, scenario, None, tracing=False)
    chosen: dict[MilestoneName, MilestoneRule | None] = {}
    for name in names:
        chosen[name] = _rule_for(run, name, chosen)
    return chosen


def status_and_cost(
    contract: Contract,
    plan_id: str,
    scenario: Scenario,
    params: Mapping[str, Decimal] | None = None,
) -> tuple[Status, Cost]:
    """The status and cost `simulate` gives, without milestones, fee, notes or a trace (about
    a fifth of its time: the yearly view prices thousands of kinds of tickets)."""
    run = _start(contract, plan_id, scenario, params, tracing=False)
    _scope(run)
    _quotas(run)
    _prices(run)
    return _status(run), _cost(run)


def _status(run: _Run) -> Status:
    if run.refused:
        return "not_covered"
    if run.quoted:
        return "quote_required"
    return "covered"


def _cost(run: _Run) -> Cost:
    vat = run.contract.vat
    return Cost(run.contract.currency, tuple(run.lines), vat.rate, vat.prices_include_vat)


# --- 1. severity -----------------------------------------------------------------------------


def _regrade(run: _Run) -> None:
    for rule in run.contract.severity_rules:
        if run.facts.holds(rule.when):
            old = run.facts.severity
            run.facts = Facts(
                rule.becomes,
                run.scenario,
                run.facts.reported_local,
                run.facts.in_office_hours,
                run.facts.on_business_day,
            )
            said = Phrase.of(
                N_("Handled as {becomes}, not {severity}: {reason}"),
                becomes=Phrase(SEVERITY_WORDS[rule.becomes]),
                severity=Phrase(SEVERITY_WORDS[old]),
                reason=rule.reason,
            )
            run.notes.append(
                Message(f"Handled as {rule.becomes}, not {old}: {rule.reason}", rule.clause, said)
            )
            run.step(
                "severity",
                rule.reason,
                rule.clause,
                rule.provenance,
                severity=old,
                becomes=rule.becomes,
            )
            return


# --- 2. scope and quotas ---------------------------------------------------------------------


def _scope(run: _Run) -> None:
    for rule in run.plan.scope:
        if not run.facts.holds(rule.when):
            continue
        run.step("scope", rule.reason, rule.clause, rule.provenance, outcome=rule.outcome)
        if rule.outcome == "not_covered":
            run.refuse("work", N_("Not covered"), rule.reason, rule.clause, rule.provenance)
        elif rule.outcome == "quote_required":
            run.quoted = True
            run.priced.add("work")
            run.lines.append(
                CostLine("Priced by quote", None, rule.clause, rule.provenance, rule.reason)
            )
        return


def _consumed_hours(run: _Run, package: PackageHours) -> Decimal:
    return max(package.per_ticket_minimum_hours, run.scenario.effort_hours)


def _quotas(run: _Run) -> None:
    s = run.scenario
    package = run.plan.quota("package_hours")
    for quota in run.plan.quotas:
        if isinstance(quota, OnSiteVisitsPerYear) and s.on_site:
            allowed = quota.severities or None
            if quota.visits == 0:
                run.refuse(
                    "on_site",
                    N_("On-site visit"),
                    "no on-site visits in this plan",
                    quota.clause,
                    quota.provenance,
                    Phrase(N_("no on-site visits in this plan")),
                )
            elif allowed and run.facts.severity not in allowed:
                severities = "/".join(allowed)
                reason = f"on-site visits only for {severities} requests"
                run.refuse(
                    "on_site",
                    N_("On-site visit"),
                    reason,
                    quota.clause,
                    quota.provenance,
                    Phrase.of(
                        N_("on-site visits only for {severities} requests"),
                        severities=severities_phrase(allowed),
                    ),
                )
            else:
                text = f"Uses one of {quota.visits} on-site visits a year"
                said = Phrase.of(
                    N_("Uses one of {visits} on-site visits a year"),
                    visits=Figure(quota.visits, ""),
                )
                run.notes.append(Message(text, quota.clause, said))
                run.step(
                    "quota",
                    text,
                    quota.clause,
                    quota.provenance,
                    said,
                    visits_per_year=quota.visits,
                )
        elif isinstance(quota, CustomisationHoursPerYear) and s.cause in quota.causes:
            if "work" in run.priced:
                continue
            if s.effort_hours > quota.hours:
                reason = (
                    f"needs {_hours(s.effort_hours)} of customisation; the plan includes "
                    f"{_hours(quota.hours)} a year"
                )
                run.refuse(
                    "work",
                    N_("Customisation"),
                    reason,
                    quota.clause,
                    quota.provenance,
                    Phrase.of(
                        N_("needs {effort} of customisation; the plan includes {included} a year"),
                        effort=hours_phrase(s.effort_hours),
                        included=hours_phrase(quota.hours),
                    ),
                )
            else:
                text = (
                    f"Uses {_hours(s.effort_hours)} of {_hours(quota.hours)} customisation a year"
                )
                said = Phrase.of(
                    N_("Uses {effort} of {included} customisation a year"),
                    effort=hours_phrase(s.effort_hours),
                    included=hours_phrase(quota.hours),
                )
                run.notes.append(Message(text, quota.clause, said))
                run.step(
                    "quota",
                    text,
                    quota.clause,
                    quota.provenance,
                    said,
                    hours=s.effort_hours,
                    included=quota.hours,
                )
        elif isinstance(quota, PackageHours):
            consumed = _consumed_hours(run, quota)
            if "work" not in run.priced and consumed > quota.hours:
                reason = f"needs {_hours(consumed)}; the package holds {_hours(quota.hours)}"
                run.refuse(
                    "work",
                    N_("Package hours"),
                    reason,
                    quota.clause,
                    quota.provenance,
                    Phrase.of(
                        N_("needs {consumed}; the package holds {hours}"),
                        consumed=hours_phrase(consumed),
                        hours=hours_phrase(quota.hours),
                    ),
                )
            else:
                text = "Hours consumed from the package"
                said = Phrase(N_("Hours consumed from the package"))
                run.step("quota", text, quota.clause, quota.provenance, said, consumed=consumed)
        elif isinstance(quota, MonthlyHourCap) and package is not None:
            cap = package.hours * quota.percent_of_package / _HUNDRED
            consumed = _consumed_hours(run, package)
            if "work" not in run.priced and consumed > cap:
                reason = f"needs {_hours(consumed)}; at most {_hours(cap)} may be used in a month"
                run.refuse(
                    "work",
                    N_("Monthly hour cap"),
                    reason,
                    quota.clause,
                    quota.provenance,
                    Phrase.of(
                        N_("needs {consumed}; at most {cap} may be used in a month"),
                        consumed=hours_phrase(consumed),
                        cap=hours_phrase(cap),
                    ),
                )
        elif isinstance(quota, MonthlyMinimumHours):
            text = f"At least {_hours(quota.hours)} are consumed every month, used or not"
            said = Phrase.of(
                N_("At least {hours} are consumed every month, used or not"),
                hours=hours_phrase(quota.hours),
            )
            run.notes.append(Message(text, quota.clause, said))
        elif isinstance(quota, RequestsPerMonth):
            limit = "unlimited" if quota.requests is None else f"{quota.requests}"
            said = Phrase.of(
                N_("Requests per month: {limit}"),
                limit=Phrase(N_("unlimited"))
                if quota.requests is None
                else Figure(quota.requests, ""),
            )
            run.notes.append(Message(f"Requests per month: {limit}", quota.clause, said))


# --- 3. milestones ---------------------------------------------------------------------------


def _rule_for(
    run: _Run, name: MilestoneName, found: Mapping[MilestoneName, object | None]
) -> MilestoneRule | None:
    """The milestone's first rule whose conditions hold and whose start is known."""
    rules: list[MilestoneRule] = getattr(run.plan.milestones, name)
    for rule in rules:
        if run.facts.holds(rule.when) and (
            rule.start == "report" or found.get(rule.start) is not None
        ):
            return rule
    return None


def _milestones(
    run: _Run, names: tuple[MilestoneName, ...] = MILESTONES
) -> dict[MilestoneName, MilestoneResult | None]:
    found: dict[MilestoneName, MilestoneResult | None] = {}
    for name in names:
        found[name] = None
        rule = _rule_for(run, name, found)
        if rule is None:
            run.step(name, "Not stated in the terms", None, None, NOT_STATED_IN_TERMS)
            continue
        earlier = None if rule.start == "report" else found[rule.start]
        base = run.facts.reported_local if earlier is None else earlier.at
        clocks = _clock_context(run)
        if rule.pausable and run.scenario.pauses:
            at, stopped_us = apply_paused(clocks, rule.clock, base)
            basis = describe_clock(clocks, rule.clock, rule.start) + stopped_words(stopped_us)
        else:
            (at, basis), stopped_us = milestone_time(clocks, rule, base), 0
        found[name] = MilestoneResult(name, at, rule.kind, rule.clause, rule.provenance, basis)
        run.step(
            name,
            basis,
            rule.clause,
            rule.provenance,
            # made only for a trace: the table runs thousands of untraced evaluations
            partial(clock_phrase, clocks, rule.clock, rule.start, stopped_us=stopped_us)
            if run.tracing
            else None,
            at=at,
            kind=rule.kind,
            when=rule.when,  # its words in the Why panel, its description in the JSON
        )
    return found


def _clock_context(run: _Run) -> ClockContext:
    contract = run.contract
    return ClockContext(
        run.calendar, run.scenario.effort_hours, contract.calendar_for, run.scenario.pauses
    )


# --- 4. prices -------------------------------------------------------------------------------


def _requested_aspects(scenario: Scenario) -> list[str]:
    aspects = ["work"]
    if scenario.on_site:
        aspects.append("on_site")
    if scenario.after_hours:
        aspects.append("after_hours")
    return aspects


def _prices(run: _Run) -> None:
    requested = _requested_aspects(run.scenario)
    for rule in run.plan.pricing:
        covers = set(rule.covers)
        if not covers <= set(requested) or covers & run.priced:
            continue
        if not run.facts.holds(rule.when):
            continue
        line = replace(_price(run, rule), rule_kind=rule.kind)
        run.lines.append(line)
        run.priced |= covers
        if run.tracing:
            amount = "not stated" if line.amount is None else f"{line.amount:f}"
            run.step(
                "cost",
                line.label,
                rule.clause,
                line.provenance,
                amount=amount,
                rule=rule.kind,
                parts="/".join(rule.covers),
            )
    for aspect in requested:
        if aspect in run.priced:
            continue
        if aspect == "after_hours":
            text = "The terms say nothing about after-hours work; no surcharge is assumed"
            run.warnings.append(Message(text, None, AFTER_HOURS_UNPRICED))
            run.step("cost", text, None, None, AFTER_HOURS_UNPRICED)
            continue
        label = N_("On-site visit") if aspect == "on_site" else N_("Work")
        reason = "the terms do not price this; ask the vendor"
        said = Phrase.of(
            N_("{label}: {reason}"),
            label=Phrase(label),
            reason=Phrase(N_("the terms do not price this; ask the vendor")),
        )
        run.quoted = True
        run.lines.append(CostLine(label, None, None, "not_stated", reason))
        run.warnings.append(Message(f"{label}: {reason}", None, said))
        run.step("cost", f"{label}: {reason}", None, None, said)


def _price(run: _Run, rule: PriceRule) -> CostLine:
    if isinstance(rule, Included):
        return CostLine(rule.label, ZERO, rule.clause, rule.provenance, "included")
    if isinstance(rule, Hourly):
        return _hourly(run, rule)
    if isinstance(rule, PrepaidHours):
        return _prepaid(run, rule)
    if isinstance(rule, ServiceHours):
        return _service_hours(run, rule)
    if isinstance(rule, NotStated):
        run.quoted = True
        return CostLine(rule.label, None, rule.clause, "not_stated", "the terms give no price")
    if isinstance(rule, QuoteRequired):
        run.quoted = True
        return CostLine(rule.label, None, rule.clause, rule.provenance, "priced by quote")
    raise TypeError(f"unknown price rule {rule!r}")  # pragma: no cover


def _parameter(run: _Run, name: str, label: str, rule: PriceRule) -> CostLine | Decimal:
    value = run.params.get(name)
    if value is None:
        reason = f"parameter {name} has no value; supply it to see this price"
        said = Phrase.of(
            N_("{label}: {reason}"),
            label=label,  # the contract's own label
            reason=Phrase.of(
                N_("parameter {name} has no value; supply it to see this price"), name=name
            ),
        )
        run.warnings.append(Message(f"{label}: {reason}", rule.clause, said))
        return CostLine(label, None, rule.clause, rule.provenance, reason, missing_parameter=name)
    return value


def billed_hours(hours: Decimal, increment_minutes: int | None, minimum: Decimal | None) -> Decimal:
    """Hours billed: rounded up to whole increments, then at least the minimum."""
    if increment_minutes:
        steps = (hours * 60 / increment_minutes).to_integral_value(rounding=ROUND_CEILING)
        hours = steps * increment_minutes / Decimal(60)
    if minimum is not None:
        hours = max(hours, minimum)
    return hours


def _hourly(run: _Run, rule: Hourly) -> CostLine:
    worked = (
        run.scenario.effort_hours if rule.hours_from == "effort" else run.scenario.on_site_hours
    )
    if rule.rate_parameter is not None:
        rate = _parameter(run, rule.rate_parameter, rule.label, rule)
        if isinstance(rate, CostLine):
            return rate
    else:
        rate = rule.rate if rule.rate is not None else ZERO
    hours = billed_hours(worked, rule.increment_minutes, rule.minimum_hours)
    amount = rate * hours * 60 / rule.per_minutes
    how = f"{_hours(hours)} × {rate.normalize():f} per {rule.per_minutes} min"
    if hours != worked:
        how = f"{_hours(worked)} worked, billed as {how}"
    minimum = rule.minimum_charge is not None and amount < rule.minimum_charge
    if rule.minimum_charge is not None and amount < rule.minimum_charge:
        amount = rule.minimum_charge
        how += f"; minimum charge {rule.minimum_charge.normalize():f}"
    said = _hourly_phrase(rule, worked, hours, rate, minimum) if run.tracing else None
    return CostLine(rule.label, amount, rule.clause, rule.provenance, how, said=said)


def _hourly_phrase(
    rule: Hourly, worked: Decimal, hours: Decimal, rate: Decimal, minimum: bool
) -> Phrase:
    """The `how` of `_hourly` as a phrase (the same English)."""
    said = Phrase.of(
        N_("{hours} × {rate} per {minutes} min"),
        hours=hours_phrase(hours),
        rate=_decimal(rate),
        minutes=Figure(rule.per_minutes, ""),
    )
    if hours != worked:
        said = Phrase.of(
            N_("{worked} worked, billed as {billed}"), worked=hours_phrase(worked), billed=said
        )
    if minimum and rule.minimum_charge is not None:
        said = Phrase.of(
            N_("{how}; minimum charge {amount}"), how=said, amount=_decimal(rule.minimum_charge)
        )
    return said


def _prepaid(run: _Run, rule: PrepaidHours) -> CostLine:
    package = run.plan.quota("package_hours")
    consumed = _consumed_hours(run, package)
    rate = _parameter(run, rule.rate_parameter, rule.label, rule)
    if isinstance(rate, CostLine):
        return rate
    how = f"{_hours(consumed)} from the package × {rate.normalize():f}"
    said = (
        Phrase.of(
            N_("{hours} from the package × {rate}"),
            hours=hours_phrase(consumed),
            rate=_decimal(rate),
        )
        if run.tracing
        else None
    )
    return CostLine(rule.label, consumed * rate, rule.clause, rule.provenance, how, said=said)


def _service_hours(run: _Run, rule: ServiceHours) -> CostLine:
    quota = run.plan.quota("included_service_hours")
    effort = run.scenario.effort_hours
    if run.scenario.cause not in quota.causes:
        return CostLine(rule.label, ZERO, rule.clause, rule.provenance, "not debited")
    included = _parameter(run, quota.parameter, rule.label, rule)
    if isinstance(included, CostLine):
        return included
    debited = min(effort, included)
    overflow = effort - debited
    text = f"{_hours(debited)} debited from {_hours(included)} included service hours"
    debit = Phrase.of(
        N_("{debited} debited from {included} included service hours"),
        debited=hours_phrase(debited),
        included=hours_phrase(included),
    )
    said = Phrase.of(
        N_("{debited} debited from {included} included service hours; {left} left"),
        debited=hours_phrase(debited),
        included=hours_phrase(included),
        left=hours_phrase(included - debited),
    )
    run.notes.append(Message(f"{text}; {_hours(included - debited)} left", quota.clause, said))
    if overflow <= 0:
        return CostLine(rule.label, ZERO, rule.clause, rule.provenance, text, said=debit)
    hours = billed_hours(overflow, rule.overflow_increment_minutes, None)
    amount = hours * rule.overflow_rate
    text += f"; {_hours(hours)} beyond them × {rule.overflow_rate.normalize():f}"
    beyond = Phrase.of(
        N_("{debit}; {hours} beyond them × {rate}"),
        debit=debit,
        hours=hours_phrase(hours),
        rate=_decimal(rule.overflow_rate),
    )
    return CostLine(rule.label, amount, rule.clause, rule.provenance, text, said=beyond)


# --- 5. fee and notes ------------------------------------------------------------------------


def _fee(run: _Run) -> tuple[PlanFee | None, tuple[PlanFee, ...]]:
    """The plan's fees, each worked out; with several, `plan_fee` is their yearly total."""
    fees = tuple(_one_fee(run, fee) for fee in run.plan.all_fees())
    if len(fees) <= 1:
        return (fees[0] if fees else None), fees
    yearly = [f.amount * (12 if f.period == "month" else 1) for f in fees if f.amount is not None]
    total = sum(yearly, ZERO) if len(yearly) == len(fees) else None
    basis = " + ".join(f"{f.basis} a {f.period}" for f in fees)
    said = _fees_phrase(fees)
    run.step(
        "fee",
        f"Fees a year: {basis}",
        None,
        None,
        Phrase.of(N_("Fees a year: {basis}"), basis=said),
        total="unknown" if total is None else total,
    )
    return PlanFee(total, run.contract.currency, "year", None, basis, said), fees


def _fees_phrase(fees: tuple[PlanFee, ...]) -> Phrase:
    """`basis a period + basis a period…` of several fees, as a phrase (the same English)."""
    said: Phrase | None = None
    for fee in fees:
        basis: str | Phrase = fee.basis if fee.said is None else fee.said
        if fee.period == "month":
            one = Phrase.of(N_("{basis} a month"), basis=basis)
        else:
            one = Phrase.of(N_("{basis} a year"), basis=basis)
        said = one if said is None else Phrase.of(N_("{fees} + {fee}"), fees=said, fee=one)
    assert said is not None
    return said


def _one_fee(run: _Run, fee: Fee) -> PlanFee:
    currency = run.contract.currency
    if isinstance(fee, FixedFee):
        run.step("fee", "fixed fee", fee.clause, fee.provenance, FIXED_FEE, fee=fee.amount)
        return PlanFee(fee.amount, currency, fee.period, fee.clause, "fixed fee", FIXED_FEE)
    if isinstance(fee, PercentFee):
        parameter = fee.parameter
        factor, basis = fee.percent / _HUNDRED, f"{fee.percent.normalize():f} % of {parameter}"
    elif isinstance(fee, ParameterMultipleFee):
        parameter = fee.parameter
        factor, basis = fee.multiple, f"{fee.multiple.normalize():f} × {parameter}"
    elif isinstance(fee, PerUnitFee):
        parameter = fee.quantity_parameter
        factor = fee.amount
        basis = f"{fee.amount.normalize():f} per {fee.unit} × {parameter}"
    else:
        assert_never(fee)
    value = run.params.get(parameter)
    if value is None:
        text = f"Plan fee: parameter {parameter} has no value; supply it to see the fee"
        said = Phrase.of(
            N_("Plan fee: parameter {parameter} has no value; supply it to see the fee"),
            parameter=parameter,
        )
        run.warnings.append(Message(text, fee.clause, said))
        return PlanFee(None, currency, fee.period, fee.clause, basis, _fee_basis_phrase(fee))
    amount = value * factor
    run.step(
        "fee",
        basis,
        fee.clause,
        fee.provenance,
        said := _fee_basis_phrase(fee),
        **{parameter: value, "fee": amount},
    )
    return PlanFee(amount, currency, fee.period, fee.clause, basis, said)


def _fee_basis_phrase(fee: Fee) -> Phrase:
    """The basis `_one_fee` writes for a fee worked out from a parameter, as a phrase."""
    if isinstance(fee, PercentFee):
        return Phrase.of(
            N_("{percent} % of {parameter}"),
            percent=_decimal(fee.percent),
            parameter=fee.parameter,
        )
    if isinstance(fee, ParameterMultipleFee):
        return Phrase.of(
            N_("{multiple} × {parameter}"), multiple=_decimal(fee.multiple), parameter=fee.parameter
        )
    if isinstance(fee, PerUnitFee):
        return Phrase.of(
            N_("{amount} per {unit} × {parameter}"),
            amount=_decimal(fee.amount),
            unit=fee.unit,  # the vendor's word
            parameter=fee.quantity_parameter,
        )
    return FIXED_FEE


def _notes(run: _Run, rules: list[NoteRule]) -> None:
    for rule in rules:
        if run.facts.holds(rule.when):
            (run.warnings if rule.warning else run.notes).append(Message(rule.text, rule.clause))
