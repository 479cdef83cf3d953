"""From yearly simulations to a decision: each plan's cost of ownership, knockouts, score, rank.

For every compared plan, in one comparison currency:

* **cost of ownership** — the plan's yearly fee plus the expected usage under the workload
  profile, from the yearly engine (`models.annual`): mean, P10, P50 and P90 of the simulated
  years. Amounts the engine reports as written in the contract are turned into the chosen basis
  (net or gross) with the contract's own VAT clause;
* **coverage** — the share of tickets the plan refuses (out of scope, quota used up) or prices
  as "not stated" or "by quote": such a plan's yearly cost is only the known part (`complete`
  false) and can never win on cost silently. Its cost is compared *loaded*, as public
  procurement loads a bid's missing prices: each ticket without a price is counted at the
  highest usage cost per priced ticket among the compared plans (`Ranking.loading_rate`). The
  known part, the loaded amount and the share are all shown; coverage points fall with the share;
* **knockouts** (must-haves) and a **score** of weighted parts whose inputs and clauses are kept.

Ranking: plans that pass every knockout first, then by score (ties by yearly cost). The winner
is the first plan that passes every knockout, or none.

Scoring follows common public-procurement practice: the best value of a measure gets 100 points,
another value `100 × best / value` (lower is better for costs and hours).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from models.comparison import PlanRef
from models.contract import Contract
from models.criteria import (
    AllTicketsPriced,
    Criteria,
    Knockout,
    OnSiteAvailable,
    SpeedMeasure,
    TimeWithin,
    YearlyCostAtMost,
)
from models.engine import simulate
from models.rates import Rates
from models.scenario import Scenario
from models.vocabulary import WEEKDAYS
from models.wording import N_, Amount, Figure, Phrase, Share

if TYPE_CHECKING:  # models.annual loads numpy; here its results are only read
    from models.annual import AnnualResult, PlanYear, TimeStats

HOUR_FLOOR = 0.25  # hours: a time measure of 0 scores like a quarter hour (no division by 0)


@dataclass(frozen=True)
class YearlyCost:
    """A plan's yearly cost in the comparison currency, on the criteria's basis (net/gross)."""

    currency: str
    mean: Decimal
    p10: Decimal
    p50: Decimal
    p90: Decimal
    fee: Decimal | None  # None: a parameter the fee needs has no value
    usage: Decimal  # mean yearly usage (requests, overflow hours), fee excluded
    complete: bool  # False: some tickets refused or without a price, or the fee is unknown

    def statistic(self, name: str) -> Decimal:
        value: Decimal = getattr(self, name)
        return value


@dataclass(frozen=True)
class PlanMetrics:
    """Everything the score and the knockouts read about one plan, with its sources."""

    ref: PlanRef
    cost: YearlyCost
    tickets_per_year: float
    not_covered_share: float
    unpriced_share: float  # refused, not stated or by quote
    not_covered_reasons: Mapping[str, int]
    response: TimeStats
    work_start: TimeStats
    on_site: tuple[bool, str, str | None]  # available, why, clause

    @property
    def key(self) -> str:
        return self.ref.key


@dataclass(frozen=True)
class ScorePart:
    """One part of a plan's score: its points and the inputs behind them."""

    name: str  # yearly_cost | speed | coverage
    weight: Decimal  # share of the total score (the weights normalised to add up to 1)
    points: float  # 0..100
    value: str  # the plan's input, in words
    basis: str  # how the points were worked out, in words
    clauses: tuple[str, ...] = ()
    # value and basis said from phrases, to say them again in another language (`said`)
    phrases: tuple[tuple[str, Phrase], ...] = ()


@dataclass(frozen=True)
class KnockoutResult:
    label: str
    passed: bool
    reason: str
    clauses: tuple[str, ...] = ()
    phrases: tuple[tuple[str, Phrase], ...] = ()  # label and reason, to say again (`said`)


