"""The comparison as an Excel workbook a procurement team can use as it is.

Sheets: Decision and Questions (when the report has a decision: the ranking on yearly cost,
what flips the winner, break-even volumes, the questions for each vendor), Summary (one row per
scenario × plan: real date-times in the vendor's zone, earliest times highlighted, converted
amounts as formulas over the Rates sheet with their currency label following it), the yearly
view, one sheet per scenario, Contracts, Clauses, Assumptions, Rates.

Every value, rounding, status word and best flag comes from the view in models/ (models/view.py,
models/decision_view.py); this module only lays it out. No text from a contract or a scenario
ever becomes a formula: such cells are written as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

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
    no_progress,
    plain_words,
)
from exports.xlsx_cells import (
    BEST_FILL,
    COMPARISON_CURRENCY,
    DATE_FORMAT,
    HOURS_FORMAT,
    RATES_FIRST_ROW,
    REPLACEMENT,
    RTL,
    TONE_FILLS,
    WRAP,
    fit_rows,
    formula,
    has_control_characters,
    header,
    money_format,
    print_setup,
    put,
    sheet_title,
    widths,
    wrapped_title,
    write_table,
)
from models.comparison import plan_title
from models.decision_view import decision_view
from models.describe import term_sheet
from models.office import HOLIDAYS_LIBRARY
from models.report import ComparisonReport
from models.view import Table, format_elapsed, scenario_table
from models.vocabulary import MILESTONES

CURRENCY_LABEL = f"={COMPARISON_CURRENCY}"


class ExcelExporter:
    """Writes a ComparisonReport to .xlsx; `progress` hears about each sheet."""

    def __init__(self, report: ComparisonReport, progress: Progress = no_progress) -> None:
        self.report = report
        self.progress = progress
        self._titles: set[str] = set()
        self.plan_names = {ref.key: plan_title(ref) for ref in report.plans}

    def tables(self, basis: str = "net") -> list[Table]:
        r = self.report
        return [
            scenario_table(run.scenario, run.results, r.rates, r.currency, basis, self.plan_names)  # type: ignore[arg-type]
            for run in r.runs
        ]

    def write(self, path: Path) -> None:
        wb = Workbook()
        first = wb.active
        steps = 7 + len(self.report.runs)
        decision = self.report.decision
        if decision is not None:
            view = decision_view(decision)
            self.progress(0, steps, "Decision")
            first.title = sheet_title("Decision", self._titles)
            self._decision(
                first, view.headline, view.basis, [view.ranking, view.flips, view.break_even]
            )
            questions = wb.create_sheet(sheet_title("Questions", self._titles))
            write_table(questions, 1, view.questions)
            widths(questions, [22, 8, 12, 40, 60, 30])
            self._finish(questions, "3:3")
            summary = wb.create_sheet(sheet_title("Summary", self._titles))
        else:
            summary = first
            summary.title = sheet_title("Summary", self._titles)
        self.progress(1, steps, "Rates")
        rates = wb.create_sheet(sheet_title("Rates", self._titles))
        self._rates(rates)
        self.progress(2, steps, "Summary")
        self._summary(summary)
        if self.report.annual is not None:
            from exports.excel_annual import write_annual

            annual = wb.create_sheet(sheet_title("Annual", self._titles))
            write_annual(
                annual,
                self.report.annual,
                list(self.report.break_even),
                self.report.currency,
                self._convert_formula,
            )
            self._finish(annual, "5:5")
        nets = self.tables("net")
        for n, run in enumerate(self.report.runs):
            self.progress(3 + n, steps, run.scenario.name)
            ws = wb.create_sheet(sheet_title(run.scenario.name, self._titles))
            self._scenario(ws, n, nets[n])
        self.progress(steps - 4, steps, "Contracts")
        self._contracts(wb.create_sheet(sheet_title("Contracts", self._titles)))
        self.progress(steps - 3, steps, "Clauses")
        self._clauses(wb.create_sheet(sheet_title("Clauses", self._titles)))
        self._assumptions(wb.create_sheet(sheet_title("Assumptions", self._titles)))
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

    def _finish(self, ws: Worksheet, title_rows: str | None = "1:1", first: int = 1) -> None:
        fit_rows(ws, first)
        print_setup(ws, title_rows)

    # --- Decision ---

    def _decision(self, ws: Worksheet, headline: str, basis: str, tables: list[Table]) -> None:
        widths(ws, [28, 34, 26, 18, 18, 26, 10, 8, 30, 30])
        wrapped_title(ws, 1, headline, 10, Font(bold=True, size=13))
        put(ws, 2, 1, f"Ranked on the {basis}.")
        row = 4
        for table in tables:
            row = write_table(ws, row, table)
        self._finish(ws, None, 5)

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
        print_setup(ws, f"{RATES_FIRST_ROW - 1}:{RATES_FIRST_ROW - 1}")

    def _rate_lookup(self, code_cell: str) -> str:
        last = RATES_FIRST_ROW + len(self.report.rates.rates) - 1
        table = f"Rates!$A${RATES_FIRST_ROW}:$B${last}"
        return f"VLOOKUP({code_cell},{table},2,FALSE)"

    def _convert_formula(self, amount_cell: str, currency_cell: str) -> str:
        return (
            f'=IF(AND(ISNUMBER({amount_cell}),{COMPARISON_CURRENCY}<>""),'
            f"{amount_cell}/{self._rate_lookup(currency_cell)}"
            f"*{self._rate_lookup(COMPARISON_CURRENCY)},"
            '"")'
        )

    # --- Summary ---

    SUMMARY_COLUMNS = (
        ["No.", "Scenario", "Vendor · plan", "Status", "Zone"]
        + [f"{MILESTONE_TITLES[m]}{suffix}" for m in MILESTONES for suffix in ("", " h")]
        + ["Currency", "Net", "Gross", "Cost note", "Fee / year", "Fee currency"]
        + ["Net (comparison)", "Gross (comparison)", "Fee / year (comparison)", "Compared in"]
    )
    CONVERTED: ClassVar[dict[str, str]] = {
        "Net (comparison)": "Net",
        "Gross (comparison)": "Gross",
        "Fee / year (comparison)": "Fee / year",
    }

    def _summary(self, ws: Worksheet) -> None:
        report = self.report
        header(ws, 1, self.SUMMARY_COLUMNS)
        col = {name: i for i, name in enumerate(self.SUMMARY_COLUMNS, start=1)}
        for title, source in self.CONVERTED.items():  # the label follows the Rates sheet
            shown = f'IF({COMPARISON_CURRENCY}="","no currency",{COMPARISON_CURRENCY})'
            label = f'="{source} ("&{shown}&")"'
            formula(ws, 1, col[title], label)
        row = 2
        renamed: list[str] = []
        for number, (run, net, gross) in enumerate(
            zip(report.runs, self.tables("net"), self.tables("gross"), strict=True), start=1
        ):
            if has_control_characters(run.scenario.name):
                renamed.append(run.scenario.name)
            for result, view, gross_view in zip(run.results, net.rows, gross.rows, strict=True):
                contract = report.contract(result.contract)
                put(ws, row, col["No."], number)
                put(ws, row, col["Scenario"], run.scenario.name)
                put(ws, row, col["Vendor · plan"], view["plan"].text)
                status = put(ws, row, col["Status"], view["status"].text)
                if (fill := TONE_FILLS.get(view["status"].tone)) is not None:
                    status.fill = fill
                put(ws, row, col["Zone"], contract.timezone)
                for name in MILESTONES:
                    cell, title = view[name], MILESTONE_TITLES[name]
                    if cell.at is None:
                        put(ws, row, col[title], cell.text)
                        continue
                    put(
                        ws, row, col[title], cell.at.replace(tzinfo=None)
                    ).number_format = DATE_FORMAT
                    hours = put(ws, row, col[f"{title} h"], cell.elapsed_hours)
                    hours.number_format = HOURS_FORMAT
                currency_cell = f"${get_column_letter(col['Currency'])}{row}"
                put(ws, row, col["Currency"], result.cost.currency)
                notes = []
                for title, cell in (("Net", view["cost"]), ("Gross", gross_view["cost"])):
                    if cell.amount is not None and cell.missing is None:
                        put(ws, row, col[title], cell.amount).number_format = money_format(
                            result.cost.currency
                        )
                    else:
                        notes.append(f"{title}: {cell.text}")
                put(ws, row, col["Cost note"], "; ".join(notes[:1]))
                fee = view["fee"]
                if fee.amount is not None and fee.missing is None:
                    put(ws, row, col["Fee / year"], fee.amount).number_format = money_format(
                        fee.currency or ""
                    )
                elif fee.missing:
                    put(ws, row, col["Cost note"], "; ".join([*notes[:1], f"Fee: {fee.text}"]))
                put(ws, row, col["Fee currency"], fee.currency or result.cost.currency)
                fee_currency = f"${get_column_letter(col['Fee currency'])}{row}"
                for title, source in self.CONVERTED.items():
                    amount_cell = f"{get_column_letter(col[source])}{row}"
                    code = fee_currency if source == "Fee / year" else currency_cell
                    cell_written = formula(
                        ws, row, col[title], self._convert_formula(amount_cell, code)
                    )
                    cell_written.number_format = money_format(report.currency or "")
                formula(ws, row, col["Compared in"], CURRENCY_LABEL)
                row += 1
        last = row - 1
        if renamed:
            row += 1
            put(
                ws,
                row,
                1,
                f"Control characters in scenario names were replaced by {REPLACEMENT}"
                f" ({len(renamed)} name(s)): a workbook cannot hold them.",
            )
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(self.SUMMARY_COLUMNS))}{max(last, 1)}"
        widths(ws, [5, 30, 32, 15, 16] + [17, 7] * 4 + [9, 14, 14, 28, 16, 9, 16, 16, 16, 10])
        ws.row_dimensions[1].height = 32
        if last >= 2:
            self._highlight(ws, col, last)
        for r in range(2, last + 1):
            ws.cell(r, col["Cost note"]).alignment = WRAP
        self._finish(ws, "1:1", 2)

    def _highlight(self, ws: Worksheet, col: dict[str, int], last: int) -> None:
        """The earliest time of each milestone within a scenario (the view's "best": only
        when the scenario compares two plans or more). One rule a milestone, over its time and
        its hours columns. Cheapest is a yearly question: see the Decision sheet."""
        no = get_column_letter(col["No."])
        for name in MILESTONES:
            title = MILESTONE_TITLES[name]
            hours = get_column_letter(col[f"{title} h"])
            time = get_column_letter(col[title])
            scenario = f"${no}$2:${no}${last}"
            test = (
                f"AND(ISNUMBER(${hours}2),COUNTIF({scenario},${no}2)>1,"
                f"${hours}2=_xlfn.MINIFS(${hours}$2:${hours}${last},{scenario},${no}2))"
            )
            ws.conditional_formatting.add(
                f"{time}2:{time}{last} {hours}2:{hours}{last}",
                FormulaRule(formula=[test], fill=BEST_FILL),
            )

    # --- a sheet per scenario ---

    def _scenario(self, ws: Worksheet, index: int, view: Table) -> None:
        report = self.report
        run = report.runs[index]
        s = run.scenario
        put(ws, 1, 1, s.name).font = Font(bold=True, size=14)
        inputs: list[tuple[str, object]] = [
            ("Reported", s.reported_at.replace(tzinfo=None)),
            ("Time zone", str(s.reported_at.tzinfo)),
            ("Severity", s.severity),
            ("Cause", s.cause.replace("_", " ")),
            ("Effort (h)", s.effort_hours),
            ("On site (h)", s.on_site_hours),
            ("After hours", "yes" if s.after_hours else "no"),
            ("Needs a release", "yes" if s.requires_release else "no"),
            ("Fault age (h)", s.issue_age_hours),
        ]
        for n, (name, value) in enumerate(inputs, start=2):
            put(ws, n, 1, name).font = Font(bold=True)
            written = put(ws, n, 2, value)
            if n == 2:
                written.number_format = DATE_FORMAT
        row = len(inputs) + 3
        put(ws, row, 1, "Milestones").font = Font(bold=True, size=12)
        row += 1
        header(
            ws,
            row,
            ["Plan", "Milestone", "Local time", "Zone", "Kind", "After report", "Clause", "How"],
        )
        for result, view_row in zip(run.results, view.rows, strict=True):
            zone = report.contract(result.contract).timezone
            for name in MILESTONES:
                milestone = result.milestones[name]
                cell = view_row[name]
                row += 1
                put(ws, row, 1, view_row["plan"].text)
                put(ws, row, 2, MILESTONE_TITLES[name])
                if milestone is None or cell.at is None:
                    put(ws, row, 3, cell.text)
                    continue
                when = put(ws, row, 3, cell.at.replace(tzinfo=None))
                when.number_format = DATE_FORMAT
                if cell.best:
                    when.fill = BEST_FILL
                put(ws, row, 4, zone)
                put(ws, row, 5, milestone.kind)
                elapsed = result.elapsed(name)
                put(ws, row, 6, format_elapsed(elapsed) if elapsed is not None else "")
                put(ws, row, 7, milestone.clause or "")
                put(ws, row, 8, plain_words(milestone.basis)).alignment = WRAP
        row += 2
        put(ws, row, 1, "Cost lines").font = Font(bold=True, size=12)
        row += 1
        header(ws, row, ["Plan", "Line", "Amount", "Currency", "Clause", "Provenance", "Why"])
        for result, view_row in zip(run.results, view.rows, strict=True):
            for line in result.cost.lines:
                row += 1
                put(ws, row, 1, view_row["plan"].text)
                put(ws, row, 2, plain_words(line.label)).alignment = WRAP
                if line.amount is not None:
                    amount = put(ws, row, 3, line.amount)
                    amount.number_format = money_format(result.cost.currency)
                else:
                    put(ws, row, 3, "no price")
                put(ws, row, 4, result.cost.currency)
                put(ws, row, 5, line.clause or "")
                put(ws, row, 6, line.provenance.replace("_", " "))
                put(ws, row, 7, plain_words(line.reason or "")).alignment = WRAP
        row += 2
        chart_top = row
        put(ws, row, 1, "Cost per plan").font = Font(bold=True, size=12)
        row += 1
        header(ws, row, ["Plan", "Net", "Currency", "Net (comparison)", "Compared in", "Note"])
        formula(ws, row, 4, f'="Net ("&{COMPARISON_CURRENCY}&")"')
        first = row + 1
        for result, view_row in zip(run.results, view.rows, strict=True):
            row += 1
            cost = view_row["cost"]
            put(ws, row, 1, view_row["plan"].text)
            if cost.amount is not None and cost.missing is None:
                put(ws, row, 2, cost.amount).number_format = money_format(result.cost.currency)
            else:
                put(ws, row, 6, cost.text)
            put(ws, row, 3, result.cost.currency)
            converted = formula(ws, row, 4, self._convert_formula(f"B{row}", f"$C{row}"))
            converted.number_format = money_format(report.currency or "")
            formula(ws, row, 5, CURRENCY_LABEL)
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Net cost of the request per plan (comparison currency)"
        chart.legend = None
        chart.add_data(
            Reference(ws, min_col=4, min_row=first - 1, max_row=row), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=row))
        chart.height = max(7.5, 0.7 * len(run.results))
        chart.width = 20
        ws.add_chart(chart, f"H{chart_top}")
        widths(ws, [46, 30, 18, 16, 14, 12, 9, 60])
        ws.freeze_panes = "A2"
        self._finish(ws, None)

    # --- Contracts, Clauses, Assumptions ---

    def _contracts(self, ws: Worksheet) -> None:
        sheets = [term_sheet(p.contract, p.contract.plan(p.plan_id)) for p in self.report.plans]
        if not sheets:
            return
        rows = list(sheets[0])
        header(ws, 1, ["Term", *(self.plan_names[p.key] for p in self.report.plans)])
        for r, name in enumerate(rows, start=2):
            put(ws, r, 1, name).font = Font(bold=True)
            for c, terms in enumerate(sheets, start=2):
                put(ws, r, c, plain_words(terms[name])).alignment = WRAP
        widths(ws, [16] + [42] * len(sheets))
        ws.freeze_panes = "B2"
        self._finish(ws)

    def _clauses(self, ws: Worksheet) -> None:
        header(
            ws, 1, ["Vendor", "Clause", "Original words", "English reading", "Language", "Source"]
        )
        row = 1
        for contract in self.report.contracts:
            for clause in contract.clauses:
                row += 1
                put(ws, row, 1, contract.vendor)
                put(ws, row, 2, clause.id)
                original = put(ws, row, 3, " ".join(clause.original.split()))
                rtl = contract.source.language in RTL_LANGUAGES
                original.alignment = RTL if rtl else WRAP
                put(ws, row, 4, " ".join(clause.english.split())).alignment = WRAP
                put(ws, row, 5, contract.source.language)
                put(ws, row, 6, f"{contract.id}: {contract.source.document}")
        ws.freeze_panes = "C2"
        ws.auto_filter.ref = f"A1:F{max(row, 1)}"
        widths(ws, [24, 8, 70, 60, 9, 30])
        self._finish(ws)

    def _assumptions(self, ws: Worksheet) -> None:
        header(ws, 1, ["Vendor", "What", "Provenance", "Clause", "Reading"])
        row = 1
        for item in self.report.assumptions():
            row += 1
            put(ws, row, 1, item.vendor)
            put(ws, row, 2, plain_words(item.what)).alignment = WRAP
            put(ws, row, 3, item.provenance.replace("_", " "))
            put(ws, row, 4, item.clause or "")
            put(ws, row, 5, plain_words(item.reading)).alignment = WRAP
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:E{max(row, 1)}"
        widths(ws, [24, 50, 13, 8, 70])
        self._finish(ws)


def export_xlsx(report: ComparisonReport, path: Path, progress: Progress = no_progress) -> None:
    ExcelExporter(report, progress).write(path)
