"""The decision as tables of cells (see `models.view`): the headline, the ranking, what flips
the winner, the break-even volumes, the questions for each vendor, and the scenarios × plans
matrix. The app, the workbook, the PDF and `decide --format table` lay out exactly these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from models.comparison import plan_title
from models.decision import PlanOutcome, ScorePart
from models.rates import Rates
from models.serialize import ScenarioResults
from models.view import (
    Basis,
    Cell,
    Column,
    Row,
    Table,
    earliest,
    known_part,
    milestone_cell,
    missing_words,
    money_cell,
    request_cost,
)
from models.wording import ENGLISH, N_, Figure, Wording, said, say_value

if TYPE_CHECKING:
    from models.annual import AnnualResult
    from models.annual_results import PlanYear, TimeStats
    from models.decide import Decision

RANKING_COLUMNS = (
    Column("rank", N_("#"), "number", 3),
    Column("plan", N_("Vendor · plan"), "text", 30),
    Column("yearly", N_("Yearly cost"), "money", 16),
    Column("fee", N_("Fee / year"), "money", 14),
    Column("usage", N_("Usage / year"), "money", 14),
    Column("range", N_("P10–P90"), "text", 22),
    Column("priced", N_("Priced"), "percent", 8),
    Column("score", N_("Score"), "number", 6),
    Column("speed", N_("Speed"), "text", 30),
    Column("musts", N_("Must-haves"), "text", 24),
)


def _titled(columns: tuple[Column, ...], wording: Wording) -> tuple[Column, ...]:
    """Columns defined with `N_` titles, in the reader's words."""
    return tuple(replace(c, title=wording.t(c.title)) for c in columns)


def _count(wording: Wording, value: int) -> str:
    """A count (English: ungrouped, as always written)."""
    return str(value) if wording.english else wording.number(value)


def _whole(wording: Wording, value: float) -> str:
    return f"{value:.0f}" if wording.english else wording.number(Decimal(f"{value:.0f}"))


@dataclass(frozen=True)
class DecisionView:
    headline: str
    sureness: str
    basis: str  # how the yearly costs are compared, in words
    ranking: Table
    flips: Table
    break_even: Table
    questions: Table


def _yearly_cell(
    outcome: PlanOutcome, best: bool, statistic: str, wording: Wording = ENGLISH
) -> Cell:
    cost = outcome.metrics.cost
    known = cost.statistic(statistic)
    clauses = next(p.clauses for p in outcome.parts if p.name == "yearly_cost")
    detail = next(said(p, "value", wording) for p in outcome.parts if p.name == "yearly_cost")
    if cost.complete:
        return money_cell(
            known, cost.currency, best=best, detail=detail, clauses=clauses, wording=wording
        )
    share = wording.percent(outcome.metrics.unpriced_share)
    return Cell(
        wording.t(
            "{known} + {share} unpriced", known=wording.money(known, cost.currency), share=share
        ),
        "money",
        sort=outcome.loaded_cost,
        amount=known,
        currency=cost.currency,
        missing=wording.t("{share} of tickets without a known price", share=share),
        best=best,
        tone="best" if best else "warning",
        detail=wording.t(
            "{detail}. Ranked on {loaded} loaded.",
            detail=detail,
            loaded=wording.money(outcome.loaded_cost, cost.currency),
        ),
        clauses=clauses,
    )


_PART_NAMES = {
    "yearly_cost": N_("yearly cost"),
    "speed": N_("speed"),
    "coverage": N_("coverage"),
}


def _part_words(part: ScorePart, wording: Wording) -> str:
    """One part of a score: "speed: 100 points × 30% (…; how the points are worked out)"."""
    return wording.t(
        "{part}: {points} points × {weight} ({value}; {basis})",
        part=wording.t(_PART_NAMES[part.name])
        if part.name in _PART_NAMES
        else part.name.replace("_", " "),
        points=_whole(wording, part.points),
        weight=f"{part.weight:.0%}" if wording.english else wording.percent(part.weight),
        value=said(part, "value", wording),
        basis=said(part, "basis", wording),
    )


