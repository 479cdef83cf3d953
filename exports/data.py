"""The comparison as CSV and JSON, for other tools.

CSV: one line per cell of the view (models/view.py): every scenario table and, with a decision,
the ranking — the words shown and, for money, the raw amount and its currency — so a
spreadsheet or a script gets both what a person reads and what it can compute with.
JSON: the `termscope.simulation/1` document (as `simulate --format json`), and with a decision
a `decision` member holding the `termscope.decision/1` document (as `decide --format json`).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from exports.common import atomic_output
from models.comparison import plan_title
from models.report import ComparisonReport
from models.serialize import simulation_json
from models.view import Table, scenario_table

CSV_COLUMNS = (
    "table",
    "scenario",
    "row",
    "column",
    "title",
    "text",
    "amount",
    "currency",
    "missing",
    "at",
    "best",
)


def view_tables(report: ComparisonReport) -> list[tuple[str, str, Table]]:
    """(kind, scenario name, table) for every table the CSV holds."""
    names = {ref.key: plan_title(ref) for ref in report.plans}
    tables = [
        (
            "scenario",
            run.scenario.name,
            scenario_table(run.scenario, run.results, report.rates, report.currency, "net", names),
        )
        for run in report.runs
    ]
    if report.decision is not None:
        from models.decision_view import decision_view

        tables.append(("ranking", "", decision_view(report.decision).ranking))
    return tables


def csv_rows(report: ComparisonReport) -> list[list[str]]:
    rows: list[list[str]] = [list(CSV_COLUMNS)]
    for kind, scenario, table in view_tables(report):
        for row in table.rows:
            for column in table.columns:
                cell = row[column.id]
                rows.append(
                    [
                        kind,
                        scenario,
                        row.key,
                        column.id,
                        column.title,
                        cell.text,
                        "" if cell.amount is None else f"{cell.amount:f}",
                        cell.currency or "",
                        cell.missing or "",
                        "" if cell.at is None else cell.at.isoformat(),
                        "yes" if cell.best else "",
                    ]
                )
    return rows


def export_csv(report: ComparisonReport, path: Path) -> None:
    rows = csv_rows(report)
    with atomic_output(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def comparison_json(report: ComparisonReport) -> dict[str, Any]:
    document = simulation_json(report.runs, report.rates, report.currency)
    if report.decision is not None:
        from models.decision_json import decision_json

        document["decision"] = decision_json(report.decision)
    return document


def export_json(report: ComparisonReport, path: Path) -> None:
    with atomic_output(path) as temporary:
        text = json.dumps(comparison_json(report), indent=2, ensure_ascii=False)
        temporary.write_text(text + "\n", encoding="utf-8")
