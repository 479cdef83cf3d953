"""Column widths from what the columns show: each column as wide as its header and the rows
in view need, up to a limit (a longer text is elided; its full words are in the tooltip).

Measured when the rows are others (a model reset) or the language changes — never on an edit,
which only changes values (`CellTableModel.set_table`) and must stay fast. The texts are
measured with the font's metrics and read without counting as shown (`shown_text`): a cell
counted as shown is compared again on every edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QStyle, QTableView

ROWS_MEASURED = 40  # the rows in view (about 15 at 1280×800) and the next ones, at most
WIDEST_COLUMN = 340  # a column wider than this is elided
# the grid line, and room for advances Qt rounds up when it lays a cell out (right to left,
# a text exactly as wide as its room was seen elided)
SLACK = 5


def rows_in_view(view: QTableView) -> range:
    """The rows from the first in view: those in view and the next, ROWS_MEASURED in all (read
    without counting as shown, they cost a moment once, not on every edit)."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    first = max(view.rowAt(0), 0)
    return range(first, min(first + ROWS_MEASURED, count))


def fit_columns(
    view: QTableView,
    texts: Callable[[int, Sequence[int]], list[str]],
    limits: dict[int, int] | None = None,
    grow_only: bool = False,
) -> None:
    """Sizes every column of `view` to its header and its texts in the rows in view
    (`texts(column, rows)`), at most its limit in `limits` (by column) or WIDEST_COLUMN;
    `grow_only`: only widens a column too narrow (a width the user chose stays)."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    # the item's text margins, as Qt's delegate adds them
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    rows = rows_in_view(view)
    for column in range(model.columnCount()):
        widest = max((metrics.horizontalAdvance(text) for text in texts(column, rows)), default=0)
        needed = max(header.sectionSizeHint(column), widest + margin + SLACK)
        width = min(needed, (limits or {}).get(column, WIDEST_COLUMN))
        if not grow_only or width > view.columnWidth(column):
            view.setColumnWidth(column, width)