@dataclass(frozen=True)
class PlanOutcome:
    metrics: PlanMetrics
    score: float
    parts: tuple[ScorePart, ...]
    knockouts: tuple[KnockoutResult, ...]
    loaded_cost: Decimal  # the compared yearly cost with unknown prices loaded (= known if none)
    rank: int = 0

    @property
    def loading(self) -> Decimal:
        """What the loading adds to the known yearly cost (0 for a complete plan)."""
        return self.loaded_cost - self.metrics.cost.statistic(self.cost_statistic)

    cost_statistic: str = "mean"

    @property
    def key(self) -> str:
        return self.metrics.key

    @property
    def passed(self) -> bool:
        return all(k.passed for k in self.knockouts)

    @property
    def failed(self) -> list[KnockoutResult]:
        return [k for k in self.knockouts if not k.passed]


@dataclass(frozen=True)
class Ranking:
    outcomes: tuple[PlanOutcome, ...]  # in rank order
    criteria: Criteria
    loading_rate: Decimal = Decimal(0)  # per ticket without a price (comparison currency)

    @property
    def winner(self) -> PlanOutcome | None:
        first = self.outcomes[0] if self.outcomes else None
        return first if first is not None and first.passed else None

    def outcome(self, key: str) -> PlanOutcome:
        return next(o for o in self.outcomes if o.key == key)


# --- metrics from a yearly run ---------------------------------------------------------------


def yearly_fee(ref: PlanRef, params: Mapping[str, Decimal]) -> Decimal | None:
    """The plan's fees for a year as the engine works them out (None: a parameter is missing);
    the same figure the yearly engine adds once a year."""
    contract = ref.contract
    scenario = Scenario.model_validate(
        {
            "name": "fee",
            "reported_at": datetime(2027, 1, 12, 10, tzinfo=ZoneInfo(contract.timezone)),
        }
    )
    fee = simulate(contract, ref.plan_id, scenario, params, tracing=False).plan_fee
    if fee is None:
        return Decimal(0)
    if fee.amount is None:
        return None
    return fee.amount * (12 if fee.period == "month" else 1)


def basis_factor(contract: Contract, basis: str) -> Decimal:
    """What turns an amount as written in the contract into the chosen basis."""
    rate = contract.vat.rate
    written_gross = contract.vat.prices_include_vat
    if basis == "gross":
        return Decimal(1) if written_gross else 1 + rate
    return 1 / (1 + rate) if written_gross else Decimal(1)


def on_site_availability(
    ref: PlanRef, params: Mapping[str, Decimal], severities: Sequence[str]
) -> tuple[bool, str, str | None]:
    """Does the plan offer a visit at a known price (or included) for these severities?

    Asked of the engine with one ticket per severity, with and without a 2-hour visit, reported
    at 10:00 on the vendor's first office weekday: a visit is available when adding it neither
    refuses the ticket nor adds a line without a price.
    """
    contract = ref.contract
    weekday = next((n for n in range(7) if contract.office_hours.week.get(WEEKDAYS[n])), 0)
    monday = datetime(2027, 3, 1, 10, tzinfo=ZoneInfo(contract.timezone))
    day = monday.replace(day=1 + weekday)
    for severity in severities:
        results = [
            simulate(
                contract,
                ref.plan_id,
                Scenario.model_validate(
                    {
                        "name": "on-site check",
                        "reported_at": day,
                        "severity": severity,
                        "cause": "vendor_defect",
                        "on_site_hours": hours,
                    }
                ),
                params,
                tracing=False,
            )
            for hours in (0, 2)
        ]
        without, with_visit = results
        unpriced_before = {ln.label for ln in without.cost.lines if ln.amount is None}
        added = [
            ln
            for ln in with_visit.cost.lines
            if ln.amount is None and ln.label not in unpriced_before
        ]
        if with_visit.status == "not_covered" and without.status != "not_covered":
            line = added[0] if added else None
            why = f"{severity}: {line.label}: {line.reason}" if line else f"{severity}: refused"
            return False, why, line.clause if line else None
        if added:
            line = added[0]
            return False, f"{severity}: {line.label}: {line.reason or 'no price'}", line.clause
    return True, "on-site visits have a known price or are included", None


