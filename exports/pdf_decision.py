"""The PDF's decision page (right after the cover) and its questions section, laid out from
`models.decision_view.decision_view` as they are."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from models.decision_view import decision_view

if TYPE_CHECKING:
    from exports.pdf import PdfExporter

# The ranking's columns on the one-page summary (the others are in the workbook and the app).
RANKING_SHOWN = ("rank", "plan", "yearly", "fee", "usage", "priced", "score", "musts")
TOP_FLIPS = 3
TOP_QUESTIONS = 3


def decision_page(exporter: PdfExporter) -> list[Flowable]:
    decision = exporter.report.decision
    if decision is None:
        return []
    view = decision_view(decision)
    styles = exporter.styles
    flipping = [row for row in view.flips.rows if row["winner"].tone == "warning"]
    story: list[Flowable] = [
        Paragraph("Decision", styles["h1"]),
        exporter.p(view.headline, "lead"),
        Spacer(1, 1 * mm),
        exporter.p(f"Ranked on the {view.basis}. " + " ".join(view.ranking.notes[:1]), "small"),
        Spacer(1, 2 * mm),
        exporter.view_table(
            view.ranking, RANKING_SHOWN, [0.1, 2.6, 1.6, 0.8, 0.8, 0.4, 0.4, 1.2], size=6.5
        ),
        Spacer(1, 3 * mm),
        Paragraph(view.flips.title, styles["h3"]),
        exporter.p(view.flips.notes[0] if view.flips.notes else "", "small"),
    ]
    if flipping:
        top = len(flipping) if len(flipping) < TOP_FLIPS else TOP_FLIPS
        story.append(exporter.view_table(view.flips, None, [1.2, 1.6, 1.2, 0.8, 0.8], top, 6.5))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(view.break_even.title, styles["h3"]),
    ]
    crossing = [row for row in view.break_even.rows if row["tickets"].tone != "muted"]
    if crossing:
        shown = replace(view.break_even, rows=tuple(crossing))
        story.append(exporter.view_table(shown, None, [1.2, 0.6, 2.0], size=6.5))
    others = len(view.break_even.rows) - len(crossing)
    if others:
        story.append(
            exporter.p(
                f"Against {others} other plan(s): none in range (see the workbook).", "small"
            )
        )
    story += [
        exporter.p(" ".join(view.break_even.notes), "small"),
        Spacer(1, 3 * mm),
        Paragraph(f"Questions for the vendors: {len(view.questions.rows)}", styles["h3"]),
    ]
    if view.questions.rows:
        story.append(
            exporter.view_table(
                view.questions,
                ("vendor", "clause", "question", "impact"),
                [0.8, 0.2, 2.4, 1.0],
                TOP_QUESTIONS,
                6.5,
            )
        )
        story.append(
            exporter.p("All questions are listed in their own section and sheet.", "small")
        )
    # One page, whatever the number of plans: the page shrinks its content to fit.
    page = exporter.page[1] - 2 * exporter.MARGIN - 2
    return [KeepInFrame(exporter.width, page, story, mode="shrink"), PageBreak()]


def questions_section(exporter: PdfExporter) -> list[Flowable]:
    decision = exporter.report.decision
    if decision is None:
        return []
    table = decision_view(decision).questions
    story: list[Flowable] = [
        Paragraph(table.title, exporter.styles["h1"]),
        exporter.p(
            "Every reading the decision depends on that a vendor's text does not state plainly, "
            "as a question to send, with how much the answer could move the yearly cost.",
            "base",
        ),
        Spacer(1, 3 * mm),
    ]
    if table.rows:
        story.append(exporter.view_table(table, None, [0.8, 0.3, 0.5, 1.5, 2.0, 1.0]))
    else:
        story.append(exporter.p("No open questions.", "base"))
    story.append(PageBreak())
    return story
