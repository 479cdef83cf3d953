"""The readable table that `simulate --format table` prints."""

from __future__ import annotations

from collections.abc import Sequence

from models.annual_results import AnnualResult
from models.decision_view import annual_table
from models.rates import Rates
from models.serialize import ScenarioResults
from models.view import scenario_table


def grid_lines(rows: Sequence[Sequence[str]], numbers_right: bool = False) -> list[str]:
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


_SCENARIO_COLUMNS = ("plan", "status", "response", "work_start", "resolution", "release", "cost")


def render_scenario(run: ScenarioResults, rates: Rates, currency: str | None) -> list[str]:
    """The lines of one scenario: its title, inputs and one row per plan, then a blank line.

    The cells are the comparison view's (`models.view.scenario_table`): the same words, money
    and elapsed times as the app, the workbook and the PDF.
    """
    table = scenario_table(run.scenario, run.results, rates, currency)
    columns = [*_SCENARIO_COLUMNS, *(("converted",) if currency else ())]
    header = [table.column(c).title for c in columns]
    header[0] = "plan"
    rows = [[row.key if c == "plan" else row[c].text for c in columns] for row in table.rows]
    s = run.scenario
    out = [f"## {s.name}"]
    out.append(
        f"   reported {s.reported_at.isoformat()}, {s.severity}, {s.cause.replace('_', ' ')}, "
        f"{s.effort_hours} h work"
        + (f", {s.on_site_hours} h on site" if s.on_site else "")
        + (", after hours" if s.after_hours else "")
        + (", needs a release" if s.requires_release else "")
    )
    out += grid_lines([header, *rows])
    out.append("")
    return out


def render_footer(rates: Rates, currency: str | None) -> str:
    legend = (
        "Times are each vendor's local time, with the time after the report; kinds other than "
        "a commitment are named (average, goal, estimate). Amounts are net (before VAT)."
    )
    out = [legend]
    if currency:
        out.append(f"Converted with rates of {rates.date.isoformat()} (base {rates.base}).")
    return "\n".join(out)


def render(runs: Sequence[ScenarioResults], rates: Rates, currency: str | None) -> str:
    out: list[str] = []
    for run in runs:
        out += render_scenario(run, rates, currency)
    out.append(render_footer(rates, currency))
    return "\n".join(out)


def render_annual(annual: AnnualResult, rates: Rates, currency: str | None) -> str:
    """The yearly simulation as a readable table: the cells of the annual view
    (`models.decision_view.annual_table`), the same words and money as the PDF."""
    names = {f"{p.contract}:{p.plan}": f"{p.contract}:{p.plan}" for p in annual.plans}
    table = annual_table(annual, rates, currency, names)
    header = [c.title for c in table.columns]
    header[0] = "plan"
    rows = [[row[c.id].text for c in table.columns] for row in table.rows]
    title = f"{annual.profile.name}: {annual.years} simulated years, seed {annual.seed}"
    lines = [f"{title}, {annual.tickets_per_year:.1f} tickets a year", ""]
    lines += grid_lines([header, *rows], numbers_right=True)
    lines.append("")
    lines.append(
        "Yearly cost, known part, before VAT: P10/median/P90 over the simulated years; fee, "
        "usage and overflow are yearly means; tickets not covered and without a price are a "
        "year's mean (the share of all tickets in brackets). 'No price': tickets whose price "
        "the terms do not state (so the total is incomplete). Response and work start: median "
        "/ P90."
    )
    return "\n".join(lines)
