"""How sure is the winner: what flips it, and at which ticket volume the rivals break even.

Each check changes one thing and ranks again on the same simulated tickets (common random
numbers: the same profile and seed draw the same tickets, so a difference comes from the change,
not from chance):

* a **reading** that a contract names as an alternative (`rules.Alternative`): the contract is
  rebuilt under it and only its plans are simulated again;
* a **parameter** moved by ± `sensitivity.parameter_change`; where the winner changes, the value
  at which it changes is found by bisection;
* an **exchange rate** moved by ± `sensitivity.rate_change` (no new simulation: only conversion);
* the **ticket volume** scaled by each of `sensitivity.volume_factors`.

The break-even volume of the winner against a rival is the number of tickets a month at which
their yearly costs are equal: looked for on a grid of volume factors (geometric, 9 points),
then interpolated linearly between the two grid points around the crossing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from models.annual import AnnualResult, YearlyRun
from models.annual_tickets import VolumeDraw
from models.comparison import PlanRef
from models.contract import Contract, Plan
from models.criteria import Criteria
from models.decision import (
    PlanMetrics,
    Ranking,
    basis_factor,
    loaded_cost,
    plan_metrics,
    rank,
    yearly_fee,
)
from models.parameters import resolve
from models.profile import Profile
from models.rates import Rates
from models.readings import ReadingChoice, reading_choices, with_reading
from models.wording import N_, Amount, Figure, Phrase, Share

CheckKind = Literal["reading", "parameter", "rate", "volume"]
Params = Mapping[str, Mapping[str, Decimal]]
BISECTIONS = 4  # the value where the winner changes, to 1/16 of the change tried


@dataclass(frozen=True)
class Check:
    """One change tried, and what became of the winner."""

    kind: CheckKind
    what: str  # the thing changed, in words ("Kiwi Software K5", "product_price")
    source: str | None  # clause id, parameter name or currency code
    contract: str | None
    alternative: str  # the value or reading tried, in words
    winner: str | None  # the plan key that wins under the change
    flips: bool
    cost_change: Decimal | None  # largest change of a plan's yearly cost (comparison currency)
    threshold: str | None = None  # where the winner changes, in words
    # the texts above said from phrases, to say them again in another language (`said`)
    phrases: tuple[tuple[str, Phrase], ...] = ()


@dataclass(frozen=True)
class VolumeCurve:
    """Each plan's yearly cost (known part, and loaded) as the ticket volume grows."""

    tickets_per_month: tuple[Decimal, ...]
    known: Mapping[str, tuple[Decimal, ...]]  # plan key → yearly cost at each volume
    loaded: Mapping[str, tuple[Decimal, ...]]
    complete: Mapping[str, tuple[bool, ...]]


@dataclass(frozen=True)
class BreakEven:
    plan: str  # the winner's key
    against: str
    tickets_per_month: Decimal | None  # None: no crossing inside the searched range
    complete: bool  # both yearly costs are complete (no unknown prices)
    note: str
    phrases: tuple[tuple[str, Phrase], ...] = ()  # the note, to say again (`said`)


