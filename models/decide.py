"""The decision: which offer wins, by how much, how sure, and what to ask each vendor.

`decide()` runs the yearly engine once for every compared plan under the workload profile,
ranks the plans on the criteria (`models.decision`), tries every reading, parameter, exchange
rate and volume that could change the winner (`models.sensitivity`), finds the break-even
volumes, and turns the doubts that matter into questions (`models.questions`).

A `Decision` keeps the fingerprint of everything it was worked out from; a report (or the app)
that holds one for other inputs knows it is stale (`Decision.matches`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.annual import AnnualResult, CancelledError
from models.comparison import PlanRef, plan_title
from models.criteria import Criteria
from models.decision import PlanMetrics, PlanOutcome, Ranking, plan_metrics, rank, time_value
from models.decision_steps import STEPS
from models.fingerprint import inputs_fingerprint
from models.money import format_money
from models.profile import Profile
from models.questions import Question, vendor_questions
from models.rates import Rates
from models.sensitivity import (
    BreakEven,
    Check,
    Context,
    VolumeCurve,
    YearlyRunner,
    break_even,
    parameter_checks,
    rate_checks,
    reading_checks,
    volume_checks,
    volume_curve,
)

Progress = Callable[[int, int, str], None]

__all__ = ["CancelledError", "Decision", "decide", "inputs_fingerprint", "plan_title"]


@dataclass(frozen=True)
class Decision:
    profile: Profile
    years: int
    seed: int
    currency: str
    rates: Rates
    criteria: Criteria
    ranking: Ranking
    metrics: Mapping[str, PlanMetrics]
    checks: tuple[Check, ...]
    break_even: tuple[BreakEven, ...]
    questions: tuple[Question, ...]
    curve: VolumeCurve
    annual: AnnualResult
    why: str
    sureness: str  # how sure: which changes tried flip the winner, in one sentence
    fingerprint: str

    @property
    def winner(self) -> PlanOutcome | None:
        return self.ranking.winner

    @property
    def flips(self) -> list[Check]:
        return [c for c in self.checks if c.flips]

    def matches(self, fingerprint: str) -> bool:
        return fingerprint == self.fingerprint


def _no_progress(_done: int, _total: int, _what: str) -> None:
    return None


def decide(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]],
    rates: Rates,
    currency: str,
    criteria: Criteria | None = None,
    years: int = 2000,
    seed: int | None = None,
    progress: Progress = _no_progress,
) -> Decision:
    """Rank the plans and test the winner (raises CancelledError if `progress` raises it)."""
    criteria = criteria or Criteria()
    rates.check(currency)
    for ref in plans:
        rates.check(ref.contract.currency)
    total = len(STEPS)
    progress(0, total, STEPS[0])
    at = [0]  # the step under way: repeated inside each yearly run, so a cancel is prompt

    def again() -> None:
        progress(at[0], total, STEPS[at[0]])

    sensitivity = criteria.sensitivity
    largest = max(sensitivity.break_even_range[1], *sensitivity.volume_factors)
    runner = YearlyRunner(profile, years, seed, largest, again)
    annual = runner.run(plans, params)
    metrics = plan_metrics(annual, plans, rates, currency, criteria, params)
    ranking = rank(metrics, criteria, rates)
    context = Context(runner, plans, params, rates, currency, criteria, metrics, ranking, annual)

    def money(amount: Decimal, code: str) -> str:
        return format_money(amount, code)

    checks: list[Check] = []
    at[0] = 1
    progress(1, total, STEPS[1])
    checks += reading_checks(context)
    at[0] = 2
    progress(2, total, STEPS[2])
    checks += parameter_checks(context, money)
    at[0] = 3
    progress(3, total, STEPS[3])
    checks += rate_checks(context, annual)
    at[0] = 4
    progress(4, total, STEPS[4])
    curve, curves = volume_curve(context)
    checks += volume_checks(context, curves)
    at[0] = 5
    progress(5, total, STEPS[5])
    points = break_even(context, curves)
    questions = vendor_questions(ranking, metrics, plans, params, checks, money, currency)
    progress(total, total, "Done")
    return Decision(
        profile=profile,
        years=years,
        seed=runner.seed,
        currency=currency,
        rates=rates,
        criteria=criteria,
        ranking=ranking,
        metrics=metrics,
        checks=tuple(checks),
        break_even=tuple(points),
        questions=tuple(questions),
        curve=curve,
        annual=annual,
        why=why_sentence(ranking, criteria),
        sureness=sureness_sentence(checks, {ref.key: plan_title(ref) for ref in plans}),
        fingerprint=inputs_fingerprint(
            profile, plans, params, rates, currency, criteria, years, runner.seed
        ),
    )


def why_sentence(ranking: Ranking, criteria: Criteria) -> str:
    """One sentence: who wins, by how much, and the part of the score that decides it."""
    outcomes = ranking.outcomes
    if not outcomes:
        return "No plans are compared."
    winner = ranking.winner
    if winner is None:
        first = outcomes[0]
        failed = "; ".join(f"{k.label}: {k.reason}" for k in first.failed[:2])
        return (
            f"No plan meets every must-have; the closest is {plan_title(first.metrics.ref)} "
            f"({failed})."
        )
    stat = criteria.cost_statistic
    cost = winner.metrics.cost
    money = format_money(cost.statistic(stat), cost.currency)
    year = "an expected year" if stat == "mean" else f"a {stat.upper()} year"
    head = f"{plan_title(winner.metrics.ref)} wins with {winner.score:.0f} points"
    if len(outcomes) == 1:
        return f"{head}: it is the only plan compared ({money} in {year})."
    runner = outcomes[1]
    gains = {
        mine.name: float(mine.weight) * (mine.points - theirs.points)
        for mine, theirs in zip(winner.parts, runner.parts, strict=True)
    }
    deciding = max(gains, key=lambda name: gains[name])
    other = runner.metrics.cost
    if deciding == "yearly_cost":
        mine_loaded, theirs_loaded = winner.loaded_cost, runner.loaded_cost
        theirs = format_money(other.statistic(stat), other.currency)
        if cost.complete and other.complete:
            reason = f"it costs {money} in {year} against {theirs}"
        else:  # ranked on loaded costs: say so, with both figures
            reason = (
                f"it costs {format_money(mine_loaded, cost.currency)} in {year} against "
                f"{format_money(theirs_loaded, other.currency)}, tickets without a price loaded"
            )
    elif deciding == "speed":
        reason = _speed_reason(winner, runner, criteria)
    else:
        reason = (
            f"it prices {(1 - winner.metrics.unpriced_share) * 100:.0f} % of tickets against "
            f"{(1 - runner.metrics.unpriced_share) * 100:.0f} %"
        )
    margin = winner.score - runner.score
    tail = (
        ""
        if cost.complete
        else (
            f"; but {winner.metrics.unpriced_share * 100:.0f} % of its tickets have no known price"
        )
    )
    return f"{head}, {margin:.0f} ahead of {plan_title(runner.metrics.ref)}: {reason}{tail}."


def _speed_reason(winner: PlanOutcome, runner: PlanOutcome, criteria: Criteria) -> str:
    """The time measures where the winner is ahead, against the runner-up's."""
    found = []
    for measure in criteria.speed:
        args = (measure.milestone, measure.statistic, measure.severity)
        mine = time_value(winner.metrics, *args)
        theirs = time_value(runner.metrics, *args)
        label = measure.label.lower()
        if mine is not None and theirs is None:
            found.append(f"{label}: {mine:.1f} h, where the runner-up's terms state none")
        elif mine is not None and theirs is not None and mine < theirs:
            found.append(f"{label}: {mine:.1f} h against {theirs:.1f} h")
    return f"it is faster ({'; '.join(found)})" if found else "it scores higher on speed"


def sureness_sentence(checks: Sequence[Check], names: Mapping[str, str]) -> str:
    """How sure the winner is: how many of the changes tried keep it, and which do not."""
    if not checks:
        return "No change was tried."
    flips = [c for c in checks if c.flips]
    held = len(checks) - len(flips)
    if not flips:
        return f"The winner holds under all {len(checks)} changes tried."
    shown = []
    for check in flips[:3]:
        if check.threshold:
            what = f"{check.what} {check.threshold}"
        else:
            what = f"{check.what}: {check.alternative}"
        shown.append(f"{what} (→ {names.get(check.winner or '', 'no winner')})")
    more = f" and {len(flips) - 3} more" if len(flips) > 3 else ""
    return (
        f"The winner holds under {held} of {len(checks)} changes tried; it changes with "
        f"{'; '.join(shown)}{more}."
    )