def _must_cell(outcome: PlanOutcome, wording: Wording = ENGLISH) -> Cell:
    if not outcome.knockouts:
        return Cell(wording.t("none set"), tone="muted")
    failed = outcome.failed
    if not failed:
        return Cell(
            wording.t("all met"),
            sort="0",
            detail="; ".join(said(k, "label", wording) for k in outcome.knockouts),
        )
    text = "; ".join(f"{said(k, 'label', wording)}: {said(k, 'reason', wording)}" for k in failed)
    clauses = tuple(c for k in failed for c in k.clauses)
    return Cell(
        wording.t("fails: {failed}", failed=text),
        sort="1",
        tone="refused",
        detail=text,
        clauses=clauses,
    )


def ranking_table(decision: Decision, *, wording: Wording = ENGLISH) -> Table:
    stat = decision.criteria.cost_statistic
    outcomes = decision.ranking.outcomes
    complete = [o for o in outcomes if o.metrics.cost.complete]
    pool = complete or list(outcomes)
    cheapest = min((o.loaded_cost for o in pool), default=None)
    rows = []
    for outcome in outcomes:
        m = outcome.metrics
        cost = m.cost
        parts = {p.name: p for p in outcome.parts}
        best = cheapest is not None and outcome in pool and outcome.loaded_cost == cheapest
        cells = {
            "rank": Cell(_count(wording, outcome.rank), "number", sort=Decimal(outcome.rank)),
            "plan": Cell(plan_title(m.ref), sort=m.key, detail=m.key),
            "yearly": _yearly_cell(outcome, best, stat, wording),
            "fee": money_cell(
                cost.fee,
                cost.currency,
                missing=wording.t("needs a parameter"),
                clauses=parts["yearly_cost"].clauses[:1],
                wording=wording,
            ),
            "usage": money_cell(cost.usage, cost.currency, wording=wording),
            "range": Cell(
                wording.t(
                    "{low}–{high}",
                    low=wording.money(cost.p10, cost.currency),
                    high=wording.money(cost.p90, cost.currency),
                ),
                sort=cost.p90,
                detail=wording.t("The 10th and 90th percentile of the simulated years"),
            ),
            "priced": Cell(
                wording.percent(1 - m.unpriced_share),
                "percent",
                sort=Decimal(str(1 - m.unpriced_share)),
                tone="normal" if m.unpriced_share == 0 else "warning",
                detail=said(parts["coverage"], "value", wording),
                clauses=parts["coverage"].clauses,
            ),
            "score": Cell(
                _whole(wording, outcome.score),
                "number",
                sort=Decimal(str(outcome.score)),
                best=outcome.rank == 1 and outcome.passed,
                tone="best" if outcome.rank == 1 and outcome.passed else "normal",
                detail="\n".join(_part_words(p, wording) for p in outcome.parts),
            ),
            "speed": Cell(
                said(parts["speed"], "value", wording),
                detail=said(parts["speed"], "basis", wording),
                clauses=parts["speed"].clauses,
            ),
            "musts": _must_cell(outcome, wording),
        }
        rows.append(Row(m.key, cells))
    stat_words = wording.t("expected (mean)") if stat == "mean" else stat.upper()
    t = wording.t
    notes = (
        t(
            "Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of "
            "{years} simulated years, {basis}, in {currency} at the rates of {date}.",
            profile=decision.profile.name,
            statistic=stat_words,
            years=wording.number(decision.years),
            basis=t(decision.criteria.cost_basis),
            currency=decision.currency,
            date=_day(wording, decision),
        ),
        t(
            "A plan with tickets it refuses or does not price shows the known part; it is ranked "
            "on the cost with those tickets loaded at {rate} each (the highest usage cost per "
            "priced ticket among the plans).",
            rate=wording.money(decision.ranking.loading_rate, decision.currency),
        ),
        t("Score: {criteria}.", criteria=decision.criteria.describe(wording=wording)),
    )
    return Table(t("Ranking"), _titled(RANKING_COLUMNS, wording), tuple(rows), notes)


