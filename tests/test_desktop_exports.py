"""Exports from the app's File menu: CSV, JSON and the PDF's two layouts, and where the file
dialogs open. The decision is worked out as in tests/test_desktop_decision.py (three plans,
two one-hour theme repairs a month, 20 years), so the exports carry a current decision."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pypdf import PdfReader

from desktop.main_window import ExportKind, MainWindow
from tests.test_desktop_decision import PLANS
from tests.test_desktop_decision import window as window  # the fixture: a current decision


def export_to(window: MainWindow, target: Path, kind: ExportKind, layout: str = "full") -> None:
    window.ask_export_path = lambda _kind: target
    window.export(kind, layout=layout)  # type: ignore[arg-type]
    assert window.last_export == target
    if window.offer_box is not None:
        window.offer_box.close()


def test_csv_export_holds_the_ranking_of_the_current_decision(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.current_decision is not None
    target = tmp_path / "offer.csv"
    export_to(window, target, "csv")
    with target.open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    ranking = {row["row"] for row in rows if row["table"] == "ranking"}
    assert ranking == set(PLANS)  # one ranking row a plan of the comparison
    scenarios = {row["scenario"] for row in rows if row["table"] == "scenario"}
    assert len(scenarios) == len(window.session.state.scenarios)
    # Kiwi's yearly cost: 24 tickets × ILS 180 = ILS 4,320 = EUR 1,107.69 at 3.9 ILS a euro
    kiwi_cost = [
        row
        for row in rows
        if row["table"] == "ranking" and row["row"] == "kiwi:standard" and row["amount"]
    ]
    assert any(row["amount"].startswith("1107.69") for row in kiwi_cost)


def test_json_export_is_a_simulation_document_with_the_decision(
    window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "offer.json"
    export_to(window, target, "json")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "termscope.simulation/1"
    assert document["decision"]["format"] == "termscope.decision/1"


def test_the_summary_pdf_is_shorter_than_the_full_report(
    window: MainWindow, tmp_path: Path
) -> None:
    full, summary = tmp_path / "full.pdf", tmp_path / "summary.pdf"
    export_to(window, full, "pdf")
    export_to(window, summary, "pdf", layout="summary")
    full_pages = len(PdfReader(full).pages)
    summary_pages = len(PdfReader(summary).pages)
    assert 1 <= summary_pages < full_pages
    first = PdfReader(summary).pages[0].extract_text()
    assert "Kiwi" in first or "Decision" in first


def test_file_dialogs_open_beside_the_comparison_or_in_the_last_folder(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.path is None
    assert window.dialog_folder() == Path.home()  # nothing used yet: not the working folder
    folder = tmp_path / "offers"
    folder.mkdir()
    export_to(window, folder / "offer.json", "json")
    assert window.dialog_folder() == folder.resolve()  # the last folder used, kept in settings
    saved = tmp_path / "clients" / "acme.yaml"
    saved.parent.mkdir()
    window.ask_save_path = lambda: saved
    assert window.save_as()
    assert window.dialog_folder() == saved.parent.resolve()  # beside the comparison
