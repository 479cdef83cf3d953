"""Termscope's main window: the decision first, then library, scenarios, the comparison, why,
and the timeline.

The window wires widgets to the session; it computes nothing. Dialogs that ask the user for a
file or a decision go through replaceable callables (`ask_save_changes`, `ask_open_path`,
`ask_save_path`), so tests can answer them without a blocking dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Literal, assert_never
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from desktop.annual_panel import AnnualPanel
from desktop.cell_table import COLUMN_ID_ROLE
from desktop.column_widths import fit_columns
from desktop.comparison_model import RESULT_ROLE, SORT_ROLE, ComparisonTableModel
from desktop.criteria_dialog import CriteriaDialog
from desktop.decision_panel import DecisionPanel
from desktop.folders import dialog_folder, remember_folder
from desktop.frozen_table import FrozenColumnTableView
from desktop.help_guide import GuideDialog
from desktop.i18n import LANGUAGES, apply_language, current_language
from desktop.library_panel import LibraryPanel
from desktop.messages import show_error
from desktop.numbers import in_locale
from desktop.parameters_dialog import ParametersDialog
from desktop.plain_words import plain_date
from desktop.scenario_editor import ScenarioEditor, system_zone
from desktop.scenario_list import ScenarioList
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner, TaskRunner
from desktop.timeline import TimelineWidget
from desktop.undo_keys import DocumentUndoKeys
from desktop.why_panel import WhyPanel
from models.comparison import plan_title
from models.comparison_file import ComparisonState, LoadedContract
from models.loading import load_contract
from models.report import ComparisonReport, report_from_state
from models.scenario import Scenario
from models.wording import N_

Choice = Literal["save", "discard", "cancel"]
ExportKind = Literal["xlsx", "pdf", "csv", "json"]
PdfLayout = Literal["full", "summary"]

EXPORT_FILTERS: dict[ExportKind, str] = {
    "xlsx": N_("Excel workbooks (*.xlsx)"),
    "pdf": N_("PDF documents (*.pdf)"),
    "csv": N_("CSV files (*.csv)"),
    "json": N_("JSON documents (*.json)"),
}


class _ProgressRelay(QObject):
    """Carries a worker's progress to the GUI thread (its signals are queued across threads)."""

    progressed = Signal(int, int, str)


# The plan column is as wide as its longest title up to this (a longer one is elided in the
# middle: the plan's name at its end tells a vendor's plans apart); the others fit their texts
# (desktop/column_widths.py).
PLAN_MAX_WIDTH = 340

# file-dialog filters, translated where shown (the patterns in brackets stay as they are)
FILE_FILTER = N_("Termscope comparisons (*.yaml *.yml);;All files (*)")
CONTRACT_FILTER = N_("Contract files (*.yaml *.yml);;All files (*)")
MAX_RECENT = 8


