"""The decision as tables of cells (see `models.view`): the headline, the ranking, what flips
the winner, the break-even volumes, the questions for each vendor, and the scenarios × plans
matrix. The app, the workbook, the PDF and `decide --format table` lay out exactly these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from models.comparison import plan_title
from models.decision import PlanOutcome
from models.money import format_money
from models.rates import Rates
from models.serialize import ScenarioResults
from models.view import (
    Basis,
    Cell,
    Column,
    Row,
    Table,
    earliest,
    format_hours,
    known_part,
    milestone_cell,
    missing_words,
    money_cell,
    request_cost,
)

if TYPE_CHECKING:
    from models.annual import AnnualResult
    from models.decide import Decision

RANKING_COLUMNS = (
    Column("rank", "#", "number", 3),
    Column("plan", "Vendor · plan", "text", 30),
    Column("yearly", "Yearly cost", "money", 16),
    Column("fee", "Fee / year", "money", 14),
    Column("usage", "Usage / year", "money", 14),
    Column("range", "P10–P90", "text", 22),
    Column("priced", "Priced", "percent", 8),
    Column("score", "Score", "number", 6),
    Column("speed", "Speed", "text", 30),
    Column("musts", "Must-haves", "text", 24),
)


@dataclass(frozen=True)
class DecisionView:
    headline: str
    sureness: str
    basis: str  # how the yearly costs are compared, in words
    ranking: Table
    flips: Table
    break_even: Table
    questions: Table


def _yearly_cell(outcome: PlanOutcome, best: bool, statistic: str) -> Cell:
    cost = outcome.metrics.cost
    known = cost.statistic(statistic)
    clauses = next(p.clauses for p in outcome.parts if p.name == "yearly_cost")
    detail = next(p.value for p in outcome.parts if p.name == "yearly_cost")
    if cost.complete:
        return money_cell(known, cost.currency, best=best, detail=detail, clauses=clauses)
    share = outcome.metrics.unpriced_share * 100
    return Cell(
        f"{format_money(known, cost.currency)} + {share:.0f} % unpriced",
        "money",
        sort=outcome.loaded_cost,
        amount=known,
        currency=cost.currency,
        missing=f"{share:.0f} % of tickets without a known price",
        best=best,
        tone="best" if best else "warning",
        detail=f"{detail}. Ranked on {format_money(outcome.loaded_cost, cost.currency)} loaded.",
        clauses=clauses,
    )


def _must_cell(outcome: PlanOutcome) -> Cell:
    if not outcome.knockouts:
        return Cell("none set", tone="muted")
    failed = outcome.failed
    if not failed:
        return Cell("all met", sort="0", detail="; ".join(k.label for k in outcome.knockouts))
    text = "; ".join(f"{k.label}: {k.reason}" for k in failed)
    clauses = tuple(c for k in failed for c in k.clauses)
    return Cell(f"fails: {text}", sort="1", tone="refused", detail=text, clauses=clauses)


def ranking_table(decision: Decision) -> Table:
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
            "rank": Cell(str(outcome.rank), "number", sort=Decimal(outcome.rank)),
            "plan": Cell(plan_title(m.ref), sort=m.key, detail=m.key),
            "yearly": _yearly_cell(outcome, best, stat),
            "fee": money_cell(
                cost.fee,
                cost.currency,
                missing="needs a parameter",
                clauses=parts["yearly_cost"].clauses[:1],
            ),
            "usage": money_cell(cost.usage, cost.currency),
            "range": Cell(
                f"{format_money(cost.p10, cost.currency)}–{format_money(cost.p90, cost.currency)}",
                sort=cost.p90,
                detail="The 10th and 90th percentile of the simulated years",
            ),
            "priced": Cell(
                f"{(1 - m.unpriced_share) * 100:.0f} %",
                "percent",
                sort=Decimal(str(1 - m.unpriced_share)),
                tone="normal" if m.unpriced_share == 0 else "warning",
                detail=parts["coverage"].value,
                clauses=parts["coverage"].clauses,
            ),
            "score": Cell(
                f"{outcome.score:.0f}",
                "number",
                sort=Decimal(str(outcome.score)),
                best=outcome.rank == 1 and outcome.passed,
                tone="best" if outcome.rank == 1 and outcome.passed else "normal",
                detail="\n".join(
                    f"{p.name.replace('_', ' ')}: {p.points:.0f} points × {p.weight:.0%} "
                    f"({p.value}; {p.basis})"
                    for p in outcome.parts
                ),
            ),
            "speed": Cell(
                parts["speed"].value, detail=parts["speed"].basis, clauses=parts["speed"].clauses
            ),
            "musts": _must_cell(outcome),
        }
        rows.append(Row(m.key, cells))
    stat_words = "expected (mean)" if stat == "mean" else stat.upper()
    notes = (
        (
            f"Yearly cost: the fee plus usage under the profile “{decision.profile.name}”, "
            f"{stat_words} of {decision.years:,} simulated years, {decision.criteria.cost_basis}, "
            f"in {decision.currency} at the rates of {decision.rates.date.isoformat()}."
        ),
        (
            "A plan with tickets it refuses or does not price shows the known part; it is ranked "
            "on the cost with those tickets loaded at "
            f"{format_money(decision.ranking.loading_rate, decision.currency)} each (the highest "
            "usage cost per priced ticket among the plans)."
        ),
        f"Score: {decision.criteria.describe()}.",
    )
    return Table("Ranking", RANKING_COLUMNS, tuple(rows), notes)


def _names(decision: Decision) -> dict[str, str]:
    return {key: plan_title(m.ref) for key, m in decision.metrics.items()}


def flips_table(decision: Decision) -> Table:
    names = _names(decision)
    columns = (
        Column("what", "What changes", "text", 28),
        Column("alternative", "Tried", "text", 40),
        Column("winner", "Winner then", "text", 30),
        Column("cost", "Largest yearly change", "money", 16),
        Column("threshold", "Where it flips", "text", 20),
    )
    rows = []
    for n, check in enumerate(sorted(decision.checks, key=lambda c: (not c.flips, c.kind))):
        winner = names.get(check.winner or "", "no winner")
        cells = {
            "what": Cell(
                check.what,
                detail=check.kind,
                clauses=(check.source,) if check.source and check.kind == "reading" else (),
            ),
            "alternative": Cell(check.alternative),
            "winner": Cell(
                f"{winner} (flips)" if check.flips else "unchanged",
                tone="warning" if check.flips else "muted",
                sort="0" if check.flips else "1",
            ),
            "cost": money_cell(check.cost_change, decision.currency),
            "threshold": Cell(
                check.threshold or "—", tone="normal" if check.threshold else "muted"
            ),
        }
        rows.append(Row(f"{n}", cells))
    held = sum(1 for c in decision.checks if not c.flips)
    notes = (
        (
            f"{len(decision.flips)} of {len(decision.checks)} changes flip the winner; "
            f"{held} leave it in place."
        ),
    )
    return Table("What would flip the winner", columns, tuple(rows), notes)


def break_even_table(decision: Decision) -> Table:
    names = _names(decision)
    columns = (
        Column("against", "Against", "text", 34),
        Column("tickets", "Break-even tickets / month", "number", 12),
        Column("note", "Reading", "text", 50),
    )
    rows = []
    for point in decision.break_even:
        tickets = point.tickets_per_month
        cells = {
            "against": Cell(names.get(point.against, point.against), sort=point.against),
            "tickets": Cell(
                "none in range" if tickets is None else f"{tickets}",
                "number",
                sort=tickets,
                tone="muted" if tickets is None else "normal",
            ),
            "note": Cell(point.note + ("" if point.complete else " (known prices, loaded)")),
        }
        rows.append(Row(point.against, cells))
    per_month = decision.profile.tickets_per_month_total
    notes = (
        (
            f"The profile has {per_month:f} tickets a month; the winner's yearly cost equals the "
            "rival's at the volume shown."
        ),
    )
    winner = names.get(decision.winner.key, "") if decision.winner else "no winner"
    return Table(f"Break-even volumes of {winner}", columns, tuple(rows), notes)


def questions_table(decision: Decision) -> Table:
    columns = (
        Column("vendor", "Vendor", "text", 22),
        Column("clause", "Clause", "text", 7),
        Column("provenance", "Now", "text", 11),
        Column("assumed", "We assume", "text", 40),
        Column("question", "Question to send", "text", 60),
        Column("impact", "Could move", "text", 30),
    )
    rows = []
    for n, question in enumerate(decision.questions):
        cells = {
            "vendor": Cell(question.vendor, sort=question.vendor),
            "clause": Cell(
                question.clause or "—", clauses=(question.clause,) if question.clause else ()
            ),
            "provenance": Cell(question.provenance.replace("_", " ")),
            "assumed": Cell(question.assumed),
            "question": Cell(question.question),
            "impact": Cell(
                question.impact_text,
                sort=question.impact,
                tone="warning" if question.flips else "normal",
            ),
        }
        rows.append(Row(f"{n}", cells))
    return Table("Questions for each vendor", columns, tuple(rows))


def decision_view(decision: Decision) -> DecisionView:
    stat = decision.criteria.cost_statistic
    basis = (
        f"{'expected' if stat == 'mean' else stat.upper()} yearly cost, "
        f"{decision.criteria.cost_basis}, in {decision.currency}"
    )
    return DecisionView(
        headline=decision.why,
        sureness=decision.sureness,
        basis=basis,
        ranking=ranking_table(decision),
        flips=flips_table(decision),
        break_even=break_even_table(decision),
        questions=questions_table(decision),
    )


def matrix_table(
    runs: Sequence[ScenarioResults],
    rates: Rates | None,
    currency: str | None,
    basis: Basis = "net",
    plan_names: dict[str, str] | None = None,
) -> Table:
    """Scenarios × plans: in each cell the work start and the request's cost (converted)."""
    if not runs:
        return Table("Scenarios × plans", (Column("scenario", "Scenario", "text", 28),), ())
    keys = [f"{r.contract}:{r.plan}" for r in runs[0].results]
    names = plan_names or {k: k for k in keys}
    columns = (
        Column("scenario", "Scenario", "text", 28),
        *tuple(Column(k, names.get(k, k), "text", 22) for k in keys),
    )
    rows = []
    for n, run in enumerate(runs):
        first = earliest(run.results)["work_start"]
        cells: dict[str, Cell] = {"scenario": Cell(run.scenario.name, sort=str(n))}
        for i, result in enumerate(run.results):
            start = milestone_cell(result, "work_start", best=i in first)
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
                missing=None if amount is not None else missing_words(result),
                known=None if amount is not None else known,
            )
            cells[keys[i]] = Cell(
                f"{start.text.split(' (')[0] if start.at else 'start not stated'} · {cost.text}",
                sort=start.sort,
                at=start.at,
                best=start.best,
                tone=start.tone
                if result.status == "covered"
                else "refused"
                if result.status == "not_covered"
                else "quote",
                detail=f"Work start: {start.text}\nCost: {cost.text}",
            )
        rows.append(Row(str(n), cells))
    return Table("Scenarios × plans: work start · cost", columns, tuple(rows))


