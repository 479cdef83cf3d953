"""The comparison view: every table Termscope shows, built once, as rows of typed cells.

The Qt models, the workbook, the PDF and the CLI only lay these tables out; none of them works
out a value, a rounding, a status word, an elapsed time or a "best" flag of its own (after
pretix's `iterate_list`: one list, many renderers).

A `Cell` carries the words to show and what a renderer needs beyond them: the amount and its
currency (so a workbook can write a number with the right format), the reason an amount is
missing, the known part of a partly priced cost, a sort key, a best flag and a tone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Literal

from models.rates import Rates
from models.result import MilestoneResult, Result
from models.scenario import Scenario
from models.vocabulary import MILESTONE_KIND_WORDS, MILESTONES, MilestoneName
from models.wording import ENGLISH, Wording

CellKind = Literal["text", "money", "time", "number", "percent", "status"]
Tone = Literal["normal", "best", "refused", "quote", "muted", "warning"]
Basis = Literal["net", "gross"]

_KIND_NAMES = MILESTONE_KIND_WORDS  # every kind by name, for the time's tooltip
# a milestone's kind as a time cell names it: a commitment goes without saying
_KIND_WORDS = {
    kind: "" if kind == "commitment" else words for kind, words in MILESTONE_KIND_WORDS.items()
}


@dataclass(frozen=True)
class Cell:
    """One value as shown, with what renderers need to lay it out faithfully."""

    text: str
    kind: CellKind = "text"
    sort: Decimal | float | str | None = None  # None sorts last
    amount: Decimal | None = None  # money cells: the (known) amount, full precision
    currency: str | None = None
    missing: str | None = None  # why there is no (complete) amount: "not stated", ...
    at: datetime | None = None  # time cells: the instant, in the vendor's zone
    elapsed_hours: float | None = None  # time cells: real hours since the report
    best: bool = False
    tone: Tone = "normal"
    detail: str = ""  # a tooltip or a footnote: how the value was worked out, with clauses
    clauses: tuple[str, ...] = ()


EMPTY = Cell("—", tone="muted")


@dataclass(frozen=True)
class Column:
    id: str
    title: str
    kind: CellKind = "text"
    width: int = 14  # a hint in characters, for fixed layouts (PDF, workbook)


@dataclass(frozen=True)
class Row:
    key: str
    cells: Mapping[str, Cell]

    def __getitem__(self, column: str) -> Cell:
        return self.cells.get(column, EMPTY)


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = field(default=())

    def column(self, column_id: str) -> Column:
        return next(c for c in self.columns if c.id == column_id)

    def texts(self) -> list[list[str]]:
        """The table as plain words, header first (what every renderer must show)."""
        return [[c.title for c in self.columns]] + [
            [row[c.id].text for c in self.columns] for row in self.rows
        ]


# --- times -----------------------------------------------------------------------------------


def format_elapsed(elapsed: timedelta) -> str:
    """The one way a time after the report is written: "+2.5 h" under two days, else "+3.2 d"."""
    return ENGLISH.elapsed(elapsed)


def format_hours(hours: float | None) -> str:
    """A duration given in hours (yearly statistics), in the same words as `format_elapsed`."""
    return ENGLISH.hours(hours)


def format_instant(at: datetime, reported: datetime) -> str:
    """The vendor's local time; the year only when it is not the report's year."""
    return ENGLISH.instant(at, reported)


def milestone_cell(
    result: Result, name: MilestoneName, best: bool = False, *, wording: Wording = ENGLISH
) -> Cell:
    milestone: MilestoneResult | None = result.milestones.get(name)
    if milestone is None:
        return Cell(
            wording.t("not stated"),
            "time",
            tone="muted",
            detail=wording.t("The terms say nothing about this."),
        )
    elapsed = result.elapsed(name) or timedelta(0)
    kind = _KIND_WORDS[milestone.kind]
    when = wording.instant(milestone.at, result.scenario.reported_at)
    after = wording.elapsed(elapsed)
    if kind:
        text = wording.t("{when} ({after}, {kind})", when=when, after=after, kind=wording.t(kind))
    else:
        text = wording.t("{when} ({after})", when=when, after=after)
    clause = wording.t(" (clause {clause})", clause=milestone.clause) if milestone.clause else ""
    return Cell(
        text,
        "time",
        sort=Decimal(str(elapsed.total_seconds())),
        at=milestone.at,
        elapsed_hours=elapsed.total_seconds() / 3600,
        best=best,
        tone="best" if best else "normal",
        detail=_time_detail(milestone, clause, when, wording),
        clauses=(milestone.clause,) if milestone.clause else (),
    )


def _time_detail(milestone: MilestoneResult, clause: str, when: str, wording: Wording) -> str:
    """The time's tooltip: when, its kind and clause, how it was worked out (the English one
    as it has always been: the exact moment and the kind's id)."""
    if wording.english:
        return f"{milestone.at.isoformat()} · {milestone.kind}{clause}: {milestone.basis}"
    kind = wording.t(_KIND_NAMES[milestone.kind])
    return f"{when} · {kind}{clause}: {milestone.basis}"


