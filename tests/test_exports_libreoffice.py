"""The workbook as LibreOffice computes it: one headless run converts the exported workbook and
a copy whose comparison currency was switched to USD to HTML, and the tests read back the
converted values, the currency labels and the highlighted cells."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from contracts import bundled_comparison
from exports.excel import export_xlsx
from models.decide import plan_title
from models.report import ComparisonReport, report_from_state
from models.view import scenario_table
from models.vocabulary import MILESTONES

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")

Cell = tuple[str, str | None]  # the text shown, the background colour
BEST = "#C6EFCE"


class _Sheets(HTMLParser):
    """LibreOffice's HTML export: one <table> a sheet, cells with their background colour."""

    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[list[list[list[str | None]]]] = []
        self.cell: list[str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.sheets.append([])
        elif tag == "tr":
            self.sheets[-1].append([])
        elif tag == "td":
            self.cell = ["", dict(attrs).get("bgcolor")]
            self.sheets[-1][-1].append(self.cell)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[0] = f"{self.cell[0]}{data}"


def _summary(html: Path) -> list[list[Cell]]:
    parser = _Sheets()
    parser.feed(html.read_text(encoding="utf-8"))
    return [[(str(c[0]).strip(), c[1]) for c in row] for row in parser.sheets[0]]


@pytest.fixture(scope="module")
def report() -> ComparisonReport:
    state = bundled_comparison()
    return report_from_state(replace(state, scenarios=state.scenarios[:3]))


@pytest.fixture(scope="module")
def computed(
    report: ComparisonReport, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[list[Cell]]]:
    folder = tmp_path_factory.mktemp("libreoffice")
    eur, usd = folder / "eur.xlsx", folder / "usd.xlsx"
    export_xlsx(report, eur)
    wb = load_workbook(eur)
    wb["Rates"]["B3"] = "USD"  # what a reader does to compare in dollars
    wb.save(usd)
    profile = (folder / "profile").as_uri()  # its own, so a LibreOffice running elsewhere
    subprocess.run(  # (another test run, a desktop session) cannot swallow the conversion
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "html",
         "--outdir", str(folder / "out"), str(eur), str(usd)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return {name: _summary(folder / "out" / f"{name}.html") for name in ("eur", "usd")}


def _row(sheet: list[list[Cell]], scenario: str, plan: str) -> dict[str, Cell]:
    head = [text for text, _ in sheet[0]]
    for row in sheet[1:]:
        values = dict(zip(head, row, strict=False))
        if values.get("Scenario", ("",))[0] == scenario and values["Vendor · plan"][0] == plan:
            return values
    raise KeyError((scenario, plan))


KIWI = "Kiwi Software · Standard support"


def test_converted_values_follow_the_rates_sheet(
    computed: dict[str, list[list[Cell]]], report: ComparisonReport
) -> None:
    third = report.runs[2].scenario.name  # the customer broke the theme: 2.5 h of repair
    eur = _row(computed["eur"], third, "Mystore · Service agreement")
    # M5: customer-caused work at NOK 250 per started 15 minutes; 2.5 h = 10 × 250 = NOK 2,500
    assert eur["Net"][0] == "2,500.00"
    assert eur["Net (EUR)"][0] == "213.68"  # 2,500 / 11.7 = 213.675…
    assert eur["Compared in"][0] == "EUR"
    usd = _row(computed["usd"], third, "Mystore · Service agreement")
    assert usd["Net (USD)"][0] == "230.77"  # 2,500 / 11.7 × 1.08 = 230.769…
    assert usd["Compared in"][0] == "USD"
    assert "Net (EUR)" not in [text for text, _ in computed["usd"][0]]


def test_earliest_times_are_highlighted_as_the_view_says(
    computed: dict[str, list[list[Cell]]], report: ComparisonReport
) -> None:
    names = {ref.key: plan_title(ref) for ref in report.plans}
    titles = {"response": "Response", "work_start": "Work start", "resolution": "Resolution",
              "release": "Release"}  # fmt: skip
    highlighted = 0
    for run in report.runs:
        view = scenario_table(run.scenario, run.results, report.rates, "EUR", "net", names)
        for row in view.rows:
            cells = _row(computed["eur"], run.scenario.name, row["plan"].text)
            for name in MILESTONES:
                best = row[name].best
                assert (cells[titles[name]][1] == BEST) == best, (row.key, name)
                assert (cells[f"{titles[name]} h"][1] == BEST) == best, (row.key, name)
                highlighted += best
    assert highlighted >= 3  # at least one earliest time a scenario
    for line in computed["eur"][1:]:  # cheapest is a yearly question: no money cell is green
        assert all(colour != BEST for _, colour in line[13:]), line