def plan_metrics(
    annual: AnnualResult,
    refs: Sequence[PlanRef],
    rates: Rates,
    currency: str,
    criteria: Criteria,
    params: Mapping[str, Mapping[str, Decimal]],
) -> dict[str, PlanMetrics]:
    """The metrics of every plan of a yearly run, in the comparison currency."""
    by_key = {ref.key: ref for ref in refs}
    needs_on_site = next((k for k in criteria.knockouts if isinstance(k, OnSiteAvailable)), None)
    metrics: dict[str, PlanMetrics] = {}
    for year in annual.plans:
        ref = by_key[f"{year.contract}:{year.plan}"]
        metrics[ref.key] = _metrics(
            year, ref, annual, rates, currency, criteria, params, needs_on_site
        )
    return metrics


def _metrics(
    year: PlanYear,
    ref: PlanRef,
    annual: AnnualResult,
    rates: Rates,
    currency: str,
    criteria: Criteria,
    params: Mapping[str, Mapping[str, Decimal]],
    on_site_knockout: OnSiteAvailable | None,
) -> PlanMetrics:
    factor = basis_factor(ref.contract, criteria.cost_basis)

    def conv(amount: Decimal) -> Decimal:
        return rates.convert(amount * factor, year.currency, currency)

    mean_total = year.mean_fee + year.mean_usage + year.mean_overflow
    tickets = max(year.tickets, 1)
    cost = YearlyCost(
        currency=currency,
        mean=conv(mean_total),
        p10=conv(year.percentile(10)),
        p50=conv(year.percentile(50)),
        p90=conv(year.percentile(90)),
        fee=None if year.fee is None else conv(year.fee),
        usage=conv(year.mean_usage + year.mean_overflow),
        complete=year.complete and year.not_covered == 0,
    )
    on_site = (
        on_site_availability(ref, params.get(ref.contract.id, {}), on_site_knockout.severities)
        if on_site_knockout
        else (True, "", None)
    )
    return PlanMetrics(
        ref=ref,
        cost=cost,
        tickets_per_year=year.tickets / max(annual.years, 1),
        not_covered_share=year.not_covered / tickets,
        unpriced_share=(year.not_covered + year.not_stated) / tickets,
        not_covered_reasons=dict(year.not_covered_reasons),
        response=year.response,
        work_start=year.work_start,
        on_site=on_site,
    )


# --- knockouts, score, rank ------------------------------------------------------------------


def time_value(metrics: PlanMetrics, milestone: str, statistic: str, severity: str) -> float | None:
    stats: TimeStats = metrics.response if milestone == "response" else metrics.work_start
    name = f"{'critical_' if severity == 'critical' else ''}{statistic}"
    value: float | None = getattr(stats, name)
    return value


def _milestone_clauses(ref: PlanRef, milestone: str) -> tuple[str, ...]:
    rules = getattr(ref.contract.plan(ref.plan_id).milestones, milestone)
    return tuple(dict.fromkeys(r.clause for r in rules if r.clause))


def _price_clauses(ref: PlanRef) -> tuple[str, ...]:
    plan = ref.contract.plan(ref.plan_id)
    found = [plan.fee.clause] if plan.fee and plan.fee.clause else []
    found += [r.clause for r in plan.pricing if r.clause]
    found += [q.clause for q in plan.quotas if q.clause]
    return tuple(dict.fromkeys(found))


