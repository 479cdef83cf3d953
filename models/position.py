"""Where a draft contract stands against its rivals, and the price to beat.

Each plan of the draft is ranked with the rivals (by `models.decision`, on one workload profile
and one draw of tickets), with where it loses and by how much: each part of the score and the
yearly cost against the winner. Then, for each price the draft states — an hourly rate, a fee,
a percentage fee, included service hours, a response or work-start time in hours — the value at
which the plan would become the cheapest (prices) or the fastest and the winner (times) is
**solved**: the plan alone is simulated again over the same tickets with the price changed and
ranked again, and the value is found by bisection (a yearly cost only grows with a rate or a fee
and only falls with included hours; a time measure only grows with the hours the clock counts).
Where the cost gap is a straight line in the price (no minimums crossed), the last step
interpolates between the two bracketing values, so the answer is exact to the cent.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Literal

from models.comparison import PlanRef
from models.contract import Contract
from models.criteria import Criteria
from models.decide import plan_title
from models.decision import PlanMetrics, PlanOutcome, Ranking, plan_metrics, rank, time_value
from models.money import format_money
from models.parameters import resolve
from models.profile import Profile
from models.rates import Rates
from models.rules import BusinessHours, ClockHours, FixedFee, Hourly, PercentFee, ServiceHours
from models.sensitivity import YearlyRunner
from models.wording import ENGLISH, N_, Figure, Phrase, Wording

Params = Mapping[str, Mapping[str, Decimal]]
Progress = Callable[[int, int, str], None]
PriceKind = Literal[
    "hourly_rate", "overflow_rate", "fee", "fee_percent", "included_hours", "response", "work_start"
]
Goal = Literal["cheapest", "fastest", "winner"]
Status = Literal["solved", "already", "cannot"]
TIMES: tuple[PriceKind, ...] = ("response", "work_start")
BISECTIONS = 14  # money: then interpolated to the cent
TIME_BISECTIONS = 9  # times: 1/512 of the searched range (each step simulates the times)
GROWTHS = 8  # doublings tried when looking for a value on the other side
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Price:
    """One figure of the draft that a vendor could change: where it is and what it is now."""

    kind: PriceKind
    label: str  # in words: "Work, per hour", "Yearly fee"
    path: tuple[str | int, ...]  # in the contract document, or ("parameters", name)
    clause: str | None
    current: Decimal
    unit: str  # a currency code, "percent" or "hours"
    said: Phrase | None = None  # `label` as a phrase, to say it in the interface language

    def label_in(self, wording: Wording = ENGLISH) -> str:
        """The label in `wording`'s language (the English `label` when it has no phrase)."""
        return self.label if self.said is None or wording.english else self.said.say(wording)

    @property
    def is_time(self) -> bool:
        return self.kind in TIMES

    @property
    def cost_grows(self) -> bool:
        """Does the yearly cost grow with this figure (or, for a time, the hours)?"""
        return self.kind != "included_hours"


@dataclass(frozen=True)
class PriceToBeat:
    price: Price
    goal: Goal
    status: Status  # solved: `value` reaches the goal; already: the current value does
    value: Decimal | None  # solved: the value at which the goal is reached; already: the limit
    note: str

    def note_in(self, wording: Wording = ENGLISH) -> str:
        """The note in `wording`'s language and number formats (`note` in English)."""
        if wording.english:
            return self.note
        return _note(self.price, self.goal, self.status, self.value, wording)


@dataclass(frozen=True)
class Loss:
    """One part of the score where the plan is behind the winner (or ahead of the runner-up)."""

    part: str  # yearly_cost | speed | coverage
    points: float
    other_points: float
    weighted_gap: float  # weight × (other's points − this plan's): the score it costs
    value: str
    other_value: str


