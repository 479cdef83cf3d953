"""Exports read back: the workbook re-opened with openpyxl (and LibreOffice where present),
the PDF's text extracted with pypdf."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import pytest
from bidi.algorithm import get_display
from openpyxl import load_workbook
from pypdf import PdfReader

from contracts import bundled_comparison
from exports.excel import export_xlsx
from exports.pdf import NumberedCanvas, PdfExporter, export_pdf
from exports.rtl import visual_lines
from exports.xlsx_cells import sheet_title
from models.decide import decide
from models.profile import Profile
from models.report import ComparisonReport, StaleResultError, report_from_state
from tests.conftest import scenario

INJECTION = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture(scope="module")
def report() -> ComparisonReport:
    state = bundled_comparison()
    state = replace(
        state,
        client="ACME Webshop AS",
        scenarios=(
            scenario(
                "2026-05-13T10:00",
                timezone="Asia/Jerusalem",
                name=INJECTION,
                severity="high",
                cause="customer_caused",
                effort_hours="2.5",
            ),
            *state.scenarios[:3],
        ),
    )
    built = report_from_state(state, prepared_by="Termscope tests")
    return replace(built, created=datetime(2026, 11, 22, 9, 30).astimezone())


@pytest.fixture(scope="module")
def workbook_path(report: ComparisonReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "comparison.xlsx"
    export_xlsx(report, path)
    return path


@pytest.fixture(scope="module")
def pdf_path(report: ComparisonReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "comparison.pdf"
    export_pdf(report, path)
    return path


def _summary_row(ws: object, scenario_name: str, plan: str) -> dict[str, object]:
    rows = list(ws.iter_rows(values_only=True))  # type: ignore[attr-defined]
    head = rows[0]
    for row in rows[1:]:
        values = dict(zip(head, row, strict=True))
        if (values["Scenario"], values["Vendor · plan"]) == (scenario_name, plan):
            return values
    raise KeyError((scenario_name, plan))


KIWI = "Kiwi Software · Standard support"


def test_workbook_sheets_and_properties(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    assert wb.sheetnames[0] == "Summary"  # no decision: no Decision and Questions sheets
    assert wb.sheetnames[-4:] == ["Contracts", "Clauses", "Assumptions", "Rates"]
    assert len(wb.sheetnames) == 4 + 5
    assert wb.properties.title == "Support offers compared"
    assert wb.properties.subject == "Prepared for ACME Webshop AS"
    assert wb.properties.creator == "Termscope tests"
    assert wb.properties.created == datetime(2026, 11, 22, 9, 30)  # noqa: DTZ001 - Excel is naive


def test_summary_values_dates_and_formats(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Summary"]
    kiwi = _summary_row(ws, INJECTION, KIWI)
    assert kiwi["Status"] == "covered"
    assert kiwi["Net"] == 450  # K12: 2.5 h × ILS 180
    assert kiwi["Gross"] == 531  # 450 + 18 % VAT
    assert kiwi["Currency"] == "ILS"
    assert kiwi["Zone"] == "Asia/Jerusalem"
    assert kiwi["Response"] == datetime(2026, 5, 13, 13, 0)  # noqa: DTZ001 - vendor's local time
    assert kiwi["Response h"] == 3  # K4: 3 business hours after 10:00
    assert kiwi["Work start"] == datetime(2026, 5, 13, 18, 0)  # noqa: DTZ001
    sitecom = _summary_row(ws, INJECTION, "SiteCom · Standard support")
    assert sitecom["Net"] is None
    assert sitecom["Cost note"] == "Net: not covered"
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 3).value == KIWI)
    net = ws.cell(row, header.index("Net") + 1)
    assert net.number_format == "#,##0.00"  # the currency stands in its own column
    irr = next(
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, 14).value == "IRR" and ws.cell(r, 15).value is not None
    )
    assert ws.cell(irr, header.index("Net") + 1).number_format == "#,##0"  # CLDR: no minor unit
    assert ws.cell(row, header.index("Response") + 1).number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(row, header.index("Response") + 1).is_date
    assert ws.freeze_panes == "D2"
    assert ws.auto_filter.ref.startswith("A1:")


def test_converted_values_and_their_label_follow_the_rates_sheet(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    ws, rates = wb["Summary"], wb["Rates"]
    header = [c.value for c in ws[1]]
    net_label = '="Net ("&IF(Rates!$B$3="","no currency",Rates!$B$3)&")"'
    column = header.index(net_label) + 1
    formula = str(ws.cell(2, column).value)
    assert formula.startswith('=IF(AND(ISNUMBER(O2),Rates!$B$3<>"")')
    assert "VLOOKUP($N2,Rates!$A$6:$B$12,2,FALSE)" in formula
    assert ws.cell(2, column).number_format == "#,##0.00"  # never a currency literal
    assert ws.cell(2, header.index("Compared in") + 1).value == "=Rates!$B$3"
    assert rates["B3"].value == "EUR"
    assert [rates.cell(r, 1).value for r in range(6, 13)] == [
        "EUR", "GBP", "ILS", "IRR", "NOK", "SEK", "USD",
    ]  # fmt: skip
    assert rates["B8"].value == pytest.approx(3.9)


def test_earliest_times_highlighted_by_one_rule_each(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Summary"]
    rules = [
        (str(area.sqref), rule.formula[0])
        for area in ws.conditional_formatting
        for rule in area.rules
    ]
    assert len(rules) == 4  # one per milestone, over its time and hours columns
    assert len(set(rules)) == len(rules)
    for _, formula in rules:
        assert "_xlfn.MINIFS(" in formula
        assert "MINIFS(" not in formula.replace("_xlfn.MINIFS(", "")
    assert rules[0][0] == "F2:F61 G2:G61"  # 4 scenarios × 15 plans


def test_print_setup_and_row_heights(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.center.text == "Page &P of &N"
        assert ws.print_area
    assert wb["Summary"].print_title_rows == "$1:$1"
    clauses = wb["Clauses"]
    k5 = next(r for r in clauses.iter_rows(min_row=2) if r[0].value == "Kiwi Software"
              and r[1].value == "K5")  # fmt: skip
    words = len(k5[3].value)  # the English reading, in a column 60 characters wide
    lines = -(-words // 59)
    assert clauses.row_dimensions[k5[0].row].height >= 15 * lines


def test_plain_words_not_internal_notation(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    texts = [
        str(c.value)
        for name in ("Contracts", "Assumptions")
        for row in wb[name].iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    joined = "\n".join(texts)
    assert "cause=" not in joined
    assert "product_price" not in joined
    assert "20 % of product price" in joined  # Kian Pardaz P10's fee, in words


def test_control_characters_in_names_are_replaced_and_said(
    report: ComparisonReport, tmp_path: Path
) -> None:
    bell = replace(report.runs[1], scenario=replace_name(report.runs[1].scenario, "bell\a"))
    path = tmp_path / "bell.xlsx"
    export_xlsx(replace(report, runs=[bell]), path)
    wb = load_workbook(path)
    assert "bell\ufffd" in wb.sheetnames
    summary = wb["Summary"]
    assert summary["B2"].value == "bell\ufffd"
    notes = [c.value for c in summary["A"] if isinstance(c.value, str)]
    assert any("Control characters" in n for n in notes)


def replace_name(scenario_: Any, name: str) -> Any:
    return scenario_.model_copy(update={"name": name})


def test_formula_injection_stays_text(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    cell = wb["Summary"]["B2"]
    assert cell.value == INJECTION
    assert cell.data_type == "s"
    scenario_sheet = wb[sheet_title(INJECTION, set())]
    assert scenario_sheet["A1"].value == INJECTION
    assert scenario_sheet["A1"].data_type == "s"


def test_sheet_titles_are_safe_and_unique() -> None:
    taken: set[str] = set()
    first = sheet_title("Q1: what/why? [draft]*", taken)
    assert first == "Q1- what-why- -draft--"
    assert sheet_title("Q1: what/why? [draft]*", taken) == "Q1- what-why- -draft-- (2)"
    assert len(sheet_title("x" * 60, taken)) <= 31


def test_scenario_sheet_has_cost_lines_and_a_bar_chart(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)[sheet_title(INJECTION, set())]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    kiwi_line = next(v for v in values if v[0] == KIWI and v[4] == "K12")
    assert kiwi_line[1] == "Fault check at actual hours"
    assert kiwi_line[2] == 450
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.type == "bar"


def test_clauses_sheet_right_to_left(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Clauses"]
    k5 = next(r for r in ws.iter_rows() if r[0].value == "Kiwi Software" and r[1].value == "K5")
    assert k5[2].value.startswith("הטיפול בתקלה יחל עד 8 שעות")
    assert k5[2].alignment.horizontal == "right"
    assert k5[2].alignment.readingOrder == 2
    m2 = next(r for r in ws.iter_rows() if r[0].value == "Mystore" and r[1].value == "M2")
    assert m2[2].alignment.horizontal != "right"


def test_contracts_and_assumptions_sheets(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    contracts = wb["Contracts"]
    terms = {row[0].value: row for row in contracts.iter_rows(min_row=2)}
    kiwi_column = next(
        c for c in range(2, contracts.max_column + 1) if contracts.cell(1, c).value == KIWI
    )
    assert "3 h (business hours), commitment [K4]" in terms["Response"][kiwi_column - 1].value
    assert "ILS 180/h, min ILS 120" in terms["Prices"][kiwi_column - 1].value
    assumptions = [[c.value for c in row] for row in wb["Assumptions"].iter_rows(min_row=2)]
    assert ["Mystore", "office hours", "assumed"] in [a[:3] for a in assumptions]


def test_pdf_text_has_the_figures_and_vendors(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Support offers compared" in text
    assert "ACME Webshop AS" in text
    for vendor in ("Kiwi Software", "Mystore", "SiteCom", "Kian Pardaz Hooshmand"):
        assert vendor in text
    assert "ILS 450.00" in text
    assert "EUR 115.38" in text
    assert f"page 1 of {len(reader.pages)}" in text
    assert "Executive summary" in text
    assert "Appendix: the clauses applied" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Support offers compared"


def test_pdf_embeds_a_font_with_the_glyphs(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources.get_object().get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


class RecordingCanvas(NumberedCanvas):
    """The real canvas, remembering every string drawn right-aligned (how RtlText draws)."""

    drawn: ClassVar[list[str]] = []

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:  # noqa: N802
        RecordingCanvas.drawn.append(text)
        super().drawRightString(x, y, text, *args, **kw)


def test_pdf_draws_right_to_left_text_in_display_order(
    report: ComparisonReport, tmp_path: Path
) -> None:
    """Hebrew must reach the page in visual order (bidi applied per wrapped line); drawn in
    logical order it would read backwards. Text extractors re-order RTL runs themselves, so
    this checks what the exporter draws."""
    RecordingCanvas.drawn.clear()
    exporter = PdfExporter(report)
    exporter.canvas_class = RecordingCanvas
    exporter.write(tmp_path / "rtl.pdf")
    hebrew = [t for t in RecordingCanvas.drawn if any("\u05d0" <= c <= "\u05ea" for c in t)]
    k5_start = "הטיפול בתקלה יחל עד 8 שעות"
    starts = str(get_display("יחל"))  # "starts", as it stands on the page
    first_k5_line = next(line for line in hebrew if starts in line and "8" in line)
    assert first_k5_line.endswith(str(get_display("הטיפול בתקלה יחל")))
    assert k5_start not in first_k5_line  # logical order would contain it as written
    assert "14:00" in " ".join(hebrew)  # digits keep their left-to-right order
    persian = [t for t in RecordingCanvas.drawn if any("\ufb50" <= c <= "\ufeff" for c in t)]
    assert persian  # Persian letters reached the page in their joined presentation forms


def test_visual_lines_orders_numbers_and_brackets() -> None:
    lines = visual_lines("שלום (14:00) עולם", "DejaVuSans", 9, 500)
    assert lines == ["םלוע (14:00) םולש"]


def test_persian_letters_are_joined() -> None:
    [line] = visual_lines("پشتیبانی", "DejaVuSans", 9, 500)
    assert line != "".join(reversed("پشتیبانی"))  # reshaped into presentation forms
    assert all("\ufb50" <= ch <= "\ufeff" for ch in line)


def test_letter_pages(report: ComparisonReport, tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    export_pdf(report, path, "Letter")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_exports_write_atomically(report: ComparisonReport, tmp_path: Path) -> None:
    target = tmp_path / "kept.xlsx"
    target.write_bytes(b"previous")
    broken = replace(report, runs=[None])  # type: ignore[list-item]
    with pytest.raises(AttributeError):
        export_xlsx(broken, target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.xlsx"]


def test_cli_export_writes_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cli.app import main

    xlsx, pdf = tmp_path / "o.xlsx", tmp_path / "o.pdf"
    code = main(
        ["export", "--at", "2026-06-08T11:30+03:00", "--plans", "kiwi,mystore",
         "--currency", "NOK", "--xlsx", str(xlsx), "--pdf", str(pdf)]
    )  # fmt: skip
    assert code == 0
    wb = load_workbook(xlsx)
    assert wb["Summary"].max_row == 4  # header + 3 plans
    assert "Kiwi Software" in PdfReader(pdf).pages[1].extract_text()
    assert Decimal(1)  # keep Decimal imported for readers of this file's values


def _two_a_month() -> Profile:
    return Profile.model_validate(
        {
            "name": "two a month",
            "timezone": "Asia/Jerusalem",
            "counts": "exact",
            "tickets_per_month": {"normal": 2},
            "causes": {"customer_caused": 1},
            "effort_hours": {"median": 1, "p90": 1},
        }
    )


def test_annual_sheet_and_pdf_section(report: ComparisonReport, tmp_path: Path) -> None:
    kiwi = [p for p in report.plans if p.contract.id == "kiwi"]
    decision = decide(_two_a_month(), kiwi, report.parameters, report.rates, "EUR", years=10)
    with_annual = replace(report, plans=kiwi).with_decision(decision)
    xlsx, pdf = tmp_path / "a.xlsx", tmp_path / "a.pdf"
    export_xlsx(with_annual, xlsx)
    export_pdf(with_annual, pdf)
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:4] == ["Decision", "Questions", "Summary", "Annual"]
    ws = wb["Annual"]
    head = [c.value for c in ws[5]]
    row = dict(zip(head, [c.value for c in ws[6]], strict=True))
    assert (row["Contract"], row["Plan"]) == ("kiwi", "standard")
    assert row["Median"] == 4320  # 24 × 1 h × ILS 180 (K12)
    median = head.index('="Median ("&Rates!$B$3&")"')  # the label follows the Rates sheet
    assert str(ws.cell(6, median + 1).value).startswith("=IF(AND(ISNUMBER(F6)")
    assert row["Complete"] == "yes"
    assert len(ws._charts) == 2  # the yearly bar chart and the break-even lines
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "A year of support" in text
    # P10 = median = P90: ILS 4,320 / 3.9 = EUR 1,107.69 (one money format, models.money)
    assert "EUR 1,107.69 EUR 1,107.69 EUR 1,107.69" in text.replace("\u00a0", " ")
    assert "Break-even" in text


def test_a_stale_decision_never_reaches_a_report(report: ComparisonReport) -> None:
    kiwi = [p for p in report.plans if p.contract.id == "kiwi"]
    decision = decide(_two_a_month(), kiwi, report.parameters, report.rates, "EUR", years=5)
    # worked out for Kiwi alone: a report of every plan must refuse it
    with pytest.raises(StaleResultError, match="work them out again"):
        report.with_decision(decision)
    # the same plans, but another parameter value than the decision saw
    changed = {**report.parameters, "kiwi": {"unused": Decimal(1)}}
    with pytest.raises(StaleResultError):
        replace(report, plans=kiwi, parameters=changed).with_decision(decision)
    # and other rates
    rates = report.rates.model_copy(update={"rates": {**report.rates.rates, "ILS": Decimal(4)}})
    with pytest.raises(StaleResultError):
        replace(report, plans=kiwi, rates=rates).with_decision(decision)
    assert replace(report, plans=kiwi).with_decision(decision).annual is decision.annual


def test_brackets_keep_their_side_when_a_wrapped_line_starts_in_latin() -> None:
    """Persian P9: "(نه CRM خود)" wrapped so that a line starts with "CRM". Reordered as a
    line of its right-to-left paragraph, "CRM" stands on the right and the closing bracket on
    the left, mirrored to "("; left to guess its own direction from "CRM" the line was laid out
    left to right: "CRM ﺩﻮﺧ)", the bracket flipped to the wrong side."""
    import arabic_reshaper

    text = "خدمات ارائه (نه CRM خود) مرتبط"
    lines = visual_lines(text, "DejaVuSans", 9, 60)
    crm = next(line for line in lines if "CRM" in line)
    assert crm == "(" + str(get_display(arabic_reshaper.reshape("خود"))) + " CRM"
    guessed = str(get_display(arabic_reshaper.reshape("CRM خود)")))
    assert guessed.startswith("CRM")  # what a line left to detect its direction gave


def test_csv_holds_the_cells_with_raw_amounts(report: ComparisonReport, tmp_path: Path) -> None:
    import csv

    from exports.data import CSV_COLUMNS, export_csv

    path = tmp_path / "comparison.csv"
    export_csv(report, path)
    with path.open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))
    assert tuple(rows[0]) == CSV_COLUMNS
    cells = {(r[1], r[2], r[3]): dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    cost = cells[(INJECTION, "kiwi:standard", "cost")]
    assert cost["text"] == "ILS\u00a0450.00"  # K12: 2.5 h × ILS 180
    assert (cost["amount"], cost["currency"], cost["missing"]) == ("450.0", "ILS", "")
    converted = cells[(INJECTION, "kiwi:standard", "converted")]
    assert converted["text"] == "EUR\u00a0115.38"  # 450 / 3.9
    assert Decimal(converted["amount"]).quantize(Decimal("0.01")) == Decimal("115.38")
    response = cells[(INJECTION, "kiwi:standard", "response")]
    assert response["at"] == "2026-05-13T13:00:00+03:00"  # K4: 3 business hours after 10:00
    refused = cells[(INJECTION, "sitecom:standard", "cost")]
    assert (refused["text"], refused["missing"]) == ("not covered", "not covered")
    assert {r[0] for r in rows[1:]} == {"scenario"}  # no decision: no ranking


def test_json_is_the_simulation_document(report: ComparisonReport, tmp_path: Path) -> None:
    import json

    from exports.data import export_json

    path = tmp_path / "comparison.json"
    export_json(report, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "termscope.simulation/1"
    assert "decision" not in document
    assert [s["name"] for s in document["scenarios"]] == [r.scenario.name for r in report.runs]


def test_a_word_wider_than_its_column_at_the_smallest_font_is_split_not_overprinted(
    report: ComparisonReport,
) -> None:
    """The yearly table's "needs parameter standard_hourly_rate" in 11 columns: no font size
    fits the identifier, so it is split inside its cell instead of running over its
    neighbours; a table whose words fit keeps them whole."""
    exporter = PdfExporter(report)
    word = "needs parameter standard_hourly_rate"
    crowded = exporter.table([[f"Column {i}" for i in range(11)], [word] * 11])
    crowded.wrap(exporter.width, 1000)
    widths = crowded._colWidths
    for value, width in zip(crowded._cellvalues[1], widths, strict=True):
        cell = value[0] if isinstance(value, list | tuple) else value
        assert cell.style.splitLongWords
        cell.wrap(width - 6, 1000)  # the cell's room: its width less the padding
        assert all(line[0] >= -0.01 for line in cell.blPara.lines)  # no line runs over
    roomy = exporter.table([["Plan", "Note"], ["Kiwi", word]])
    roomy.wrap(exporter.width, 1000)
    kept = roomy._cellvalues[1][1]
    assert not (kept[0] if isinstance(kept, list | tuple) else kept).style.splitLongWords
