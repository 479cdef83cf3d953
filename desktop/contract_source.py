"""The vendor's own text beside the contract: select a sentence and make it a clause; see which
sentences no clause quotes and which clauses no rule cites."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.folders import folder_for
from models.clause_sources import uncited_clauses, uncovered_sentences
from models.contract import Contract
from models.wording import N_

MakeClause = Callable[[str, str], str | None]  # (original, english) → the new clause id
TEXT_FILTER = N_("Text (*.txt)")


def _tr(text: str) -> str:
    """`text` in the interface language (context "SourcePanel" in the catalogues)."""
    return QCoreApplication.translate("SourcePanel", text)


class SourcePanel(QWidget):
    """The source text (read-only, selectable), the coverage lists and "Make clause"."""

    def __init__(self, make_clause: MakeClause) -> None:
        super().__init__()
        self._make_clause = make_clause
        self.text = QPlainTextEdit()
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(
            _tr("Open the vendor's terms (a text file) or paste them here.")
        )
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.english = QLineEdit()
        self.english.setObjectName("clauseEnglish")
        self.english.setPlaceholderText(_tr("English reading of the selected words (optional now)"))
        open_button = QPushButton(_tr("Open Text…"))
        paste_button = QPushButton(_tr("Paste"))
        self.make_button = QPushButton(_tr("Make Clause from Selection"))
        self.make_button.setObjectName("makeClause")
        open_button.clicked.connect(self.open_dialog)
        paste_button.clicked.connect(self.paste)
        self.make_button.clicked.connect(self.make_clause)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.uncovered = QListWidget()
        self.uncovered.setObjectName("uncoveredSentences")
        self.uncovered.itemActivated.connect(self._select_sentence)
        self.uncovered.itemClicked.connect(self._select_sentence)
        self.uncited = QLabel()
        self.uncited.setObjectName("uncitedClauses")
        self.uncited.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (open_button, paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        make = QHBoxLayout()
        make.addWidget(self.english, 1)
        make.addWidget(self.make_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.text, 1)
        top_layout.addLayout(make)
        top_layout.addWidget(self.message)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.uncovered_title = QLabel(_tr("Sentences no clause quotes yet"))
        bottom_layout.addWidget(self.uncovered_title)
        bottom_layout.addWidget(self.uncovered, 1)
        bottom_layout.addWidget(self.uncited)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([500, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._originals: list[str] = []

    # --- the text ---

    def set_source(self, text: str) -> None:
        self.text.setPlainText(text)
        self.refresh_coverage(self._originals, None)

    def source(self) -> str:
        return self.text.toPlainText()

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Open the Vendor's Terms"), str(folder_for(self)), _tr(TEXT_FILTER)
        )
        if path:
            self.set_source(Path(path).read_text(encoding="utf-8"))

    def paste(self) -> None:
        self.set_source(QGuiApplication.clipboard().text())

    def select(self, start: int, end: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def selected(self) -> str:
        # Qt writes a paragraph break inside a selection as U+2029
        return self.text.textCursor().selectedText().replace("\u2029", "\n")

    def make_clause(self) -> None:
        original = self.selected().strip()
        if not original:
            self.message.setText(_tr("Select the vendor's words first."))
            return
        clause = self._make_clause(original, self.english.text().strip())
        if clause is not None:
            self.message.setText(
                _tr("Clause {clause} quotes the selected words.").format(clause=clause)
            )
            self.english.clear()

    # --- coverage ---

    def refresh_coverage(self, originals: list[str], contract: Contract | None) -> None:
        self._originals = originals
        source = self.source()
        self.uncovered.clear()
        if source.strip():
            missing = uncovered_sentences(source, originals)
            self.uncovered_title.setText(
                _tr("Sentences no clause quotes yet ({count})").format(count=len(missing))
            )
            for sentence in missing:
                item = QListWidgetItem(sentence.text)
                item.setData(Qt.ItemDataRole.UserRole, (sentence.start, sentence.end))
                self.uncovered.addItem(item)
        if contract is not None:
            uncited = uncited_clauses(contract)
            self.uncited.setText(
                _tr("Clauses no rule cites yet: {clauses}").format(
                    clauses=", ".join(uncited) if uncited else _tr("none")
                )
            )

    def _select_sentence(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        self.select(start, end)