def _day(wording: Wording, decision: Decision) -> str:
    """The rates' date: ISO in English (as always written), else the locale's."""
    day = decision.rates.date
    return day.isoformat() if wording.english else wording.date(day)


def _names(decision: Decision) -> dict[str, str]:
    return {key: plan_title(m.ref) for key, m in decision.metrics.items()}


def flips_table(decision: Decision, *, wording: Wording = ENGLISH) -> Table:
    t = wording.t
    names = _names(decision)
    columns = (
        Column("what", t("What changes"), "text", 28),
        Column("alternative", t("Tried"), "text", 40),
        Column("winner", t("Winner then"), "text", 30),
        Column("cost", t("Largest yearly change"), "money", 16),
        Column("threshold", t("Where it flips"), "text", 20),
    )
    rows = []
    for n, check in enumerate(sorted(decision.checks, key=lambda c: (not c.flips, c.kind))):
        winner = names.get(check.winner or "", t("no winner"))
        cells = {
            "what": Cell(
                said(check, "what", wording),
                detail=check.kind,
                clauses=(check.source,) if check.source and check.kind == "reading" else (),
            ),
            "alternative": Cell(said(check, "alternative", wording)),
            "winner": Cell(
                t("{winner} (flips)", winner=winner) if check.flips else t("unchanged"),
                tone="warning" if check.flips else "muted",
                sort="0" if check.flips else "1",
            ),
            "cost": money_cell(check.cost_change, decision.currency, wording=wording),
            "threshold": Cell(
                said(check, "threshold", wording) if check.threshold else "—",
                tone="normal" if check.threshold else "muted",
            ),
        }
        rows.append(Row(f"{n}", cells))
    held = sum(1 for c in decision.checks if not c.flips)
    notes = (
        t(
            "{flips} of {count} changes flip the winner; {held} leave it in place.",
            flips=wording.number(len(decision.flips)),
            count=wording.number(len(decision.checks)),
            held=wording.number(held),
        ),
    )
    return Table(t("What would flip the winner"), columns, tuple(rows), notes)


def break_even_table(decision: Decision, *, wording: Wording = ENGLISH) -> Table:
    t = wording.t
    names = _names(decision)
    columns = (
        Column("against", t("Against"), "text", 34),
        Column("tickets", t("Break-even tickets / month"), "number", 12),
        Column("note", t("Reading"), "text", 50),
    )
    rows = []
    for point in decision.break_even:
        tickets = point.tickets_per_month
        cells = {
            "against": Cell(names.get(point.against, point.against), sort=point.against),
            "tickets": Cell(
                t("none in range")
                if tickets is None
                else say_value(Figure(tickets, "", None), wording),
                "number",
                sort=tickets,
                tone="muted" if tickets is None else "normal",
            ),
            "note": Cell(
                said(point, "note", wording)
                + ("" if point.complete else t(" (known prices, loaded)"))
            ),
        }
        rows.append(Row(point.against, cells))
    per_month = decision.profile.tickets_per_month_total
    notes = (
        t(
            "The profile has {count} tickets a month; the winner's yearly cost equals the "
            "rival's at the volume shown.",
            count=say_value(Figure(per_month, "f", None), wording),
        ),
    )
    winner = names.get(decision.winner.key, "") if decision.winner else t("no winner")
    return Table(t("Break-even volumes of {plan}", plan=winner), columns, tuple(rows), notes)


_PROVENANCE_WORDS = {
    "not_stated": N_("not stated"),
    "assumed": N_("assumed"),
    "interpreted": N_("interpreted"),
    "not_supplied": N_("not supplied"),
}


