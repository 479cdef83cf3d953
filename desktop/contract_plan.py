"""The plan part of the contract editor: pick a plan, edit its name, fee, milestones, scope,
quotas, prices and notes, each rule with its clause and provenance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
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
from models.wording import N_


def _tr(text: str) -> str:
    """`text` in the interface language (context "ContractEditor": the editor's plan part)."""
    return QCoreApplication.translate("ContractEditor", text)


Insert = Callable[[FieldPath, dict[str, Any]], None]
Remove = Callable[[FieldPath], None]

CITED = [
    Column("clause", N_("Clause"), width=55),
    Column("provenance", N_("Provenance"), width=85),
    Column("reading", N_("Reading"), width=120),
]
WHEN = Column("when", N_("When (YAML)"), "yaml", 170)
MILESTONE_COLUMNS = [
    WHEN,
    Column("from", N_("From"), width=80),
    Column("clock", N_("Clock (YAML)"), "yaml", 200),
    Column("kind", N_("Kind"), width=85),
    *CITED,
]
TABLES: dict[str, tuple[str, list[Column], dict[str, Any]]] = {
    "response": (
        N_("Response"),
        MILESTONE_COLUMNS,
        {"clock": {"kind": "business_hours", "hours": 8}, "kind": "commitment"},
    ),
    "work_start": (
        N_("Work Start"),
        MILESTONE_COLUMNS,
        {"clock": {"kind": "business_hours", "hours": 8}, "kind": "commitment"},
    ),
    "resolution": (
        N_("Resolution"),
        MILESTONE_COLUMNS,
        {"clock": {"kind": "end_of_business_day"}, "kind": "goal"},
    ),
    "release": (
        N_("Release"),
        MILESTONE_COLUMNS,
        {"clock": {"kind": "release_weekdays", "weekdays": ["wednesday"]}, "kind": "commitment"},
    ),
    "scope": (
        N_("Scope"),
        [WHEN, Column("outcome", N_("Outcome"), width=110), Column("reason", N_("Reason")), *CITED],
        {"when": {"cause": ["change_request"]}, "outcome": "quote_required", "reason": "By quote"},
    ),
    "quotas": (
        N_("Quotas"),
        [
            Column("kind", N_("Kind"), width=160),
            Column("requests", N_("Requests"), "number", 70),
            Column("visits", N_("Visits"), "number", 60),
            Column("hours", N_("Hours"), "number", 60),
            Column("parameter", N_("Parameter"), width=110),
            Column("causes", N_("Causes"), "list", 150),
            Column("severities", N_("Severities"), "list", 110),
            *CITED,
        ],
        {"kind": "requests_per_month", "requests": 10},
    ),
    "pricing": (
        N_("Pricing"),
        [
            Column("kind", N_("Kind"), width=95),
            WHEN,
            Column("covers", N_("Covers"), "list", 90),
            Column("label", N_("Label"), width=200),
            Column("rate", N_("Rate"), "number", 60),
            Column("per_minutes", N_("Per min"), "number", 60),
            Column("increment_minutes", N_("Increment"), "number", 70),
            Column("minimum_hours", N_("Min h"), "number", 55),
            Column("minimum_charge", N_("Min charge"), "number", 75),
            Column("overflow_rate", N_("Overflow"), "number", 70),
            Column("rate_parameter", N_("Rate parameter"), width=110),
            *CITED,
        ],
        {"kind": "hourly", "label": "Work, per hour", "rate": 100},
    ),
    "notes": (
        N_("Notes"),
        [WHEN, Column("text", N_("Text")), Column("warning", N_("Warning"), "bool", 65), *CITED],
        {"text": "A note."},
    ),
}
FEE_FIELDS = [  # key, label, kind, hint
    (
        "kind",
        N_("Kind"),
        "text",
        N_("fixed | percent_of_parameter | parameter_multiple (empty: no fee)"),
    ),
    ("amount", N_("Amount"), "number", N_("fixed: amount")),
    ("percent", N_("Percent"), "number", N_("percent_of_parameter: percent")),
    ("multiple", N_("Multiple"), "number", N_("parameter_multiple: multiple")),
    ("parameter", N_("Parameter"), "text", N_("the parameter it is taken of")),
    ("period", N_("Period"), "text", N_("year | month")),
    ("clause", N_("Clause"), "text", N_("clause id")),
    ("provenance", N_("Provenance"), "text", N_("stated | interpreted | assumed | not_stated")),
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
        add, delete = QPushButton(_tr("Add Plan")), QPushButton(_tr("Remove Plan"))
        add.clicked.connect(self.add_plan)
        delete.clicked.connect(self.remove_plan)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Plan")))
        top.addWidget(self.choice, 1)
        top.addWidget(add)
        top.addWidget(delete)
        self.fields: list[tuple[FieldPath, FieldEdit]] = []
        head = QFormLayout()
        for key, label in (
            ("id", N_("Id")),
            ("name", N_("Name")),
            ("description", N_("Description")),
        ):
            head.addRow(_tr(label), self._field((key,), "text", ""))
        fee = QWidget()
        fee_form = QFormLayout(fee)
        for key, label, kind, hint in FEE_FIELDS:
            fee_form.addRow(_tr(label), self._field(("fee", key), kind, _tr(hint)))
        self.tabs = QTabWidget()
        self.tabs.addTab(fee, _tr("Fee"))
        self.tables: list[tuple[FieldPath, ListTable]] = []
        for name, (title, columns, new) in TABLES.items():
            relative: FieldPath = ("milestones", name) if name in MILESTONES else (name,)
            table = ListTable(
                self._path(relative), columns, apply, insert, remove, self._new(name, new)
            )
            table.table.setObjectName(f"plan-{name}")
            self.tables.append((relative, table))
            self.tabs.addTab(table, _tr(title))
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