@dataclass(frozen=True)
class PlanPosition:
    ref: PlanRef
    ranking: Ranking  # this plan with the rivals
    outcome: PlanOutcome
    other: PlanOutcome | None  # the winner, or the runner-up when this plan wins
    losses: tuple[Loss, ...]
    cost_gap: Decimal | None  # this plan's loaded yearly cost − the other's
    prices: tuple[PriceToBeat, ...]

    @property
    def wins(self) -> bool:
        return self.ranking.winner is not None and self.ranking.winner.key == self.outcome.key


@dataclass(frozen=True)
class Position:
    draft: Contract
    rivals: tuple[PlanRef, ...]
    profile: Profile
    years: int
    seed: int
    currency: str
    criteria: Criteria
    plans: tuple[PlanPosition, ...]


# --- the draft's prices ----------------------------------------------------------------------


def draft_prices(contract: Contract, plan_id: str, params: Params) -> list[Price]:
    """Every figure of one plan whose price to beat can be solved."""
    index = next(n for n, p in enumerate(contract.plans) if p.id == plan_id)
    plan = contract.plans[index]
    base: tuple[str | int, ...] = ("plans", index)
    code = contract.currency
    found: list[Price] = []
    fee = plan.fee
    if isinstance(fee, FixedFee):
        said = Phrase(N_("Yearly fee") if fee.period == "year" else N_("Monthly fee"))
        path = (*base, "fee", "amount")
        found.append(Price("fee", said.say(), path, fee.clause, fee.amount, code, said))
    elif isinstance(fee, PercentFee):
        if fee.period == "year":
            said = Phrase.of(N_("Fee, % of {parameter} a year"), parameter=fee.parameter)
        else:
            said = Phrase.of(N_("Fee, % of {parameter} a month"), parameter=fee.parameter)
        path = (*base, "fee", "percent")
        price = Price("fee_percent", said.say(), path, fee.clause, fee.percent, "percent", said)
        found.append(price)
    for n, rule in enumerate(plan.pricing):
        if isinstance(rule, Hourly) and rule.rate is not None:
            said = (
                Phrase.of(N_("{label} (rate per hour)"), label=rule.label)
                if rule.per_minutes == 60
                else Phrase.of(
                    N_("{label} (rate per {minutes} minutes)"),
                    label=rule.label,  # the vendor's own words
                    minutes=Figure(rule.per_minutes, ""),
                )
            )
            path = (*base, "pricing", n, "rate")
            price = Price("hourly_rate", said.say(), path, rule.clause, rule.rate, code, said)
            found.append(price)
        elif isinstance(rule, ServiceHours):
            path = (*base, "pricing", n, "overflow_rate")
            said = Phrase.of(N_("{label} (per hour beyond the included hours)"), label=rule.label)
            rate = rule.overflow_rate
            found.append(Price("overflow_rate", said.say(), path, rule.clause, rate, code, said))
    values = resolve(contract, params.get(contract.id))
    for quota in plan.quotas:
        if quota.kind == "included_service_hours" and values.get(quota.parameter) is not None:
            hours = values[quota.parameter]
            assert hours is not None
            path = ("parameters", quota.parameter)
            said = Phrase.of(N_("Included service hours ({parameter})"), parameter=quota.parameter)
            price = Price("included_hours", said.say(), path, quota.clause, hours, "hours", said)
            found.append(price)
    for milestone in TIMES:
        for n, rule in enumerate(getattr(plan.milestones, milestone)):
            clock = rule.clock
            if isinstance(clock, ClockHours | BusinessHours) and isinstance(clock.hours, Decimal):
                said = _milestone_label(milestone, isinstance(clock, ClockHours))
                if rule.when.description != "always":  # the conditions as the YAML writes them
                    said = Phrase.of(
                        N_("{label} ({conditions})"), label=said, conditions=rule.when.description
                    )
                path = (*base, "milestones", milestone, n, "clock", "hours")
                price = Price(milestone, said.say(), path, rule.clause, clock.hours, "hours", said)
                found.append(price)
    return found


def _milestone_label(milestone: PriceKind, clock_hours: bool) -> Phrase:
    """ "Response in clock hours", "Work start in business hours"."""
    if milestone == "response":
        return Phrase(
            N_("Response in clock hours") if clock_hours else N_("Response in business hours")
        )
    return Phrase(
        N_("Work start in clock hours") if clock_hours else N_("Work start in business hours")
    )


