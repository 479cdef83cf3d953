"""One decision, four renderers: the ranking's words are the same in the view, the workbook's
Decision sheet, the PDF's decision page and `decide --format table`."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from contracts import PROFILES_DIR, SAMPLE_PARAMS_PATH, bundled_comparison
from exports.excel import export_xlsx
from exports.pdf import export_pdf
from exports.pdf_decision import RANKING_SHOWN
from models.decide import decide
from models.decision_view import DecisionView, decision_view
from models.money import currency_digits
from models.profile import Profile
from models.report import ComparisonReport, report_from_state
from models.yamlio import read_yaml, validate_document

PROFILE = PROFILES_DIR / "small-webshop.yaml"
YEARS = 20


@pytest.fixture(scope="module")
def report() -> ComparisonReport:
    state = bundled_comparison()
    plans = tuple(p for p in state.plans if p.split(":")[0] in ("kiwi", "mystore"))
    built = report_from_state(replace(state, plans=plans, scenarios=state.scenarios[:2]))
    profile = validate_document(Profile, read_yaml(PROFILE))
    decision = decide(profile, built.plans, built.parameters, built.rates, "EUR", years=YEARS)
    return built.with_decision(decision)


@pytest.fixture(scope="module")
def view(report: ComparisonReport) -> DecisionView:
    assert report.decision is not None
    return decision_view(report.decision)


@pytest.fixture(scope="module")
def files(report: ComparisonReport, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("decision")
    paths = {"xlsx": folder / "d.xlsx", "pdf": folder / "d.pdf", "summary": folder / "s.pdf"}
    export_xlsx(report, paths["xlsx"])
    export_pdf(report, paths["pdf"])
    export_pdf(report, paths["summary"], layout="summary")
    return paths


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_ranking_ranks_three_plans(view: DecisionView) -> None:
    texts = view.ranking.texts()
    assert texts[0][:3] == ["#", "Vendor · plan", "Yearly cost"]
    assert len(texts) == 1 + 3  # Kiwi standard, Mystore's two plans
    assert [row[0] for row in texts[1:]] == ["1", "2", "3"]


def test_the_workbook_decision_sheet_shows_the_same_cells(
    view: DecisionView, files: dict[str, Path]
) -> None:
    wb = load_workbook(files["xlsx"])
    assert wb.sheetnames[:3] == ["Decision", "Questions", "Summary"]
    ws = wb["Decision"]
    assert ws["A1"].value == view.headline
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    top = next(n for n, row in enumerate(rows) if row[0] == "#")
    ranking = view.ranking
    for r, view_row in enumerate(ranking.rows, start=top + 1):
        for c, column in enumerate(ranking.columns):
            cell, written = view_row[column.id], rows[r][c]
            if isinstance(written, (int, float)):  # money: the number, rounded as shown
                assert cell.amount is not None
                assert cell.currency is not None
                quantum = Decimal(1).scaleb(-currency_digits(cell.currency))
                shown = Decimal(str(written)).quantize(quantum, rounding=ROUND_HALF_UP)
                assert shown == cell.amount.quantize(quantum, rounding=ROUND_HALF_UP)
                assert column.kind == "money"
                assert cell.missing is None
            else:
                assert written == cell.text, (view_row.key, column.id)
        best = ws.cell(r + 1, 3)  # the yearly cost: the cheapest one is highlighted
        assert (best.fill.fgColor.rgb == "00C6EFCE") == view_row["yearly"].best
    questions = wb["Questions"]
    assert questions["A1"].value == view.questions.title
    assert questions.cell(3, 5).value == view.questions.rows[0]["question"].text


def _pdf_words(path: Path, page: int) -> list[tuple[float, float, str]]:
    """(x, y, word) of one page, from poppler's bounding boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    return [
        (float(w.get("xMin", 0)), float(w.get("yMin", 0)), w.text or "")
        for w in root.iter("{http://www.w3.org/1999/xhtml}word")
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_decision_page_shows_the_same_cells(
    view: DecisionView, files: dict[str, Path]
) -> None:
    words = _pdf_words(files["pdf"], 2)  # right after the cover
    assert "Decision" in [w for _, _, w in words[:8]]
    shown = [c for c in view.ranking.columns if c.id in RANKING_SHOWN]
    head_y = next(y for _, y, w in words if w == "#")
    edges = []  # each column's left edge: its title's first word on the header line
    for column in shown:
        first = column.title.split()[0]
        edges.append(next(x for x, y, w in words if w == first and abs(y - head_y) < 2))
    end_y = next(y for _, y, w in words if w == "What" and y > head_y)
    starts = sorted(
        y for x, y, w in words if head_y + 4 < y < end_y and x < edges[1] - 1 and w.isdigit()
    )
    cells: dict[tuple[int, int], list[str]] = {}
    for x, y, w in words:
        if not starts[0] - 1 <= y < end_y:  # below the header (which may wrap), above the notes
            continue
        at_column = max(n for n, edge in enumerate(edges) if x >= edge - 1)
        at_row = max(n for n, start in enumerate(starts) if y >= start - 1)
        cells.setdefault((at_row, at_column), []).append(w)
    for r, view_row in enumerate(view.ranking.rows):
        for c, column in enumerate(shown):
            expected = _plain(view_row[column.id].text)
            assert _plain(" ".join(cells[(r, c)])) == expected, (view_row.key, column.id)


