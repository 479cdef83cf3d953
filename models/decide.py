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
from models.wording import ENGLISH, Wording, said

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


def why_sentence(ranking: Ranking, criteria: Criteria, *, wording: Wording = ENGLISH) -> str:
    """One sentence: who wins, by how much, and the part of the score that decides it."""
    t = wording.t
    outcomes = ranking.outcomes
    if not outcomes:
        return t("No plans are compared.")
    winner = ranking.winner
    if winner is None:
        first = outcomes[0]
        failed = "; ".join(
            f"{said(k, 'label', wording)}: {said(k, 'reason', wording)}" for k in first.failed[:2]
        )
        return t(
            "No plan meets every must-have; the closest is {plan} ({failed}).",
            plan=plan_title(first.metrics.ref),
            failed=failed,
        )
    stat = criteria.cost_statistic
    cost = winner.metrics.cost
    money = wording.money(cost.statistic(stat), cost.currency)
    year = t("an expected year") if stat == "mean" else t("a {stat} year", stat=stat.upper())
    head = t(
        "{plan} wins with {score} points",
        plan=plan_title(winner.metrics.ref),
        score=_whole(wording, winner.score),
    )
    if len(outcomes) == 1:
        return t(
            "{head}: it is the only plan compared ({money} in {year}).",
            head=head,
            money=money,
            year=year,
        )
    runner = outcomes[1]
    gains = {
        mine.name: float(mine.weight) * (mine.points - theirs.points)
        for mine, theirs in zip(winner.parts, runner.parts, strict=True)
    }
    deciding = max(gains, key=lambda name: gains[name])
    other = runner.metrics.cost
    if deciding == "yearly_cost":
        mine_loaded, theirs_loaded = winner.loaded_cost, runner.loaded_cost
        theirs = wording.money(other.statistic(stat), other.currency)
        if cost.complete and other.complete:
            reason = t(
                "it costs {money} in {year} against {theirs}", money=money, year=year, theirs=theirs
            )
        else:  # ranked on loaded costs: say so, with both figures
            reason = t(
                "it costs {money} in {year} against {theirs}, tickets without a price loaded",
                money=wording.money(mine_loaded, cost.currency),
                year=year,
                theirs=wording.money(theirs_loaded, other.currency),
            )
    elif deciding == "speed":
        reason = _speed_reason(winner, runner, criteria, wording)
    else:
        reason = t(
            "it prices {mine} of tickets against {theirs}",
            mine=wording.percent(1 - winner.metrics.unpriced_share),
            theirs=wording.percent(1 - runner.metrics.unpriced_share),
        )
    margin = winner.score - runner.score
    tail = (
        ""
        if cost.complete
        else t(
            "; but {share} of its tickets have no known price",
            share=wording.percent(winner.metrics.unpriced_share),
        )
    )
    return t(
        "{head}, {margin} ahead of {runner}: {reason}{tail}.",
        head=head,
        margin=_whole(wording, margin),
        runner=plan_title(runner.metrics.ref),
        reason=reason,
        tail=tail,
    )


def _whole(wording: Wording, value: float) -> str:
    """A score as a whole number (English: as Python rounds it, what the app always wrote)."""
    return f"{value:.0f}" if wording.english else wording.number(Decimal(f"{value:.0f}"))


def _hours(wording: Wording, value: float) -> str:
    return f"{value:.1f}" if wording.english else wording.number(Decimal(f"{value:.1f}"), 1)


def _speed_reason(
    winner: PlanOutcome, runner: PlanOutcome, criteria: Criteria, wording: Wording = ENGLISH
) -> str:
    """The time measures where the winner is ahead, against the runner-up's."""
    found = []
    for measure in criteria.speed:
        args = (measure.milestone, measure.statistic, measure.severity)
        mine = time_value(winner.metrics, *args)
        theirs = time_value(runner.metrics, *args)
        label = measure.phrase.say(wording).lower()
        if mine is not None and theirs is None:
            found.append(
                wording.t(
                    "{label}: {mine} h, where the runner-up's terms state none",
                    label=label,
                    mine=_hours(wording, mine),
                )
            )
        elif mine is not None and theirs is not None and mine < theirs:
            found.append(
                wording.t(
                    "{label}: {mine} h against {theirs} h",
                    label=label,
                    mine=_hours(wording, mine),
                    theirs=_hours(wording, theirs),
                )
            )
    if found:
        return wording.t("it is faster ({measures})", measures="; ".join(found))
    return wording.t("it scores higher on speed")


def sureness_sentence(
    checks: Sequence[Check], names: Mapping[str, str], *, wording: Wording = ENGLISH
) -> str:
    """How sure the winner is: how many of the changes tried keep it, and which do not."""
    t = wording.t
    if not checks:
        return t("No change was tried.")
    flips = [c for c in checks if c.flips]
    held = len(checks) - len(flips)
    if not flips:
        return t(
            "The winner holds under all {count} changes tried.",
            count=wording.number(len(checks)),
        )
    shown = []
    for check in flips[:3]:
        if check.threshold:
            what = f"{said(check, 'what', wording)} {said(check, 'threshold', wording)}"
        else:
            what = f"{said(check, 'what', wording)}: {said(check, 'alternative', wording)}"
        winner = names.get(check.winner or "", t("no winner"))
        shown.append(t("{what} (→ {winner})", what=what, winner=winner))
    more = t(" and {count} more", count=wording.number(len(flips) - 3)) if len(flips) > 3 else ""
    return t(
        "The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.",
        held=wording.number(held),
        count=wording.number(len(checks)),
        shown="; ".join(shown),
        more=more,
    )