def with_price(
    contract: Contract, params: Params, price: Price, value: Decimal
) -> tuple[Contract, Params]:
    """The contract (or the parameter values) with this one figure changed."""
    if price.path[0] == "parameters":
        name = str(price.path[1])
        changed = {**params, contract.id: {**params.get(contract.id, {}), name: value}}
        return contract, changed
    document = copy.deepcopy(contract.model_dump(by_alias=True))
    node: Any = document
    for part in price.path[:-1]:
        node = node[part]
    node[price.path[-1]] = value
    return Contract.model_validate(document, context={"alternatives": False}), params


# --- one plan against the rivals -------------------------------------------------------------


class _Standing:
    """Re-ranks one draft plan against fixed rival metrics with one figure changed."""

    def __init__(
        self,
        runner: YearlyRunner,
        ref: PlanRef,
        rivals: Mapping[str, PlanMetrics],
        base: PlanMetrics,
        params: Params,
        rates: Rates,
        currency: str,
        criteria: Criteria,
    ) -> None:
        self.runner, self.ref, self.rivals, self.base = runner, ref, rivals, base
        self.params, self.rates, self.currency, self.criteria = params, rates, currency, criteria
        self._tried: dict[tuple[tuple[str | int, ...], Decimal], Ranking] = {}

    def ranking(self, price: Price | None = None, value: Decimal | None = None) -> Ranking:
        if price is None or value is None:
            return rank({**self.rivals, self.ref.key: self.base}, self.criteria, self.rates)
        key = (price.path, value)
        if key not in self._tried:  # the goals of one figure try many of the same values
            self._tried[key] = self._ranking(price, value)
        return self._tried[key]

    def _ranking(self, price: Price, value: Decimal) -> Ranking:
        contract, params = with_price(self.ref.contract, self.params, price, value)
        ref = PlanRef(contract, self.ref.plan_id)
        annual = self.runner.run([ref], params, times=price.is_time)
        metrics = plan_metrics(annual, [ref], self.rates, self.currency, self.criteria, params)
        mine = metrics[ref.key]
        if not price.is_time:  # a price does not move a ticket's times: keep the base run's
            mine = replace(mine, response=self.base.response, work_start=self.base.work_start)
        return rank({**self.rivals, ref.key: mine}, self.criteria, self.rates)

    def cost_gap(self, ranking: Ranking) -> Decimal:
        """This plan's loaded yearly cost minus the lowest rival's (≤ 0: the cheapest)."""
        mine = ranking.outcome(self.ref.key).loaded_cost
        return mine - min(o.loaded_cost for o in ranking.outcomes if o.key != self.ref.key)

    def time_gap(self, ranking: Ranking, milestone: str) -> float | None:
        """How far this plan is behind the fastest rival on the criteria's measures of this
        milestone (hours, worst measure; ≤ 0: the fastest), None when it states no time."""
        gaps = []
        mine = ranking.outcome(self.ref.key).metrics
        for measure in self.criteria.speed:
            if measure.milestone != milestone:
                continue
            args = (measure.milestone, measure.statistic, measure.severity)
            value = time_value(mine, *args)
            if value is None:
                return None
            known = [
                v
                for o in ranking.outcomes
                if o.key != self.ref.key and (v := time_value(o.metrics, *args)) is not None
            ]
            gaps.append(value - min(known) if known else 0.0)
        return max(gaps, default=0.0)

    def wins(self, ranking: Ranking) -> bool:
        return ranking.winner is not None and ranking.winner.key == self.ref.key


