"""Plain words in the Why panel and the parameters dialog (issue 12): readable date-times,
status words, VAT as a percentage, grouped numbers — the raw value kept in a tooltip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.i18n import apply_language
from desktop.parameters_dialog import ParametersDialog
from desktop.plain_words import plain_date, plain_label, plain_text, plain_value
from desktop.why_panel import WhyPanel
from models.report import report_from_state
from models.result import Result, shown_value
from models.rules import When
from models.serialize import result_json

TODAY = date(2026, 11, 22)


def test_plain_values_for_people() -> None:
    # the trace's ISO time on the vendor's clock: 27 Nov 2026 was a Friday; this year: no year
    assert plain_value("at", "2026-11-27T19:15:00+03:30", TODAY) == "Fri 27 Nov 19:15"
    # 416 days out is next year: the year is named
    assert plain_value("at", "2028-01-12T09:00:00+01:00", TODAY) == "Wed 12 Jan 2028 09:00"
    assert plain_value("report_day", "2026-03-12", TODAY) == "Thu 12 Mar"
    assert plain_text("Status quote_required") == "Status: quote required"
    assert plain_text("20 % of product_price") == "20 % of product price"
    assert (plain_label("vat_rate"), plain_value("vat_rate", "0.18")) == ("VAT", "18 %")
    assert plain_value("fee", Decimal("240000000.0")) == "240,000,000"
    assert plain_value("hours", Decimal("2.1")) == "2.1"
    assert plain_value("outcome", "not_covered") == "not covered"


def tooltips(document: QTextDocument) -> set[str]:
    found = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                found.add(tip)
            it += 1
        block = block.next()
    return found


def results() -> list[Result]:
    report = report_from_state(bundled_comparison())
    return [result for run in report.runs for result in run.results]


def test_the_why_panel_shows_plain_words_and_keeps_the_raw_in_tooltips(qtbot: QtBot) -> None:
    panel = WhyPanel()
    qtbot.addWidget(panel)
    state = bundled_comparison()
    kiwi = next(r for r in results() if r.contract == "kiwi")
    panel.show_result(kiwi, state.contract("kiwi"), "plan")
    text = panel.toPlainText()
    raw_at = next(str(v) for s in kiwi.trace for k, v in s.values if k == "at")
    assert "T" in raw_at  # an ISO time …
    assert raw_at not in text  # … not on screen …
    assert raw_at in tooltips(panel.document())  # … but in the tooltip
    assert "VAT\t18 %" in text or "VAT 18 %" in text.replace("\n", " ")  # Israel's VAT, K-VAT
    assert "vat rate" not in text
    quoted = next(r for r in results() if any(s.text == "Status quote_required" for s in r.trace))
    panel.show_result(quoted, state.contract(quoted.contract), "plan")
    assert "Status: quote required" in panel.toPlainText()
    assert "quote_required" not in panel.toPlainText()


def test_the_parameters_dialog_groups_numbers_and_shows_the_rates_date(qtbot: QtBot) -> None:
    state = bundled_comparison()
    dialog = ParametersDialog(state)
    qtbot.addWidget(dialog)
    price = state.parameters["kianpardaz"]["product_price"]
    field = dialog._parameter_fields[("kianpardaz", "product_price")]
    assert price == Decimal("1200000000")  # contracts/samples/params.yaml
    assert field.text() == "1,200,000,000"
    assert state.rates.date == date(2026, 11, 1)
    assert dialog.rates_date.text() == "1 Nov 2026"
    assert plain_date(state.rates.date) == "1 Nov 2026"  # the status bar's words
    dialog.accept()
    assert dialog.result_state is not None
    assert dialog.result_state.parameters["kianpardaz"]["product_price"] == price


def test_the_why_panel_follows_a_switch_of_theme(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    panel = WhyPanel()
    qtbot.addWidget(panel)
    kiwi = next(r for r in results() if r.contract == "kiwi")
    panel.show_result(kiwi, bundled_comparison().contract("kiwi"), "work_start")
    shade = panel.palette().color(QPalette.ColorRole.AlternateBase).name()
    assert shade in panel.toHtml()  # the clause's background, from the palette
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor("#26272a"))
    panel.setPalette(dark)  # a PaletteChange: the HTML is made again with the new colours
    assert "#26272a" in panel.toHtml()
    assert "K7" in panel.toPlainText()  # still the same result


def test_a_rules_conditions_in_words_and_in_the_files_terms_in_the_json(qtbot: QtBot) -> None:
    when = When(severity=["high", "normal"], effort_over=Decimal("2.5"), requires_release=True)
    assert plain_value("when", when) == (
        "severity high/normal, vendor work over 2.5 h, the fix ships in a release"
    )
    assert shown_value(when) == "severity=high/normal, effort_over=2.5, requires_release=True"
    assert plain_value("when", When()) == "always"
    assert plain_value("kind", "estimate") == "estimate"
    assert plain_value("rule", "prepaid_hours") == "prepaid hours"
    # a milestone step of a rule with conditions: words on screen, the file's terms in the JSON
    traced = [
        (result, value)
        for result in results()
        for step in result.trace
        for key, value in step.values
        if key == "when" and isinstance(value, When) and value.requires_release
    ]
    assert traced
    result, rule = traced[0]
    panel = WhyPanel()
    qtbot.addWidget(panel)
    panel.show_result(result, bundled_comparison().contract(result.contract), "plan")
    text = panel.toPlainText()
    assert "the fix ships in a release" in text
    assert "requires_release" not in text
    assert "requires release" not in text
    steps = result_json(result, None, None)["trace"]
    assert rule.description in [step["values"].get("when") for step in steps]


def test_a_rules_conditions_in_swedish(qtbot: QtBot) -> None:
    when = When(severity=["high", "normal"], cause=["change_request"], effort_over=Decimal("2.5"))
    try:
        apply_language("sv")
        assert plain_value("when", when) == (
            "allvarlighetsgrad hög/normal, orsak: ändringsbegäran, leverantörens tidsåtgång "
            "över 2,5 h"
        )
        assert plain_value("kind", "estimate") == "uppskattning"
        assert plain_value("rule", "prepaid_hours") == "förbetalda timmar"
    finally:
        apply_language("en")
