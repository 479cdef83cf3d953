"""The comparison as a PDF report a client can read as it is.

A cover (title, prepared for, prepared by, date, rates date), an executive summary (who
starts first, who costs least, what is not covered), a page per scenario (a timeline drawing,
the results table, the cost breakdown and a chart of cost per plan), an appendix of the clauses
applied in the vendors' own words with the English reading, and the assumptions. Every page has
a header and a "page x of y" footer. Hebrew and Persian are shaped and ordered (exports/rtl.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any, Literal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.common import (
    MILESTONE_TITLES,
    Progress,
    atomic_output,
    grouped,
    no_progress,
    plan_label,
    short_label,
)
from exports.rtl import FONT, FONT_BOLD, RtlText, has_rtl, register_fonts
from models.elapsed import elapsed_hours
from models.money import round_shown
from models.office import HOLIDAYS_LIBRARY
from models.report import ComparisonReport
from models.result import MilestoneResult, Result
from models.serialize import ScenarioResults
from models.vocabulary import MILESTONES

PageSize = Literal["A4", "Letter"]
MILESTONE_COLORS = {
    "response": colors.HexColor("#2563eb"),
    "work_start": colors.HexColor("#16a34a"),
    "resolution": colors.HexColor("#9333ea"),
    "release": colors.HexColor("#ea580c"),
}
HEADER_BG = colors.HexColor("#1F4E79")
BEST_BG = colors.HexColor("#d8f3dc")
REFUSED_BG = colors.HexColor("#fde2e1")
QUOTE_BG = colors.HexColor("#fff3cd")
OFFICE_BG = colors.HexColor("#e6eefa")


def money(amount: Any, currency: str) -> str:
    return f"{currency} {round_shown(amount):,}"


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
    ) -> None:
        register_fonts()
        self.report = report
        self.page = A4 if page_size == "A4" else LETTER
        self.progress = progress
        self.width = self.page[0] - 2 * self.MARGIN
        base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12)
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
        """A paragraph; right-to-left text gets shaped and reordered."""
        if has_rtl(text):
            return RtlText(text, size=self.styles[style].fontSize)
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def table(
        self, rows: list[list[Any]], widths: list[float], extra: list[Any] | None = None
    ) -> Table:
        head = [Paragraph(escape(str(c)), self.styles["head"]) for c in rows[0]]
        body = [[c if isinstance(c, Flowable) else self.p(str(c)) for c in row] for row in rows[1:]]
        table = Table([head, *body], colWidths=widths, repeatRows=1)
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

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        top = self.page[1] - 11 * mm
        canvas.drawString(self.MARGIN, top, f"Termscope · {self.report.title}")
        if self.report.client:
            canvas.drawRightString(self.page[0] - self.MARGIN, top, f"for {self.report.client}")
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
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        runs = self.report.runs
        total = len(runs) + 4
        story: list[Flowable] = []
        self.progress(0, total, "Cover")
        story += self._cover()
        self.progress(1, total, "Summary")
        story += self._summary()
        for n, run in enumerate(runs):
            self.progress(2 + n, total, run.scenario.name)
            story += self._scenario(run)
        if self.report.annual is not None:
            from exports.pdf_annual import annual_section

            story += annual_section(self)
        self.progress(total - 2, total, "Clauses")
        story += self._clauses()
        story += self._assumptions()
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

    def _summary(self) -> list[Flowable]:
        r = self.report
        head = ["Scenario", "First to start", "Costs least per request", "Not covered"]
        rows: list[list[Any]] = [[*head, "Quote required"]]
        for run in r.runs:
            summary = r.summary(run)
            starts = "\n".join(
                f"{plan_label(x)}: {self._first_time(x)}" for x in summary.first_to_start
            )
            cheapest = ""
            if summary.cheapest:
                lowest = r.comparable_net(summary.cheapest[0])
                cheapest = f"{money(lowest, r.currency or summary.cheapest[0].cost.currency)}\n"
                cheapest += grouped(summary.cheapest)
            rows.append(
                [
                    run.scenario.name,
                    starts or "no plan states a time",
                    cheapest or "—",
                    grouped(summary.not_covered) or "—",
                    grouped(summary.quote_required) or "—",
                ]
            )
        w = self.width
        return [
            Paragraph("Executive summary", self.styles["h1"]),
            Spacer(1, 3 * mm),
            self.p(
                "For each scenario: the plan that starts work first (or, where no plan states a "
                "work start, responds first), the plans with the lowest net cost of the request in "
                f"{r.currency or 'the vendors’ currencies'} (plans whose price is not stated are "
                "left out; yearly plan fees come on top and are listed on each scenario page), and "
                "the plans that refuse part of the request or price it by quote.",
                "base",
            ),
            Spacer(1, 4 * mm),
            self.table(rows, [w * 0.18, w * 0.2, w * 0.3, w * 0.17, w * 0.15]),
            PageBreak(),
        ]

    def _first_time(self, result: Result) -> str:
        return self._when(result.milestones["work_start"] or result.milestones["response"])

    def _when(self, milestone: MilestoneResult | None) -> str:
        if milestone is None:
            return "not stated"
        return f"{milestone.at:%a %d %b %H:%M} ({milestone.kind})"

    def _scenario(self, run: ScenarioResults) -> list[Flowable]:
        r = self.report
        s = run.scenario
        facts = (
            f"Reported {s.reported_at:%a %d %b %Y %H:%M} (UTC{s.reported_at:%z}) · {s.severity} · "
            f"{s.cause.replace('_', ' ')} · {s.effort_hours} h of work"
            + (f" · {s.on_site_hours} h on site" if s.on_site else "")
            + (" · after hours" if s.after_hours else "")
            + (" · needs a release" if s.requires_release else "")
            + (f" · fault {s.issue_age_hours} h old" if s.issue_age_hours else "")
        )
        best = r.best(run)
        currency = r.currency
        head = ["Plan", "Status", *(MILESTONE_TITLES[m] for m in MILESTONES), "Net"]
        if currency:
            head.append(f"Net {currency}")
        rows: list[list[Any]] = [head]
        extra: list[Any] = []
        for i, result in enumerate(run.results, start=1):
            cost = result.cost
            net = (
                money(cost.net, cost.currency)
                if cost.net is not None
                else result.missing_cost_words
            )
            row = [plan_label(result), result.status_words]
            row += [self._cell_time(result.milestones[m], result) for m in MILESTONES]
            row.append(net)
            if currency:
                converted = r.comparable_net(result)
                row.append(money(converted, currency) if converted is not None else "—")
            rows.append(row)
            for c, name in enumerate(MILESTONES, start=2):
                if i - 1 in best[name]:
                    extra.append(("BACKGROUND", (c, i), (c, i), BEST_BG))
            if i - 1 in best["cost"]:
                extra.append(("BACKGROUND", (6, i), (-1, i), BEST_BG))
            if result.status == "not_covered":
                extra.append(("BACKGROUND", (1, i), (1, i), REFUSED_BG))
            elif result.status == "quote_required":
                extra.append(("BACKGROUND", (1, i), (1, i), QUOTE_BG))
        w = self.width
        widths = (
            [w * 0.2, w * 0.09] + [w * 0.12] * 4 + ([w * 0.1, w * 0.13] if currency else [w * 0.23])
        )
        scale = w / sum(widths)
        widths = [x * scale for x in widths]
        lines: list[list[Any]] = [["Plan", "Cost line", "Amount", "Clause"]]
        for result in run.results:
            for line in result.cost.lines:
                amount = (
                    money(line.amount, result.cost.currency)
                    if line.amount is not None
                    else f"not stated — {line.reason or ''}"
                )
                lines.append([plan_label(result), line.label, amount, line.clause or "—"])
        return [
            Paragraph(escape(s.name), self.styles["h2"]),
            self.p(facts, "small"),
            Spacer(1, 3 * mm),
            self._timeline(run),
            Spacer(1, 3 * mm),
            self.table(rows, widths, extra),
            Spacer(1, 2 * mm),
            self.p(
                "Times are each vendor's local time with the hours since the report. Green: the "
                "best in the column. Amounts are before VAT.",
                "small",
            ),
            CondPageBreak(60 * mm),
            Spacer(1, 3 * mm),
            Paragraph("Cost breakdown", self.styles["h3"]),
            self.table(lines, [w * 0.25, w * 0.38, w * 0.27, w * 0.1]),
            Spacer(1, 4 * mm),
            KeepTogether([Paragraph("Cost per plan", self.styles["h3"]), self._chart(run)]),
            PageBreak(),
        ]

    def _cell_time(self, milestone: MilestoneResult | None, result: Result) -> str:
        if milestone is None:
            return "not stated"
        hours = elapsed_hours(result.scenario.reported_at, milestone.at)
        return f"{milestone.at:%a %d %b %H:%M}\n+{hours:.1f} h · {milestone.kind}"

    # --- drawings ---

    def _timeline(self, run: ScenarioResults) -> Drawing:
        results = list(run.results)
        reported = run.scenario.reported_at.astimezone(UTC)  # positions in real time across DST
        lane, label_w, top_pad = 11.0, 120.0, 22.0
        height = top_pad + lane * len(results) + 6
        drawing = Drawing(self.width, height)
        times = [m.at for x in results for m in x.milestones.values() if m is not None]
        latest = max(times, default=reported + timedelta(hours=24))
        span = min(max(latest - reported, timedelta(hours=24)) * 1.08, timedelta(days=21))
        start, end = reported - span * 0.03, reported + span
        plot_w = self.width - label_w - 4

        def x_of(moment: datetime) -> float:
            return float(label_w + (moment - start) / (end - start) * plot_w)

        legend_x = label_w
        for name in MILESTONES:
            self._marker(drawing, name, legend_x + 3, height - 7)
            drawing.add(
                String(
                    legend_x + 9, height - 10, name.replace("_", " "), fontName=FONT, fontSize=6.5
                )
            )
            legend_x += 62
        drawing.add(Rect(legend_x, height - 11, 8, 6, fillColor=OFFICE_BG, strokeColor=None))
        drawing.add(String(legend_x + 11, height - 10, "office hours", fontName=FONT, fontSize=6.5))
        for row, result in enumerate(results):
            y = height - top_pad - (row + 1) * lane
            contract = self.report.contract(result.contract)
            for opened, closed in contract.calendar_for(result.plan).open_intervals(start, end):
                drawing.add(
                    Rect(
                        x_of(opened),
                        y + 1,
                        max(x_of(closed) - x_of(opened), 0.5),
                        lane - 2,
                        fillColor=OFFICE_BG,
                        strokeColor=None,
                    )
                )
            drawing.add(String(0, y + 3, short_label(result)[:30], fontName=FONT, fontSize=6.5))
            stated = [m for m in result.milestones.values() if m is not None]
            if stated:
                drawing.add(
                    Line(
                        x_of(reported),
                        y + lane / 2,
                        x_of(max(m.at for m in stated)),
                        y + lane / 2,
                        strokeColor=colors.HexColor("#adb5bd"),
                        strokeWidth=1,
                    )
                )
            for name, milestone in result.milestones.items():
                if milestone is not None and milestone.at <= end:
                    self._marker(drawing, name, x_of(milestone.at), y + lane / 2)
        report_x = x_of(reported)
        drawing.add(
            Line(
                report_x,
                0,
                report_x,
                height - top_pad + 4,
                strokeColor=colors.red,
                strokeDashArray=[2, 2],
                strokeWidth=0.8,
            )
        )
        drawing.add(
            String(
                report_x + 2,
                height - top_pad + 1,
                "report",
                fontName=FONT,
                fontSize=6,
                fillColor=colors.red,
            )
        )
        return drawing

    def _marker(self, drawing: Drawing, name: str, x: float, y: float) -> None:
        color = MILESTONE_COLORS[name]
        r = 2.8
        if name == "response":
            points = [x - r, y, x, y + r, x + r, y, x, y - r]  # diamond-ish circle stand-in
        elif name == "work_start":
            points = [x - r, y - r, x - r, y + r, x + r, y + r, x + r, y - r]
        elif name == "resolution":
            points = [x, y + r + 0.8, x + r + 0.8, y, x, y - r - 0.8, x - r - 0.8, y]
        else:
            points = [x - r, y - r, x + r, y - r, x, y + r]
        drawing.add(Polygon(points, fillColor=color, strokeColor=color, strokeWidth=0.3))

    def _chart(self, run: ScenarioResults) -> Drawing:
        r = self.report
        priced = [(x, r.comparable_net(x)) for x in run.results]
        shown = [(x, v) for x, v in priced if v is not None]
        left = 150.0
        height = 24 + 12 * max(len(shown), 1)
        drawing = Drawing(self.width, height + 16)
        if not shown:
            drawing.add(
                String(0, 8, "No plan states a price for this scenario.", fontName=FONT, fontSize=8)
            )
            return drawing
        chart = HorizontalBarChart()
        chart.x, chart.y = left, 14
        chart.width, chart.height = self.width - left - 20, height - 10
        chart.data = [[float(v) for _, v in shown]]
        chart.categoryAxis.categoryNames = [short_label(x)[:32] for x, _ in shown]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 6.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.valueMin = 0
        chart.bars[0].fillColor = colors.HexColor("#2563eb")
        drawing.add(chart)
        missing = len(priced) - len(shown)
        caption = f"Net cost in {r.currency or 'each vendor’s currency'}"
        if missing:
            caption += f"; {missing} plan(s) left out: not stated or not covered"
        drawing.add(String(left, 2, caption, fontName=FONT, fontSize=6.5, fillColor=colors.grey))
        return drawing

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
                story.append(
                    Paragraph(
                        escape(f"{contract.vendor} — {contract.source.document}"), self.styles["h3"]
                    )
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
                    item.what,
                    item.provenance.replace("_", " "),
                    item.clause or "—",
                    item.reading,
                ]
            )
        w = self.width
        return [
            Paragraph("Assumptions", self.styles["h1"]),
            self.p(
                "Values the comparison depends on that the vendors' texts do not state plainly: "
                "assumed (the text is silent), interpreted (the text is loose), not stated (a "
                "price exists but no figure is given), and parameters not supplied.",
                "base",
            ),
            Spacer(1, 3 * mm),
            self.table(rows, [w * 0.16, w * 0.3, w * 0.1, w * 0.08, w * 0.36]),
        ]


def export_pdf(
    report: ComparisonReport,
    path: Path,
    page_size: PageSize = "A4",
    progress: Progress = no_progress,
) -> None:
    PdfExporter(report, page_size, progress).write(path)
