"""The "Annual" sheet: each plan's simulated yearly cost and service levels, with charts."""

from __future__ import annotations

from decimal import Decimal

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.xlsx_cells import COMPARISON_CURRENCY, header, money_format, put, widths
from models.annual import AnnualResult, BreakEvenPoint


def write_annual(
    ws: Worksheet,
    annual: AnnualResult,
    break_even: list[BreakEvenPoint],
    currency: str | None,
    convert_formula: object,
) -> None:
    profile = annual.profile
    put(ws, 1, 1, f"A year of support: {profile.name}").font = Font(bold=True, size=14)
    put(
        ws,
        2,
        1,
        f"{annual.years} simulated years (seed {annual.seed}), {annual.tickets_per_year:.1f} "
        f"tickets a year on average, reported from {profile.timezone}.",
    )
    put(ws, 3, 1, "Yearly cost before VAT, known part; fee, usage and overflow are yearly means.")
    columns = [
        "Vendor", "Contract", "Plan", "Currency", "P10", "Median", "P90", "Fee", "Usage",
        "Overflow", "Median (comparison)", "Not covered", "Not covered share",
        "Price not stated", "Complete", "Response h median", "Response h P90",
        "Work start h median", "Work start h P90", "Critical response h median",
    ]  # fmt: skip
    top = 5
    header(ws, top, columns)
    col = {name: i for i, name in enumerate(columns, start=1)}
    label = ws.cell(top, col["Median (comparison)"])  # follows the Rates sheet's currency
    label.value = f'="Median ("&{COMPARISON_CURRENCY}&")"'

    for n, plan in enumerate(annual.plans, start=top + 1):
        put(ws, n, col["Vendor"], plan.vendor)
        put(ws, n, col["Contract"], plan.contract)
        put(ws, n, col["Plan"], plan.plan)
        put(ws, n, col["Currency"], plan.currency)
        values: dict[str, Decimal] = {
            "P10": plan.percentile(10),
            "Median": plan.percentile(50),
            "P90": plan.percentile(90),
            "Fee": plan.mean_fee,
            "Usage": plan.mean_usage,
            "Overflow": plan.mean_overflow,
        }
        for name, amount in values.items():
            put(ws, n, col[name], amount).number_format = money_format(plan.currency)
        median = f"{get_column_letter(col['Median'])}{n}"
        code = f"${get_column_letter(col['Currency'])}{n}"
        cell = ws.cell(row=n, column=col["Median (comparison)"])
        cell.value = convert_formula(median, code)  # type: ignore[operator]
        cell.number_format = money_format(currency or "")
        put(ws, n, col["Not covered"], plan.not_covered)
        share = put(ws, n, col["Not covered share"], plan.not_covered / max(plan.tickets, 1))
        share.number_format = "0.0%"
        put(ws, n, col["Price not stated"], plan.not_stated)
        put(ws, n, col["Complete"], "yes" if plan.complete else "no")
        for name, value in (
            ("Response h median", plan.response.median),
            ("Response h P90", plan.response.p90),
            ("Work start h median", plan.work_start.median),
            ("Work start h P90", plan.work_start.p90),
            ("Critical response h median", plan.response.critical_median),
        ):
            put(ws, n, col[name], "not stated" if value is None else value)
    last = top + len(annual.plans)
    ws.freeze_panes = f"D{top + 1}"
    ws.auto_filter.ref = f"A{top}:{get_column_letter(len(columns))}{last}"
    widths(ws, [24, 18, 18, 9] + [16] * 7 + [11, 11, 11, 9] + [11] * 5)
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Median yearly cost ({currency or 'vendor currency'})"
    chart.legend = None
    chart.add_data(
        Reference(ws, min_col=col["Median (comparison)"], min_row=top, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=col["Plan"], min_row=top + 1, max_row=last))
    chart.height, chart.width = max(8.0, 0.55 * len(annual.plans)), 20
    ws.add_chart(chart, f"B{last + 3}")
    if break_even:
        _break_even(ws, break_even, last + 6 + int(chart.height * 2), currency)


def _break_even(
    ws: Worksheet, points: list[BreakEvenPoint], top: int, currency: str | None
) -> None:
    keys: list[str] = []
    for point in points:
        keys += [k for k in point.median if k not in keys]
    put(ws, top - 1, 1, "Break-even: median yearly cost by tickets a month").font = Font(
        bold=True, size=12
    )
    header(ws, top, ["Tickets a month", *keys])
    for n, point in enumerate(points, start=top + 1):
        put(ws, n, 1, round(point.tickets_per_month, 2))
        for c, key in enumerate(keys, start=2):
            value = point.median.get(key)
            cell = put(ws, n, c, value if value is not None else None)
            cell.number_format = money_format(currency or "")
    chart = LineChart()
    chart.title = f"Median yearly cost ({currency or 'vendor currency'}) by tickets a month"
    chart.y_axis.title = currency or ""
    chart.x_axis.title = "tickets a month"
    last = top + len(points)
    chart.add_data(
        Reference(ws, min_col=2, max_col=1 + len(keys), min_row=top, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
    chart.height, chart.width = 10, 24
    ws.add_chart(chart, f"B{last + 2}")
