"""The texts of issue 12 that stayed English: the draft's position (headline, figures, goals,
notes), the fee basis and the cost lines' "how" say themselves in the interface language, with
the locale's numbers; the English stays as it was (the CLI's and JSON's tests guard that)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

import contracts
from desktop.contract_editor import ContractEditor, editor_for_file
from desktop.i18n import apply_language, current_wording
from desktop.tasks import SyncRunner
from models.position import Price, PriceToBeat, shown
from models.wording import ENGLISH

NBSP = "\u00a0"


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[ContractEditor]:
    window = editor_for_file(contracts.BUNDLED_DIR / "mystore.yaml", runner=SyncRunner())
    qtbot.addWidget(window)
    panel = window.position_panel
    panel.set_rivals({"kiwi:standard"})
    panel.years.setValue(20)
    panel.run_button.click()
    assert panel.result is not None
    try:
        yield window
    finally:
        apply_language("en")


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [_text(table.item(row, column)) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def test_the_position_in_swedish_with_swedish_numbers(editor: ContractEditor) -> None:
    panel = editor.position_panel
    english = panel.headline.text()
    # "Mystore · Support (included in the store price): rank 2 of 2, 31.4 points: 20.5 behind…"
    assert re.search(r": rank \d+ of 2, \d+\.\d points", english)
    apply_language("sv")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    swedish = panel.headline.text()
    # the plan and vendor names stay as the vendor wrote them; the numbers get a decimal comma
    assert re.search(r"Mystore · Support \(included in the store price\): plats \d av 2, ", swedish)
    assert re.search(r"\d+,\d poäng", swedish)
    assert "rank" not in swedish
    assert "points" not in swedish
    rows = _cells(editor.position_panel.table)
    # Mystore's support plan: "Work at the customer's request, per started hour", NOK 1250 (M2)
    support = next(row for row in rows if "(M2)" in row[1])
    assert support[1] == "Work at the customer's request, per started hour (pris per timme) (M2)"
    assert support[2] == f"NOK{NBSP}1{NBSP}250,00"
    assert support[3] == "billigast"
    assert re.fullmatch(
        rf"billigast vid NOK{NBSP}[\d{NBSP}]+,\d\d eller lägre \(nu NOK{NBSP}1{NBSP}250,00\)"
        r"|kan inte bli billigast enbart genom detta värde",
        support[4],
    ), support[4]
    parts = {row[1] for row in _cells(editor.position_panel.losses)}
    assert parts <= {"årskostnad", "snabbhet", "täckning"}
    apply_language("en")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.headline.text() == english


def test_the_position_in_hebrew(editor: ContractEditor) -> None:
    panel = editor.position_panel
    apply_language("he")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert re.search(r"מקום \d מתוך 2, \d+\.\d נקודות", panel.headline.text())
    support = next(row for row in _cells(editor.position_panel.table) if "(M2)" in row[1])
    assert support[1].endswith("(תעריף לשעה) (M2)")
    assert support[3] == "הזול ביותר"


def test_a_figure_and_its_note_in_the_reader_s_numbers() -> None:
    """`shown` and the notes with a made-up price: 1,234.5 NOK, solved at 987.65 or less."""
    price = Price(
        "hourly_rate", "Work (rate per hour)", ("plans", 0), "M2", Decimal("1234.5"), "NOK"
    )
    found = PriceToBeat(price, "cheapest", "solved", Decimal("987.65"), "kept English")
    assert shown(Decimal("12.5"), "hours") == "12.5 h"
    assert shown(Decimal("12.5"), "percent") == "12.5 %"
    try:
        apply_language("sv")
        swedish = current_wording()
        assert shown(Decimal("12.5"), "hours", swedish) == "12,5 h"
        assert shown(Decimal("12.5"), "percent", swedish) == f"12,5{NBSP}%"
        assert found.note_in(swedish) == (
            f"billigast vid NOK{NBSP}987,65 eller lägre (nu NOK{NBSP}1{NBSP}234,50)"
        )
        apply_language("fa")
        persian = current_wording()
        assert shown(Decimal("4"), "hours", persian) == "۴ ساعت"
        # the amounts (Latin letters) set apart from the right-to-left sentence: ⁨…⁩
        assert found.note_in(persian) == (
            "ارزان‌ترین با \u2068NOK\u00a0۹۸۷٫۶۵\u2069 یا کمتر (اکنون \u2068NOK\u00a0۱٬۲۳۴٫۵۰\u2069)"
        )
    finally:
        apply_language("en")
    assert found.note_in(ENGLISH) == "kept English"  # the English note is the one kept
