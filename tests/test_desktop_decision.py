"""The Decision tab and the session's yearly result, offscreen with pytest-qt.

The session works the decision out in a real background thread here (20 simulated years of a
profile small enough to check by hand, three plans), and the tests wait for its signals.

The profile: exactly 2 normal, customer-caused tickets a month of 1 hour each, reported in
office hours in Tel Aviv — 24 tickets a year:
* Kiwi (K12, ILS 180 an hour): 24 × ILS 180 = ILS 4,320 a year = EUR 1,107.69 at 3.9 per EUR;
* Mystore (M2, NOK 1,250 an hour): 24 × NOK 1,250 = NOK 30,000 = EUR 2,564.10 at 11.7;
* SiteCom does not cover customer-caused work: nothing of its usage has a price.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison, bundled_profiles
from desktop.cell_table import CellTableModel
from desktop.criteria_dialog import CriteriaDialog
from desktop.decision_panel import DecisionPanel
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner
from models.criteria import Criteria, load_criteria
from models.decide import CancelledError, decide
from models.decision_view import decision_view
from models.profile import Profile

WAIT_MS = 180_000  # a loaded machine: the run itself takes seconds
PLANS = ("kiwi:standard", "mystore:support", "sitecom:standard")


def exact_profile() -> Profile:
    data = bundled_profiles()[0].model_dump(mode="json")
    data.update(
        name="Two theme repairs a month",
        counts="exact",
        timezone="Asia/Jerusalem",
        tickets_per_month={"critical": "0", "high": "0", "normal": "2", "low": "0"},
        causes={"customer_caused": "1"},
        effort_hours={"median": "1", "p90": "1"},
        reported_outside_office_hours="0",
        after_hours_requested="0",
        requires_release="0",
        on_site_visits_per_year="0",
    )
    return Profile.model_validate(data)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    state = replace(bundled_comparison(), plans=PLANS)
    session = ComparisonSession(state, profile=exact_profile(), years=20, debounce_ms=20)
    main = MainWindow(session, settings, SyncRunner())
    main.ask_save_changes = lambda _parent: "discard"
    qtbot.addWidget(main)
    main.show()
    if session.current_decision is None:
        with qtbot.waitSignal(session.decision_changed, timeout=WAIT_MS):
            pass
    yield main
    main.session.undo_stack.setClean()
    main.session.stop_deciding()


def texts(model: CellTableModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def ranking_cell(window: MainWindow, plan: str, column_id: str) -> str:
    model = window.decision.ranking_model
    row = next(n for n, r in enumerate(model.table.rows) if r.key == plan)
    return str(model.data(model.index(row, model.column_index(column_id)))).replace("\xa0", " ")


def test_the_decision_is_worked_out_and_shown(window: MainWindow) -> None:
    decision = window.session.current_decision
    assert decision is not None
    assert window.tabs.currentWidget() is window.decision  # the Decision view comes first
    view = decision_view(decision)
    assert window.decision.headline.text() == view.headline
    assert window.decision.sureness.text() == view.sureness  # how sure, in one sentence
    assert view.headline.startswith("Kiwi Software · Standard support wins")
    # the hand-worked yearly costs (see the module docstring)
    assert ranking_cell(window, "kiwi:standard", "yearly") == "EUR 1,107.69"
    assert ranking_cell(window, "mystore:support", "yearly") == "EUR 2,564.10"
    assert ranking_cell(window, "sitecom:standard", "priced") == "0 %"


def test_the_ranking_shows_the_views_cells(window: MainWindow) -> None:
    decision = window.session.current_decision
    assert decision is not None
    expected = decision_view(decision).ranking.texts()[1:]
    assert texts(window.decision.ranking_model) == expected
    assert window.decision.flips_model.rowCount() == len(decision.checks)
    assert window.decision.questions_model.rowCount() == len(decision.questions)


def test_an_edit_makes_the_decision_stale_and_an_export_leaves_it_out(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    session = window.session
    old = session.current_decision
    assert old is not None
    assert window.report_to_export().decision is old
    params = {"kianpardaz": {"product_price": Decimal("1000000")}}
    with qtbot.waitSignal(session.decision_stale, timeout=1000):
        session.apply(replace(session.state, plans=PLANS[:2], parameters=params), "Two plans")
    assert session.current_decision is None
    assert session.decision is old  # kept, but never offered as current
    assert "Out of date" in window.decision.headline.text()
    assert not window.decision.ranking.isEnabled()
    model = window.decision.ranking_model  # no green "best" left on an old ranking
    assert all(
        model.data(model.index(r, c), Qt.ItemDataRole.BackgroundRole) is None
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
    assert window.report_to_export().decision is None
    target = tmp_path / "stale.xlsx"
    window.ask_export_path = lambda _kind: target
    window.export("xlsx")
    assert "without the decision" in window.statusBar().currentMessage()
    assert "Annual" not in load_workbook(target).sheetnames  # no stale yearly section
    if window.offer_box is not None:
        window.offer_box.close()
    if session.current_decision is None:  # it may have come in while the export ran
        with qtbot.waitSignal(session.decision_changed, timeout=WAIT_MS):
            pass
    fresh = session.current_decision
    assert fresh is not None
    assert fresh is not old
    assert list(fresh.metrics) == list(PLANS[:2])
    assert window.report_to_export().decision is fresh
    assert window.decision.ranking_model.rowCount() == 2


def test_undo_brings_back_the_decision_without_a_new_run(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    old = session.current_decision
    session.apply(replace(session.state, currency="ILS"), "In shekels")
    assert session.current_decision is None
    with qtbot.waitSignal(session.decision_changed, timeout=1000):
        session.undo_stack.undo()
    assert session.current_decision is old


def test_a_newer_edit_cancels_the_running_decision(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    finished: list[object] = []
    session._job.finished.connect(finished.append)
    session.apply(replace(session.state, currency="ILS"), "In shekels")
    session.decide_now()  # running now, for ILS
    session.apply(replace(session.state, currency="NOK"), "In kroner")
    with qtbot.waitSignal(session.decision_changed, timeout=WAIT_MS):
        pass
    decision = session.current_decision
    assert decision is not None
    assert decision.currency == "NOK"
    assert [d.currency for d in finished] == ["NOK"]  # type: ignore[attr-defined]


def test_criteria_edits_go_to_the_session_and_are_undoable(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    session = window.session
    dialog = window.edit_criteria()
    assert isinstance(dialog, CriteriaDialog)
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("all_tickets_priced"))
    dialog.new_value.setValue(0)
    with qtbot.waitSignal(session.decision_stale, timeout=1000):
        dialog.add_knockout()
    assert [k.label for k in session.criteria.knockouts] == ["every ticket has a known price"]
    with qtbot.waitSignal(session.decision_changed, timeout=WAIT_MS):
        pass
    decision = session.current_decision
    assert decision is not None
    # SiteCom prices none of the 24 tickets: it fails the must-have
    assert "fails: every ticket has a known price" in ranking_cell(
        window, "sitecom:standard", "musts"
    )
    path = tmp_path / "criteria.yaml"
    dialog.ask_save_path = lambda: path
    dialog.save_file()
    assert "termscope.criteria/1" in path.read_text(encoding="utf-8")
    assert load_criteria(path) == session.criteria
    session.undo_stack.undo()
    assert session.criteria == Criteria()
    assert dialog.knockouts.count() == 0
    dialog.ask_open_path = lambda: path
    dialog.open_file()
    assert session.criteria.knockouts == load_criteria(path).knockouts
    dialog.close()


def test_the_profile_form_edits_the_sessions_profile(window: MainWindow) -> None:
    session = window.session
    form = window.annual.form
    form.per_month["normal"].setValue(3)
    assert session.profile.tickets_per_month["normal"] == Decimal("3.00")
    assert session.current_decision is None
    session.undo_stack.undo()
    assert session.profile == exact_profile()
    assert form.per_month["normal"].value() == 2


def test_the_ranking_model_passes_qt_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(window.decision.ranking_model)  # type: ignore[no-untyped-call]


def test_the_column_chooser_hides_a_column_and_remembers_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    ranking = window.decision.ranking
    score = window.decision.ranking_model.column_index("score")
    assert not ranking.isColumnHidden(score)
    assert ranking.isColumnHidden(window.decision.ranking_model.column_index("range"))
    menu = ranking.build_column_menu()
    action = next(a for a in menu.actions() if a.data() == "score")
    assert "Vendor · plan" not in [a.text() for a in menu.actions()]  # frozen: always shown
    action.setChecked(False)
    assert ranking.isColumnHidden(score)
    again = DecisionPanel(window.session, window.settings)
    qtbot.addWidget(again)
    assert again.ranking.isColumnHidden(score)


def test_the_plan_column_stays_when_scrolling_right(window: MainWindow) -> None:
    panel = window.decision
    window.resize(800, 700)  # narrower than the ranking's columns
    ranking = panel.ranking
    ranking.resize(520, 300)
    bar = ranking.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    plan = panel.ranking_model.column_index("plan")
    assert ranking.columnViewportPosition(plan) < 0  # the scrolling part moved away…
    frozen = ranking.frozen
    assert frozen.isVisible()
    assert not frozen.isColumnHidden(plan)
    assert frozen.columnViewportPosition(plan) >= 0  # …the frozen part did not
    assert frozen.geometry().left() <= ranking.frameWidth() + ranking.verticalHeader().width()
    assert frozen.width() == ranking.columnWidth(0) + ranking.columnWidth(plan)


def test_the_default_ranking_fits_1280_by_800(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.decision)
    ranking = window.decision.ranking
    shown = sum(
        ranking.columnWidth(c)
        for c in range(window.decision.ranking_model.columnCount() - 1)
        if not ranking.isColumnHidden(c)
    )
    assert shown < ranking.viewport().width()  # the last column stretches into the rest
    assert ranking.horizontalScrollBar().maximum() == 0


def test_a_cancel_lands_inside_the_first_yearly_run() -> None:
    """The session cancels through the progress callback; it is asked again after each plan
    of each yearly run, so a stale run stops within one plan, not one whole step."""
    state = replace(bundled_comparison(), plans=PLANS)
    seen: list[tuple[int, str]] = []

    def progress(done: int, _total: int, what: str) -> None:
        seen.append((done, what))
        if len(seen) == 2:  # the first plan of the first run is done
            raise CancelledError

    with pytest.raises(CancelledError):
        decide(
            exact_profile(),
            state.plan_refs(),
            state.parameters,
            state.rates,
            "EUR",
            years=5,
            progress=progress,
        )
    assert seen == [(0, "Yearly costs"), (0, "Yearly costs")]


def test_an_export_carries_the_current_decision(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "current.xlsx"
    window.ask_export_path = lambda _kind: target
    window.export("xlsx")
    assert "with the decision" in window.statusBar().currentMessage()
    sheets = load_workbook(target).sheetnames
    assert "Annual" in sheets  # the yearly section of the current decision
    if window.offer_box is not None:
        window.offer_box.close()