def _search(
    good: Callable[[Decimal], bool],
    current: Decimal,
    grows: bool,
    limit: Decimal | None,
    steps: int = BISECTIONS,
) -> tuple[Status, Decimal | None, Decimal | None]:
    """Bracket the boundary of the values where `good` holds, then bisect.

    `grows`: `good` holds below the boundary (a price that must come down), else above it.
    Returns the status, the good end and the bad end of the final bracket.
    """
    floor = Decimal(0)
    step = max(abs(current), Decimal(1))
    if good(current):  # already there: how far could the figure move and still be good?
        last_good = current
        for _ in range(GROWTHS):
            candidate = last_good + step if grows else max(last_good - step, floor)
            if not good(candidate):
                return "already", *_bisect(good, last_good, candidate, steps)
            if candidate == floor:
                break
            last_good, step = candidate, step * 2
        return "already", None, None
    if grows:
        if not good(floor):
            return "cannot", None, None
        return "solved", *_bisect(good, floor, current, steps)
    last_bad = current
    for _ in range(GROWTHS):
        candidate = last_bad + step if limit is None else min(last_bad + step, limit)
        if good(candidate):
            return "solved", *_bisect(good, candidate, last_bad, steps)
        if candidate == limit:
            break
        last_bad, step = candidate, step * 2
    return "cannot", None, None


def _bisect(
    good: Callable[[Decimal], bool], ok: Decimal, bad: Decimal, steps: int = BISECTIONS
) -> tuple[Decimal, Decimal]:
    for _ in range(steps):
        middle = (ok + bad) / 2
        if good(middle):
            ok = middle
        else:
            bad = middle
    return ok, bad


def _money_boundary(
    gap: Callable[[Decimal], Decimal], ok: Decimal, bad: Decimal, grows: bool
) -> Decimal:
    """Between the two bracketing values, the one where the cost gap is 0: interpolated (the
    gap is a straight line there but for the engine's rounding to the cent), to the cent."""
    gap_ok, gap_bad = gap(ok), gap(bad)
    if gap_bad == gap_ok:
        return ok
    crossing = (ok + (bad - ok) * gap_ok / (gap_ok - gap_bad)).quantize(CENT)
    towards_ok = -CENT if grows else CENT
    for candidate in (crossing, crossing + towards_ok):
        if min(ok, bad) <= candidate <= max(ok, bad) and gap(candidate) <= 0:
            return candidate
    return ok


def _round_boundary(good: Callable[[Decimal], bool], ok: Decimal, bad: Decimal) -> Decimal:
    for step in (Decimal("0.1"), CENT):
        candidate = ok.quantize(step)
        if min(ok, bad) <= candidate <= max(ok, bad) and good(candidate):
            return candidate
    return ok


def _solve(standing: _Standing, price: Price, goal: Goal) -> PriceToBeat:
    def ranking(value: Decimal) -> Ranking:
        return standing.ranking(price, value)

    def gap(value: Decimal) -> Decimal:
        return standing.cost_gap(ranking(value))

    def good(value: Decimal) -> bool:
        if goal == "cheapest":
            return gap(value) <= 0
        if goal == "winner":
            return standing.wins(ranking(value))
        behind = standing.time_gap(ranking(value), price.kind)
        return behind is not None and behind <= 0

    limit = None if price.cost_grows else Decimal(24 * 366)
    steps = TIME_BISECTIONS if price.is_time else BISECTIONS
    status, ok, bad = _search(good, price.current, price.cost_grows, limit, steps)
    value = ok
    if ok is not None and bad is not None and goal == "cheapest":
        value = _money_boundary(gap, ok, bad, price.cost_grows)
    elif ok is not None and bad is not None:  # a time: the roundest value that still holds
        value = _round_boundary(good, ok, bad)
    if value is not None:  # shown to the cent (hour), rounded towards the side that reaches it
        value = value.quantize(Decimal("0.000001")).quantize(
            CENT, rounding=ROUND_FLOOR if price.cost_grows else ROUND_CEILING
        )
    return PriceToBeat(price, goal, status, value, _note(price, goal, status, value))