def questions_table(decision: Decision, *, wording: Wording = ENGLISH) -> Table:
    t = wording.t
    columns = (
        Column("vendor", t("Vendor"), "text", 22),
        Column("clause", t("Clause"), "text", 7),
        Column("provenance", t("Now"), "text", 11),
        Column("assumed", t("We assume"), "text", 40),
        Column("question", t("Question to send"), "text", 60),
        Column("impact", t("Could move"), "text", 30),
    )
    rows = []
    for n, question in enumerate(decision.questions):
        cells = {
            "vendor": Cell(question.vendor, sort=question.vendor),
            "clause": Cell(
                question.clause or "—", clauses=(question.clause,) if question.clause else ()
            ),
            "provenance": Cell(
                t(_PROVENANCE_WORDS[question.provenance])
                if question.provenance in _PROVENANCE_WORDS
                else question.provenance.replace("_", " ")
            ),
            "assumed": Cell(said(question, "assumed", wording)),
            "question": Cell(said(question, "question", wording)),
            "impact": Cell(
                said(question, "impact_text", wording),
                sort=question.impact,
                tone="warning" if question.flips else "normal",
            ),
        }
        rows.append(Row(f"{n}", cells))
    return Table(t("Questions for each vendor"), columns, tuple(rows))


def decision_view(decision: Decision, *, wording: Wording = ENGLISH) -> DecisionView:
    """The decision's tables and sentences in `wording`: the sentences are made again from the
    decision's data (not its stored English), so a language switch needs no new decision."""
    from models.decide import sureness_sentence, why_sentence

    stat = decision.criteria.cost_statistic
    basis = wording.t(
        "{statistic} yearly cost, {basis}, in {currency}",
        statistic=wording.t("expected") if stat == "mean" else stat.upper(),
        basis=wording.t(decision.criteria.cost_basis),
        currency=decision.currency,
    )
    return DecisionView(
        headline=why_sentence(decision.ranking, decision.criteria, wording=wording),
        sureness=sureness_sentence(decision.checks, _names(decision), wording=wording),
        basis=basis,
        ranking=ranking_table(decision, wording=wording),
        flips=flips_table(decision, wording=wording),
        break_even=break_even_table(decision, wording=wording),
        questions=questions_table(decision, wording=wording),
    )


def matrix_table(
    runs: Sequence[ScenarioResults],
    rates: Rates | None,
    currency: str | None,
    basis: Basis = "net",
    plan_names: dict[str, str] | None = None,
    *,
    wording: Wording = ENGLISH,
) -> Table:
    """Scenarios × plans: in each cell the work start and the request's cost (converted)."""
    t = wording.t
    if not runs:
        return Table(t("Scenarios × plans"), (Column("scenario", t("Scenario"), "text", 28),), ())
    keys = [f"{r.contract}:{r.plan}" for r in runs[0].results]
    names = plan_names or {k: k for k in keys}
    columns = (
        Column("scenario", t("Scenario"), "text", 28),
        *tuple(Column(k, names.get(k, k), "text", 22) for k in keys),
    )
    rows = []
    for n, run in enumerate(runs):
        first = earliest(run.results)["work_start"]
        cells: dict[str, Cell] = {"scenario": Cell(run.scenario.name, sort=str(n))}
        for i, result in enumerate(run.results):
            start = milestone_cell(result, "work_start", best=i in first, wording=wording)
            amount = request_cost(result, basis)
            code = result.cost.currency
            if currency and rates is not None:
                amount = None if amount is None else rates.convert(amount, code, currency)
                known = rates.convert(known_part(result, basis), code, currency)
                code = currency
            else:
                known = known_part(result, basis)
            cost = money_cell(
                amount,
                code,
                missing=None if amount is not None else missing_words(result, wording=wording),
                known=None if amount is not None else known,
                wording=wording,
            )
            when = (
                wording.instant(start.at, result.scenario.reported_at)
                if start.at
                else t("start not stated")
            )
            cells[keys[i]] = Cell(
                t("{start} · {cost}", start=when, cost=cost.text),
                sort=start.sort,
                at=start.at,
                best=start.best,
                tone=start.tone
                if result.status == "covered"
                else "refused"
                if result.status == "not_covered"
                else "quote",
                detail=t("Work start: {start}\nCost: {cost}", start=start.text, cost=cost.text),
            )
        rows.append(Row(str(n), cells))
    return Table(t("Scenarios × plans: work start · cost"), columns, tuple(rows))


