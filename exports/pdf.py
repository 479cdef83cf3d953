"""The comparison as a PDF report a client can read as it is.

A cover (title, prepared for, prepared by, date, rates date); when the report has a decision, a
one-page decision summary (the headline, the ranking, what flips the winner, break-even volumes,
the questions); an executive summary (who starts first, what is not covered or priced by quote);
then, in the full layout, a page per scenario (a timeline with dates, the comparison table, the
cost lines and a chart of the request's cost per plan), the yearly view, the questions for each
vendor, an appendix of the clauses applied in the vendors' own words (headed by the vendor's
name) with the English reading, and the assumptions. Every page has a header and a "page x of y"
footer. Hebrew and Persian are shaped and ordered (exports/rtl.py).

Every value, rounding, status word, elapsed time and best flag comes from the view in models/;
this module lays it out, wrapping only between words (exports/pdf_text.py).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.common import Progress, atomic_output, no_progress, plain_words
from exports.pdf_text import column_widths, keep_figures_whole
from exports.rtl import FONT, FONT_BOLD, RtlText, has_rtl, register_fonts
from models.comparison import plan_title
from models.money import format_money
from models.office import HOLIDAYS_LIBRARY
from models.report import ComparisonReport
from models.view import Cell, scenario_table
from models.view import Table as ViewTable
from models.vocabulary import MILESTONES

PageSize = Literal["A4", "Letter"]
Layout = Literal["full", "summary"]
LAYOUTS: tuple[Layout, ...] = ("full", "summary")
HEADER_BG = colors.HexColor("#1F4E79")
TONE_BG = {
    "best": colors.HexColor("#d8f3dc"),
    "refused": colors.HexColor("#fde2e1"),
    "quote": colors.HexColor("#fff3cd"),
    "warning": colors.HexColor("#fff3cd"),
}
SCENARIO_COLUMNS = ("plan", "converted", "fee_converted", "status", *MILESTONES, "cost")


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Draws "page x of y" once the total is known (two passes over the saved pages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            self.drawRightString(
                self._pagesize[0] - 18 * mm, 10 * mm, f"page {self._pageNumber} of {total}"
            )
            super().showPage()
        super().save()


class PdfExporter:
    MARGIN = 18 * mm
    canvas_class: type[Canvas] = NumberedCanvas

    def __init__(
        self,
        report: ComparisonReport,
        page_size: PageSize = "A4",
        progress: Progress = no_progress,
        layout: Layout = "full",
    ) -> None:
        register_fonts()
        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}: use full or summary")
        self.report = report
        self.layout = layout
        self.page = A4 if page_size == "A4" else LETTER
        self.progress = progress
        self.width = self.page[0] - 2 * self.MARGIN
        self.plan_names = {ref.key: plan_title(ref) for ref in report.plans}
        base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, splitLongWords=0)
        self.styles = {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
            "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
            "head": ParagraphStyle(
                "head", parent=base, fontName=FONT_BOLD, fontSize=7.5, textColor=colors.white
            ),
            "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23),
            "h2": ParagraphStyle(
                "h2", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17, spaceAfter=4
            ),
            "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14),
            "lead": ParagraphStyle(
                "lead", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15
            ),
            "title": ParagraphStyle(
                "title",
                parent=base,
                fontName=FONT_BOLD,
                fontSize=26,
                leading=32,
                alignment=TA_CENTER,
            ),
            "center": ParagraphStyle(
                "center", parent=base, fontSize=11, leading=16, alignment=TA_CENTER
            ),
        }

    # --- helpers ---

    def p(self, text: str, style: str = "cell") -> Flowable:
        """A paragraph that wraps between words only; right-to-left text is shaped and
        reordered."""
        if has_rtl(text):
            return RtlText(text, size=self.styles[style].fontSize)
        shown = escape(keep_figures_whole(text)).replace("\n", "<br/>")
        return Paragraph(shown, self.styles[style])

    def _cell_style(
        self, size: float, split_words: bool = False
    ) -> tuple[ParagraphStyle, ParagraphStyle]:
        cell = ParagraphStyle(
            f"cell{size}{'s' if split_words else ''}",
            parent=self.styles["cell"],
            fontSize=size,
            leading=size * 1.27,
            splitLongWords=int(split_words),
        )
        head = ParagraphStyle(
            f"head{size}", parent=self.styles["head"], fontSize=size, leading=size * 1.27
        )
        return cell, head

    def table(
        self,
        rows: list[list[Any]],
        weights: list[float] | None = None,
        extra: list[Any] | None = None,
        size: float = 7.5,
    ) -> Table:
        """A table whose columns are wide enough for every word and figure in them: the font
        gets smaller (down to 5.5 pt) before any word would be split."""
        texts = [[keep_figures_whole(str(c)) for c in row] for row in rows]
        widths = None
        split_words = False
        while widths is None:
            widths = column_widths(texts, self.width, FONT_BOLD, size, weights)
            if widths is None:
                if size <= 5.5:
                    count = len(rows[0])
                    widths = [self.width / count] * count
                    # even the smallest font leaves a word wider than its column ("needs
                    # parameter standard_hourly_rate"): split it rather than print it over
                    # its neighbours
                    split_words = True
                else:
                    size -= 0.5
        cell, head_style = self._cell_style(size, split_words)
        head = [Paragraph(escape(t), head_style) for t in texts[0]]
        body = [
            [
                RtlText(t, size=size)
                if has_rtl(t)
                else Paragraph(escape(t).replace("\n", "<br/>"), cell)
                for t in row
            ]
            for row in texts[1:]
        ]
        table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c0c7d0")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    def view_table(
        self,
        view: ViewTable,
        columns: tuple[str, ...] | None = None,
        weights: list[float] | dict[str, float] | None = None,
        limit: int | None = None,
        size: float = 7.5,
    ) -> Table:
        """A view table as it is: its words, and its best flags and tones as backgrounds."""
        chosen = [c for c in view.columns if columns is None or c.id in columns]
        if isinstance(weights, dict):
            weights = [weights.get(c.id, 1.0) for c in chosen]
        rows: list[list[Any]] = [[c.title for c in chosen]]
        extra: list[Any] = []
        for r, row in enumerate(view.rows[:limit], start=1):
            cells: list[Cell] = [row[c.id] for c in chosen]
            rows.append([cell.text for cell in cells])
            for c, cell in enumerate(cells):
                tone = "best" if cell.best else cell.tone
                if tone in TONE_BG:
                    extra.append(("BACKGROUND", (c, r), (c, r), TONE_BG[tone]))
        return self.table(rows, weights, extra, size)

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        page_width, page_height = canvas._pagesize
        top = page_height - 11 * mm
        canvas.drawString(self.MARGIN, top, f"Termscope · {self.report.title}")
        if self.report.client:
            canvas.drawRightString(page_width - self.MARGIN, top, f"for {self.report.client}")
        canvas.drawString(
            self.MARGIN,
            10 * mm,
            f"Rates of {self.report.rates.date.isoformat()} · "
            f"created {self.report.created:%Y-%m-%d %H:%M}",
        )
        canvas.restoreState()

    # --- the document ---

    def write(self, path: Path) -> None:
        with atomic_output(path) as temporary:
            self._write(temporary)

    def scenario_views(self) -> list[ViewTable]:
        r = self.report
        return [
            scenario_table(run.scenario, run.results, r.rates, r.currency, "net", self.plan_names)
            for run in r.runs
        ]

    def _write(self, path: Path) -> None:
        doc = BaseDocTemplate(
            str(path),
            pagesize=self.page,
            leftMargin=self.MARGIN,
            rightMargin=self.MARGIN,
            topMargin=self.MARGIN,
            bottomMargin=self.MARGIN,
            title=self.report.title,
            author=self.report.prepared_by or "Termscope",
            subject=f"Prepared for {self.report.client}" if self.report.client else "",
            creator="Termscope",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        wide = landscape(self.page)  # scenario pages: the comparison table on one line a plan
        wide_frame = Frame(
            self.MARGIN,
            self.MARGIN,
            wide[0] - 2 * self.MARGIN,
            wide[1] - 2 * self.MARGIN,
            id="wide",
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="page", frames=[frame], onPage=self._on_page),
                PageTemplate(id="wide", frames=[wide_frame], onPage=self._on_page, pagesize=wide),
            ]
        )
        from exports.pdf_decision import decision_page, questions_section

        runs = self.report.runs
        full = self.layout == "full"
        views = self.scenario_views()
        total = (len(runs) if full else 0) + 4
        story: list[Flowable] = []
        self.progress(0, total, "Cover")
        story += self._cover()
        story += decision_page(self)
        self.progress(1, total, "Summary")
        story += self._summary(views)
        if full and runs:
            story.insert(len(story) - 1, NextPageTemplate("wide"))
            portrait, self.width = self.width, wide[0] - 2 * self.MARGIN
            try:
                for n, (run, view) in enumerate(zip(runs, views, strict=True)):
                    self.progress(2 + n, total, run.scenario.name)
                    story += self._scenario(n, view)
            finally:
                self.width = portrait
            story.insert(len(story) - 1, NextPageTemplate("page"))
        if full:
            if self.report.annual is not None:
                from exports.pdf_annual import annual_section

                story += annual_section(self)
            story += questions_section(self)
            self.progress(total - 2, total, "Clauses")
            story += self._clauses()
            story += self._assumptions()
        while story and isinstance(story[-1], PageBreak):
            story.pop()
        self.progress(total - 1, total, "Writing")
        doc.build(story, canvasmaker=self.canvas_class)
        self.progress(total, total, "Done")

    def _cover(self) -> list[Flowable]:
        r = self.report
        rows = [
            ("Prepared for", r.client or "—"),
            ("Prepared by", r.prepared_by or "Termscope"),
            ("Date", f"{r.created:%d %B %Y}"),
            ("Exchange rates of", f"{r.rates.date:%d %B %Y} (base {r.rates.base})"),
            ("Holiday tables", HOLIDAYS_LIBRARY),
            ("Compared in", r.currency or "each vendor's currency"),
            ("Plans", str(len(r.plans))),
            ("Scenarios", str(len(r.runs))),
        ]
        table = Table(
            [[self.p(k, "center"), self.p(v, "center")] for k, v in rows],
            colWidths=[self.width * 0.35, self.width * 0.45],
        )
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        vendors = ", ".join(c.vendor for c in r.contracts)
        return [
            Spacer(1, 60 * mm),
            Paragraph(escape(r.title), self.styles["title"]),
            Spacer(1, 8 * mm),
            Paragraph("IT support offers compared, clause by clause", self.styles["center"]),
            Spacer(1, 16 * mm),
            table,
            Spacer(1, 12 * mm),
            Paragraph(f"Vendors: {escape(vendors)}", self.styles["center"]),
            PageBreak(),
        ]

    def _summary(self, views: list[ViewTable]) -> list[Flowable]:
        """Per scenario: who starts work first (the view's earliest work start, else response),
        and which plans refuse the request or leave part of its price to a quote."""
        rows: list[list[Any]] = [
            ["Scenario", "First to start work", "Not covered", "Price not (fully) stated"]
        ]
        for run, view in zip(self.report.runs, views, strict=True):
            first = [row for row in view.rows if row["work_start"].best]
            milestone = "work_start"
            if not first:
                first = [row for row in view.rows if row["response"].best]
                milestone = "response"
            starts = "\n".join(
                f"{row['plan'].text}: {row[milestone].text}"
                + (" (response)" if milestone == "response" else "")
                for row in first
            )
            refused = [row["plan"].text for row in view.rows if row["status"].tone == "refused"]
            partly = [
                f"{row['plan'].text}: {row['cost'].text}"
                for row in view.rows
                if row["cost"].missing and row["status"].tone != "refused"
            ]
            rows.append(
                [
                    run.scenario.name,
                    starts or "no plan states a time",
                    "; ".join(refused) or "—",
                    "\n".join(partly) or "—",
                ]
            )
        r = self.report
        return [
            Paragraph("Executive summary", self.styles["h1"]),
            Spacer(1, 3 * mm),
            self.p(
                "For each scenario: the plan that starts work first (or, where no plan states a "
                "work start, responds first), the plans that refuse part of the request, and the "
                "plans whose price for it is not stated in full (the known part is shown). Which "
                "plan costs least is a question of the whole year, fee included: see the decision"
                f" page. Amounts are before VAT, in each vendor's currency"
                f"{f'; the scenario pages also show them in {r.currency}' if r.currency else ''}.",
                "base",
            ),
            Spacer(1, 4 * mm),
            self.table(rows, [1.0, 1.6, 1.0, 1.6]),
            PageBreak(),
        ]

    def _scenario(self, index: int, view: ViewTable) -> list[Flowable]:
        from exports.pdf_draw import cost_chart, timeline

        run = self.report.runs[index]
        s = run.scenario
        facts = (
            f"Reported {s.reported_at:%a %d %b %Y %H:%M} (UTC{s.reported_at:%z}) · {s.severity} · "
            f"{s.cause.replace('_', ' ')} · {s.effort_hours} h of work"
            + (f" · {s.on_site_hours} h on site" if s.on_site else "")
            + (" · after hours" if s.after_hours else "")
            + (" · needs a release" if s.requires_release else "")
            + (f" · fault {s.issue_age_hours} h old" if s.issue_age_hours else "")
        )
        lines: list[list[Any]] = [["Plan", "Cost line", "Amount", "Clause"]]
        for result, row in zip(run.results, view.rows, strict=True):
            for line in result.cost.lines:
                amount = format_money(line.amount, result.cost.currency, missing="no price")
                if line.amount is None and line.reason:
                    amount += f" — {plain_words(line.reason)}"
                lines.append(
                    [row["plan"].text, plain_words(line.label), amount, line.clause or "—"]
                )
        return [
            Paragraph(escape(s.name), self.styles["h2"]),
            self.p(facts, "small"),
            Spacer(1, 3 * mm),
            timeline(self, run, view),
            Spacer(1, 3 * mm),
            self.view_table(view, SCENARIO_COLUMNS),
            Spacer(1, 2 * mm),
            self.p(" ".join(view.notes) + " Green: the earliest time in its column.", "small"),
            CondPageBreak(60 * mm),
            Spacer(1, 3 * mm),
            Paragraph("Cost breakdown", self.styles["h3"]),
            self.table(lines, [1.0, 1.4, 1.0, 0.2]),
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    Paragraph("Cost of the request per plan", self.styles["h3"]),
                    cost_chart(self, view),
                ]
            ),
            PageBreak(),
        ]

    # --- appendix ---

    def _clauses(self) -> list[Flowable]:
        w = self.width
        story: list[Flowable] = [
            Paragraph("Appendix: the clauses applied", self.styles["h1"]),
            self.p(
                "Every clause a result above relies on, in the vendor's own words (as published) "
                "with an English reading.",
                "base",
            ),
            Spacer(1, 3 * mm),
        ]
        current = None
        for contract, clause in self.report.clauses_applied():
            if contract.id != current:
                current = contract.id
                story.append(Spacer(1, 2 * mm))
                story.append(Paragraph(escape(contract.vendor), self.styles["h3"]))
                title = contract.source.title or ""
                source = (
                    f"Source: {title} ({contract.source.document})"
                    if title
                    else (f"Source: {contract.source.document}")
                )
                story.append(
                    self.p(source, "small")
                    if not has_rtl(source)
                    else self.p(f"Source document: {contract.source.document}", "small")
                )
            table = Table(
                [
                    [self.p(clause.id, "cell"), self.p(" ".join(clause.original.split()), "cell")],
                    ["", self.p(" ".join(clause.english.split()), "cell")],
                ],
                colWidths=[w * 0.08, w * 0.92],
            )
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#f6f8fa")),
                        ("LINEBELOW", (0, 1), (-1, 1), 0.25, colors.lightgrey),
                    ]
                )
            )
            story.append(table)
        story.append(PageBreak())
        return story

    def _assumptions(self) -> list[Flowable]:
        rows: list[list[Any]] = [["Vendor", "What", "Provenance", "Clause", "Reading"]]
        for item in self.report.assumptions():
            rows.append(
                [
                    item.vendor,
                    plain_words(item.what),
                    item.provenance.replace("_", " "),
                    item.clause or "—",
                    plain_words(item.reading),
                ]
            )
        return [
            Paragraph("Assumptions", self.styles["h1"]),
            self.p(
                "Values the comparison depends on that the vendors' texts do not state plainly: "
                "assumed (the text is silent), interpreted (the text is loose), not stated (a "
                "price exists but no figure is given), and parameters not supplied.",
                "base",
            ),
            Spacer(1, 3 * mm),
            self.table(rows, [0.8, 1.5, 0.4, 0.2, 2.0]),
        ]


def export_pdf(
    report: ComparisonReport,
    path: Path,
    page_size: PageSize = "A4",
    progress: Progress = no_progress,
    layout: Layout = "full",
) -> None:
    PdfExporter(report, page_size, progress, layout).write(path)
