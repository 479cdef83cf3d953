"""The comparison table: one row per compared plan, for the selected scenario.

It lays out `models.view.scenario_table` (converted cost and fee first, then status, times, the
vendor-currency cost and the fee): the words, the sort keys, "best" (earliest times only: which
plan is cheapest is a yearly question, answered by the Decision view) and the tones all come
from there. Columns are addressed by their ids ("converted", "work_start", …).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.cell_table import CELL_ROLE, SORT_ROLE, CellTableModel
from desktop.i18n import current_wording
from models.rates import Rates
from models.result import Result
from models.view import Basis, Table, scenario_columns, scenario_table

RESULT_ROLE = Qt.ItemDataRole.UserRole + 2

__all__ = ["CELL_ROLE", "RESULT_ROLE", "SORT_ROLE", "ComparisonTableModel"]

Index = QModelIndex | QPersistentModelIndex


class ComparisonTableModel(CellTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []

    def set_rows(
        self,
        results: Sequence[Result],
        rates: Rates | None,
        currency: str | None,
        show_gross: bool,
        plan_names: dict[str, str] | None = None,
    ) -> bool:
        """Show the results; True when the rows are other plans (a reset), False when the same
        plans got new values (see `CellTableModel.set_table`)."""
        self._results = list(results)
        basis: Basis = "gross" if show_gross else "net"
        if not results:
            return self.set_table(
                Table("", scenario_columns(currency, basis, wording=current_wording()), ())
            )
        return self.set_table(
            scenario_table(
                results[0].scenario,
                results,
                rates,
                currency,
                basis,
                plan_names,
                wording=current_wording(),
            )
        )

    def result(self, row: int) -> Result:
        return self._results[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RESULT_ROLE:
            valid = index.isValid() and 0 <= index.row() < len(self._results)
            return self._results[index.row()] if valid else None
        return super().data(index, role)