def _ask_save_changes(parent: QWidget) -> Choice:
    answer = QMessageBox.question(
        parent,
        _tr("Unsaved changes"),
        _tr("The comparison has unsaved changes. Save them before closing?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def _tr(text: str) -> str:
    """The interface's text in the current language (context "MainWindow" of the catalogues)."""
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: ComparisonSession,
        settings: QSettings,
        runner: TaskRunner | SyncRunner | None = None,
        new_state: Callable[[], ComparisonState] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self._new_state = new_state
        self.ask_save_changes: Callable[[QWidget], Choice] = _ask_save_changes
        self.ask_open_path: Callable[[str, str], Path | None] = self._dialog_open_path
        self.ask_save_path: Callable[[], Path | None] = self._dialog_save_path
        self.ask_export_path: Callable[[ExportKind], Path | None] = self._dialog_export_path
        self.last_export: Path | None = None
        self.offer_box: QMessageBox | None = None
        self._row = -1
        self.docks: dict[str, QDockWidget] = {}
        self.last_error: QMessageBox | None = None
        self.guide: GuideDialog | None = None

        self.table_model = ComparisonTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        # the plan column stays in place while the times and amounts scroll
        self.table = FrozenColumnTableView(1, settings, "comparison/hiddenColumns")
        self.table.setObjectName("comparison")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.proxy.sort(-1)  # the contracts' own order until the user sorts a column
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)  # one line a row: the full words are in the tooltips
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Row heights are measured once when the rows change (`_refresh`), not on every
        # repaint as ResizeToContents does (~12,500 data() calls at 150 plans); at least the
        # two lines of a milestone cell.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setMinimumSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 8
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(122)
        self.table.selectionModel().currentChanged.connect(self._on_cell_changed)

        self.editor = ScenarioEditor(session)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        self.scenarios_tab = splitter
        self.decision = DecisionPanel(session, settings)
        self.annual = AnnualPanel(session)
        # Ctrl+Z in a form's number or date field undoes the comparison's last step
        self._undo_keys = DocumentUndoKeys(self)
        self._undo_keys.watch(
            [
                *self.editor.findChildren(QAbstractSpinBox),
                *self.annual.findChildren(QAbstractSpinBox),
            ]
        )
        self.criteria_dialog: CriteriaDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        # the source (English) texts; retranslate() sets them in the current language
        self._tab_texts = (N_("Decision"), N_("Scenarios"), N_("Workload"))
        for page in (self.decision, splitter, self.annual):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)

        self.library = LibraryPanel(session)
        self.scenarios = ScenarioList(session)
        self.why = WhyPanel()
        self.timeline = TimelineWidget()
        timeline_scroll = QScrollArea()
        timeline_scroll.setWidgetResizable(True)
        timeline_scroll.setWidget(self.timeline)
        self._dock(N_("Contracts"), self.library, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock(N_("Scenarios"), self.scenarios, Qt.DockWidgetArea.LeftDockWidgetArea)
        timeline_dock = self._dock(
            N_("Timeline"), timeline_scroll, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        why_dock = self._dock(N_("Why"), self.why, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(timeline_dock, why_dock, Qt.Orientation.Horizontal)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._build_menus()
        self.retranslate()
        self.setAcceptDrops(True)

        session.changed.connect(self._on_session_changed)
        session.file_changed.connect(self._update_title)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.scenarios.current_changed.connect(self._on_scenario_selected)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._hidden_for_annual: list[QDockWidget] = []
        self._layout_before_hiding = QByteArray()
        self.why.change_parameters_requested.connect(self.edit_parameters)
        self.decision.criteria_requested.connect(self.edit_criteria)
        self.decision.profile_requested.connect(lambda: self.tabs.setCurrentWidget(self.annual))

        screen = self.screen().availableGeometry()  # at most the screen (1280×800 laptops)
        self.resize(min(1600, screen.width()), min(1000, screen.height()))
        self._docks_sized = False  # sized once, when first shown (see _size_docks)
        self._columns_fitted_shown = False  # fitted again once shown (see showEvent)
        self._restore_layout()
        self.scenarios.select(0)  # refreshes, through _on_scenario_selected
        self._update_title()
        self._on_tab_changed(self.tabs.currentIndex())

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(_tr(title), self)
        dock.setObjectName(f"dock{title}")  # English, whatever the language: saved layouts
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        return dock

    # --- menus ---

    def _action(
        self,
        menu_name: str,
        text: str,
        handler: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(_tr(text), self)
        self._texts.append((action, text))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: handler())
        self._menus[menu_name].addAction(action)
        return action

    def new_contract(self) -> None:
        from desktop.contract_editor import open_new_contract  # loads the yearly engine

        open_new_contract(self)

    def edit_contract(self) -> None:
        from desktop.contract_editor import open_contract_editor

        open_contract_editor(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        # (action, its English text) for every fixed text of the menus, set again on a switch
        self._texts: list[tuple[QAction, str]] = []
        self._menus: dict[str, QMenu] = {}
        for name, text in (
            ("File", N_("&File")),
            ("Edit", N_("&Edit")),
            ("Language", N_("&Language")),
            ("Help", N_("&Help")),
        ):
            self._menus[name] = bar.addMenu(_tr(text))
            self._texts.append((self._menus[name].menuAction(), text))
        key = QKeySequence.StandardKey
        self._action("File", N_("&New"), self.new_comparison, key.New)
        self._action("File", N_("&Open…"), self.open_comparison_dialog, key.Open)
        self.recent_menu = self._menus["File"].addMenu(_tr("Open &Recent"))
        self._texts.append((self.recent_menu.menuAction(), "Open &Recent"))
        self._action("File", N_("Open &Contract…"), self.open_contract_dialog, "Ctrl+Shift+O")
        self._action("File", N_("New Con&tract…"), self.new_contract)
        self._action("File", N_("E&dit Contract…"), self.edit_contract)
        self._menus["File"].addSeparator()
        self._action("File", N_("&Save"), self.save, key.Save)
        self._action("File", N_("Save &As…"), self.save_as, key.SaveAs)
        self._menus["File"].addSeparator()
        self._action("File", N_("Export to &Excel…"), lambda: self.export("xlsx"), "Ctrl+E")
        self._action("File", N_("Export to &PDF…"), lambda: self.export("pdf"), "Ctrl+Shift+E")
        self._action(
            "File",
            N_("Export to PDF (Summar&y)…"),
            lambda: self.export("pdf", layout="summary"),
        )
        self._action("File", N_("Export to CS&V…"), lambda: self.export("csv"))
        self._action("File", N_("Export to &JSON…"), lambda: self.export("json"))
        self._menus["File"].addSeparator()
        self._action("File", N_("&Quit"), self.close, key.Quit)
        # our own actions, not createUndoAction's: Qt would keep the prefix of the language the
        # window was built in; these are named again on every switch (`_name_undo_actions`)
        stack = self.session.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(key.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(key.Redo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._name_undo_action)
        stack.redoTextChanged.connect(self._name_redo_action)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._name_undo_actions()
        self._menus["Edit"].addAction(self.undo_action)
        self._menus["Edit"].addAction(self.redo_action)
        self._menus["Edit"].addSeparator()
        self._action("Edit", N_("&Parameters and Currency…"), self.edit_parameters, "Ctrl+P")
        self._action("Edit", N_("Decision &Criteria…"), self.edit_criteria, "Ctrl+K")
        self._action("Help", N_("&Guide"), self.show_guide, "F1")
        self._action("Help", N_("&About Termscope"), self.show_about)
        self._build_language_menu()
        self._update_recent_menu()

    def _name_undo_actions(self) -> None:
        stack = self.session.undo_stack
        self._name_undo_action(stack.undoText())
        self._name_redo_action(stack.redoText())

    def _name_undo_action(self, command: str) -> None:
        """ "&Undo Add scenario", as Qt's own undo action writes it, in the current language
        (the command's text comes with the signal: a stack being deleted still sends it)."""
        undo = _tr("&Undo {command}").format(command=command) if command else _tr("&Undo")
        self.undo_action.setText(undo)

    def _name_redo_action(self, command: str) -> None:
        redo = _tr("&Redo {command}").format(command=command) if command else _tr("&Redo")
        self.redo_action.setText(redo)

    def _build_language_menu(self) -> None:
        """One checkable item a language, named in that language (never translated)."""
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(language.native_name, self)
            action.setCheckable(True)
            action.setChecked(language.code == current_language())
            action.triggered.connect(
                lambda _checked=False, code=language.code: self.set_language(code)
            )
            group.addAction(action)
            self._menus["Language"].addAction(action)
            self.language_actions[language.code] = action

    def set_language(self, code: str) -> None:
        """Switches the interface's language and remembers it; Qt's LanguageChange event then
        brings every window's texts up to date (`changeEvent`)."""
        apply_language(code, self.settings)
        self.language_actions[current_language()].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_texts"):
            self.retranslate()

    def retranslate(self) -> None:
        """Sets the window's fixed texts (menus, tabs, docks, status bar) in the current
        language; the results and the vendors' words are never translated."""
        for action, text in self._texts:
            action.setText(_tr(text))
        for index, text in enumerate(self._tab_texts):
            self.tabs.setTabText(index, _tr(text))
        for name, dock in self.docks.items():
            dock.setWindowTitle(_tr(name))
        self.table.setAccessibleName(_tr("Comparison of the plans for the selected scenario"))
        self._name_undo_actions()
        self._update_title()
        self._refresh()
        self._fit_columns()  # the headers and the cells in other words

    # --- refreshing ---

    def _on_session_changed(self) -> None:
        self._refresh()

    def _on_tab_changed(self, index: int) -> None:
        """The scenario docks (list, timeline, why) make room while the Decision or the
        Workload tab is shown."""
        if self.tabs.widget(index) in (self.annual, self.decision):
            if self._hidden_for_annual:
                return
            self._hidden_for_annual = [
                dock
                for name in ("Scenarios", "Timeline", "Why")
                if not (dock := self.docks[name]).isHidden()  # hidden by the user: stays so
            ]
            self._layout_before_hiding = self.saveState()
            for dock in self._hidden_for_annual:
                dock.hide()
        else:
            for dock in self._hidden_for_annual:
                dock.show()
            if self._hidden_for_annual and self._docks_sized:
                self.restoreState(self._layout_before_hiding)  # the docks' sizes, as they were
            self._hidden_for_annual = []
            self._size_docks_once()

    def _on_scenario_selected(self, row: int) -> None:
        self._row = row
        self.editor.show_scenario(row)
        self._refresh()
        self._fit_columns(grow_only=True)  # another scenario's texts (not an edit's)

    def _refresh(self) -> None:
        state = self.session.state
        row = self._row if 0 <= self._row < len(state.scenarios) else -1
        results = self.session.results(row) if row >= 0 else []
        current = self.table.currentIndex()
        names = {ref.key: plan_title(ref) for ref in state.plan_refs()}
        if self.table_model.set_rows(results, state.rates, state.currency, state.show_gross, names):
            self._fit_columns()  # other rows: other texts (an edit only changes values)
        if current.isValid() and current.row() < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(current.row(), current.column()))
        contracts = {c.contract.id: c.contract for c in state.contracts}
        self.timeline.set_results(results, contracts)
        self._on_cell_changed(self.table.currentIndex())
        currency = state.currency or _tr("vendor currencies")
        self.status.setText(
            _tr(
                "{plans} plans · {scenarios} scenarios · compared in {currency} · "
                "rates of {date} (base {base}) · simulated in {ms} ms"
            ).format(
                plans=len(state.plan_refs()),
                scenarios=len(state.scenarios),
                currency=currency,
                date=plain_date(state.rates.date),
                base=state.rates.base,
                # the last real simulation's time: a refresh that reads the cache (a language
                # switch, the second refresh of an edit) did not simulate anything
                ms=in_locale(f"{self.session.last_simulation_ms:.1f}"),
            )
        )

    def _fit_columns(self, grow_only: bool = False) -> None:
        """The comparison's columns as wide as their headers and the rows in view need (with
        `grow_only`, only those too narrow widen)."""

        def texts(column: int, rows: Sequence[int]) -> list[str]:
            proxy = self.proxy
            shown = (proxy.mapToSource(proxy.index(row, column)) for row in rows)
            return [self.table_model.shown_text(i.row(), i.column()) for i in shown]

        # at most two fifths of a narrow table (never under the 250 px it always had); on a tab
        # not shown yet the table has no width of its own: the tabs' then
        room = self.table.width() if self.table.isVisible() else self.tabs.width()
        plan = max(250, min(PLAN_MAX_WIDTH, room * 2 // 5))
        limits = {self.table_model.column_index("plan"): plan}
        fit_columns(self.table, texts, limits, grow_only=grow_only)

    def _on_cell_changed(self, index: object) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.why.show_nothing()
            return
        result = self.session.traced(self.proxy.data(current, RESULT_ROLE))
        column = self.table_model.headerData(
            current.column(), Qt.Orientation.Horizontal, COLUMN_ID_ROLE
        )
        self.why.show_result(result, self.session.state.contract(result.contract), str(column))

    def _on_clean_changed(self, _clean: bool) -> None:
        # a method, not a lambda: Qt drops it with the window. A stack being deleted (at exit,
        # with its session) clears itself and says so: nothing is left to title then
        if isValid(self.session.undo_stack):
            self._update_title()

    def _update_title(self) -> None:
        name = self.session.path.name if self.session.path else _tr("Untitled")
        self.setWindowTitle(f"Termscope — {self.session.state.title} — {name}[*]")
        self.setWindowModified(self.session.modified)

    # --- files ---

    def dialog_folder(self) -> Path:
        """Where file dialogs open (desktop.folders): beside the comparison, else the last
        folder used, else the home folder."""
        return dialog_folder(self.session.path, self.settings)

    def _remember_folder(self, path: Path) -> None:
        remember_folder(self.settings, path)

    def _dialog_open_path(self, title: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(self.dialog_folder()), filter_text)
        return Path(name) if name else None

    def _dialog_save_path(self) -> Path | None:
        start = self.session.path or self.dialog_folder() / "comparison.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Save comparison"), str(start), _tr(FILE_FILTER)
        )
        return Path(name) if name else None

    def _error(self, title: str, error: Exception | str) -> None:
        self.last_error = show_error(self, title, error)

    def _may_discard(self) -> bool:
        if not self.session.modified:
            return True
        choice = self.ask_save_changes(self)
        if choice == "save":
            return self.save()
        return choice == "discard"

    def new_comparison(self) -> None:
        if not self._may_discard():
            return
        base = self._new_state() if self._new_state else self.session.state
        zone = system_zone()
        now = datetime.now(ZoneInfo(zone)).replace(second=0, microsecond=0)
        name = _tr("Scenario {number}").format(number=1)
        first = Scenario(name=name, reported_at=now, timezone=zone)
        self.session.load(replace(base, scenarios=(first,), title=_tr("New comparison")), None)

    def open_comparison_dialog(self) -> None:
        path = self.ask_open_path(_tr("Open comparison"), _tr(FILE_FILTER))
        if path is not None:
            self._remember_folder(path)
            self.open_comparison(path)

    def open_comparison(self, path: Path) -> None:
        if not self._may_discard():
            return
        from models.comparison_file import load_comparison

        def done(state: ComparisonState) -> None:
            self.session.load(state, path)
            self._remember(path)
            self.scenarios.select(0)
            self.statusBar().showMessage(_tr("Opened {path}").format(path=path), 5000)

        self.runner.run(
            lambda: load_comparison(path),
            done,
            lambda e: self._error(_tr("Cannot open comparison"), e),
        )

    def open_contract_dialog(self) -> None:
        path = self.ask_open_path(_tr("Open contract"), _tr(CONTRACT_FILTER))
        if path is not None:
            self._remember_folder(path)
            self.open_contract(path)

    def open_contract(self, path: Path) -> None:
        def load() -> LoadedContract:
            return LoadedContract(load_contract(path), path.read_text(encoding="utf-8"), str(path))

        def done(loaded: LoadedContract) -> None:
            state = self.session.state.with_contract(loaded)
            self.session.apply(
                state, _tr("Open contract {contract}").format(contract=loaded.contract.id)
            )
            self.statusBar().showMessage(
                _tr("Loaded {vendor} from {path}").format(vendor=loaded.contract.vendor, path=path),
                5000,
            )

        self.runner.run(load, done, lambda e: self._error(_tr("The contract file is not valid"), e))

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except OSError as exc:
            self._error(_tr("Cannot save the comparison"), f"{path}: {exc.strerror or exc}")
            return False
        self._remember(path)
        self._remember_folder(path)
        self.statusBar().showMessage(_tr("Saved {path}").format(path=path), 5000)
        return True

    def _remember(self, path: Path) -> None:
        name = str(path.resolve())
        recent = [name] + [p for p in self.recent_files() if p != name]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self._update_recent_menu()

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [str(v) for v in value]
        return []

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_comparison(Path(n)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    # --- exports ---

    def _dialog_export_path(self, kind: ExportKind) -> Path | None:
        stem = self.session.path.stem if self.session.path else "termscope-comparison"
        start = self.dialog_folder() / f"{stem}.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Export"), str(start), _tr(EXPORT_FILTERS[kind])
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")

    def export(self, kind: ExportKind, layout: PdfLayout = "full") -> None:
        """Export the comparison in a worker, with progress, then offer to open the file.

        `layout` is the PDF's: the full report, or only the cover, decision and summary pages."""
        path = self.ask_export_path(kind)
        if path is None:
            return
        self._remember_folder(path)
        report = self.report_to_export()
        progress = QProgressDialog(
            _tr("Exporting to {file}…").format(file=path.name), "", 0, 1, self
        )
        progress.setObjectName("exportProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        relay = _ProgressRelay(progress)

        def on_progress(done: int, total: int, what: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                _tr("Exporting to {file}: {step}").format(file=path.name, step=what)
            )

        relay.progressed.connect(on_progress)
        progress.show()

        def work() -> Path:
            match kind:
                case "xlsx":
                    from exports.excel import export_xlsx

                    export_xlsx(report, path, relay.progressed.emit)
                case "pdf":
                    from exports.pdf import export_pdf

                    export_pdf(report, path, progress=relay.progressed.emit, layout=layout)
                case "csv":
                    from exports.data import export_csv

                    export_csv(report, path)
                case "json":
                    from exports.data import export_json

                    export_json(report, path)
                case _:
                    assert_never(kind)
            return path

        def done(written: Path) -> None:
            progress.close()
            if report.decision is None:
                self.statusBar().showMessage(
                    _tr(
                        "Exported {path} without the decision: it is being worked out again "
                        "for your last edit. Export again when the Decision tab is up to date."
                    ).format(path=written),
                    12000,
                )
            else:
                self.statusBar().showMessage(
                    _tr("Exported {path} with the decision").format(path=written), 8000
                )
            self.last_export = written
            self._offer_to_open(written)

        def failed(error: Exception) -> None:
            progress.close()
            if isinstance(error, OSError):
                self._error(_tr("Export failed"), f"{path}: {error.strerror or error}")
            else:
                self._error(_tr("Export failed"), error)

        self.runner.run(work, done, failed)

    def report_to_export(self) -> ComparisonReport:
        """The comparison as a report, with the decision only when it is current.

        An export never waits for a decision being worked out and never carries a stale one:
        while an edit is being worked in, the export has no yearly section and the status bar
        says so (export again when the Decision tab is up to date)."""
        report = report_from_state(self.session.state)
        decision = self.session.current_decision
        return report if decision is None else report.with_decision(decision)

    def _offer_to_open(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("Export finished"),
            _tr("Wrote {path}.").format(path=path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("exportDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.show()
        self.offer_box = box

    # --- dialogs ---

    def edit_parameters(self) -> ParametersDialog:
        dialog = ParametersDialog(self.session.state, self)

        def accepted() -> None:
            if dialog.result_state is not None:
                self.session.apply(dialog.result_state, _tr("Change parameters"))

        dialog.accepted.connect(accepted)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def show_guide(self) -> GuideDialog:
        """The guide in its own window, non-blocking; F1 again brings the same one forward."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def edit_criteria(self) -> CriteriaDialog:
        if self.criteria_dialog is None:
            self.criteria_dialog = CriteriaDialog(self.session, self)
        self.criteria_dialog.show()
        self.criteria_dialog.raise_()
        return self.criteria_dialog

    def show_about(self) -> QMessageBox:
        sources = "".join(
            f"<li><b>{c.contract.vendor}</b> ({c.contract.id}): {c.contract.source.document}, "
            f"{c.contract.source.language}</li>"
            for c in self.session.state.contracts
        )
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(_tr("About Termscope"))
        box.setTextFormat(Qt.TextFormat.RichText)
        about = _tr(
            "IT support contracts as executable models: what each vendor would do and charge, "
            "side by side, every number traced to a clause."
        )
        box.setText(
            f"<h3>Termscope</h3><p>{about}</p><p>{_tr('Contract sources:')}</p><ul>{sources}</ul>"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return box

    # --- drag and drop ---

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if not path.is_file():
                continue
            head = path.read_text(encoding="utf-8", errors="replace")[:400]
            if "termscope.comparison/1" in head:
                self.open_comparison(path)
            else:
                self.open_contract(path)
        event.acceptProposedAction()

    # --- layout and closing ---

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self._docks_sized = self.restoreState(state)  # the user's own sizes win

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._size_docks_once()
        if not self._columns_fitted_shown:  # the rows in view and the room, now known
            self._columns_fitted_shown = True
            QTimer.singleShot(0, self._fit_columns)

    def _size_docks_once(self) -> None:
        """Sizes the docks the first time they are seen (not while a tab hides them), once the
        window has its real height; a layout restored from the settings is kept."""
        if self._docks_sized or not self.isVisible() or self._hidden_for_annual:
            return
        self._docks_sized = True
        QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        """The first layout: the timeline takes less of a short screen; the left column splits
        between the contracts tree and the scenario list, so a dozen scenarios show at
        1280×800."""
        self.resizeDocks(
            [self.docks["Contracts"], self.docks["Timeline"], self.docks["Why"]],
            [300, 820, 480],
            Qt.Orientation.Horizontal,
        )
        timeline = min(330, self.height() * 3 // 10)
        self.resizeDocks([self.docks["Timeline"]], [timeline], Qt.Orientation.Vertical)
        left = max(200, self.height() - timeline - 90)  # less the menu, tabs and status bars
        self.resizeDocks(
            [self.docks["Contracts"], self.docks["Scenarios"]],
            [left * 55 // 100, left * 45 // 100],
            Qt.Orientation.Vertical,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_discard():
            event.ignore()
            return
        for dock in self._hidden_for_annual:  # hidden by a tab, not by the user
            dock.show()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.session.stop_deciding()
        self.runner.wait()
        event.accept()