def _knockout(metrics: PlanMetrics, knockout: Knockout, rates: Rates) -> KnockoutResult:
    match knockout:
        case TimeWithin():
            value = time_value(metrics, knockout.milestone, knockout.statistic, knockout.severity)
            clauses = _milestone_clauses(metrics.ref, knockout.milestone)
            if value is None:
                reason = Phrase.of(N_("the terms state no time"))
                return _knocked(knockout.phrase, False, reason, clauses)
            passed = Decimal(str(value)) <= knockout.hours
            hours = Phrase.of(N_("{hours} h"), hours=Figure(value, ".2f", 2))
            return _knocked(knockout.phrase, passed, hours, clauses)
        case OnSiteAvailable():
            available, why, clause = metrics.on_site
            return KnockoutResult(
                knockout.label,
                available,
                why,
                (clause,) if clause else (),
                (("label", knockout.phrase),),
            )
        case AllTicketsPriced():
            share = metrics.unpriced_share
            passed = Decimal(str(share)) <= knockout.at_most_share
            reasons = "; ".join(list(metrics.not_covered_reasons)[:2])
            reason = Phrase.of(
                N_("{share} of tickets without a known price"), share=Share(share, 1)
            )
            if reasons:
                reason = Phrase.of(N_("{reason} ({causes})"), reason=reason, causes=reasons)
            return _knocked(knockout.phrase, passed, reason, _price_clauses(metrics.ref))
        case YearlyCostAtMost():
            budget = rates.convert(knockout.amount, knockout.currency, metrics.cost.currency)
            cost = metrics.cost.statistic(knockout.percentile)
            passed = cost <= budget and metrics.cost.complete
            amount = Amount(cost, metrics.cost.currency)
            reason = (
                Phrase.of(N_("{amount}"), amount=amount)
                if metrics.cost.complete
                else Phrase.of(N_("{amount} (known part only)"), amount=amount)
            )
            return _knocked(knockout.phrase, passed, reason, _price_clauses(metrics.ref))


def _knocked(
    label: Phrase, passed: bool, reason: Phrase, clauses: tuple[str, ...]
) -> KnockoutResult:
    phrases = (("label", label), ("reason", reason))
    return KnockoutResult(label.say(), passed, reason.say(), clauses, phrases)


def _ratio_points(best: float, value: float) -> float:
    if value <= 0:
        return 100.0
    return 100.0 * best / value


def _weights(criteria: Criteria) -> dict[str, Decimal]:
    w = criteria.weights
    total = w.yearly_cost + w.speed + w.coverage
    return {
        "yearly_cost": w.yearly_cost / total,
        "speed": w.speed / total,
        "coverage": w.coverage / total,
    }


def _cost_part(
    metrics: PlanMetrics,
    loaded: Decimal,
    best: Decimal,
    criteria: Criteria,
    weight: Decimal,
    describe: bool = True,
) -> ScorePart:
    cost = metrics.cost
    known = cost.statistic(criteria.cost_statistic)
    points = 100.0 if loaded <= best else _ratio_points(float(best), float(loaded))
    if not describe:  # a check that only asks who wins: no words to write
        return ScorePart("yearly_cost", weight, round(points, 2), "", "")
    shown = Phrase.of(N_("{amount} a year"), amount=Amount(known, cost.currency))
    if not cost.complete:
        unknown = metrics.unpriced_share * metrics.tickets_per_year
        shown = Phrase.of(
            N_("{known} known + {load} loaded for {count} tickets a year without a price"),
            known=Amount(known, cost.currency),
            load=Amount(loaded - known, cost.currency),
            count=Figure(unknown, ".1f", 1),
        )
    basis = Phrase.of(
        N_("100 × lowest / this plan's yearly cost ({statistic}, {basis})")
        if cost.complete
        else N_(
            "100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices "
            "loaded at the highest usage cost per ticket of the plans"
        ),
        statistic=criteria.cost_statistic,
        basis=Phrase.of(N_("net") if criteria.cost_basis == "net" else N_("gross")),
    )
    return _part("yearly_cost", weight, points, shown, basis, _price_clauses(metrics.ref))


def _part(
    name: str,
    weight: Decimal,
    points: float,
    value: Phrase,
    basis: Phrase,
    clauses: tuple[str, ...],
) -> ScorePart:
    return ScorePart(
        name,
        weight,
        round(points, 2),
        value.say(),
        basis.say(),
        clauses,
        (("value", value), ("basis", basis)),
    )


