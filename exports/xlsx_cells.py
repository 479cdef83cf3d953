"""Writing cells for the Excel export: values, our own formulas, headers, widths, titles, print
set-up, row heights, and a view `Table` (models/view.py) laid out as it is.

No text from a contract or a scenario ever becomes a formula: such text is written as text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from models.money import currency_digits
from models.view import Table, Tone

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
BEST_FILL = PatternFill("solid", fgColor="C6EFCE")
TONE_FILLS: dict[Tone, PatternFill] = {
    "best": BEST_FILL,
    "refused": PatternFill("solid", fgColor="FDE2E1"),
    "quote": PatternFill("solid", fgColor="FFF3CD"),
    "warning": PatternFill("solid", fgColor="FFF3CD"),
}
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top", horizontal="right", indent=1)
RTL = Alignment(wrap_text=True, vertical="top", horizontal="right", readingOrder=2)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
HOURS_FORMAT = "0.0"
RATES_FIRST_ROW = 6
COMPARISON_CURRENCY = "Rates!$B$3"  # the cell a reader changes to compare in another currency
REPLACEMENT = "\ufffd"  # what a control character in a name becomes
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
LINE_HEIGHT = 15.0  # points per line of 11 pt text, as LibreOffice and Excel draw it


def money_format(currency: str) -> str:
    """A number format with the currency's own decimals (CLDR) and no currency in it: the
    currency stands in its own cell or header, so it can follow the Rates sheet."""
    try:
        digits = currency_digits(currency) if currency else 2
    except ValueError:
        digits = 2
    return "#,##0" + ("." + "0" * digits if digits else "")


def clean(text: str) -> str:
    """Text a workbook can hold: control characters become U+FFFD (openpyxl refuses them)."""
    cleaned: str = ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)
    return cleaned


def has_control_characters(text: str) -> bool:
    return ILLEGAL_CHARACTERS_RE.search(text) is not None


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write a value; text that would start a formula stays text (formula injection), control
    characters are replaced."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        value = float(value)  # Excel stores binary floats; amounts are rounded when shown
    if isinstance(value, str):
        value = clean(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def formula(ws: Worksheet, row: int, column: int, text: str) -> Cell:
    """A formula of ours (never built from contract or scenario text)."""
    cell = ws.cell(row=row, column=column)
    cell.value = text
    return cell


def header(ws: Worksheet, row: int, titles: Iterable[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = put(ws, row, column, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def widths(ws: Worksheet, sizes: Iterable[float]) -> None:
    for column, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(column)].width = size


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title: at most 31 characters, none of []:*?/\\ or controls."""
    base = _BAD_TITLE.sub("-", clean(name)).strip("'") or "Sheet"
    base = base[:28]
    title, n = base, 2
    while title.lower() in taken:
        title = f"{base[:25]} ({n})"
        n += 1
    taken.add(title.lower())
    return title


def print_setup(ws: Worksheet, title_rows: str | None = "1:1") -> None:
    """Landscape, one page wide, the header rows on every page, "Page x of y" in the footer,
    and a print area over what the sheet holds."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.left.text = "&A"
    ws.print_area = ws.dimensions
    ws.print_options.gridLines = False


def fit_rows(ws: Worksheet, first: int = 1) -> None:
    """Row heights for wrapped text (LibreOffice does not size rows it reads): the most lines
    any wrapped cell in the row needs at its column's width."""
    for row in ws.iter_rows(min_row=first):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                continue
            width = ws.column_dimensions[cell.column_letter].width or 8.43
            size = (cell.font.sz or 11) if cell.font else 11
            per_line = max(int(width * 11 / size) - 1, 1)
            needed = sum(max(math.ceil(len(part) / per_line), 1) for part in cell.value.split("\n"))
            lines = max(lines, needed)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(LINE_HEIGHT * lines + 2, 409)


def wrapped_title(ws: Worksheet, row: int, text: str, columns: int, font: Font) -> None:
    """A long line (a headline) wrapped over the first `columns` columns, its row high enough."""
    cell = put(ws, row, 1, text)
    cell.font = font
    cell.alignment = WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    width = sum(
        ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, columns + 1)
    )
    per_line = max(int(width * 11 / (font.sz or 11)) - 2, 1)
    ws.row_dimensions[row].height = (
        LINE_HEIGHT * (font.sz or 11) / 11 * math.ceil(len(text) / per_line) + 4
    )


def table_currency(table: Table, column: str) -> str | None:
    """The one currency a money column holds (None when it holds several or none)."""
    codes = {row[column].currency for row in table.rows if row[column].currency}
    return codes.pop() if len(codes) == 1 else None


def write_table(ws: Worksheet, top: int, table: Table) -> int:
    """Lay out a view table from row `top` (its title, the header, the rows, the notes);
    money as numbers with the currency in the header, missing amounts as their words, the view's
    best and tone as fills. Returns the first free row below it."""
    put(ws, top, 1, table.title).font = Font(bold=True, size=12)
    titles = []
    for column in table.columns:
        code = table_currency(table, column.id) if column.kind == "money" else None
        titles.append(f"{column.title} ({code})" if code else column.title)
    header(ws, top + 1, titles)
    row = top + 1
    for view_row in table.rows:
        row += 1
        for c, column in enumerate(table.columns, start=1):
            cell = view_row[column.id]
            if cell.kind == "money" and cell.amount is not None and cell.missing is None:
                written = put(ws, row, c, cell.amount)
                written.number_format = money_format(cell.currency or "")
                written.alignment = TOP
            elif cell.at is not None:
                written = put(ws, row, c, cell.at.replace(tzinfo=None))
                written.number_format = DATE_FORMAT
                written.alignment = TOP
            else:
                written = put(ws, row, c, cell.text)
                written.alignment = WRAP
            fill = TONE_FILLS.get("best" if cell.best else cell.tone)
            if fill is not None:
                written.fill = fill
    for note in table.notes:
        row += 1
        put(ws, row, 1, note).font = Font(italic=True, color="555555")
    return row + 2