def shown(value: Decimal, unit: str, wording: Wording = ENGLISH) -> str:
    """A figure with its unit: "EUR 95.00", "12.5 %", "4.0 h" (in `wording`'s formats)."""
    if wording.english:
        if unit == "percent":
            return f"{value:f} %"
        if unit == "hours":
            return f"{value:f} h"
        return format_money(value, unit)
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if unit == "percent":
        return wording.percent(value / 100, digits)
    if unit == "hours":
        return wording.t("{hours} h", hours=wording.number(value, digits))
    return wording.money(value, unit)


GOAL_WORDS: dict[Goal, str] = {
    "cheapest": N_("cheapest"),
    "fastest": N_("fastest"),
    "winner": N_("winner"),
}
PART_WORDS = {"yearly_cost": N_("yearly cost"), "speed": N_("speed"), "coverage": N_("coverage")}


def goal_words(goal: Goal, wording: Wording = ENGLISH) -> str:
    """The goal in the interface language ("cheapest")."""
    return wording.t(GOAL_WORDS[goal])


def part_words(part: str, wording: Wording = ENGLISH) -> str:
    """A part of the score in the interface language ("yearly cost")."""
    return wording.t(PART_WORDS[part]) if part in PART_WORDS else part.replace("_", " ")


def _note(
    price: Price, goal: Goal, status: Status, value: Decimal | None, wording: Wording = ENGLISH
) -> str:
    """One source text per goal and direction, so each language can say each as it must."""
    if status == "cannot":
        return wording.t(
            {
                "cheapest": N_("cannot become the cheapest by this figure alone"),
                "fastest": N_("cannot become the fastest by this figure alone"),
                "winner": N_("cannot become the winner by this figure alone"),
            }[goal]
        )
    if value is None:
        return wording.t(
            {
                "cheapest": N_("already the cheapest, whatever this figure"),
                "fastest": N_("already the fastest, whatever this figure"),
                "winner": N_("already the winner, whatever this figure"),
            }[goal]
        )
    limit = shown(value, price.unit, wording)
    less = price.cost_grows
    if status == "already":
        return _already(goal, less, limit).say(wording)
    return _solved(goal, less, limit, shown(price.current, price.unit, wording)).say(wording)


def _already(goal: Goal, less: bool, value: str) -> Phrase:
    match goal, less:
        case "cheapest", True:
            return Phrase.of(N_("already the cheapest; stays so at {value} or less"), value=value)
        case "cheapest", False:
            return Phrase.of(N_("already the cheapest; stays so at {value} or more"), value=value)
        case "fastest", True:
            return Phrase.of(N_("already the fastest; stays so at {value} or less"), value=value)
        case "fastest", False:
            return Phrase.of(N_("already the fastest; stays so at {value} or more"), value=value)
        case "winner", True:
            return Phrase.of(N_("already the winner; stays so at {value} or less"), value=value)
        case _:
            return Phrase.of(N_("already the winner; stays so at {value} or more"), value=value)


def _solved(goal: Goal, less: bool, value: str, now: str) -> Phrase:
    match goal, less:
        case "cheapest", True:
            return Phrase.of(
                N_("the cheapest at {value} or less (now {current})"), value=value, current=now
            )
        case "cheapest", False:
            return Phrase.of(
                N_("the cheapest at {value} or more (now {current})"), value=value, current=now
            )
        case "fastest", True:
            return Phrase.of(
                N_("the fastest at {value} or less (now {current})"), value=value, current=now
            )
        case "fastest", False:
            return Phrase.of(
                N_("the fastest at {value} or more (now {current})"), value=value, current=now
            )
        case "winner", True:
            return Phrase.of(
                N_("the winner at {value} or less (now {current})"), value=value, current=now
            )
        case _:
            return Phrase.of(
                N_("the winner at {value} or more (now {current})"), value=value, current=now
            )


def _losses(outcome: PlanOutcome, other: PlanOutcome) -> tuple[Loss, ...]:
    losses = []
    for mine, theirs in zip(outcome.parts, other.parts, strict=True):
        gap = float(mine.weight) * (theirs.points - mine.points)
        losses.append(
            Loss(mine.name, mine.points, theirs.points, round(gap, 2), mine.value, theirs.value)
        )
    return tuple(sorted(losses, key=lambda loss: -loss.weighted_gap))