ANNUAL_COLUMNS = (
    Column("plan", "Plan", "text", 30),
    Column("p10", "P10", "money", 14),
    Column("p50", "Median", "money", 14),
    Column("p90", "P90", "money", 14),
    Column("fee", "Fee", "money", 14),
    Column("usage", "Usage", "money", 14),
    Column("overflow", "Overflow", "money", 14),
    Column("not_covered", "Not covered a year", "percent", 14),
    Column("no_price", "No price a year", "text", 14),
    Column("response", "Response", "text", 14),
)


def annual_table(
    annual: AnnualResult, rates: Rates, currency: str | None, plan_names: dict[str, str]
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
            return money_cell(value, currency or source)

        share = plan.not_covered / plan.tickets if plan.tickets else 0
        years = max(annual.years, 1)  # the counts are over all simulated years: show a year's
        refused_a_year = Decimal(plan.not_covered) / years
        unpriced_a_year = Decimal(plan.not_stated) / years
        response = plan.response
        cells = {
            "plan": Cell(plan_names.get(key, f"{plan.vendor} · {plan.plan}"), sort=key),
            "p10": money(plan.percentile(10)),
            "p50": money(plan.percentile(50)),
            "p90": money(plan.percentile(90)),
            "fee": money(plan.mean_fee)
            if plan.fee is not None
            else Cell("needs a parameter", "money", missing="needs a parameter", tone="muted"),
            "usage": money(plan.mean_usage),
            "overflow": money(plan.mean_overflow),
            "not_covered": Cell(
                f"{refused_a_year:.1f} ({share:.0%})", "percent", sort=Decimal(str(share))
            ),
            "no_price": Cell(
                f"{unpriced_a_year:.1f}" + ("" if plan.complete else " (incomplete)"),
                sort=unpriced_a_year,
                tone="normal" if plan.complete else "warning",
            ),
            "response": Cell(
                "—"
                if response.median is None
                else f"{format_hours(response.median)} / {format_hours(response.p90)}"
            ),
        }
        rows.append(Row(key, cells))
    return Table("A year of support", ANNUAL_COLUMNS, tuple(rows))