def _speed_part(
    metrics: PlanMetrics,
    everyone: Sequence[PlanMetrics],
    measures: Sequence[SpeedMeasure],
    weight: Decimal,
) -> ScorePart:
    total_weight = float(sum((m.weight for m in measures), Decimal(0)))
    points = 0.0
    shown: list[Phrase] = []
    clauses: list[str] = []
    for measure in measures:
        args = (measure.milestone, measure.statistic, measure.severity)
        value = time_value(metrics, *args)
        known = [v for m in everyone if (v := time_value(m, *args)) is not None]
        clauses += _milestone_clauses(metrics.ref, measure.milestone)
        if value is None or not known:
            shown.append(Phrase.of(N_("{measure}: not stated"), measure=measure.phrase))
            continue
        best = max(min(known), HOUR_FLOOR)
        points += float(measure.weight) / total_weight * _ratio_points(best, max(value, HOUR_FLOOR))
        shown.append(
            Phrase.of(
                N_("{measure}: {hours} h"), measure=measure.phrase, hours=Figure(value, ".1f", 1)
            )
        )
    basis = Phrase.of(N_("100 × fastest / this plan's, per measure (a time not stated scores 0)"))
    words = shown[0] if shown else Phrase("")
    for more in shown[1:]:
        words = Phrase.of(N_("{before}; {after}"), before=words, after=more)
    return _part("speed", weight, points, words, basis, tuple(dict.fromkeys(clauses)))


def _coverage_part(metrics: PlanMetrics, weight: Decimal) -> ScorePart:
    share = metrics.unpriced_share
    reasons = ", ".join(list(metrics.not_covered_reasons)[:2])
    shown = Phrase.of(N_("{share} of tickets at a known price"), share=Share(1 - share, 1))
    if reasons:
        shown = Phrase.of(N_("{covered}; refused: {causes}"), covered=shown, causes=reasons)
    return _part(
        "coverage",
        weight,
        100.0 * (1 - share),
        shown,
        Phrase.of(N_("100 × share of tickets covered at a known price")),
        _price_clauses(metrics.ref),
    )


def loading_rate(everyone: Sequence[PlanMetrics]) -> Decimal:
    """The highest usage cost per priced ticket among the plans (for loading unknown prices)."""
    rates = []
    for m in everyone:
        priced = m.tickets_per_year * (1 - m.unpriced_share)
        if priced > 0:
            rates.append(m.cost.usage / Decimal(str(priced)))
    return max(rates, default=Decimal(0))


def loaded_cost(metrics: PlanMetrics, statistic: str, rate: Decimal) -> Decimal:
    unknown = Decimal(str(metrics.unpriced_share * metrics.tickets_per_year))
    return metrics.cost.statistic(statistic) + unknown * rate


def rank(
    metrics: Mapping[str, PlanMetrics], criteria: Criteria, rates: Rates, describe: bool = True
) -> Ranking:
    """Score every plan and rank them: knockout passes first, then by score, then by cost.
    `describe=False` leaves out the words of the cost part (the checks rank dozens of times)."""
    everyone = list(metrics.values())
    weights = _weights(criteria)
    stat = criteria.cost_statistic
    rate = loading_rate(everyone)
    loaded = {m.key: loaded_cost(m, stat, rate) for m in everyone}
    best = min(loaded.values(), default=Decimal(0))
    outcomes = []
    for m in everyone:
        parts = (
            _cost_part(m, loaded[m.key], best, criteria, weights["yearly_cost"], describe),
            _speed_part(m, everyone, criteria.speed, weights["speed"]),
            _coverage_part(m, weights["coverage"]),
        )
        score = sum(float(p.weight) * p.points for p in parts)
        knockouts = tuple(_knockout(m, k, rates) for k in criteria.knockouts)
        outcomes.append(
            PlanOutcome(m, round(score, 2), parts, knockouts, loaded[m.key], cost_statistic=stat)
        )
    outcomes.sort(key=lambda o: (not o.passed, -o.score, o.loaded_cost, o.key))
    ranked = tuple(replace(o, rank=n) for n, o in enumerate(outcomes, start=1))
    return Ranking(ranked, criteria, rate)