# --- money -----------------------------------------------------------------------------------


def missing_words(result: Result, *, wording: Wording = ENGLISH) -> str:
    """Why a request's cost has no complete figure, in words."""
    if result.status == "not_covered":
        return wording.t("not covered")
    missing = [line for line in result.cost.lines if line.amount is None]
    parameter = next((ln.missing_parameter for ln in missing if ln.missing_parameter), None)
    if parameter:
        return wording.t("needs parameter {name}", name=parameter)
    if any(line.rule_kind == "quote_required" for line in missing):
        return wording.t("by quote")
    return wording.t("not stated")


def request_cost(result: Result, basis: Basis) -> Decimal | None:
    return result.cost.gross if basis == "gross" else result.cost.net


def known_part(result: Result, basis: Basis) -> Decimal:
    """The priced part of a partly priced request (on the basis chosen)."""
    cost = result.cost
    written = sum((ln.amount for ln in cost.lines if ln.amount is not None), Decimal(0))
    net = written / (1 + cost.vat_rate) if cost.prices_include_vat else written
    return net * (1 + cost.vat_rate) if basis == "gross" else net


def money_cell(
    amount: Decimal | None,
    currency: str,
    *,
    missing: str | None = None,
    known: Decimal | None = None,
    best: bool = False,
    detail: str = "",
    clauses: tuple[str, ...] = (),
    wording: Wording = ENGLISH,
) -> Cell:
    """An amount; or, when it is missing, the known part (if any) and why the rest is missing.
    `missing` is already in the reader's words; `refused` marks a request not covered."""
    if amount is not None:
        return Cell(
            wording.money(amount, currency),
            "money",
            sort=amount,
            amount=amount,
            currency=currency,
            best=best,
            tone="best" if best else "normal",
            detail=detail,
            clauses=clauses,
        )
    reason = missing or wording.t("not stated")
    refused = reason == wording.t("not covered")
    if known is not None and (known != 0 or not refused):
        text = wording.t("{known} + {reason}", known=wording.money(known, currency), reason=reason)
    else:
        text = reason
    return Cell(
        text,
        "money",
        sort=None,
        amount=known,
        currency=currency,
        missing=reason,
        tone="refused" if refused else "muted",
        detail=detail,
        clauses=clauses,
    )


def cost_lines_detail(result: Result, *, wording: Wording = ENGLISH) -> str:
    lines = []
    for line in result.cost.lines:
        amount = (
            wording.t("no price")
            if line.amount is None
            else wording.money(line.amount, result.cost.currency)
        )
        clause = f" [{line.clause}]" if line.clause else ""
        reason = f" — {line.reason}" if line.reason and line.amount is None else ""
        lines.append(f"{line.label}: {amount}{clause}{reason}")
    return "\n".join(lines)


# --- the per-scenario comparison ---------------------------------------------------------------

STATUS_TONE: dict[str, Tone] = {
    "covered": "normal",
    "not_covered": "refused",
    "quote_required": "quote",
}


def earliest(results: Sequence[Result]) -> dict[MilestoneName, set[int]]:
    """For each milestone, the rows that reach it first (ties share it; one plan alone is not
    'best': there is nothing to compare)."""
    best: dict[MilestoneName, set[int]] = {name: set() for name in MILESTONES}
    if len(results) < 2:
        return best
    for name in MILESTONES:
        times = {i: e for i, r in enumerate(results) if (e := r.elapsed(name)) is not None}
        if times:
            low = min(times.values())
            best[name] = {i for i, t in times.items() if t == low}
    return best


def scenario_columns(
    currency: str | None, basis: Basis, *, wording: Wording = ENGLISH
) -> tuple[Column, ...]:
    word = wording.t("gross") if basis == "gross" else wording.t("net")
    converted = (
        (
            Column(
                "converted",
                wording.t("{currency} {basis}", currency=currency, basis=word),
                "money",
                14,
            ),
        )
        if currency
        else ()
    )
    fee = (
        (Column("fee_converted", wording.t("Fee/yr {currency}", currency=currency), "money", 14),)
        if currency
        else ()
    )
    return (
        Column("plan", wording.t("Vendor · plan"), "text", 30),
        *converted,
        *fee,
        Column("status", wording.t("Status"), "status", 12),
        Column("response", wording.t("Response"), "time", 24),
        Column("work_start", wording.t("Work start"), "time", 24),
        Column("resolution", wording.t("Resolution"), "time", 24),
        Column("release", wording.t("Release"), "time", 24),
        Column("cost", wording.t("Cost ({basis}, vendor's currency)", basis=word), "money", 18),
        Column("fee", wording.t("Plan fee"), "money", 20),
    )