def test_decide_prints_the_same_cells(
    view: DecisionView, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.app import main

    code = main(["decide", "--profile", str(PROFILE), "--plans", "kiwi,mystore",
                 "--params", str(SAMPLE_PARAMS_PATH), "--currency", "EUR",
                 "--years", str(YEARS), "--format", "table"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == view.headline
    lines = out.splitlines()
    for row in view.ranking.texts()[1:]:
        line = next(ln for ln in lines if ln.startswith(f"{row[0]} ") and row[1] in ln)
        position = 0
        for text in row:  # every cell, in order, on the plan's line
            position = line.index(text, position) + len(text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_percentages_stay_with_their_number(files: dict[str, Path]) -> None:
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(files["pdf"]), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    # the ranking's yearly costs with a share of unpriced tickets: "EUR 1,273.27 + 17 % unpriced"
    assert re.search(r"\d[ \u00a0]%", text)
    assert not re.search(r"^\s*%", text, re.MULTILINE)  # "16 %" never split as "16" / "%"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_summary_layout_is_cover_decision_and_summary(
    view: DecisionView, files: dict[str, Path]
) -> None:
    from pypdf import PdfReader

    full, summary = PdfReader(files["pdf"]), PdfReader(files["summary"])
    assert len(summary.pages) == 3  # cover, decision, executive summary (two scenarios)
    assert len(full.pages) > len(summary.pages)
    texts = [_plain(page.extract_text()) for page in summary.pages]
    assert texts[1].startswith("Termscope")
    assert "Decision" in texts[1]
    assert f"Questions for the vendors: {len(view.questions.rows)}" in texts[1]
    assert "Executive summary" in texts[2]
    assert "Appendix" not in " ".join(texts)
    full_text = _plain(" ".join(page.extract_text() for page in full.pages))
    assert view.questions.title in full_text  # the questions section, in the full layout


def test_csv_and_json_carry_the_decision(
    report: ComparisonReport, view: DecisionView, tmp_path: Path
) -> None:
    import csv
    import json

    from exports.data import export_csv, export_json

    export_csv(report, tmp_path / "d.csv")
    export_json(report, tmp_path / "d.json")
    with (tmp_path / "d.csv").open(encoding="utf-8", newline="") as source:
        ranking = [r for r in csv.reader(source) if r[0] == "ranking"]
    texts = {(r[2], r[3]): r[5] for r in ranking}
    for row in view.ranking.rows:
        for column in view.ranking.columns:
            assert texts[(row.key, column.id)] == row[column.id].text
    document = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert document["format"] == "termscope.simulation/1"
    assert document["decision"]["format"] == "termscope.decision/1"
    assert document["decision"]["winner"] is not None
