"""The comparison as an Excel workbook a procurement team can use as it is.

Sheets: Summary (one row per scenario × plan, real date-times, currency formats, converted
values as formulas over the Rates sheet, cheapest and fastest highlighted), one sheet per
scenario (inputs, milestones, cost lines with clauses, a bar chart of cost per plan),
Contracts (the terms side by side), Clauses (original words and English), Assumptions, Rates.

No text from a contract or a scenario ever becomes a formula: such cells are written as text.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.common import (
    MILESTONE_TITLES,
    RTL_LANGUAGES,
    Progress,
    atomic_output,
    elapsed_hours,
    no_progress,
    plan_label,
)
from exports.xlsx_cells import (
    BEST_FILL,
    DATE_FORMAT,
    HOURS_FORMAT,
    RATES_FIRST_ROW,
    RTL,
    WRAP,
    formula,
    header,
    money_format,
    put,
    sheet_title,
    widths,
)
from models.describe import term_sheet
from models.office import HOLIDAYS_LIBRARY
from models.report import ComparisonReport
from models.vocabulary import MILESTONES


class ExcelExporter:
    """Writes a ComparisonReport to .xlsx; `progress` hears about each sheet."""

    def __init__(self, report: ComparisonReport, progress: Progress = no_progress) -> None:
        self.report = report
        self.progress = progress
        self._titles: set[str] = set()

    def write(self, path: Path) -> None:
        wb = Workbook()
        summary = wb.active
        summary.title = sheet_title("Summary", self._titles)
        steps = 5 + len(self.report.runs)
        self.progress(0, steps, "Rates")
        rates = wb.create_sheet(sheet_title("Rates", self._titles))
        self._rates(rates)
        self.progress(1, steps, "Summary")
        self._summary(summary)
        for n, run in enumerate(self.report.runs):
            self.progress(2 + n, steps, run.scenario.name)
            ws = wb.create_sheet(sheet_title(run.scenario.name, self._titles))
            self._scenario(ws, n)
        self.progress(steps - 3, steps, "Contracts")
        self._contracts(wb.create_sheet(sheet_title("Contracts", self._titles)))
        self.progress(steps - 2, steps, "Clauses")
        self._clauses(wb.create_sheet(sheet_title("Clauses", self._titles)))
        self._assumptions(wb.create_sheet(sheet_title("Assumptions", self._titles)))
        if self.report.annual is not None:
            from exports.excel_annual import write_annual

            write_annual(
                wb.create_sheet(sheet_title("Annual", self._titles), 1),
                self.report.annual,
                list(self.report.break_even),
                self.report.currency,
                self._convert_formula,
            )
        wb.move_sheet(rates, offset=len(wb.sheetnames))
        props = wb.properties
        props.title = self.report.title
        props.subject = f"Prepared for {self.report.client}" if self.report.client else ""
        props.creator = self.report.prepared_by or "Termscope"
        props.created = self.report.created.replace(tzinfo=None)
        props.description = f"Rates of {self.report.rates.date.isoformat()}; {HOLIDAYS_LIBRARY}"
        self.progress(steps - 1, steps, "Saving")
        with atomic_output(path) as temporary:
            wb.save(temporary)
        self.progress(steps, steps, "Done")

    # --- Rates ---

    def _rates(self, ws: Worksheet) -> None:
        rates = self.report.rates
        put(ws, 1, 1, "Rates of").font = Font(bold=True)
        put(ws, 1, 2, rates.date).number_format = "yyyy-mm-dd"
        put(ws, 2, 1, "Base currency").font = Font(bold=True)
        put(ws, 2, 2, rates.base)
        put(ws, 3, 1, "Comparison currency").font = Font(bold=True)
        put(ws, 3, 2, self.report.currency or "")
        put(ws, 4, 1, "Change a rate or the comparison currency: the Summary follows.")
        put(ws, 1, 4, "Holiday tables").font = Font(bold=True)
        put(ws, 1, 5, HOLIDAYS_LIBRARY)
        header(ws, RATES_FIRST_ROW - 1, ["Currency", f"Units per 1 {rates.base}"])
        for n, (code, rate) in enumerate(sorted(rates.rates.items())):
            put(ws, RATES_FIRST_ROW + n, 1, code)
            put(ws, RATES_FIRST_ROW + n, 2, rate).number_format = "#,##0.######"
        widths(ws, [22, 20])

    def _rate_lookup(self, code_cell: str) -> str:
        last = RATES_FIRST_ROW + len(self.report.rates.rates) - 1
        table = f"Rates!$A${RATES_FIRST_ROW}:$B${last}"
        return f"VLOOKUP({code_cell},{table},2,FALSE)"

    def _convert_formula(self, amount_cell: str, currency_cell: str) -> str:
        return (
            f'=IF(AND(ISNUMBER({amount_cell}),Rates!$B$3<>""),'
            f"{amount_cell}/{self._rate_lookup(currency_cell)}*{self._rate_lookup('Rates!$B$3')},"
            '"")'
        )

    # --- Summary ---

    SUMMARY_COLUMNS = (
        ["Scenario", "Vendor", "Contract", "Plan", "Status", "Zone"]
        + [f"{MILESTONE_TITLES[m]}{suffix}" for m in MILESTONES for suffix in ("", " kind", " h")]
        + ["Currency", "Net", "VAT", "Gross", "Net (comparison)", "Gross (comparison)"]
        + ["Plan fee", "Fee period", "Complete"]
    )

    def _summary(self, ws: Worksheet) -> None:
        report = self.report
        header(ws, 1, self.SUMMARY_COLUMNS)
        col = {name: i for i, name in enumerate(self.SUMMARY_COLUMNS, start=1)}
        row = 2
        for run in report.runs:
            for result in run.results:
                contract = report.contract(result.contract)
                put(ws, row, col["Scenario"], run.scenario.name)
                put(ws, row, col["Vendor"], result.vendor)
                put(ws, row, col["Contract"], result.contract)
                put(ws, row, col["Plan"], result.plan)
                put(ws, row, col["Status"], result.status_words)
                put(ws, row, col["Zone"], contract.timezone)
                for name in MILESTONES:
                    milestone = result.milestones[name]
                    title = MILESTONE_TITLES[name]
                    if milestone is None:
                        put(ws, row, col[title], "not stated")
                        continue
                    when = put(ws, row, col[title], milestone.at.replace(tzinfo=None))
                    when.number_format = DATE_FORMAT
                    put(ws, row, col[f"{title} kind"], milestone.kind)
                    hours = put(ws, row, col[f"{title} h"], elapsed_hours(milestone, result))
                    hours.number_format = HOURS_FORMAT
                cost = result.cost
                currency_cell = f"${get_column_letter(col['Currency'])}{row}"
                put(ws, row, col["Currency"], cost.currency)
                missing = result.missing_cost_words
                for column, amount in (("Net", cost.net), ("VAT", cost.vat), ("Gross", cost.gross)):
                    cell = put(ws, row, col[column], missing if amount is None else amount)
                    cell.number_format = money_format(cost.currency)
                for column, source in (
                    ("Net (comparison)", "Net"),
                    ("Gross (comparison)", "Gross"),
                ):
                    amount_cell = f"{get_column_letter(col[source])}{row}"
                    cell = formula(
                        ws, row, col[column], self._convert_formula(amount_cell, currency_cell)
                    )
                    cell.number_format = money_format(report.currency or "")
                fee = result.plan_fee
                if fee is not None:
                    amount = put(
                        ws,
                        row,
                        col["Plan fee"],
                        fee.amount if fee.amount is not None else "needs a parameter",
                    )
                    amount.number_format = money_format(fee.currency)
                    put(ws, row, col["Fee period"], fee.period)
                put(ws, row, col["Complete"], "yes" if cost.complete else "no")
                row += 1
        last = row - 1
        ws.freeze_panes = "E2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(self.SUMMARY_COLUMNS))}{last}"
        widths(ws, [34, 24, 16, 18, 15, 16] + [17, 11, 7] * 4 + [9, 16, 14, 16, 16, 16, 18, 9, 9])
        ws.row_dimensions[1].height = 32
        if last >= 2:
            self._highlight(ws, col, last)

    def _highlight(self, ws: Worksheet, col: dict[str, int], last: int) -> None:
        """Cheapest (comparison net) and fastest (work start, else response) per scenario."""
        a = get_column_letter(col["Scenario"])

        def best_rule(column: str) -> FormulaRule:
            c = get_column_letter(col[column])
            return FormulaRule(
                formula=[
                    f"AND(ISNUMBER(${c}2),${c}2=MINIFS(${c}$2:${c}${last},${a}$2:${a}${last},${a}2))"
                ],
                fill=BEST_FILL,
            )

        for column, target in (
            ("Net (comparison)", "Net (comparison)"),
            ("Work start h", "Work start"),
            ("Response h", "Response"),
        ):
            letter = get_column_letter(col[target])
            ws.conditional_formatting.add(f"{letter}2:{letter}{last}", best_rule(column))
            hours = get_column_letter(col[column])
            ws.conditional_formatting.add(f"{hours}2:{hours}{last}", best_rule(column))

    # --- a sheet per scenario ---

    def _scenario(self, ws: Worksheet, index: int) -> None:
        report = self.report
        run = report.runs[index]
        s = run.scenario
        put(ws, 1, 1, s.name).font = Font(bold=True, size=14)
        inputs = [
            ("Reported", s.reported_at.isoformat()),
            ("Severity", s.severity),
            ("Cause", s.cause.replace("_", " ")),
            ("Effort (h)", s.effort_hours),
            ("On site (h)", s.on_site_hours),
            ("After hours", "yes" if s.after_hours else "no"),
            ("Needs a release", "yes" if s.requires_release else "no"),
            ("Issue age (h)", s.issue_age_hours),
        ]
        for n, (name, value) in enumerate(inputs, start=2):
            put(ws, n, 1, name).font = Font(bold=True)
            put(ws, n, 2, value)
        row = len(inputs) + 3
        put(ws, row, 1, "Milestones").font = Font(bold=True, size=12)
        row += 1
        header(
            ws,
            row,
            [
                "Plan",
                "Milestone",
                "Local time",
                "Zone",
                "Kind",
                "Hours after report",
                "Clause",
                "How",
            ],
        )
        for result in run.results:
            zone = report.contract(result.contract).timezone
            for name in MILESTONES:
                milestone = result.milestones[name]
                row += 1
                put(ws, row, 1, plan_label(result))
                put(ws, row, 2, MILESTONE_TITLES[name])
                if milestone is None:
                    put(ws, row, 3, "not stated")
                    continue
                put(ws, row, 3, milestone.at.replace(tzinfo=None)).number_format = DATE_FORMAT
                put(ws, row, 4, zone)
                put(ws, row, 5, milestone.kind)
                put(ws, row, 6, elapsed_hours(milestone, result)).number_format = HOURS_FORMAT
                put(ws, row, 7, milestone.clause or "")
                put(ws, row, 8, milestone.basis)
        row += 2
        put(ws, row, 1, "Cost lines").font = Font(bold=True, size=12)
        row += 1
        header(ws, row, ["Plan", "Line", "Amount", "Currency", "Clause", "Provenance", "Why"])
        for result in run.results:
            for line in result.cost.lines:
                row += 1
                put(ws, row, 1, plan_label(result))
                put(ws, row, 2, line.label)
                amount = put(ws, row, 3, line.amount if line.amount is not None else "not stated")
                amount.number_format = money_format(result.cost.currency)
                put(ws, row, 4, result.cost.currency)
                put(ws, row, 5, line.clause or "")
                put(ws, row, 6, line.provenance.replace("_", " "))
                put(ws, row, 7, line.reason or "")
        row += 2
        chart_top = row
        put(ws, row, 1, "Cost per plan").font = Font(bold=True, size=12)
        row += 1
        currency = report.currency or "vendor currency"
        header(ws, row, ["Plan", f"Net ({currency})", "Status"])
        first = row + 1
        for result in run.results:
            row += 1
            put(ws, row, 1, plan_label(result))
            net = report.comparable_net(result)
            cell = put(ws, row, 2, net if net is not None else None)
            cell.number_format = money_format(report.currency or "")
            put(
                ws,
                row,
                3,
                result.status_words if net is not None else result.missing_cost_words,
            )
        chart = BarChart()
        chart.type = "bar"
        chart.title = f"Net cost per plan ({currency}); blank = not stated or not covered"
        chart.y_axis.title = currency
        chart.legend = None
        chart.add_data(
            Reference(ws, min_col=2, min_row=first - 1, max_row=row), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=row))
        chart.height = max(7.5, 0.6 * len(run.results))
        chart.width = 22
        ws.add_chart(chart, f"E{chart_top}")
        widths(ws, [36, 28, 18, 16, 14, 12, 9, 60])
        ws.freeze_panes = "A2"

    # --- Contracts, Clauses, Assumptions ---

    def _contracts(self, ws: Worksheet) -> None:
        sheets = [term_sheet(p.contract, p.contract.plan(p.plan_id)) for p in self.report.plans]
        if not sheets:
            return
        rows = list(sheets[0])
        header(ws, 1, ["Term", *(s["Plan"] for s in sheets)])
        for r, name in enumerate(rows, start=2):
            put(ws, r, 1, name).font = Font(bold=True)
            for c, terms in enumerate(sheets, start=2):
                put(ws, r, c, terms[name]).alignment = WRAP
        widths(ws, [16] + [42] * len(sheets))
        ws.freeze_panes = "B2"

    def _clauses(self, ws: Worksheet) -> None:
        header(
            ws, 1, ["Contract", "Vendor", "Clause", "Original words", "English reading", "Language"]
        )
        row = 1
        for contract in self.report.contracts:
            for clause in contract.clauses:
                row += 1
                put(ws, row, 1, contract.id)
                put(ws, row, 2, contract.vendor)
                put(ws, row, 3, clause.id)
                original = put(ws, row, 4, " ".join(clause.original.split()))
                rtl = contract.source.language in RTL_LANGUAGES
                original.alignment = RTL if rtl else WRAP
                put(ws, row, 5, " ".join(clause.english.split())).alignment = WRAP
                put(ws, row, 6, contract.source.language)
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:F{max(row, 1)}"
        widths(ws, [18, 24, 8, 70, 60, 9])

    def _assumptions(self, ws: Worksheet) -> None:
        header(ws, 1, ["Contract", "Vendor", "What", "Provenance", "Clause", "Reading"])
        row = 1
        for item in self.report.assumptions():
            row += 1
            put(ws, row, 1, item.contract)
            put(ws, row, 2, item.vendor)
            put(ws, row, 3, item.what).alignment = WRAP
            put(ws, row, 4, item.provenance.replace("_", " "))
            put(ws, row, 5, item.clause or "")
            put(ws, row, 6, item.reading).alignment = WRAP
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:F{max(row, 1)}"
        widths(ws, [18, 24, 50, 13, 8, 70])


def export_xlsx(report: ComparisonReport, path: Path, progress: Progress = no_progress) -> None:
    ExcelExporter(report, progress).write(path)
