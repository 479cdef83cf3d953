"""The contract editor: a vendor's terms in forms, the YAML beside them, the vendor's own text
to quote clauses from, and where the draft stands against rivals.

Every edit is a change of the round-trip document (`models.contract_document`), pushed on an
undo stack as the text before and after, then validated with `validate`'s own messages, shown at
the field. Saving writes the document's text atomically: comments, key order and quoting stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.contract_plan import PlanForm
from desktop.contract_position import Params, PositionPanel
from desktop.contract_source import SourcePanel
from desktop.contract_tables import Column, FieldEdit, ListTable
from desktop.folders import folder_for
from desktop.messages import show_error
from desktop.tasks import SyncRunner, TaskRunner
from models.clause_sources import next_clause_id, quoted_in_source
from models.comparison import PlanRef
from models.contract import Contract
from models.contract_document import Checked, ContractDocument, FieldPath
from models.errors import InputError
from models.profile import Profile
from models.rates import Rates
from models.vocabulary import WEEKDAYS
from models.wording import N_
from models.yamlio import field_path

CONTRACT_FILTER = N_("Contracts (*.yaml)")


def _tr(text: str) -> str:
    """`text` in the interface language (context "ContractEditor" in the catalogues; the
    editor's form pieces in contract_plan.py and contract_tables.py share it)."""
    return QCoreApplication.translate("ContractEditor", text)


class _Edit(QUndoCommand):
    """One edit: the document's text before and after (cheap: contracts are small)."""

    def __init__(self, editor: ContractEditor, before: str, after: str, what: str, key: str):
        super().__init__(what)
        self._editor, self.before, self.after, self.key = editor, before, after, key

    def id(self) -> int:
        return hash(self.key) & 0x7FFFFFFF if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, _Edit) and other.key == self.key and self.key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        self._editor._set_text(self.after)

    def undo(self) -> None:
        self._editor._set_text(self.before)


