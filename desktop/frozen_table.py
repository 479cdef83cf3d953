"""A table view whose first columns stay in place while the rest scroll (Qt's "Frozen Column"
example), with a column chooser on the header's context menu that is remembered in QSettings.

The frozen part is a second QTableView over the same model and selection, laid over the left
edge of the main view; it shows only the frozen columns and follows the main view's rows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from desktop.cell_table import COLUMN_ID_ROLE
from desktop.latin_names import LatinNamesDelegate


def _tr(text: str) -> str:
    """`text` in the interface language (context "FrozenColumnTableView" in the catalogues)."""
    return QCoreApplication.translate("FrozenColumnTableView", text)


class FrozenColumnTableView(QTableView):
    def __init__(
        self,
        frozen: int,
        settings: QSettings | None = None,
        settings_key: str = "",
        hidden_by_default: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self._settings = settings
        self._settings_key = settings_key
        self._hidden_by_default = hidden_by_default
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # no frame, as a frame property and not a style sheet: a style sheet makes Qt paint
        # every cell through its slower style-sheet style (~3× the time of a repaint)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        # the frozen columns' names keep their own direction right to left (only there: a
        # delegate written in Python costs every cell it paints, and an edit repaints the rest)
        self.frozen.setItemDelegate(LatinNamesDelegate(self.frozen))
        self.frozen.setWordWrap(False)
        # the frozen columns name the rows: elided in the middle, a name's end (a plan's name
        # after its vendor's) still tells rows apart
        self.frozen.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size)
        )
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.frozen.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.frozen.horizontalHeader().customContextMenuRequested.connect(self._on_header_menu)
        self.column_menu: QMenu | None = None

    # --- the model and the frozen part ---

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        old = self.model()
        if old is not None:
            old.modelReset.disconnect(self._on_model_reset)
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def setSortingEnabled(self, enable: bool) -> None:  # noqa: N802
        """Both parts sort the one model; their headers show the same indicator."""
        super().setSortingEnabled(enable)
        main, frozen = self.horizontalHeader(), self.frozen.horizontalHeader()
        frozen.setSortIndicator(main.sortIndicatorSection(), main.sortIndicatorOrder())
        self.frozen.setSortingEnabled(enable)
        main.sortIndicatorChanged.connect(lambda col, order: frozen.setSortIndicator(col, order))
        frozen.sortIndicatorChanged.connect(lambda col, order: main.setSortIndicator(col, order))

    def setAlternatingRowColors(self, enable: bool) -> None:  # noqa: N802
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setSelectionBehavior(  # noqa: N802
        self, behavior: QAbstractItemView.SelectionBehavior
    ) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def _on_model_reset(self) -> None:
        model = self.model()
        if model is None:
            return
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.apply_hidden_columns()
        self._place_frozen()

    def _on_section_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, size)
            self._place_frozen()

    def frozen_width(self) -> int:
        return sum(
            self.columnWidth(c) for c in range(self.frozen_count) if not self.isColumnHidden(c)
        )

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        rows = self.verticalHeader()
        header = 0 if rows.isHidden() else rows.width()
        left = header + frame
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # right to left, the first columns are on the right: so is the frozen copy
            left = self.width() - frame - header - self.frozen_width()
        self.frozen.setGeometry(
            left,
            frame,
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_frozen()
        if event.type() == QEvent.Type.PaletteChange:
            # the frozen column follows a change of theme while the app runs
            self.frozen.setPalette(self.palette())
            self.frozen.horizontalHeader().setPalette(self.palette())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def moveCursor(  # noqa: N802
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Keep the current cell from hiding under the frozen columns (as Qt's example)."""
        current = super().moveCursor(cursor_action, modifiers)
        left = cursor_action == QAbstractItemView.CursorAction.MoveLeft
        if left and current.column() >= self.frozen_count:
            x = self.visualRect(current).topLeft().x()
            if x < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + x - self.frozen_width())
        return current

    def scrollTo(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() >= self.frozen_count:
            super().scrollTo(index, hint)

    # --- the column chooser ---

    def column_ids(self) -> list[str]:
        model = self.model()
        if model is None:
            return []
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal, COLUMN_ID_ROLE))
            for c in range(model.columnCount())
        ]

    def hidden_ids(self) -> set[str]:
        if self._settings is None or not self._settings_key:
            return set(self._hidden_by_default)
        value = self._settings.value(self._settings_key, list(self._hidden_by_default))
        if isinstance(value, str):
            return {value} if value else set()
        return {str(v) for v in value} if isinstance(value, list) else set()

    def set_column_shown(self, column_id: str, shown: bool) -> None:
        hidden = self.hidden_ids()
        if shown:
            hidden.discard(column_id)
        else:
            hidden.add(column_id)
        if self._settings is not None and self._settings_key:
            # an empty list is stored as one empty string so "none hidden" is remembered
            self._settings.setValue(self._settings_key, sorted(hidden) or "")
        else:
            self._hidden_by_default = tuple(hidden)
        self.apply_hidden_columns()

    def apply_hidden_columns(self) -> None:
        hidden = self.hidden_ids()
        for column, column_id in enumerate(self.column_ids()):
            if column >= self.frozen_count:
                self.setColumnHidden(column, column_id in hidden)
        self._place_frozen()

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = self.build_column_menu()
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    def build_column_menu(self) -> QMenu:
        """The column chooser: one checkable entry per column that may be hidden."""
        model = self.model()
        menu = QMenu(self)
        menu.setObjectName("columnChooser")
        menu.setTitle(_tr("Columns"))
        menu.setAccessibleName(_tr("Columns shown"))
        hidden = self.hidden_ids()
        for column, column_id in enumerate(self.column_ids()):
            if column < self.frozen_count or model is None:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(column_id not in hidden)
            action.setData(column_id)
            action.toggled.connect(lambda shown, cid=column_id: self.set_column_shown(cid, shown))
            menu.addAction(action)
        self.column_menu = menu
        return menu
