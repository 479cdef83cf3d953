"""The Why panel says the engine's own words in the interface language (issue 12): a tiny
catalogue made on the fly marks a few of them, and the panel shows the marked texts, while the
clause ids, the contract's own texts and the vendor's words stay as they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.i18n import apply_language
from desktop.plain_words import plain_label, plain_value
from desktop.why_panel import WhyPanel
from models.report import report_from_state
from models.result import Result
from tests.marked_catalogue import compiled_catalogue

# (context, English, shown)
MARKED = [
    ("models", "Reported on the vendor's clock", "RAPPORTERAD-X"),
    ("models", "Office hours: the vendor's", "KONTORSTID-LEVERANTÖR-X"),
    ("models", "Status {status}", "STATUS-X {status}"),
    ("models", "quote required", "OFFERT-X"),
    ("models", "{label}: {reason}", "{label} — {reason}"),
    ("models", "Not covered", "EJ-TÄCKT-X"),
    ("models", "On-site visit", "PÅ-PLATS-X"),
    ("models", "the terms do not price this; ask the vendor", "FRÅGA-X"),
    ("PlainWords", "office hours", "KONTORSTID-X"),
    ("PlainWords", "business day", "ARBETSDAG-X"),
    ("PlainWords", "open", "ÖPPET-X"),
    ("PlainWords", "closed", "STÄNGT-X"),
    ("PlainWords", "yes", "JA-X"),
    ("PlainWords", "no", "NEJ-X"),
]


@pytest.fixture
def swedish_marked(tmp_path: Path, qtbot: QtBot) -> Iterator[None]:
    """Swedish applied, with the marked catalogue installed over it (searched first)."""
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue(tmp_path, MARKED)))
    apply_language("sv")
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        apply_language("en")  # the application is shared by all the tests


def _results() -> list[Result]:
    report = report_from_state(bundled_comparison())
    return [result for run in report.runs for result in run.results]


def test_the_why_panel_says_the_engine_s_words_in_the_language(
    qtbot: QtBot, swedish_marked: None
) -> None:
    state = bundled_comparison()
    panel = WhyPanel()
    qtbot.addWidget(panel)
    quoted = next(r for r in _results() if any(s.text == "Status quote_required" for s in r.trace))
    panel.show_result(quoted, state.contract(quoted.contract), "plan")
    text = panel.toPlainText()
    assert "RAPPORTERAD-X" in text
    assert "Reported on the vendor's clock" not in text
    assert "STATUS-X OFFERT-X" in text  # the status id as its translated words
    assert "KONTORSTID-X" in text  # the values' names
    assert "ARBETSDAG-X" in text
    assert any(word in text for word in ("ÖPPET-X", "STÄNGT-X"))
    assert "Status: quote required" not in text

    # a refusal: our label translated, the contract's reason and the clause id as written
    refused = next(
        r
        for r in _results()
        if any(s.text.startswith("Not covered: ") and s.clause for s in r.trace)
    )
    step = next(s for s in refused.trace if s.text.startswith("Not covered: "))
    assert step.clause is not None
    reason = step.text.removeprefix("Not covered: ")
    panel.show_result(refused, state.contract(refused.contract), "plan")
    text = panel.toPlainText()
    assert f"EJ-TÄCKT-X — {reason}" in text
    assert step.clause in text


def test_the_cost_lines_fixed_words_follow_the_language(qtbot: QtBot, swedish_marked: None) -> None:
    state = bundled_comparison()
    panel = WhyPanel()
    qtbot.addWidget(panel)
    unpriced = next(
        r
        for r in _results()
        if any(
            w.text == "On-site visit: the terms do not price this; ask the vendor"
            for w in r.warnings
        )
    )
    panel.show_result(unpriced, state.contract(unpriced.contract), "cost")
    text = panel.toPlainText()
    # the cost line's label and reason (table cells), and the warning said from its phrase
    assert "\nPÅ-PLATS-X\n" in text
    assert "\nFRÅGA-X\n" in text
    assert "PÅ-PLATS-X — FRÅGA-X" in text
    assert "On-site visit\n" not in text
    assert "On-site visit:" not in text  # (the scenario's own name says "On-site visit for")
    # a plan's own price label (the contract's words) is shown as it is written
    labels = [line.label for line in unpriced.cost.lines if line.label != "On-site visit"]
    assert all(label in text for label in labels)


def test_the_values_fixed_words_follow_the_language(qtbot: QtBot, swedish_marked: None) -> None:
    assert plain_label("office_hours") == "KONTORSTID-X"
    assert plain_value("office_hours", "closed") == "STÄNGT-X"
    assert plain_value("business_day", True) == "JA-X"
    assert plain_label("visits_per_year") == "platsbesök per år"  # from the real Swedish one


def test_english_names_and_values_are_as_before() -> None:
    assert [plain_label(k) for k in ("at", "office_hours", "business_day", "vat_rate")] == [
        "at",
        "office hours",
        "business day",
        "VAT",
    ]
    assert [plain_value("x", v) for v in ("open", "closed", "yes", "no", "not stated")] == [
        "open",
        "closed",
        "yes",
        "no",
        "not stated",
    ]