class ContractEditor(QMainWindow):
    """One contract in an editor window."""

    def __init__(
        self,
        document: ContractDocument,
        path: Path | None,
        rivals: Sequence[PlanRef] = (),
        profiles: Sequence[Profile] = (),
        rates: Rates | None = None,
        params: Params | None = None,
        currency: str = "EUR",
        runner: TaskRunner | SyncRunner | None = None,
        start_folder: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("contractEditor")
        self.start_folder = start_folder  # the main window's dialog_folder, for a new file
        self.document = document
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.checked: Checked = document.validate()
        self._fields: list[FieldEdit] = []
        self._tables: list[ListTable] = []
        runner = runner or TaskRunner(self)

        forms = QTabWidget()
        forms.setObjectName("contractForms")
        forms.addTab(self._vendor_form(), _tr("Vendor"))
        forms.addTab(self._hours_form(), _tr("Office Hours"))
        forms.addTab(self._holidays_form(), _tr("Holidays"))
        forms.addTab(self._clauses_form(), _tr("Clauses"))
        forms.addTab(self._parameters_form(), _tr("Parameters"))
        self.plans = PlanForm(self.apply, self.insert, self.remove, self._new_clause_ref)
        forms.addTab(self.plans, _tr("Plans"))
        self.forms = forms
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(110)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(forms, 1)
        self.problems_title = QLabel()
        left_layout.addWidget(self.problems_title)
        left_layout.addWidget(self.problems)

        self.yaml_view = QPlainTextEdit()
        self.yaml_view.setObjectName("yamlView")
        self.yaml_view.setReadOnly(True)
        self.yaml_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source_panel = SourcePanel(self.make_clause)
        import contracts
        from models.loading import load_parameter_values, load_rates

        self.position_panel = PositionPanel(
            self.contract,
            rivals or [PlanRef(c, p.id) for c in contracts.bundled_contracts() for p in c.plans],
            profiles or contracts.bundled_profiles(),
            rates or load_rates(contracts.RATES_PATH),
            params or load_parameter_values(contracts.SAMPLE_PARAMS_PATH),
            currency,
            runner,
        )
        side = QTabWidget()
        side.setObjectName("contractSide")
        side.addTab(self.yaml_view, _tr("YAML"))
        side.addTab(self.source_panel, _tr("Vendor's Text"))
        side.addTab(self.position_panel, _tr("Where My Draft Stands"))
        self.side = side
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(side)
        split.setSizes([720, 560])
        self.setCentralWidget(split)
        self._build_menus()
        self.resize(1400, 860)
        self.refresh()

    # --- building the forms ---

    def _field(self, path: FieldPath, kind: Any = "text", placeholder: str = "") -> FieldEdit:
        edit = FieldEdit(path, self.apply, kind, placeholder)
        self._fields.append(edit)
        return edit

    def _table(self, path: FieldPath, columns: list[Column], new: dict[str, Any]) -> ListTable:
        def new_item() -> dict[str, Any]:
            item = dict(new)
            if "clause" in item:
                item["clause"] = self._new_clause_ref()
            return item

        table = ListTable(path, columns, self.apply, self.insert, self.remove, new_item)
        self._tables.append(table)
        return table

    def _cited(self, form: QFormLayout, base: FieldPath) -> None:
        form.addRow(_tr("Clause"), self._field((*base, "clause"), placeholder=_tr("e.g. K1")))
        form.addRow(
            _tr("Provenance"),
            self._field((*base, "provenance"), placeholder=_tr("stated | interpreted | assumed")),
        )
        form.addRow(
            _tr("Reading"), self._field((*base, "reading"), placeholder=_tr("how this reads"))
        )

    def _vendor_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(_tr("Id"), self._field(("id",), placeholder=_tr("lower-case id, e.g. acme")))
        form.addRow(_tr("Vendor"), self._field(("vendor",)))
        form.addRow(_tr("Name in its language"), self._field(("vendor_original",)))
        form.addRow(_tr("Source document"), self._field(("source", "document")))
        form.addRow(
            _tr("Language"), self._field(("source", "language"), placeholder=_tr("he, no, sv…"))
        )
        form.addRow(_tr("Title"), self._field(("source", "title")))
        form.addRow(
            _tr("Currency"), self._field(("currency",), placeholder=_tr("ISO 4217, e.g. NOK"))
        )
        form.addRow(
            _tr("Time zone"), self._field(("timezone",), placeholder=_tr("e.g. Europe/Oslo"))
        )
        form.addRow(QLabel(_tr("<b>VAT</b>")))
        # "VAT rate", not "Rate": the pricing table's "Rate" is a price, a word apart in Swedish
        vat_rate = self._field(("vat", "rate"), "number", _tr("0.25 for 25 %"))
        form.addRow(_tr("VAT rate"), vat_rate)
        form.addRow(
            _tr("Prices include VAT"),
            self._field(("vat", "prices_include_vat"), "bool", _tr("true/false")),
        )
        self._cited(form, ("vat",))
        return page

    def _hours_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(_tr("Office hours per weekday, e.g. 09:00-17:00 (empty: closed)")))
        for number, day in enumerate(WEEKDAYS, start=1):  # Qt counts Monday as 1
            form.addRow(
                QLocale().dayName(number).capitalize(),
                self._field(("office_hours", "week", day), "list", _tr("closed")),
            )
        form.addRow(
            _tr("Business day (hours)"),
            self._field(("office_hours", "business_day_hours"), "number", _tr("the longest day")),
        )
        self._cited(form, ("office_hours",))
        return page

    def _holidays_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(
            _tr("Country"), self._field(("holidays", "country"), placeholder=_tr("ISO 3166"))
        )
        form.addRow(
            _tr("Kept open"),
            self._field(("holidays", "remove"), "list", _tr("YYYY-MM-DD, YYYY-MM-DD")),
        )
        self._cited(form, ("holidays",))
        layout.addLayout(form)
        layout.addWidget(QLabel(_tr("Added closed days")))
        layout.addWidget(
            self._table(
                ("holidays", "add"),
                [Column("date", N_("Date"), width=110), Column("name", N_("Name"))],
                {"date": "2026-12-24", "name": "Closed"},
            )
        )
        layout.addWidget(QLabel(_tr("Short days")))
        layout.addWidget(
            self._table(
                ("holidays", "short_days"),
                [
                    Column("date", N_("Date"), width=110),
                    Column("hours", N_("Hours"), "list", 140),
                    Column("name", N_("Name")),
                ],
                {"date": "2026-12-31", "hours": ["09:00-13:00"], "name": "Short day"},
            )
        )
        return page

    def _clauses_form(self) -> QWidget:
        self.clauses = self._table(
            ("clauses",),
            [
                Column("id", N_("Id"), width=50),
                Column("original", N_("Vendor's words")),
                Column("english", N_("English reading")),
            ],
            {"id": "C9", "original": "", "english": ""},
        )
        self.clauses.right_to_left_keys = {"original"}
        self.clause_check = QLabel()
        self.clause_check.setObjectName("clauseCheck")
        self.clause_check.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.clauses, 1)
        layout.addWidget(self.clause_check)
        return page

    def _parameters_form(self) -> QWidget:
        return self._table(
            ("parameters",),
            [
                Column("name", N_("Name"), width=120),
                Column("unit", N_("Unit"), width=60),
                Column("default", N_("Default"), "number", 80),
                Column("description", N_("Description")),
                Column("clause", N_("Clause"), width=60),
                Column("provenance", N_("Provenance"), width=90),
            ],
            {
                "name": "value",
                "unit": "hours",
                "default": None,
                "description": "A value the user supplies.",
                "clause": "",
                "provenance": "stated",
            },
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        save = QAction(_tr("&Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(lambda _checked=False: self.save())
        save_as = QAction(_tr("Save &As…"), self)
        save_as.setShortcut(QKeySequence.StandardKey.SaveAs)
        save_as.triggered.connect(lambda _checked=False: self.save_as_dialog())
        open_text = QAction(_tr("Open Vendor's &Text…"), self)
        open_text.triggered.connect(lambda _checked=False: self.source_panel.open_dialog())
        for action in (save, save_as, open_text):
            file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(_tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, _tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, _tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

    # --- edits ---

    def _push(self, before: str, what: str, key: str = "") -> None:
        after = self.document.text()
        self.document.replace_all(before)  # the command's redo applies it
        if after != before:
            self.undo_stack.push(_Edit(self, before, after, what, key))

    def apply(self, path: FieldPath, value: Any, what: str) -> None:
        """Set a field (None: leave it out), as one undoable edit; typing in one field merges."""
        before = self.document.text()
        if value is None:
            self.document.delete(path)
        else:
            if len(path) > 1:
                self.document.ensure(path[:-1], {})
            self.document.set(path, value)
        self._push(before, what, field_path(path))

    def insert(self, path: FieldPath, item: dict[str, Any]) -> None:
        before = self.document.text()
        self.document.insert(path, item)
        self._push(before, _tr("Add to {field}").format(field=field_path(path)))

    def remove(self, path: FieldPath) -> None:
        before = self.document.text()
        self.document.delete(path)
        self._push(before, _tr("Remove {field}").format(field=field_path(path)))

    def _set_text(self, text: str) -> None:
        self.document.replace_all(text)
        self.refresh()

    # --- clauses from the vendor's text ---

    def _new_clause_ref(self) -> str:
        clauses = self.document.get(("clauses",)) or []
        return str(clauses[0]["id"]) if clauses else ""

    def make_clause(self, original: str, english: str) -> str | None:
        """A new clause quoting the selected words exactly (checked against the source)."""
        source = self.source_panel.source()
        if not quoted_in_source(original, source):
            self.source_panel.message.setText(_tr("The words are not in the vendor's text."))
            return None
        clauses = self.document.get(("clauses",)) or []
        clause_id = next_clause_id([str(c.get("id")) for c in clauses])
        self.insert(("clauses",), {"id": clause_id, "original": original, "english": english})
        return clause_id

    # --- showing the document ---

    def contract(self) -> Contract | None:
        return self.checked.contract

    def refresh(self) -> None:
        self.checked = self.document.validate()
        text = self.document.text()
        if self.yaml_view.toPlainText() != text:
            scroll = self.yaml_view.verticalScrollBar().value()
            self.yaml_view.setPlainText(text)
            self.yaml_view.verticalScrollBar().setValue(scroll)
        language = str(self.document.get(("source", "language")) or "")
        for edit in self._fields:
            edit.show_value(self.document.get(edit.path))
            edit.show_problems(self.checked.problems_at(edit.path))
        for table in self._tables:
            table.show_items(self.document.get(table.path), language)
            table.show_problems(self.checked.problems_at(table.path))
        self.plans.show_document(self.document, self.checked, language)
        self.problems.clear()
        for problem in self.checked.problems:
            self.problems.addItem(str(problem))
        count = len(self.checked.problems)
        self.problems_title.setText(
            _tr("The contract validates.")
            if count == 0
            else _tr("{count} problem(s), as `validate` says:").format(count=count)
        )
        clauses = self.document.get(("clauses",)) or []
        originals = [str(c.get("original") or "") for c in clauses]
        source = self.source_panel.source()
        if source.strip():
            unquoted = [
                str(c.get("id"))
                for c in clauses
                if not quoted_in_source(str(c.get("original") or ""), source)
            ]
            self.clause_check.setText(
                _tr("Every clause quotes the vendor's text exactly.")
                if not unquoted
                else _tr("Not found word for word in the vendor's text: {clauses}").format(
                    clauses=", ".join(unquoted)
                )
            )
        self.source_panel.refresh_coverage(originals, self.checked.contract)
        self._update_title()

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.path.name if self.path else _tr("Untitled contract")
        self.setWindowTitle(_tr("Termscope — Contract Editor — {name}[*]").format(name=name))
        self.setWindowModified(not self.undo_stack.isClean())

    # --- files ---

    def set_source_text(self, text: str) -> None:
        self.source_panel.set_source(text)
        self.refresh()

    def save(self, path: Path | None = None) -> bool:
        target = path or self.path
        if target is None:
            return self.save_as_dialog()
        try:
            self.document.save(target)
        except OSError as exc:
            show_error(self, _tr("Cannot save the contract"), f"{target}: {exc.strerror or exc}")
            return False
        self.path = target
        self.undo_stack.setClean()
        self._update_title()
        return True

    def dialog_folder(self) -> Path:
        """Where the editor's file dialogs open: beside the contract, else where the main
        window's do (beside the comparison, else the last folder used)."""
        if self.path is not None:
            return self.path.resolve().parent
        if self.start_folder is not None:
            return self.start_folder()
        return folder_for(None)

    def save_as_dialog(self) -> bool:
        start = self.path or self.dialog_folder() / "contract.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Save Contract"), str(start), _tr(CONTRACT_FILTER)
        )
        return self.save(Path(name)) if name else False


def editor_for_file(path: Path, **context: Any) -> ContractEditor:
    """An editor on a contract file (InputError when it is not YAML)."""
    return ContractEditor(ContractDocument.load(path), path, **context)


def editor_for_new(
    contract_id: str, vendor: str, currency: str, timezone: str, language: str, **context: Any
) -> ContractEditor:
    """An editor on the same template as `new-contract` (InputError for a bad value)."""
    from contracts.template import contract_template

    text = contract_template(contract_id, vendor, currency, timezone, language)
    return ContractEditor(ContractDocument(text, f"{contract_id}.yaml"), None, **context)


class NewContractDialog(QWidget):
    """Id, vendor, currency, zone and language of a new contract."""

    def __init__(self, on_create: Callable[..., None]) -> None:
        super().__init__()
        self.setWindowTitle(_tr("New Contract"))
        self._on_create = on_create
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for name, label, example in (
            ("contract_id", N_("Id"), "acme"),
            ("vendor", N_("Vendor"), "Acme AS"),
            ("currency", N_("Currency"), "NOK"),
            ("timezone", N_("Timezone"), "Europe/Oslo"),
            ("language", N_("Language"), "no"),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(example)
            self.fields[name] = edit
            form.addRow(_tr(label), edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        create = QPushButton(_tr("Create"))
        create.clicked.connect(self.create_contract)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(create)
        form.addRow(row)

    def create_contract(self) -> None:
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        try:
            self._on_create(**values)
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.close()


def context_of(window: Any) -> dict[str, Any]:
    """The rivals, rates, parameters and currency of the main window's comparison."""
    import contracts

    state = window.session.state
    rivals = [PlanRef(c.contract, p.id) for c in state.contracts for p in c.contract.plans]
    return {
        "rivals": rivals,
        "profiles": contracts.bundled_profiles(),
        "rates": state.rates,
        "params": {k: dict(v) for k, v in state.parameters.items()},
        "currency": state.currency,
        "runner": window.runner,
        "start_folder": window.dialog_folder,
    }


_open: list[QWidget] = []  # editors and dialogs stay alive while shown


def open_contract_editor(window: Any) -> None:
    """*File → Edit Contract…*: choose a contract file and edit it."""
    folder = str(folder_for(window))
    name, _ = QFileDialog.getOpenFileName(
        window, _tr("Edit Contract"), folder, _tr(CONTRACT_FILTER)
    )
    if not name:
        return
    try:
        editor = editor_for_file(Path(name), **context_of(window))
    except InputError as exc:
        show_error(window, _tr("Cannot open the contract"), exc)
        return
    _open.append(editor)
    editor.show()


def open_new_contract(window: Any) -> None:
    """*File → New Contract…*: the `new-contract` template for a vendor, in the editor."""

    def create(**values: str) -> None:
        editor = editor_for_new(**values, **context_of(window))
        _open.append(editor)
        editor.show()

    dialog = NewContractDialog(create)
    _open.append(dialog)
    dialog.show()
