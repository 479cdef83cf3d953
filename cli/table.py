"""The readable table that `simulate --format table` prints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from models.money import round_shown
from models.rates import Rates
from models.result import MilestoneResult, Result
from models.serialize import ScenarioResults, converted

_KIND_MARK = {"commitment": "", "average": " avg", "goal": " goal", "estimate": " est"}


def _when(milestone: MilestoneResult | None, reported: datetime) -> str:
    if milestone is None:
        return "—"
    hours = (milestone.at - reported).total_seconds() / 3600
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
        rows = [header, *(_row(r, rates, currency) for r in run.results)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        for n, row in enumerate(rows):
            out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        out.append("")
    out.append(
        "Times are each vendor's local time; avg = average, goal = goal, est = estimate "
        "(no mark: commitment). Amounts are before VAT."
    )
    if currency:
        out.append(f"Converted with rates of {rates.date.isoformat()} (base {rates.base}).")
    return "\n".join(out)