ANNUAL_COLUMNS = (
    Column("plan", N_("Plan"), "text", 30),
    Column("p10", N_("P10"), "money", 14),
    Column("p50", N_("Median"), "money", 14),
    Column("p90", N_("P90"), "money", 14),
    Column("fee", N_("Fee"), "money", 14),
    Column("usage", N_("Usage"), "money", 14),
    Column("overflow", N_("Overflow"), "money", 14),
    Column("not_covered", N_("Not covered a year"), "percent", 14),
    Column("no_price", N_("No price a year"), "text", 14),
    Column("response", N_("Response"), "text", 14),
    Column("work_start", N_("Work start"), "text", 14),
)


def _median_and_p90(stats: TimeStats, wording: Wording) -> Cell:
    """A time measure over the simulated tickets: "3.0 h / 9.0 h" (median / P90)."""
    if stats.median is None:
        return Cell("—")
    return Cell(
        wording.t(
            "{median} / {p90}",
            median=wording.hours(stats.median),
            p90=wording.hours(stats.p90),
        )
    )


def annual_table(
    annual: AnnualResult,
    rates: Rates,
    currency: str | None,
    plan_names: dict[str, str],
    *,
    wording: Wording = ENGLISH,
) -> Table:
    """The yearly simulation, a row per plan: costs over the simulated years (in the
    comparison currency when there is one), the tickets refused a year (mean over the
    simulated years) and their share, the tickets without a price a year, and the median /
    P90 response."""
    rows = []
    for plan in annual.plans:
        key = f"{plan.contract}:{plan.plan}"

        def money(amount: Decimal, source: str = plan.currency) -> Cell:
            value = rates.convert(amount, source, currency) if currency else amount
            return money_cell(value, currency or source, wording=wording)

        needs = (
            wording.t("needs parameter {name}", name=plan.fee_parameter)
            if plan.fee_parameter
            else wording.t("needs a parameter")
        )

        def cost(q: int, plan: PlanYear = plan, needs: str = needs) -> Cell:
            """A percentile of the yearly cost; without the fee, the known part (never a bare
            0) and what the rest needs, as the comparison table shows a missing amount."""
            known = money(plan.percentile(q))
            if plan.fee is not None:
                return known
            return money_cell(
                None,
                currency or plan.currency,
                missing=needs,
                known=known.amount or None,
                wording=wording,
            )

        share = plan.not_covered / plan.tickets if plan.tickets else 0
        years = max(annual.years, 1)  # the counts are over all simulated years: show a year's
        refused_a_year = Decimal(plan.not_covered) / years
        unpriced_a_year = Decimal(plan.not_stated) / years
        cells = {
            "plan": Cell(plan_names.get(key, f"{plan.vendor} · {plan.plan}"), sort=key),
            "p10": cost(10),
            "p50": cost(50),
            "p90": cost(90),
            "fee": money(plan.mean_fee)
            if plan.fee is not None
            else Cell(needs, "money", missing=needs, tone="muted"),
            "usage": money(plan.mean_usage),
            "overflow": money(plan.mean_overflow),
            "not_covered": Cell(
                wording.t(
                    "{count} ({share})",
                    count=wording.number(refused_a_year, 1),
                    share=f"{share:.0%}" if wording.english else wording.percent(share),
                ),
                "percent",
                sort=Decimal(str(share)),
            ),
            "no_price": Cell(
                wording.number(unpriced_a_year, 1)
                if plan.complete
                else wording.t("{count} (incomplete)", count=wording.number(unpriced_a_year, 1)),
                sort=unpriced_a_year,
                tone="normal" if plan.complete else "warning",
            ),
            "response": _median_and_p90(plan.response, wording),
            "work_start": _median_and_p90(plan.work_start, wording),
        }
        rows.append(Row(key, cells))
    return Table(wording.t("A year of support"), _titled(ANNUAL_COLUMNS, wording), tuple(rows))
