"""The comparison table: one row per compared plan, for the selected scenario.

A QAbstractTableModel over engine results (after vorta's archive table): named column
constants, custom roles, and one `set_rows()` (a model reset only when the rows are other
plans). It formats, it does not compute: costs, conversions and the best value per column
come from `models/`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop import formatting as fmt
from models.ranking import best_rows, comparable_net
from models.rates import Rates
from models.result import Result
from models.vocabulary import MILESTONES

COL_PLAN, COL_STATUS = 0, 1
COL_RESPONSE, COL_WORK_START, COL_RESOLUTION, COL_RELEASE = 2, 3, 4, 5
COL_NET, COL_GROSS, COL_CONVERTED, COL_FEE = 6, 7, 8, 9
MILESTONE_COLUMNS = dict(
    zip((COL_RESPONSE, COL_WORK_START, COL_RESOLUTION, COL_RELEASE), MILESTONES, strict=True)
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_ROLE = Qt.ItemDataRole.UserRole + 2

BEST = QColor("#d8f3dc")
REFUSED = QColor("#fde2e1")
QUOTE = QColor("#fff3cd")
MUTED = QColor("#6c757d")

Index = QModelIndex | QPersistentModelIndex


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []
        self._rates: Rates | None = None
        self._currency: str | None = None
        self._show_gross = False
        self._best: dict[str, set[int]] = {}
        self._texts: dict[tuple[int, int], str] = {}  # a repaint asks for each text twice

    def set_rows(
        self,
        results: Sequence[Result],
        rates: Rates | None,
        currency: str | None,
        show_gross: bool,
    ) -> bool:
        """Show `results`; True when the rows are other plans (a model reset), False when the
        same plans in the same order got new values (one dataChanged: the view keeps its
        selection, sort and row heights, and repaints only what is visible)."""
        same_rows = [(r.contract, r.plan) for r in results] == [
            (r.contract, r.plan) for r in self._results
        ]
        if not same_rows:
            self.beginResetModel()
        self._results = list(results)
        self._rates, self._currency, self._show_gross = rates, currency, show_gross
        self._best = best_rows(self._results, rates, currency)
        self._texts.clear()
        if not same_rows:
            self.endResetModel()
            return True
        if self._results:
            last = self.index(len(self._results) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        return False

    def result(self, row: int) -> Result:
        return self._results[row]

    # --- Qt's model interface ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 10

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        converted = f"{'Gross' if self._show_gross else 'Net'} in {self._currency or '—'}"
        titles = [
            "Vendor · plan",
            "Status",
            "Response",
            "Work start",
            "Resolution",
            "Release",
            "Net",
            "Gross",
            converted,
            "Plan fee",
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result, column)
        if role == SORT_ROLE:
            return self._sort_key(result, column)
        if role == RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(result, index.row(), column)
        if role == Qt.ItemDataRole.ForegroundRole:
            text = self._shown_text(index.row(), column)
            return MUTED if text.startswith(("not ", "needs", "—")) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_NET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- cells ---

    def _converted(self, result: Result) -> Any:
        if self._rates is None or self._currency is None:
            return None
        amount = result.cost.gross if self._show_gross else result.cost.net
        if amount is None:
            return None
        return self._rates.convert(amount, result.cost.currency, self._currency)

    def _shown_text(self, row: int, column: int) -> str:
        key = (row, column)
        if key not in self._texts:
            self._texts[key] = self._text(self._results[row], column)
        return self._texts[key]

    def _text(self, result: Result, column: int) -> str:
        reported = result.scenario.reported_at
        cost = result.cost
        missing = result.missing_cost_words
        if column == COL_PLAN:
            return f"{result.vendor} · {result.plan}"
        if column == COL_STATUS:
            return result.status_words
        if column in MILESTONE_COLUMNS:
            return fmt.when(result.milestones[MILESTONE_COLUMNS[column]], reported)
        if column == COL_NET:
            return fmt.money(cost.net, cost.currency, missing=missing)
        if column == COL_GROSS:
            return fmt.money(cost.gross, cost.currency, missing=missing)
        if column == COL_CONVERTED:
            if self._currency is None:
                return "—"
            return fmt.money(self._converted(result), self._currency, missing=missing)
        if column == COL_FEE:
            fee = result.plan_fee
            if fee is None:
                return "none"
            amount = fmt.money(fee.amount, fee.currency, missing="needs a parameter")
            return f"{amount} / {fee.period}"
        return ""

    def _tooltip(self, result: Result, column: int) -> str:
        if column in MILESTONE_COLUMNS:
            return fmt.when_tooltip(result.milestones[MILESTONE_COLUMNS[column]])
        if column in (COL_NET, COL_GROSS, COL_CONVERTED, COL_STATUS):
            lines = [
                f"{line.label}: {fmt.money(line.amount, result.cost.currency)}"
                + (f" [{line.clause}]" if line.clause else "")
                + (f" — {line.reason}" if line.reason and line.amount is None else "")
                for line in result.cost.lines
            ]
            return "\n".join(lines)
        if column == COL_FEE and result.plan_fee is not None:
            fee = result.plan_fee
            lines = [f"{fee.basis}" + (f" [{fee.clause}]" if fee.clause else "")]
            if len(result.fees) > 1:  # the total of several: each fee with its own clause
                lines += [f"{f.basis} a {f.period} [{f.clause}]" for f in result.fees]
            return "\n".join(lines)
        return f"{result.vendor}, plan {result.plan}"

    def _sort_key(self, result: Result, column: int) -> Any:
        if column == COL_PLAN:
            return f"{result.vendor} {result.plan}"
        if column == COL_STATUS:
            return result.status
        if column in MILESTONE_COLUMNS:
            milestone = result.milestones[MILESTONE_COLUMNS[column]]
            return math.inf if milestone is None else milestone.at.timestamp()
        if column in (COL_NET, COL_GROSS, COL_CONVERTED):
            net = comparable_net(result, self._rates, self._currency)
            return math.inf if net is None else float(net)  # ordering only, never shown
        if column == COL_FEE:
            fee = result.plan_fee
            if fee is None:
                return 0.0
            return math.inf if fee.amount is None else float(fee.amount)
        return None

    def _background(self, result: Result, row: int, column: int) -> Any:
        if column == COL_STATUS:
            return {"not_covered": REFUSED, "quote_required": QUOTE}.get(result.status)
        key: str | None = MILESTONE_COLUMNS.get(column)
        if key is None and column in (COL_NET, COL_GROSS, COL_CONVERTED):
            key = "cost"
        if key is None and column == COL_FEE:
            key = "fee"
        if key is not None and row in self._best.get(key, set()):
            return BEST
        return None