def fee_per_year(result: Result) -> Decimal | None:
    fee = result.plan_fee
    if fee is None:
        return Decimal(0)
    if fee.amount is None:
        return None
    return fee.amount * (12 if fee.period == "month" else 1)


def scenario_table(
    scenario: Scenario,
    results: Sequence[Result],
    rates: Rates | None,
    currency: str | None,
    basis: Basis = "net",
    plan_names: dict[str, str] | None = None,
    *,
    wording: Wording = ENGLISH,
) -> Table:
    """One row per plan for one scenario: times, the request's cost, the fee, all converted.

    "Best" is given to the earliest milestones only: which plan is cheapest is a yearly question
    (the decision view), never one of a single request.

    A row's cells are worked out when a renderer first asks for them (`PlanCells`): a window
    shows a dozen of 150 rows, and an edit must not wait for the words of the rest.
    """
    best = earliest(results)
    terms = _RowTerms(rates, currency, basis, plan_names or {}, wording)
    rows = tuple(
        Row(
            f"{result.contract}:{result.plan}",
            PlanCells(result, frozenset(name for name in MILESTONES if i in best[name]), terms),
        )
        for i, result in enumerate(results)
    )
    word = wording.t("gross (with VAT)") if basis == "gross" else wording.t("net (before VAT)")
    notes = [
        wording.t(
            "Times are each vendor's local time, with the time after the report; kinds other than "
            "a commitment are named (average, goal, estimate)."
        ),
        wording.t("Amounts are {basis}.", basis=word),
    ]
    if currency and rates is not None:
        notes.append(
            wording.t(
                "Converted to {currency} at the rates of {date} (base {base}).",
                currency=currency,
                date=rates.date.isoformat() if wording.english else wording.date(rates.date),
                base=rates.base,
            )
        )
    columns = scenario_columns(currency, basis, wording=wording)
    return Table(scenario.name, columns, rows, tuple(notes))


@dataclass(frozen=True, slots=True)
class _RowTerms:
    """What every row of one scenario table is worked out with."""

    rates: Rates | None
    currency: str | None
    basis: Basis
    plan_names: dict[str, str]
    wording: Wording

    @property
    def converts(self) -> bool:
        return bool(self.currency) and self.rates is not None


_CostParts = tuple[Decimal | None, str | None, Decimal | None, tuple[str, ...]]


