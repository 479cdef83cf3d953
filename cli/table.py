"""The readable table that `simulate --format table` prints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from models.elapsed import elapsed_hours
from models.money import round_shown
from models.rates import Rates
from models.result import MilestoneResult, Result
from models.serialize import ScenarioResults, converted

_KIND_MARK = {
    "commitment": "",
    "average": " avg",
    "goal": " goal",
    "estimate": " est",
    "best_effort": " best effort",
}


def _grid(rows: Sequence[Sequence[str]], numbers_right: bool = False) -> list[str]:
    """Rows as aligned columns, the header underlined; the first column is left-aligned and
    the others too, or right-aligned when they hold figures."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = (
            cell.rjust(widths[i]) if numbers_right and i else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        )
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _when(milestone: MilestoneResult | None, reported: datetime) -> str:
    if milestone is None:
        return "—"
    hours = elapsed_hours(reported, milestone.at)
    return f"{milestone.at:%a %d %b %H:%M}{_KIND_MARK[milestone.kind]} (+{hours:.1f}h)"


def _money(result: Result) -> str:
    net = result.cost.net
    if net is None:
        return "not stated" if result.status != "not_covered" else "not covered"
    return f"{result.cost.currency} {round_shown(net):,}"


def _row(result: Result, rates: Rates, currency: str | None) -> list[str]:
    reported = result.scenario.reported_at
    row = [
        f"{result.contract}:{result.plan}",
        result.status.replace("_", " "),
        *(_when(result.milestones[name], reported) for name in ("response", "work_start")),
        _when(result.milestones["resolution"], reported),
        _when(result.milestones["release"], reported),
        _money(result),
    ]
    if currency:
        net = converted(result.cost, rates, currency)["net"]
        row.append("—" if net is None else f"{currency} {net}")
    return row


def render(runs: Sequence[ScenarioResults], rates: Rates, currency: str | None) -> str:
    header = ["plan", "status", "response", "work start", "resolution", "release", "net"]
    if currency:
        header.append(f"net {currency}")
    out: list[str] = []
    for run in runs:
        s = run.scenario
        out.append(f"## {s.name}")
        out.append(
            f"   reported {s.reported_at.isoformat()}, {s.severity}, {s.cause.replace('_', ' ')}, "
            f"{s.effort_hours} h work"
            + (f", {s.on_site_hours} h on site" if s.on_site else "")
            + (", after hours" if s.after_hours else "")
            + (", needs a release" if s.requires_release else "")
        )
        out += _grid([header, *(_row(r, rates, currency) for r in run.results)])
        out.append("")
    out.append(
        "Times are each vendor's local time; avg = average, goal = goal, est = estimate "
        "(no mark: commitment). Amounts are before VAT."
    )
    if currency:
        out.append(f"Converted with rates of {rates.date.isoformat()} (base {rates.base}).")
    return "\n".join(out)


def _annual_row(plan: dict[str, Any], converted: bool) -> list[str]:
    costs = plan["converted"] if converted else plan["cost"]
    currency = costs["currency"] if converted else plan["currency"]
    keys = ("p10", "p50", "p90", "fee", "usage", "overflow")
    row = [f"{plan['contract']}:{plan['plan']}"]
    row += [f"{currency} {float(costs[k]):,.0f}" for k in keys]
    refused = plan["not_covered"]
    row.append(f"{refused['count']} ({refused['share']:.0%})")
    unknown_fee = " +fee?" if plan["not_stated"]["fee_unknown"] else ""
    row.append(f"{plan['not_stated']['count']}{unknown_fee}")
    for key in ("response_hours", "work_start_hours"):
        times = plan[key]
        known = times["median"] is not None
        row.append(f"{times['median']:.1f} / {times['p90']:.1f}" if known else "—")
    return row


def render_annual(document: dict[str, Any]) -> str:
    """The yearly simulation as a readable table."""
    plans: list[dict[str, Any]] = document["plans"]
    converted = bool(plans and "converted" in plans[0])
    header = ["plan", "P10", "P50", "P90", "fee", "usage", "overflow", "not covered", "no price"]
    header += ["response h (med/p90)", "work start h (med/p90)"]
    rows = [header, *(_annual_row(plan, converted) for plan in plans)]
    title = f"{document['profile']}: {document['years']} simulated years, seed {document['seed']}"
    lines = [f"{title}, {document['tickets_per_year']} tickets a year", ""]
    lines += _grid(rows, numbers_right=True)
    lines.append("")
    lines.append(
        "Yearly cost, known part, before VAT: P10/P50/P90 over the simulated years; fee, usage and "
        "overflow are yearly means. 'no price': tickets whose price the terms do not state "
        "(so the total is incomplete)."
    )
    return "\n".join(lines)
