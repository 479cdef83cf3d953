"""Writing cells for the Excel export: values, our own formulas, headers, widths, titles.

No text from a contract or a scenario ever becomes a formula: such text is written as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
BEST_FILL = PatternFill("solid", fgColor="C6EFCE")
WRAP = Alignment(wrap_text=True, vertical="top")
RTL = Alignment(wrap_text=True, vertical="top", horizontal="right", readingOrder=2)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
HOURS_FORMAT = "0.0"
RATES_FIRST_ROW = 6
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def money_format(currency: str) -> str:
    return f'#,##0.00 "{currency}"'


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write a value; text that would start a formula stays text (formula injection)."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        value = float(value)  # Excel stores binary floats; amounts are rounded when shown
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
    """A valid, unique sheet title: at most 31 characters, none of []:*?/\\."""
    base = _BAD_TITLE.sub("-", name).strip("'") or "Sheet"
    base = base[:28]
    title, n = base, 2
    while title.lower() in taken:
        title = f"{base[:25]} ({n})"
        n += 1
    taken.add(title.lower())
    return title