class PlanCells(Mapping[str, Cell]):
    """One plan's cells in the scenario table, each worked out the first time it is asked for
    (and kept: a cell is worked out once). Equal to any mapping holding the same cells."""

    __slots__ = ("_best", "_cost", "_cost_detail", "_made", "_result", "_terms")

    def __init__(self, result: Result, best: frozenset[str], terms: _RowTerms) -> None:
        self._result = result
        self._best = best
        self._terms = terms
        self._made: dict[str, Cell] = {}
        self._cost_detail: str | None = None
        self._cost: _CostParts | None = None  # the cost's and the converted cost's

    def __getitem__(self, column: str) -> Cell:
        cell = self._made.get(column)
        if cell is None:
            if column not in self._column_ids():
                raise KeyError(column)
            cell = self._made[column] = self._make(column)
        return cell

    def __iter__(self) -> Iterator[str]:
        return iter(self._column_ids())

    def __len__(self) -> int:
        return len(self._column_ids())

    def __repr__(self) -> str:
        return f"PlanCells({dict(self)!r})"

    def peek(self, column: str) -> Cell:
        """The cell, worked out if it was not, without keeping it: it does not count as asked
        for (`worked_out`), so measuring a column's texts adds nothing to compare on an edit."""
        cell = self._made.get(column)
        if cell is not None:
            return cell
        return self._make(column) if column in self._column_ids() else EMPTY

    def worked_out(self) -> tuple[str, ...]:
        """The columns whose cells have been asked for so far."""
        return tuple(self._made)

    def _column_ids(self) -> tuple[str, ...]:
        return _CONVERTED_IDS if self._terms.converts else _VENDOR_IDS

    # --- the cells ---

    def _make(self, column: str) -> Cell:
        if column in _MILESTONE_IDS:
            name = _MILESTONE_IDS[column]
            return milestone_cell(
                self._result, name, best=name in self._best, wording=self._terms.wording
            )
        return _CELL_MAKERS[column](self)

    def _detail(self) -> str:
        """The status's and the cost's tooltip: the cost lines (worked out once a row)."""
        if self._cost_detail is None:
            self._cost_detail = cost_lines_detail(self._result, wording=self._terms.wording)
        return self._cost_detail

    def _plan(self) -> Cell:
        result, key = self._result, f"{self._result.contract}:{self._result.plan}"
        return Cell(
            self._terms.plan_names.get(key, f"{result.vendor} · {result.plan}"),
            sort=key,
            detail=self._terms.wording.t(
                "{vendor}, plan {plan}", vendor=result.vendor, plan=result.plan
            ),
        )

    def _status(self) -> Cell:
        result = self._result
        return Cell(
            self._terms.wording.t(result.status_words),
            "status",
            sort=result.status,
            tone=STATUS_TONE[result.status],
            detail=self._detail(),
        )

    def _cost_parts(self) -> _CostParts:
        """The request's amount, why it is missing, its known part, its clauses (worked out
        once a row: the cost and the converted cost both show them)."""
        if self._cost is None:
            result, basis, wording = self._result, self._terms.basis, self._terms.wording
            amount = request_cost(result, basis)
            missing = None if amount is not None else missing_words(result, wording=wording)
            known = None if amount is not None else known_part(result, basis)
            clauses = tuple(dict.fromkeys(ln.clause for ln in result.cost.lines if ln.clause))
            self._cost = (amount, missing, known, clauses)
        return self._cost

    def _cost_cell(self) -> Cell:
        amount, missing, known, clauses = self._cost_parts()
        return money_cell(
            amount,
            self._result.cost.currency,
            missing=missing,
            known=known,
            detail=self._detail(),
            clauses=clauses,
            wording=self._terms.wording,
        )

    def _converted(self) -> Cell:
        amount, missing, known, clauses = self._cost_parts()
        rates, currency = self._conversion()
        source = self._result.cost.currency
        return money_cell(
            None if amount is None else rates.convert(amount, source, currency),
            currency,
            missing=missing,
            known=None if known is None else rates.convert(known, source, currency),
            detail=self._detail(),
            clauses=clauses,
            wording=self._terms.wording,
        )

    def _conversion(self) -> tuple[Rates, str]:
        rates, currency = self._terms.rates, self._terms.currency
        if rates is None or not currency:  # the converted columns exist only when converting
            raise KeyError("converted")
        return rates, currency

    def _fee_detail(self) -> str:
        fee = self._result.plan_fee
        if not (fee and fee.clause):
            return ""
        wording = self._terms.wording
        basis = fee.basis if fee.said is None or wording.english else fee.said.say(wording)
        return f"{basis} [{fee.clause}]"

    def _fee(self) -> Cell:
        result, wording = self._result, self._terms.wording
        fee = result.plan_fee
        if fee is None:
            return Cell(
                wording.t("none"),
                "money",
                sort=Decimal(0),
                amount=Decimal(0),
                currency=result.cost.currency,
                tone="muted",
            )
        fee_year = fee_per_year(result)
        cell = money_cell(
            fee_year,
            fee.currency,
            missing=wording.t("needs a parameter"),
            detail=self._fee_detail(),
            clauses=(fee.clause,) if fee.clause else (),
            wording=wording,
        )
        if fee_year is None:
            return cell
        return replace(cell, text=wording.t("{amount} / year", amount=cell.text))

    def _fee_converted(self) -> Cell:
        result, (rates, currency) = self._result, self._conversion()
        fee, fee_year = result.plan_fee, fee_per_year(result)
        source = fee.currency if fee else result.cost.currency
        return money_cell(
            None if fee_year is None else rates.convert(fee_year, source, currency),
            currency,
            missing=self._terms.wording.t("needs a parameter"),
            detail=self._fee_detail(),
            wording=self._terms.wording,
        )


def peeked(row: Row, column: str) -> Cell:
    """A row's cell as `row[column]` gives it, not counted as asked for (`PlanCells.peek`)."""
    return row.cells.peek(column) if isinstance(row.cells, PlanCells) else row[column]


def worked_out(cells: Mapping[str, Cell]) -> Collection[str]:
    """The columns of a row whose cells a renderer has asked for: all of a row built at once,
    the ones asked so far of a `PlanCells` (the rows and columns a window has shown)."""
    return cells.worked_out() if isinstance(cells, PlanCells) else cells.keys()


_MILESTONE_IDS: dict[str, MilestoneName] = {name: name for name in MILESTONES}
_VENDOR_IDS: tuple[str, ...] = ("plan", "status", *MILESTONES, "cost", "fee")
_CONVERTED_IDS: tuple[str, ...] = (*_VENDOR_IDS, "converted", "fee_converted")
_CELL_MAKERS: dict[str, Callable[[PlanCells], Cell]] = {
    "plan": PlanCells._plan,
    "status": PlanCells._status,
    "cost": PlanCells._cost_cell,
    "fee": PlanCells._fee,
    "converted": PlanCells._converted,
    "fee_converted": PlanCells._fee_converted,
}
