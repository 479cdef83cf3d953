"""The plan part of the contract editor: pick a plan, edit its name, fee, milestones, scope,
quotas, prices and notes, each rule with its clause and provenance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.contract_tables import Apply, Column, FieldEdit, ListTable
from models.contract_document import Checked, ContractDocument, FieldPath

Insert = Callable[[FieldPath, dict[str, Any]], None]
Remove = Callable[[FieldPath], None]

CITED = [
    Column("clause", "Clause", width=55),
    Column("provenance", "Provenance", width=85),
    Column("reading", "Reading", width=120),
]
WHEN = Column("when", "When (YAML)", "yaml", 170)
MILESTONE_COLUMNS = [
    WHEN,
    Column("from", "From", width=80),
    Column("clock", "Clock (YAML)", "yaml", 200),
    Column("kind", "Kind", width=85),
    *CITED,
]
TABLES: dict[str, tuple[str, list[Column], dict[str, Any]]] = {
    "response": (
        "Response",
        MILESTONE_COLUMNS,
        {"clock": {"kind": "business_hours", "hours": 8}, "kind": "commitment"},
    ),
    "work_start": (
        "Work Start",
        MILESTONE_COLUMNS,
        {"clock": {"kind": "business_hours", "hours": 8}, "kind": "commitment"},
    ),
    "resolution": (
        "Resolution",
        MILESTONE_COLUMNS,
        {"clock": {"kind": "end_of_business_day"}, "kind": "goal"},
    ),
    "release": (
        "Release",
        MILESTONE_COLUMNS,
        {"clock": {"kind": "release_weekdays", "weekdays": ["wednesday"]}, "kind": "commitment"},
    ),
    "scope": (
        "Scope",
        [WHEN, Column("outcome", "Outcome", width=110), Column("reason", "Reason"), *CITED],
        {"when": {"cause": ["change_request"]}, "outcome": "quote_required", "reason": "By quote"},
    ),
    "quotas": (
        "Quotas",
        [
            Column("kind", "Kind", width=160),
            Column("requests", "Requests", "number", 70),
            Column("visits", "Visits", "number", 60),
            Column("hours", "Hours", "number", 60),
            Column("parameter", "Parameter", width=110),
            Column("causes", "Causes", "list", 150),
            Column("severities", "Severities", "list", 110),
            *CITED,
        ],
        {"kind": "requests_per_month", "requests": 10},
    ),
    "pricing": (
        "Pricing",
        [
            Column("kind", "Kind", width=95),
            WHEN,
            Column("covers", "Covers", "list", 90),
            Column("label", "Label", width=200),
            Column("rate", "Rate", "number", 60),
            Column("per_minutes", "Per min", "number", 60),
            Column("increment_minutes", "Increment", "number", 70),
            Column("minimum_hours", "Min h", "number", 55),
            Column("minimum_charge", "Min charge", "number", 75),
            Column("overflow_rate", "Overflow", "number", 70),
            Column("rate_parameter", "Rate parameter", width=110),
            *CITED,
        ],
        {"kind": "hourly", "label": "Work, per hour", "rate": 100},
    ),
    "notes": (
        "Notes",
        [WHEN, Column("text", "Text"), Column("warning", "Warning", "bool", 65), *CITED],
        {"text": "A note."},
    ),
}
FEE_FIELDS = [
    ("kind", "text", "fixed | percent_of_parameter | parameter_multiple (empty: no fee)"),
    ("amount", "number", "fixed: amount"),
    ("percent", "number", "percent_of_parameter: percent"),
    ("multiple", "number", "parameter_multiple: multiple"),
    ("parameter", "text", "the parameter it is taken of"),
    ("period", "text", "year | month"),
    ("clause", "text", "clause id"),
    ("provenance", "text", "stated | interpreted | assumed | not_stated"),
]


class PlanForm(QWidget):
    """The chosen plan's fields and rule tables; paths follow the chosen plan's index."""

    def __init__(
        self, apply: Apply, insert: Insert, remove: Remove, clause: Callable[[], str]
    ) -> None:
        super().__init__()
        self._apply, self._insert, self._remove, self._clause = apply, insert, remove, clause
        self.index = 0
        self.choice = QComboBox()
        self.choice.setObjectName("planChoice")
        self.choice.currentIndexChanged.connect(self._chosen)
        add, delete = QPushButton("Add Plan"), QPushButton("Remove Plan")
        add.clicked.connect(self.add_plan)
        delete.clicked.connect(self.remove_plan)
        top = QHBoxLayout()
        top.addWidget(QLabel("Plan"))
        top.addWidget(self.choice, 1)
        top.addWidget(add)
        top.addWidget(delete)
        self.fields: list[tuple[FieldPath, FieldEdit]] = []
        head = QFormLayout()
        for key, label in (("id", "Id"), ("name", "Name"), ("description", "Description")):
            head.addRow(label, self._field((key,), "text", ""))
        fee = QWidget()
        fee_form = QFormLayout(fee)
        for key, kind, hint in FEE_FIELDS:
            fee_form.addRow(key.capitalize(), self._field(("fee", key), kind, hint))
        self.tabs = QTabWidget()
        self.tabs.addTab(fee, "Fee")
        self.tables: list[tuple[FieldPath, ListTable]] = []
        for name, (title, columns, new) in TABLES.items():
            relative: FieldPath = ("milestones", name) if name in MILESTONES else (name,)
            table = ListTable(
                self._path(relative), columns, apply, insert, remove, self._new(name, new)
            )
            table.table.setObjectName(f"plan-{name}")
            self.tables.append((relative, table))
            self.tabs.addTab(table, title)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def _path(self, relative: FieldPath) -> FieldPath:
        return ("plans", self.index, *relative)

    def _field(self, relative: FieldPath, kind: Any, hint: str) -> FieldEdit:
        edit = FieldEdit(self._path(relative), self._apply, kind, hint)
        self.fields.append((relative, edit))
        return edit

    def _new(self, name: str, template: dict[str, Any]) -> Callable[[], dict[str, Any]]:
        def item() -> dict[str, Any]:
            made = dict(template)
            made.update({"clause": self._clause(), "provenance": "stated"})
            if name == "quotas" and made.get("kind") == "requests_per_month":
                made.pop("reading", None)
            return made

        return item

    def table(self, name: str) -> ListTable:
        """The rule table of this plan by its name (response, pricing, notes…)."""
        return next(t for relative, t in self.tables if relative[-1] == name)

    def field(self, *relative: str) -> FieldEdit:
        return next(edit for path, edit in self.fields if path == relative)

    def add_plan(self) -> None:
        count = self.choice.count()
        self._insert(("plans",), {"id": f"plan-{count + 1}", "name": f"Plan {count + 1}"})
        self.choose(count)

    def remove_plan(self) -> None:
        if self.choice.count() > 0:
            self._remove(("plans", self.index))
            self.choose(max(0, self.index - 1))

    def choose(self, index: int) -> None:
        self.choice.setCurrentIndex(index)
        self._chosen(index)

    def _chosen(self, index: int) -> None:
        if index < 0:
            return
        self.index = index
        for relative, edit in self.fields:
            edit.path = self._path(relative)
        for relative, table in self.tables:
            table.path = self._path(relative)
        if self._document is not None and self._checked is not None:
            self.show_document(self._document, self._checked, self._language)

    _document: ContractDocument | None = None
    _checked: Checked | None = None
    _language = ""

    def show_document(self, document: ContractDocument, checked: Checked, language: str) -> None:
        self._document, self._checked, self._language = document, checked, language
        plans = document.get(("plans",)) or []
        names = [f"{p.get('id')} — {p.get('name')}" for p in plans if hasattr(p, "get")]
        if [self.choice.itemText(n) for n in range(self.choice.count())] != names:
            self.choice.blockSignals(True)
            self.choice.clear()
            self.choice.addItems(names)
            self.index = min(self.index, max(len(names) - 1, 0))
            self.choice.setCurrentIndex(self.index)
            self.choice.blockSignals(False)
            self._chosen(self.index)
            return
        for _, edit in self.fields:
            edit.show_value(document.get(edit.path))
            edit.show_problems(checked.problems_at(edit.path))
        for _, table in self.tables:
            table.show_items(document.get(table.path), language)
            table.show_problems(checked.problems_at(table.path))


MILESTONES = ("response", "work_start", "resolution", "release")
