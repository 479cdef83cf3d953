"""The desktop app, offscreen with pytest-qt: what a user does, and what they then see."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from contracts import BUNDLED_DIR, bundled_comparison
from desktop.cell_table import ROW_KEY_ROLE
from desktop.comparison_model import ComparisonTableModel
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner
from models.comparison_file import save_comparison

CUSTOMER_CAUSED_ROW = 2  # "Customer broke the theme, 2.5 hours to repair"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # the decision waits a minute after each edit here: these tests are about the scenarios
    # (tests/test_desktop_decision.py works the decision out)
    session = _idle_session()
    main = MainWindow(session, settings, SyncRunner(), new_state=bundled_comparison)
    main.ask_save_changes = lambda _parent: "discard"
    main.tabs.setCurrentWidget(main.scenarios_tab)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.session.undo_stack.setClean()
    main.session.stop_deciding()


def _idle_session() -> ComparisonSession:
    return ComparisonSession(bundled_comparison(), years=20, debounce_ms=60_000)


def cell(window: MainWindow, plan: str, column_id: str) -> str:
    """The text the table shows for a plan ("kiwi:standard") and a column id ("converted")."""
    model = window.proxy
    column = window.table_model.column_index(column_id)
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), ROW_KEY_ROLE) == plan:
            return str(model.data(model.index(row, column))).replace("\xa0", " ")
    raise KeyError(plan)


def test_opens_with_bundled_contracts_and_samples(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Termscope")
    assert window.proxy.rowCount() == 15
    assert window.scenarios.model.rowCount() == 10
    # a commitment is not named; the time after the report is (K5: two hours)
    assert cell(window, "kiwi:standard", "response") == "Thu 12 Mar 17:30 (+2.0 h)"
    # CLDR: the rial has no minor unit
    assert (
        cell(window, "kianpardaz:product-gold", "fee") == "IRR 480,000,000 / year"
    )  # CLDR: no minor unit
    assert "15 plans · 10 scenarios" in window.status.text()


def test_editing_the_form_updates_the_table(window: MainWindow, qtbot: QtBot) -> None:
    window.scenarios.select(0)
    editor = window.editor
    editor.cause.setCurrentIndex(editor.cause.findData("customer_caused"))
    editor.effort.setValue(2.5)
    editor.severity.setCurrentIndex(editor.severity.findData("high"))
    assert window.session.state.scenarios[0].effort_hours == Decimal("2.5")
    assert cell(window, "kiwi:standard", "cost") == "ILS 450.00"
    assert cell(window, "mystore:support", "cost") == "NOK 3,750.00"
    assert cell(window, "sitecom:standard", "cost") == "not covered"
    assert cell(window, "sitecom:standard", "status") == "not covered"
    # ILS 450 at 3.9 per EUR
    assert cell(window, "kiwi:standard", "converted") == "EUR 115.38"


def test_not_stated_is_shown_as_such(window: MainWindow) -> None:
    window.scenarios.select(4)  # change request on a Norwegian Friday evening
    # nothing of it is priced: the known part (0) and why the rest has no price
    assert cell(window, "kiwi:standard", "cost") == "ILS 0.00 + not stated"
    assert cell(window, "kiwi:standard", "status") == "quote required"
    assert cell(window, "mystore:support", "work_start") == "not stated"


def test_undo_and_redo(window: MainWindow) -> None:
    window.scenarios.select(2)
    before = cell(window, "kiwi:standard", "cost")
    assert before == "ILS 450.00"
    window.editor.effort.setValue(1.0)
    window.editor.effort.setValue(2.0)  # same field: merged into one undo step
    assert cell(window, "kiwi:standard", "cost") == "ILS 360.00"
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert cell(window, "kiwi:standard", "cost") == "ILS 450.00"
    assert window.editor.effort.value() == 2.5
    assert not window.isWindowModified()
    window.session.undo_stack.redo()
    assert cell(window, "kiwi:standard", "cost") == "ILS 360.00"


def test_scenario_list_add_duplicate_rename_delete_reorder(window: MainWindow) -> None:
    scenarios = window.scenarios
    scenarios.select(1)
    scenarios.duplicate()
    names = [s.name for s in window.session.state.scenarios]
    assert names[2] == names[1] + " (copy)"
    assert scenarios.current_row() == 2
    scenarios.model.setData(scenarios.model.index(2), "Renamed")
    assert window.session.state.scenarios[2].name == "Renamed"
    scenarios.move_selected(-1)
    assert window.session.state.scenarios[1].name == "Renamed"
    scenarios.delete()
    assert len(window.session.state.scenarios) == 10
    scenarios.add()
    assert len(window.session.state.scenarios) == 11
    assert scenarios.current_row() == 10


def test_table_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    state = bundled_comparison()
    model = ComparisonTableModel()
    model.set_rows(state.results(state.scenarios[0]), state.rates, "EUR", False)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_best_value_is_highlighted(window: MainWindow) -> None:
    window.scenarios.select(0)  # critical outage: Kiwi starts first
    model = window.proxy
    for row in range(model.rowCount()):
        result = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole + 2)
        column = window.table_model.column_index("work_start")
        background = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
        assert (background is not None) == (result.contract == "kiwi")


def test_why_shows_the_clause_in_the_vendors_words(window: MainWindow) -> None:
    window.scenarios.select(0)
    row = next(
        r
        for r in range(window.proxy.rowCount())
        if window.proxy.data(window.proxy.index(r, 0)).startswith("Kiwi")
    )
    column = window.table_model.column_index("work_start")
    window.table.setCurrentIndex(window.proxy.index(row, column))
    html = window.why.toHtml()
    text = window.why.toPlainText()
    assert "K7" in text
    assert "טיפול בתקלה קריטית" in text  # the Hebrew original
    assert "within 2 hours of the report" in text  # the English reading
    assert 'dir="rtl"' in html or "dir='rtl'" in html or "rtl" in html


def test_broken_contract_shows_the_error_and_keeps_the_state(
    window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text(
        (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8").replace("rate: 180", "rate: x"),
        encoding="utf-8",
    )
    before = window.session.state
    window.open_contract(bad)
    assert window.session.state is before
    assert window.last_error is not None
    assert window.last_error.isVisible()
    line = next(
        n for n, t in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if "rate: x" in t
    )
    assert f"{bad}:{line}: plans[0].pricing[3].rate" in window.last_error.informativeText()
    window.last_error.close()


def test_opening_a_valid_contract_adds_its_plans(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "kiwi-copy.yaml"
    other.write_text(
        (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8").replace("id: kiwi", "id: kiwi-b"),
        encoding="utf-8",
    )
    window.open_contract(other)
    assert "kiwi-b:standard" in window.session.state.plans
    assert window.proxy.rowCount() == 16
    window.session.undo_stack.undo()
    assert window.proxy.rowCount() == 15


def test_save_then_open_round_trips(window: MainWindow, tmp_path: Path) -> None:
    window.scenarios.select(3)
    window.editor.effort.setValue(0.75)
    path = tmp_path / "mine.yaml"
    window.ask_save_path = lambda: path
    assert window.save()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Termscope — Support offers compared — mine.yaml")
    saved = window.session.state
    window.new_comparison()
    assert len(window.session.state.scenarios) == 1
    window.open_comparison(path)
    assert window.session.state.scenarios == saved.scenarios
    assert window.session.state.plans == saved.plans
    assert window.session.path == path
    assert window.recent_files()[0] == str(path.resolve())


def test_damaged_comparison_file_loses_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "damaged.yaml"
    save_comparison(window.session.state, path)
    path.write_text(path.read_text(encoding="utf-8")[:500], encoding="utf-8")  # cut short
    window.editor.effort.setValue(7)
    edited = window.session.state
    window.ask_save_changes = lambda _parent: "cancel"
    window.open_comparison(path)  # cancelled: nothing happens
    assert window.session.state is edited
    window.ask_save_changes = lambda _parent: "discard"
    window.open_comparison(path)
    assert window.session.state is edited  # the damaged file did not replace it
    assert window.last_error is not None
    message = window.last_error.informativeText()
    assert f"{path}:2: contracts: required field is missing" in message


def test_closing_with_unsaved_changes_asks(window: MainWindow) -> None:
    asked: list[bool] = []

    def cancel(_parent: object) -> str:
        asked.append(True)
        return "cancel"

    window.editor.effort.setValue(5)
    window.ask_save_changes = cancel  # type: ignore[assignment]
    window.close()
    assert asked == [True]
    assert window.isVisible()
    window.ask_save_changes = lambda _parent: "discard"
    window.close()
    assert not window.isVisible()


def test_parameters_dialog_changes_fee_and_currency(window: MainWindow) -> None:
    dialog = window.edit_parameters()
    dialog.findChild(type(dialog.currency), "currency")
    field = dialog._parameter_fields[("kianpardaz", "product_price")]
    field.setText("1000000")
    dialog.currency.setCurrentIndex(dialog.currency.findData("NOK"))
    dialog.accept()
    assert cell(window, "kianpardaz:product-gold", "fee") == "IRR 400,000 / year"
    converted = window.table_model.column_index("converted")
    assert window.table_model.headerData(converted, Qt.Orientation.Horizontal) == "NOK net"
    window.session.undo_stack.undo()
    assert (
        cell(window, "kianpardaz:product-gold", "fee") == "IRR 480,000,000 / year"
    )  # CLDR: no minor unit


def test_parameters_dialog_refuses_a_negative_price(window: MainWindow) -> None:
    dialog = window.edit_parameters()
    dialog._parameter_fields[("kianpardaz", "product_price")].setText("-5")
    dialog.accept()
    assert dialog.isVisible()
    assert "product_price must be a number of 0 or more" in dialog.error.text()
    dialog.reject()


def test_unticking_a_plan_removes_its_row(window: MainWindow) -> None:
    model = window.library.model
    kiwi = next(
        model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "Kiwi Software"
    )
    kiwi.child(0).setCheckState(Qt.CheckState.Unchecked)
    assert "kiwi:standard" not in window.session.state.plans
    assert window.proxy.rowCount() == 14


def test_timeline_draws_a_lane_per_plan(window: MainWindow) -> None:
    window.scenarios.select(0)
    assert len(window.timeline.lanes) == 15
    kiwi = next(lane for lane in window.timeline.lanes if lane.contract.id == "kiwi")
    assert kiwi.office  # office hours to shade
    image = window.timeline.grab().toImage()
    assert not image.isNull()


def test_about_names_the_sources(window: MainWindow) -> None:
    box = window.show_about()
    assert isinstance(box, QMessageBox)
    assert "000_76ca527da53e1342.txt" in box.text()
    box.close()


def test_layout_is_remembered(tmp_path: Path, qtbot: QtBot) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(_idle_session(), settings, SyncRunner())
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(1)  # the scenarios, with their docks
    first.resize(1100, 640)
    size = (first.size().width(), first.size().height())
    first.docks["Why"].hide()
    first.close()
    second = MainWindow(_idle_session(), settings, SyncRunner())
    qtbot.addWidget(second)
    second.show()
    second.tabs.setCurrentIndex(1)
    assert second.size().height() == size[1]  # widths follow the docks' minimum sizes offscreen
    assert settings.value("window/geometry") is not None
    assert not second.docks["Why"].isVisible()
    assert second.docks["Timeline"].isVisible()


def test_scenario_list_model_passes_qt_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(window.scenarios.model)  # type: ignore[no-untyped-call]


def test_dropping_a_contract_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "dropped.yaml"
    other.write_text(
        (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8").replace("id: kiwi", "id: dropped"),
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert "dropped:standard" in window.session.state.plans


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_export_from_the_menu_writes_the_file_and_offers_to_open_it(
    window: MainWindow, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / f"out.{kind}"
    window.ask_export_path = lambda _kind: target
    window.export(kind)  # type: ignore[arg-type]
    assert window.last_export == target
    assert target.stat().st_size > 5000
    assert window.offer_box is not None
    assert window.offer_box.isVisible()
    assert str(target) in window.offer_box.text()
    window.offer_box.close()


def test_export_to_a_missing_folder_reports_the_error(window: MainWindow, tmp_path: Path) -> None:
    window.ask_export_path = lambda _kind: tmp_path / "missing" / "out.xlsx"
    window.export("xlsx")
    assert window.last_export is None
    assert window.last_error is not None
    assert "Export failed" in window.last_error.text()


def test_decision_and_workload_tabs_make_room_and_give_it_back(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.annual)
    assert not window.docks["Timeline"].isVisible()
    assert not window.docks["Why"].isVisible()
    assert window.docks["Contracts"].isVisible()
    window.tabs.setCurrentWidget(window.decision)
    assert not window.docks["Why"].isVisible()
    window.tabs.setCurrentIndex(1)
    assert window.docks["Timeline"].isVisible()
    assert window.docks["Why"].isVisible()


def test_a_time_in_a_dst_gap_is_moved_with_a_visible_note(window: MainWindow) -> None:
    # Oslo 2026-03-29 02:30 never happens (02:00 +01:00 jumps to 03:00 +02:00): the form moves
    # it to 03:00+02:00 and says so; a valid time clears the note.
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    window.scenarios.select(0)
    editor = window.editor
    editor.zone.setCurrentText("Europe/Oslo")
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    editor.reported.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), utc))
    moved = window.session.state.scenarios[0].reported_at
    assert moved.isoformat() == "2026-03-29T03:00:00+02:00"
    assert editor.time_note.isVisibleTo(window)
    assert "does not exist in Europe/Oslo" in editor.time_note.text()
    editor.reported.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(9, 0), utc))
    assert not editor.time_note.isVisibleTo(window)
