"""Why: the rules behind the selected cell — clause, the vendor's own words (right-to-left for
Hebrew and Persian, as Qt lays them out), the English reading, and the values used.

Assumed and interpreted readings are marked; a link opens the parameters to change them.

Signals:
    change_parameters_requested: the user clicked "change" next to an assumed value.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.i18n import current_wording
from desktop.plain_words import plain_label, plain_text, plain_value
from models.comparison import PlanRef, plan_title
from models.contract import Contract
from models.engine import LINE_WORDS
from models.money import format_money
from models.result import STATUS_WORDS, Message, Result, TraceStep, shown_value
from models.wording import N_, Phrase, Wording

RTL_LANGUAGES = {"he", "fa", "ar", "ur"}
COST_TOPICS = {"scope", "quota", "cost"}
TOPICS_BY_COLUMN: dict[str, set[str] | None] = {  # by the comparison table's column ids
    "plan": None,  # everything
    "status": {"report", "severity", "scope", "quota", "cost"},
    "response": {"report", "severity", "response"},
    "work_start": {"report", "severity", "work_start"},
    "resolution": {"report", "severity", "work_start", "resolution"},
    "release": {"report", "severity", "resolution", "release"},
    "converted": COST_TOPICS,
    "cost": COST_TOPICS,
    "fee": {"fee"},
    "fee_converted": {"fee"},
}
COST_COLUMNS = {"status", "converted", "cost"}
BADGES = {
    "assumed": ("#b35c00", N_("assumed")),
    "interpreted": ("#1d4ed8", N_("interpreted")),
    "not_stated": ("#b91c1c", N_("not stated")),
}
# a trace step's topic as the panel names it (an unknown topic: its id in words)
TOPIC_NAMES = {
    "report": N_("report"),
    "severity": N_("severity"),
    "scope": N_("scope"),
    "quota": N_("quota"),
    "cost": N_("cost"),
    "response": N_("response"),
    "work_start": N_("work start"),
    "resolution": N_("resolution"),
    "release": N_("release"),
    "fee": N_("fee"),
}


def _tr(text: str) -> str:
    """`text` in the interface language (context "WhyPanel" in the catalogues)."""
    return QCoreApplication.translate("WhyPanel", text)


class WhyPanel(QTextBrowser):
    change_parameters_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("why")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.show_nothing()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # the colours and the panel's own words are in the HTML: redo it
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange):
            if self._shown is None:
                self.show_nothing()
            else:
                self.show_result(*self._shown)

    def _direction(self) -> str:
        """The interface's direction, for the panel's own tables (Qt's rich text does not
        mirror a table's columns by itself)."""
        return "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"

    def show_nothing(self) -> None:
        self._shown: tuple[Result, Contract, str] | None = None
        self.setHtml(
            f"<p style='color:{_muted(self)}'>"
            f"{escape(_tr('Select a cell of the comparison to see why.'))}</p>"
        )

    def show_result(self, result: Result, contract: Contract, column: str) -> None:
        """Why `result` shows what it shows in the column with this id."""
        self._shown = (result, contract, column)
        topics = TOPICS_BY_COLUMN.get(column)
        steps = [s for s in result.trace if topics is None or s.topic in topics]
        parts = [
            # the plan's title as the comparison table names it, not its id
            f"<h3>{escape(plan_title(PlanRef(contract, result.plan)))}</h3>",
            f"<p>{escape(result.scenario.name)}</p>",
        ]
        for step in steps:
            parts.append(self._step_html(step, contract))
        if column in COST_COLUMNS:
            parts.append(self._cost_lines_html(result))
        messages = [(_tr("Warning"), m) for m in result.warnings]
        messages += [(_tr("Note"), m) for m in result.notes]
        for kind, message in messages:
            clause = f" [{escape(message.clause)}]" if message.clause else ""
            parts.append(f"<p><b>{kind}</b>{clause}: {escape(_said(message))}</p>")
        if contract.parameters:
            parts.append(
                "<p><a href='termscope:parameters'>"
                f"{escape(_tr('Change parameters and assumed values…'))}</a></p>"
            )
        self.setHtml("".join(parts))

    def _step_html(self, step: TraceStep, contract: Contract) -> str:
        head = f"<b>{escape(step.clause)}</b> · " if step.clause else ""
        badge = ""
        if step.provenance in BADGES:
            color, label = BADGES[step.provenance]
            badge = f" <span style='color:{color}'><b>[{escape(_tr(label))}]</b></span>"
        topic_name = TOPIC_NAMES.get(step.topic)
        topic = escape(_tr(topic_name) if topic_name else step.topic.replace("_", " "))
        text = _with_raw(plain_text(_said(step)), step.text)
        html = [f"<hr><p>{head}{topic}: {text}{badge}</p>"]
        if step.values:
            rows = "".join(
                f"<tr><td style='color:{_muted(self)}'>{_with_raw(plain_label(k), k)}</td>"
                f"<td>{_with_raw(plain_value(k, v), shown_value(v))}</td></tr>"
                for k, v in step.values
            )
            html.append(f"<table cellspacing='2' dir='{self._direction()}'>{rows}</table>")
        if step.clause:
            clause = contract.clause(step.clause)
            direction = "rtl" if contract.source.language in RTL_LANGUAGES else "ltr"
            align = "right" if direction == "rtl" else "left"
            original = escape(" ".join(clause.original.split()))
            shade = self.palette().color(QPalette.ColorRole.AlternateBase).name()
            html.append(
                f"<p dir='{direction}' align='{align}' style='background:{shade}'>{original}</p>"
                f"<p><i>{escape(clause.english)}</i></p>"
            )
        return "".join(html)

    def _cost_lines_html(self, result: Result) -> str:
        rows = []
        wording = current_wording()
        for line in result.cost.lines:
            amount = format_money(
                line.amount, result.cost.currency, wording.t("not stated"), wording=wording
            )
            if line.said is not None and not wording.english:  # how it was worked out
                reason = escape(line.said.say(wording))
            else:
                reason = escape(_line_words(line.reason or "", wording))
            clause = escape(line.clause or "—")
            label = escape(_line_words(line.label, wording))
            rows.append(
                f"<tr><td>{clause}</td><td>{label}</td>"
                f"<td align='right'>{escape(amount)}</td><td>{reason}</td></tr>"
            )
        title = escape(_tr("Cost lines"))
        return (
            f"<hr><p><b>{title}</b></p><table cellspacing='4' dir='{self._direction()}'>"
            + "".join(rows)
            + "</table>"
        )

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == "termscope:parameters":
            self.change_parameters_requested.emit()


def _said(item: TraceStep | Message) -> str:
    """The engine's text in the interface language where it kept it as a phrase (its English
    text as it is otherwise: a contract's own words)."""
    if item.phrase is None:
        return item.text
    wording = current_wording()
    if wording.english:
        return item.text  # what the phrase says in English, already written
    return _in_words(item.phrase, wording).say(wording)


def _in_words(phrase: Phrase, wording: Wording) -> Phrase:
    """`phrase` with a status id ("quote_required") as its words, in the interface language."""
    if phrase.source != "Status {status}":
        return phrase
    words: dict[str, str] = {str(status): text for status, text in STATUS_WORDS.items()}
    values = tuple(
        (name, Phrase(words[value]) if isinstance(value, str) and value in words else value)
        for name, value in phrase.values
    )
    return Phrase(phrase.source, values)


def _line_words(text: str, wording: Wording) -> str:
    """A cost line's label or reason: the engine's fixed words in the interface language."""
    return wording.t(text) if text in LINE_WORDS else text


def _with_raw(plain: str, raw: str) -> str:
    """The plain words, with the raw text in a tooltip where they differ."""
    if plain == raw:
        return escape(plain)
    return f"<span title='{escape(raw, quote=True)}'>{escape(plain)}</span>"


def _muted(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.PlaceholderText).name()