class YearlyRunner:
    """The yearly engine on one profile's tickets, drawn once, for any subset of plans.

    Re-runs reuse the drawn tickets and the priced kinds of tickets (`models.annual.YearlyRun`).
    Other ticket volumes come from one draw at the largest factor, thinned (`VolumeDraw`: the
    ticket sets are nested, so costs move smoothly with the volume), over `sweep_years`: a
    twentieth of the years, at least 100 (a volume curve needs the mean, not the tails; the
    nested draw keeps it smooth).
    """

    def __init__(
        self,
        profile: Profile,
        years: int,
        seed: int | None,
        largest_factor: Decimal = Decimal(5),
        check: Callable[[], None] | None = None,
    ) -> None:
        self.check = check  # called after each plan of each run: may raise CancelledError
        self.profile = profile
        self.years = years
        self.base = YearlyRun(profile, years, seed)
        self.seed = self.base.seed
        self.sweep_years = min(years, max(100, years // 20))
        self.largest_factor = largest_factor
        self._volumes: VolumeDraw | None = None

    def _progress(self, _done: int, _total: int, _what: str) -> None:
        if self.check is not None:
            self.check()

    def run(self, refs: Sequence[PlanRef], params: Params, times: bool = True) -> AnnualResult:
        return self.base.simulate(refs, params, self._progress, times=times)

    def at_volume(self, factor: Decimal, refs: Sequence[PlanRef], params: Params) -> AnnualResult:
        """The plans' costs (no times) with the ticket volume scaled by `factor`."""
        if self._volumes is None:
            self._volumes = VolumeDraw(
                self.profile, self.sweep_years, self.seed, float(self.largest_factor)
            )
        run = YearlyRun(
            self.profile.scaled(factor),
            self.sweep_years,
            self.seed,
            tickets=self._volumes.tickets(float(factor)),
            pricers=self.base.pricers,
        )
        return run.simulate(refs, params, self._progress, times=False)


@dataclass
class Context:
    """The base of every check: the plans, their inputs and the ranking to compare with."""

    runner: YearlyRunner
    plans: Sequence[PlanRef]
    params: Params
    rates: Rates
    currency: str
    criteria: Criteria
    base_metrics: dict[str, PlanMetrics]
    base: Ranking
    annual: AnnualResult

    def annual_of(self, refs: Sequence[PlanRef]) -> AnnualResult:
        """The base run, kept to these plans."""
        from dataclasses import replace

        keys = {(r.contract.id, r.plan_id) for r in refs}
        return replace(
            self.annual, plans=[p for p in self.annual.plans if (p.contract, p.plan) in keys]
        )

    @property
    def winner(self) -> str | None:
        return self.base.winner.key if self.base.winner else None

    def ranking_with(self, changed: Mapping[str, PlanMetrics]) -> Ranking:
        return rank({**self.base_metrics, **changed}, self.criteria, self.rates, describe=False)

    def metrics_of(
        self, refs: Sequence[PlanRef], params: Params, times: bool
    ) -> dict[str, PlanMetrics]:
        annual = self.runner.run(refs, params, times)
        return plan_metrics(annual, refs, self.rates, self.currency, self.criteria, params)

    def metrics_at_volume(self, factor: Decimal) -> dict[str, PlanMetrics]:
        """Every plan at another ticket volume, with the base run's times (how long a ticket
        waits does not depend on how many there are)."""
        annual = self.runner.at_volume(factor, self.plans, self.params)
        metrics = plan_metrics(
            annual, self.plans, self.rates, self.currency, self.criteria, self.params
        )
        return {k: _with_times(m, self.base_metrics[k]) for k, m in metrics.items()}

    def largest_change(self, changed: Mapping[str, PlanMetrics]) -> Decimal:
        stat = self.criteria.cost_statistic
        return max(
            (
                abs(m.cost.statistic(stat) - self.base_metrics[k].cost.statistic(stat))
                for k, m in changed.items()
            ),
            default=Decimal(0),
        )


def _winner(ranking: Ranking) -> str | None:
    return ranking.winner.key if ranking.winner else None


# --- readings --------------------------------------------------------------------------------


def _only_vat_changes(contract: Contract, variant: Contract) -> bool:
    return (
        variant.vat != contract.vat and variant.model_copy(update={"vat": contract.vat}) == contract
    )


def _times_change(contract: Contract, variant: Contract, plan_ids: Sequence[str]) -> bool:
    if variant.office_hours != contract.office_hours or variant.holidays != contract.holidays:
        return True
    return any(variant.plan(p).milestones != contract.plan(p).milestones for p in plan_ids)


def reading_checks(context: Context) -> list[Check]:
    checks = []
    contracts = {ref.contract.id: ref.contract for ref in context.plans}
    for contract in contracts.values():
        refs = [r for r in context.plans if r.contract.id == contract.id]
        for choice in reading_choices(contract):
            checks.append(_reading_check(context, contract, refs, choice))
    return checks


def _reading_check(
    context: Context, contract: Contract, refs: Sequence[PlanRef], choice: ReadingChoice
) -> Check:
    variant = with_reading(contract, choice)
    variant_refs = [PlanRef(variant, r.plan_id) for r in refs]
    times = _times_change(contract, variant, [r.plan_id for r in refs])
    if _only_vat_changes(contract, variant):
        # the yearly engine works on amounts as written: only their net/gross reading moves
        changed = plan_metrics(
            context.annual_of(refs),
            variant_refs,
            context.rates,
            context.currency,
            context.criteria,
            context.params,
        )
    else:
        changed = context.metrics_of(variant_refs, context.params, times)
    if not times:  # the times cannot differ: keep the base run's
        changed = {k: _with_times(m, context.base_metrics[k]) for k, m in changed.items()}
    ranking = context.ranking_with(changed)
    winner = _winner(ranking)
    return Check(
        kind="reading",
        what=f"{contract.vendor} {choice.clause or choice.place}",
        source=choice.clause,
        contract=contract.id,
        alternative=choice.alternative.reading,
        winner=winner,
        flips=winner != context.winner,
        cost_change=context.largest_change(changed),
    )


def _with_times(new: PlanMetrics, old: PlanMetrics) -> PlanMetrics:
    from dataclasses import replace

    return replace(new, response=old.response, work_start=old.work_start)


# --- parameters ------------------------------------------------------------------------------


def fees_using(plan: Plan, parameter: str) -> bool:
    """Does one of the plan's fees read the parameter (a percentage of it, a multiple, a
    quantity)?"""
    return any(
        parameter in (getattr(fee, "parameter", None), getattr(fee, "quantity_parameter", None))
        for fee in plan.all_fees()
    )


def prices_using(plan: Plan, parameter: str) -> bool:
    """Does one of the plan's prices or quotas read the parameter?"""
    if any(getattr(rule, "rate_parameter", None) == parameter for rule in plan.pricing):
        return True
    return any(getattr(quota, "parameter", None) == parameter for quota in plan.quotas)


def plans_using(plan: Plan, parameter: str) -> bool:
    """Does this plan's fee, price or quota read the parameter?"""
    return fees_using(plan, parameter) or prices_using(plan, parameter)


def parameter_checks(context: Context, money: Callable[[Decimal, str], str]) -> list[Check]:
    checks = []
    change = context.criteria.sensitivity.parameter_change
    contracts = {ref.contract.id: ref.contract for ref in context.plans}
    for contract in contracts.values():
        values = resolve(contract, context.params.get(contract.id))
        for parameter in contract.parameters:
            value = values.get(parameter.name)
            refs = [
                r
                for r in context.plans
                if r.contract.id == contract.id
                and plans_using(contract.plan(r.plan_id), parameter.name)
            ]
            if value is None or value == 0 or not refs:
                continue

            def shown(v: Decimal, unit: str = parameter.unit) -> Phrase:
                if len(unit) == 3 and unit.isupper():
                    return Phrase.of(N_("{amount}"), amount=Amount(v, unit))
                return Phrase.of(N_("{value} {unit}"), value=Figure(v, ",.2f", 2), unit=unit)

            for direction in (-1, 1):
                tried = value * (1 + direction * change)
                params = _with_param(context.params, contract.id, parameter.name, tried)
                changed = _param_metrics(context, refs, params, parameter.name)
                winner = _winner(context.ranking_with(changed))
                threshold = None
                if winner != context.winner:
                    found = _bisect(context, refs, contract.id, parameter.name, value, tried)
                    threshold = Phrase.of(
                        N_("below about {value}") if direction < 0 else N_("above about {value}"),
                        value=shown(found),
                    )
                alternative = Phrase.of(
                    N_("{tried} ({sign}{change} of {value})"),
                    tried=shown(tried),
                    sign="-" if direction < 0 else "+",
                    change=Share(change),
                    value=shown(value),
                )
                checks.append(
                    Check(
                        kind="parameter",
                        what=f"{contract.vendor}: {parameter.name.replace('_', ' ')}",
                        source=parameter.name,
                        contract=contract.id,
                        alternative=alternative.say(),
                        winner=winner,
                        flips=winner != context.winner,
                        cost_change=context.largest_change(changed),
                        threshold=None if threshold is None else threshold.say(),
                        phrases=(("alternative", alternative),)
                        + (() if threshold is None else (("threshold", threshold),)),
                    )
                )
    return checks


def _with_param(params: Params, contract_id: str, name: str, value: Decimal) -> Params:
    return {**params, contract_id: {**params.get(contract_id, {}), name: value}}


def _param_metrics(
    context: Context, refs: Sequence[PlanRef], params: Params, name: str
) -> dict[str, PlanMetrics]:
    """The plans with another parameter value: a parameter only a fee reads moves the fee
    alone (every simulated year by the same amount); any other is simulated again."""
    fee_only = [r for r in refs if not prices_using(r.contract.plan(r.plan_id), name)]
    rerun = [r for r in refs if r not in fee_only]
    changed = context.metrics_of(rerun, params, times=False) if rerun else {}
    moved = {k: _with_times(m, context.base_metrics[k]) for k, m in changed.items()}
    for ref in fee_only:
        moved[ref.key] = _with_fee(context, ref, params.get(ref.contract.id, {}))
    return moved


def _with_fee(context: Context, ref: PlanRef, params: Mapping[str, Decimal]) -> PlanMetrics:
    base = context.base_metrics[ref.key]
    fee = yearly_fee(ref, params)
    if fee is None or base.cost.fee is None:
        return base
    factor = basis_factor(ref.contract, context.criteria.cost_basis)
    new_fee = context.rates.convert(fee * factor, ref.contract.currency, context.currency)
    shift = new_fee - base.cost.fee
    cost = replace(
        base.cost,
        mean=base.cost.mean + shift,
        p10=base.cost.p10 + shift,
        p50=base.cost.p50 + shift,
        p90=base.cost.p90 + shift,
        fee=new_fee,
    )
    return replace(base, cost=cost)


def _bisect(
    context: Context,
    refs: Sequence[PlanRef],
    contract_id: str,
    name: str,
    holds: Decimal,
    flips: Decimal,
) -> Decimal:
    """The value between `holds` (base winner) and `flips` where the winner changes."""
    for _ in range(BISECTIONS):
        middle = (holds + flips) / 2
        params = _with_param(context.params, contract_id, name, middle)
        winner = _winner(context.ranking_with(_param_metrics(context, refs, params, name)))
        if winner == context.winner:
            holds = middle
        else:
            flips = middle
    return (holds + flips) / 2


# --- exchange rates --------------------------------------------------------------------------


def rate_checks(context: Context, annual: AnnualResult) -> list[Check]:
    checks = []
    change = context.criteria.sensitivity.rate_change
    currencies = sorted({r.contract.currency for r in context.plans} - {context.currency})
    for code in currencies:
        for direction in (-1, 1):
            moved = dict(context.rates.rates)
            # a currency `direction × change` stronger: fewer of its units per base unit
            moved[code] = moved[code] / (1 + direction * change)
            if code == context.rates.base:  # the base stays 1: move every other rate instead
                moved = {c: r * (1 + direction * change) for c, r in context.rates.rates.items()}
                moved[code] = Decimal(1)
            rates = Rates.model_construct(
                date=context.rates.date, base=context.rates.base, rates=moved
            )
            metrics = plan_metrics(
                annual, context.plans, rates, context.currency, context.criteria, context.params
            )
            ranking = rank(metrics, context.criteria, rates, describe=False)
            winner = _winner(ranking)
            changed = {k: m for k, m in metrics.items() if k.split(":")[0] in _of(context, code)}
            what = Phrase.of(N_("exchange rate of {currency}"), currency=code)
            alternative = Phrase.of(
                N_("{currency} {change} weaker against {other}")
                if direction < 0
                else N_("{currency} {change} stronger against {other}"),
                currency=code,
                change=Share(change),
                other=context.currency,
            )
            checks.append(
                Check(
                    kind="rate",
                    what=what.say(),
                    source=code,
                    contract=None,
                    alternative=alternative.say(),
                    winner=winner,
                    flips=winner != context.winner,
                    cost_change=context.largest_change(changed),
                    phrases=(("what", what), ("alternative", alternative)),
                )
            )
    return checks


def _of(context: Context, code: str) -> set[str]:
    return {r.contract.id for r in context.plans if r.contract.currency == code}


# --- ticket volume ---------------------------------------------------------------------------


def volume_checks(
    context: Context, curves: Mapping[Decimal, Mapping[str, PlanMetrics]]
) -> list[Check]:
    """The winner at each of the criteria's volume factors (costs from the volume curve's
    draw; a cost change is against that draw at the profile's own volume)."""
    checks = []
    per_month = context.runner.profile.tickets_per_month_total
    at_one = curves[Decimal(1)]
    stat = context.criteria.cost_statistic
    for factor in context.criteria.sensitivity.volume_factors:
        metrics = curves[factor]
        ranking = rank(metrics, context.criteria, context.rates, describe=False)
        winner = _winner(ranking)
        change = max(
            (
                abs(m.cost.statistic(stat) - at_one[k].cost.statistic(stat))
                for k, m in metrics.items()
            ),
            default=Decimal(0),
        )
        what = Phrase.of(N_("ticket volume"))
        alternative = Phrase.of(
            N_("{count} tickets a month ({factor}× the profile)"),
            count=Figure(per_month * factor, ".1f", 1),
            factor=Figure(factor, "", None),
        )
        checks.append(
            Check(
                kind="volume",
                what=what.say(),
                source=None,
                contract=None,
                alternative=alternative.say(),
                winner=winner,
                flips=winner != context.winner,
                cost_change=change,
                phrases=(("what", what), ("alternative", alternative)),
            )
        )
    return checks


# --- break-even ------------------------------------------------------------------------------


def _grid(low: Decimal, high: Decimal, points: int = 9) -> list[Decimal]:
    ratio = (float(high) / float(low)) ** (1 / (points - 1))
    grid = [Decimal(str(round(float(low) * ratio**n, 4))) for n in range(points)]
    return sorted({*grid, Decimal(1)})


def volume_curve(context: Context) -> tuple[VolumeCurve, dict[Decimal, dict[str, PlanMetrics]]]:
    """Every plan's yearly cost on a grid of ticket volumes (the break-even chart)."""
    low, high = context.criteria.sensitivity.break_even_range
    per_month = context.runner.profile.tickets_per_month_total
    grid = _grid(low, high)
    # the volume checks' factors too, so they read the same nested draw
    factors = sorted({*grid, *context.criteria.sensitivity.volume_factors})
    curves = {factor: context.metrics_at_volume(factor) for factor in factors}
    stat = context.criteria.cost_statistic
    rate = context.base.loading_rate
    keys = [ref.key for ref in context.plans]
    curve = VolumeCurve(
        tickets_per_month=tuple(f * per_month for f in grid),
        known={k: tuple(curves[f][k].cost.statistic(stat) for f in grid) for k in keys},
        loaded={k: tuple(loaded_cost(curves[f][k], stat, rate) for f in grid) for k in keys},
        complete={k: tuple(curves[f][k].cost.complete for f in grid) for k in keys},
    )
    return curve, curves


def break_even(
    context: Context, curves: Mapping[Decimal, Mapping[str, PlanMetrics]]
) -> list[BreakEven]:
    """The winner's break-even volume against each rival (expected yearly costs equal)."""
    winner = context.winner
    if winner is None:
        return []
    per_month = context.runner.profile.tickets_per_month_total
    grid = sorted(curves)
    stat = context.criteria.cost_statistic
    rate = context.base.loading_rate  # a price per ticket: the same at every volume
    found = []
    for rival in (r for r in context.plans if r.key != winner):

        def gap(metrics: Mapping[str, PlanMetrics], rival_key: str = rival.key) -> Decimal:
            return loaded_cost(metrics[winner], stat, rate) - loaded_cost(
                metrics[rival_key], stat, rate
            )

        complete = all(curves[f][k].cost.complete for f in grid for k in (winner, rival.key))
        crossing = _crossing(grid, [gap(curves[f]) for f in grid])
        if crossing is None:
            note = _no_crossing(curves, grid, gap, per_month)
            found.append(
                BreakEven(winner, rival.key, None, complete, note.say(), (("note", note),))
            )
            continue
        below, above = crossing
        gap_below, gap_above = gap(curves[below]), gap(curves[above])
        # costs are close to straight between two grid volumes: the crossing, interpolated
        factor = below + (above - below) * gap_below / (gap_below - gap_above)
        tickets = (factor * per_month).quantize(Decimal("0.1"))
        note = Phrase.of(
            N_("equal yearly cost at about {count} tickets a month"),
            count=Figure(tickets, "", None),
        )
        found.append(BreakEven(winner, rival.key, tickets, complete, note.say(), (("note", note),)))
    return found


def _crossing(grid: Sequence[Decimal], gaps: Sequence[Decimal]) -> tuple[Decimal, Decimal] | None:
    """The grid interval, nearest the profile's own volume, where the cost gap changes sign."""
    spans = [(grid[i], grid[i + 1]) for i in range(len(grid) - 1) if gaps[i] * gaps[i + 1] < 0]
    if not spans:
        return None
    return min(spans, key=lambda s: abs(math.log(float((s[0] + s[1]) / 2))))


def _no_crossing(
    curves: Mapping[Decimal, Mapping[str, PlanMetrics]],
    grid: Sequence[Decimal],
    gap: Callable[[Mapping[str, PlanMetrics]], Decimal],
    per_month: Decimal,
) -> Phrase:
    cheaper = all(gap(curves[f]) <= 0 for f in grid)
    low, high = grid[0] * per_month, grid[-1] * per_month
    return Phrase.of(
        N_("cheaper at every volume from {low} to {high} tickets a month")
        if cheaper
        else N_("dearer at every volume from {low} to {high} tickets a month"),
        low=Figure(low, ".1f", 1),
        high=Figure(high, ".1f", 1),
    )
