"""Help → Guide (F1): what each panel shows and how to read a result.

The guide is written here, one heading or paragraph a text, so translators translate it piece by
piece (context "GuideDialog" in the catalogues); `guide_html()` assembles it in the current
language. Inline markup (<b>, <i>, <code>) stays inside a text, where a translation can move it.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.wording import N_

RESOURCES = Path(__file__).resolve().parent / "resources"  # icon, launcher

Block = Literal["h2", "h3", "p", "dt", "dd", "li", "key"]


def _tr(text: str) -> str:
    """`text` in the interface language (context "GuideDialog" in the catalogues)."""
    return QCoreApplication.translate("GuideDialog", text)


# (kind, English text); "dt"/"dd" make a definition list, "li" a bullet list, "key" a row of
# the keys table (the key itself, then what it does: a pair of texts).
GUIDE: tuple[tuple[Block, str] | tuple[Literal["key"], str, str], ...] = (
    ("h2", N_("Termscope: a short guide")),
    (
        "p",
        N_(
            "Termscope reads each vendor's support terms as a model and shows, for one support "
            "request at a time, when each vendor would respond, start work, finish and release "
            "the fix, and what it would cost. Every figure is traced back to a clause of the "
            "vendor's own text."
        ),
    ),
    ("h3", N_("The panels")),
    ("dt", N_("<b>Contracts</b> (left)")),
    (
        "dd",
        N_(
            "The vendors and their plans. Tick a plan to compare it. Each plan shows its "
            "currency, its time zone and how many of its values are <i>assumed</i> or <i>not "
            "stated</i> by the vendor. <i>File → Open Contract…</i> (or drop a file on the "
            "window) adds a contract."
        ),
    ),
    ("dt", N_("<b>Decision</b> (tab)")),
    (
        "dd",
        N_(
            "Which offer to take, and why. The headline names the winner, its score and its "
            "lead over the runner-up; below it, how sure that is. The ranking lists every plan "
            "with its yearly cost under the workload profile (fee plus usage, in the comparison "
            "currency), the share of tickets it prices, its score and the must-haves it fails. "
            "<i>What would flip the winner</i> lists the changes tried (other readings of a "
            "clause, each parameter, the exchange rates, the volume) and which change the "
            "winner; <i>Break-even volumes</i> says at how many tickets a month a rival becomes "
            "cheaper; <i>Questions for each vendor</i> lists what to ask before signing. "
            "<i>Profile…</i> and <i>Criteria…</i> (Ctrl+K) change what the decision weighs."
        ),
    ),
    ("dt", N_("<b>Scenarios</b> (tab, and the list on the left)")),
    (
        "dd",
        N_(
            "The support requests to compare: add, duplicate, rename (double-click), delete and "
            "reorder them. The form above the table edits the selected one: when it was reported "
            "and in which time zone, severity, cause, effort, hours on site, the issue's age, "
            "after-hours work, and whether the fix needs a release. Every edit recomputes the "
            "comparison at once."
        ),
    ),
    ("dt", N_("<b>Comparison</b> (the Scenarios tab's table)")),
    ("dd", N_("One row per plan for the selected scenario. Click a column header to sort.")),
    ("dt", N_("<b>Why</b> (bottom right)")),
    (
        "dd",
        N_(
            "Select a cell of the comparison to see the rules behind it: the clause, the "
            "vendor's own words, an English reading and the values used. Readings that are "
            "assumed or interpreted are marked, with a link to change the parameters they "
            "depend on."
        ),
    ),
    ("dt", N_("<b>Timeline</b> (bottom left)")),
    (
        "dd",
        N_(
            "One lane per plan from the report to each milestone, with each vendor's office "
            "hours shaded, so you see where nights, weekends and holidays stretch a promise."
        ),
    ),
    ("dt", N_("<b>Workload</b> (tab)")),
    (
        "dd",
        N_(
            "Years of tickets drawn from a workload profile, run through every compared plan: "
            "the yearly cost range (P10, median, P90), included hours used, tickets not "
            "covered, and a break-even chart of cost against tickets a month."
        ),
    ),
    ("h3", N_("How to read a result")),
    (
        "li",
        N_(
            "<b>Response, Work start, Resolution, Release</b> are shown in the vendor's local "
            "time, with the time since the report and a kind: <i>commitment</i> (promised), "
            "<i>average</i> or <i>goal</i> (the vendor aims for it), or <i>estimate</i> (worked "
            "out by Termscope, e.g. work start plus the effort in the vendor's working hours). "
            "A dash means the terms say nothing."
        ),
    ),
    (
        "li",
        N_(
            "<b>Status</b>: <i>covered</i>; <i>not covered</i> (the plan refuses part of the "
            "request: out of scope, not in this package, quota used up); <i>quote required</i> "
            "(the vendor prices a part by quote)."
        ),
    ),
    (
        "li",
        N_(
            "<b>Net, Gross</b> are in the vendor's currency; the next column converts to the "
            "comparison currency at the dated exchange rates. A price the vendor does not state "
            "is written out as <i>not stated</i>, never counted as 0."
        ),
    ),
    (
        "li",
        N_(
            "<b>Plan fee</b> is the yearly or monthly fee of the plan, apart from the cost of "
            "the request."
        ),
    ),
    (
        "li",
        N_(
            "The best value of each column is shaded green. Hover over a cell for the cost "
            "lines and the clauses behind them."
        ),
    ),
    ("h3", N_("Keys")),
    ("key", "F1", N_("this guide")),
    ("key", "Ctrl+P", N_("parameters, comparison currency and exchange rates")),
    ("key", "Ctrl+K", N_("decision criteria")),
    ("key", "Ctrl+Z / Ctrl+Shift+Z", N_("undo / redo")),
    ("key", "Ctrl+E / Ctrl+Shift+E", N_("export to Excel / PDF")),
    ("key", "Ctrl+S, Ctrl+O", N_("save, open a comparison")),
    ("p", N_("The same engine runs from the command line: <code>termscope --help</code>.")),
)

# the element that holds a run of blocks of one kind
_WRAPPERS = {"dt": "dl", "dd": "dl", "li": "ul", "key": "table cellpadding='2'"}


def guide_html() -> str:
    """The guide in the current language, as HTML: each text through the translator."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    parts: list[str] = [f"<html><body dir='{'rtl' if right_to_left else 'ltr'}'>"]
    open_wrapper: str | None = None
    for block in GUIDE:
        kind = block[0]
        wrapper = _WRAPPERS.get(kind)
        if wrapper != open_wrapper:
            if open_wrapper is not None:
                parts.append(f"</{open_wrapper.split()[0]}>")
            if wrapper is not None:
                parts.append(f"<{wrapper}>")
            open_wrapper = wrapper
        if len(block) == 3:  # a key and what it does
            parts.append(f"<tr><td>{escape(block[1])}</td><td>{_tr(block[2])}</td></tr>")
        else:
            parts.append(f"<{kind}>{_tr(block[1])}</{kind}>")
    if open_wrapper is not None:
        parts.append(f"</{open_wrapper.split()[0]}>")
    parts.append("</body></html>")
    return "\n".join(parts)


class GuideDialog(QDialog):
    """A non-modal window beside the app, so the guide stays open while one works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Termscope guide"))
        self.browser.setHtml(guide_html())