def _goals(price: Price) -> tuple[Goal, ...]:
    return ("fastest", "winner") if price.is_time else ("cheapest",)


def position(
    draft: Contract,
    rivals: Sequence[PlanRef],
    profile: Profile,
    params: Params,
    rates: Rates,
    currency: str,
    criteria: Criteria | None = None,
    years: int = 500,
    seed: int | None = None,
    progress: Progress | None = None,
) -> Position:
    """Rank each plan of the draft against the rivals and solve the price to beat of each of
    its figures (raises CancelledError if `progress` raises it)."""
    criteria = criteria or Criteria()
    rates.check(currency)
    rivals = [r for r in rivals if r.contract.id != draft.id]
    for ref in [*rivals, PlanRef(draft, draft.plans[0].id)]:
        rates.check(ref.contract.currency)
    mine = [PlanRef(draft, p.id) for p in draft.plans]
    runner = YearlyRunner(profile, years, seed)
    annual = runner.run([*rivals, *mine], params)
    metrics = plan_metrics(annual, [*rivals, *mine], rates, currency, criteria, params)
    rival_metrics = {r.key: metrics[r.key] for r in rivals}
    prices = {ref.key: draft_prices(draft, ref.plan_id, params) for ref in mine}
    total = sum(len(p) for p in prices.values()) or 1
    done = 0
    plans = []
    for ref in mine:
        standing = _Standing(
            runner, ref, rival_metrics, metrics[ref.key], params, rates, currency, criteria
        )
        ranking = standing.ranking()
        outcome = ranking.outcome(ref.key)
        others = [o for o in ranking.outcomes if o.key != ref.key]
        winner = ranking.winner
        other = others[0] if winner is not None and winner.key == ref.key and others else winner
        if other is None and others:
            other = others[0]
        solved = []
        for price in prices[ref.key]:
            if progress is not None:
                progress(done, total, price.label)
            solved += [_solve(standing, price, goal) for goal in _goals(price)]
            done += 1
        plans.append(
            PlanPosition(
                ref=ref,
                ranking=ranking,
                outcome=outcome,
                other=other,
                losses=_losses(outcome, other) if other is not None else (),
                cost_gap=None if other is None else outcome.loaded_cost - other.loaded_cost,
                prices=tuple(solved),
            )
        )
    if progress is not None:
        progress(total, total, "Done")
    return Position(
        draft, tuple(rivals), profile, years, runner.seed, currency, criteria, tuple(plans)
    )


def headline(plan: PlanPosition, wording: Wording = ENGLISH) -> str:
    """One sentence: the plan's rank and who it is compared with."""
    title = plan_title(plan.ref)
    rank = Figure(plan.outcome.rank, "")
    count = Figure(len(plan.ranking.outcomes), "")
    score = Figure(plan.outcome.score, ".1f", 1)
    other = plan.other
    if other is None:
        return Phrase.of(
            N_("{plan}: rank {rank} of {count}, {score} points."),
            plan=title,
            rank=rank,
            count=count,
            score=score,
        ).say(wording)
    gap = other.score - plan.outcome.score
    if plan.wins:
        return Phrase.of(
            N_("{plan}: rank {rank} of {count}, {score} points: it wins, {gap} ahead of {other}."),
            plan=title,
            rank=rank,
            count=count,
            score=score,
            gap=Figure(-gap, ".1f", 1),
            other=plan_title(other.metrics.ref),
        ).say(wording)
    return Phrase.of(
        N_("{plan}: rank {rank} of {count}, {score} points: {gap} behind the winner, {other}."),
        plan=title,
        rank=rank,
        count=count,
        score=score,
        gap=Figure(gap, ".1f", 1),
        other=plan_title(other.metrics.ref),
    ).say(wording)


def iter_prices(result: Position) -> Iterator[tuple[PlanPosition, PriceToBeat]]:
    for plan in result.plans:
        for price in plan.prices:
            yield plan, price
