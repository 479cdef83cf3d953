"""The dialogs, the contract editor and the decision panel speak the interface's language
(issue 12): their texts go through Qt's translator, the parameters dialog writes numbers and the
rates' date the locale's way, and their file dialogs open beside the comparison."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QFileDialog, QGroupBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.contract_editor import editor_for_new
from desktop.criteria_dialog import CriteriaDialog
from desktop.decision_panel import DecisionPanel
from desktop.folders import dialog_folder, folder_for
from desktop.numbers import decimal_text, grouped, read_number, show_number
from desktop.parameters_dialog import ParametersDialog
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner
from tests.marked_catalogue import compiled_catalogue

# a few of our texts, "translated" to markers no English text contains
MARKED = {
    "ParametersDialog": {
        "Comparison, parameters and currency": "«PD title»",
        "Comparison currency and exchange rates": "«PD money»",
    },
    "CriteriaDialog": {"Decision criteria": "«CD title»", "Score": "«CD score»"},
    "ContractEditor": {"Vendor": "«CE vendor»", "Date": "«CE date»", "Add Plan": "«CE add»"},
    "SourcePanel": {"Make Clause from Selection": "«SP make»"},
    "DecisionPanel": {"Criteria…": "«DP criteria»", "Ranking of the plans": "«DP ranking»"},
}


@pytest.fixture
def markers(tmp_path: Path) -> Iterator[QTranslator]:
    """A translator with the markers, not yet installed; removed again after the test."""
    translator = QTranslator()
    assert translator.load(
        str(
            compiled_catalogue(
                tmp_path, ((c, e, t) for c, m in MARKED.items() for e, t in m.items())
            )
        )
    )
    yield translator
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def session() -> Iterator[ComparisonSession]:
    made = ComparisonSession(bundled_comparison(), years=20, debounce_ms=60_000)
    yield made
    made.stop_deciding()


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_dialogs_built_after_a_switch_show_the_translated_texts(
    qtbot: QtBot, markers: QTranslator, session: ComparisonSession
) -> None:
    _install(markers)
    parameters = ParametersDialog(session.state)
    qtbot.addWidget(parameters)
    assert parameters.windowTitle() == "«PD title»"
    titles = {box.title() for box in parameters.findChildren(QGroupBox)}
    assert "«PD money»" in titles
    assert "Comparison" in titles  # not in the catalogue: the English text stays

    criteria = CriteriaDialog(session)
    qtbot.addWidget(criteria)
    assert criteria.windowTitle() == "«CD title»"
    assert "«CD score»" in {box.title() for box in criteria.findChildren(QGroupBox)}

    editor = editor_for_new("acme", "Acme AS", "NOK", "Europe/Oslo", "no", runner=SyncRunner())
    qtbot.addWidget(editor)
    assert editor.forms.tabText(0) == "«CE vendor»"
    assert "«CE add»" in {button.text() for button in editor.findChildren(QPushButton)}
    holidays = editor._tables[0].table  # the added closed days: Date, Name
    headers = [holidays.horizontalHeaderItem(n) for n in range(holidays.columnCount())]
    assert [item.text() if item else "" for item in headers] == ["«CE date»", "Name"]
    assert editor.source_panel.make_button.text() == "«SP make»"


def test_the_decision_panel_changes_language_live(
    qtbot: QtBot, markers: QTranslator, session: ComparisonSession, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    panel = DecisionPanel(session, settings)
    qtbot.addWidget(panel)
    criteria = panel.findChild(QPushButton, "editCriteria")
    assert criteria is not None
    assert (criteria.text(), panel.ranking.accessibleName()) == (
        "Criteria…",
        "Ranking of the plans",
    )
    _install(markers)  # the panel was built before: it follows the LanguageChange event
    assert (criteria.text(), panel.ranking.accessibleName()) == ("«DP criteria»", "«DP ranking»")
    QCoreApplication.removeTranslator(markers)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert criteria.text() == "Criteria…"
    assert panel.findChildren(QTabWidget)  # the tab titles are set again too (no crash)


@pytest.fixture
def swedish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


def test_the_parameters_dialog_writes_and_reads_swedish_numbers_and_dates(
    qtbot: QtBot, swedish: None
) -> None:
    state = bundled_comparison()
    dialog = ParametersDialog(state)
    qtbot.addWidget(dialog)
    field = dialog._parameter_fields[("kianpardaz", "product_price")]
    # 1,200,000,000 in English; Swedish groups with a no-break space
    assert field.text() == "1\u00a0200\u00a0000\u00a0000"
    assert dialog.rates_date.text() == "2026-11-01"  # Sweden's short date, the year in full
    field.setText("1 250 000,5")  # as a Swedish reader types it: 1,250,000.5
    dialog.accept()
    assert dialog.result_state is not None
    assert dialog.result_state.parameters["kianpardaz"]["product_price"] == Decimal("1250000.5")
    assert str(dialog.result_state.rates.date) == "2026-11-01"


def test_file_dialogs_open_beside_the_comparison(
    qtbot: QtBot, session: ComparisonSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "deals"
    folder.mkdir()
    session.path = folder / "comparison.yaml"
    asked: list[str] = []

    def ask(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    criteria = CriteriaDialog(session)
    qtbot.addWidget(criteria)
    criteria.open_file()
    criteria.save_file()
    assert asked == [str(folder.resolve()), str(folder.resolve() / "criteria.yaml")]

    asked.clear()
    editor = editor_for_new(
        "acme",
        "Acme AS",
        "NOK",
        "Europe/Oslo",
        "no",
        runner=SyncRunner(),
        start_folder=lambda: dialog_folder(session.path, None),
    )
    qtbot.addWidget(editor)
    editor.save_as_dialog()  # a new contract: beside the comparison
    editor.source_panel.open_dialog()  # the vendor's text: where its editor's dialogs open
    assert asked == [str(folder.resolve() / "contract.yaml"), str(folder.resolve())]
    assert folder_for(editor.source_panel) == folder.resolve()


def test_the_start_folder_without_a_comparison_is_the_last_used_else_home(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert dialog_folder(None, settings) == Path.home()  # not the working folder
    settings.setValue("lastFolder", str(tmp_path))
    assert dialog_folder(None, settings) == tmp_path
    assert folder_for(None) == Path.home()


def test_the_kept_criteria_dialog_changes_language_live(
    qtbot: QtBot, markers: QTranslator, session: ComparisonSession
) -> None:
    criteria = CriteriaDialog(session)  # the main window keeps it and shows it again
    qtbot.addWidget(criteria)
    assert criteria.windowTitle() == "Decision criteria"
    _install(markers)
    assert criteria.windowTitle() == "«CD title»"
    assert "«CD score»" in {box.title() for box in criteria.findChildren(QGroupBox)}
    assert session.undo_stack.count() == 0  # a switch of language is no edit of the criteria


def test_numbers_in_the_locale_read_back_and_stay_english_in_english() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    persian = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    assert show_number(Decimal("1200000000.5"), english) == "1,200,000,000.5"
    # Persian digits, the Arabic thousands separator U+066C and decimal sign U+066B
    shown = show_number(Decimal("1500.25"), persian)
    assert shown == "\u06f1\u066c\u06f5\u06f0\u06f0\u066b\u06f2\u06f5"
    assert Decimal(read_number(shown, persian)) == Decimal("1500.25")
    assert read_number("1,500", english) == "1500"
    # Qt's "C" locale (no language chosen, as in these tests) writes English, grouped
    assert (grouped(20000), decimal_text(Decimal("12.0"), 3, "g")) == ("20,000", "12.0")
