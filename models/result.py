"""What the engine returns for one (contract, plan, scenario): plain, immutable values.

Everything the GUI shows and the exports print comes from here; nothing downstream computes.
Amounts keep full precision; `money.round_shown` rounds them when they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from models.elapsed import real_elapsed
from models.scenario import Scenario
from models.vocabulary import MilestoneKind, MilestoneName, Provenance, Severity, Status
from models.wording import N_, Phrase


@dataclass(frozen=True, slots=True)
class Message:
    """A note or a warning, with the clause it comes from (None: the engine's own). `phrase`:
    the engine's own words kept as a phrase (`phrase.say(ENGLISH) == text`), so the app can say
    them in its language; None for a contract's own text."""

    text: str
    clause: str | None
    phrase: Phrase | None = None


@dataclass(frozen=True, slots=True)
class TraceStep:
    """One decision the engine took: what, by which clause, with which values."""

    topic: str  # severity, scope, quota, response, work_start, resolution, release, cost, fee
    text: str
    clause: str | None
    values: tuple[tuple[str, object], ...] = ()  # raw values; shown with `shown_value`
    provenance: Provenance | None = None
    phrase: Phrase | None = None  # `text` as a phrase of ours (None: a contract's own words)


def shown_value(value: object) -> str:
    """A trace value as text: datetimes in ISO 8601, Decimals without exponent."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


@dataclass(frozen=True, slots=True)
class MilestoneResult:
    name: MilestoneName
    at: datetime  # in the vendor's zone
    kind: MilestoneKind
    clause: str | None
    provenance: Provenance
    basis: str  # how it was worked out, in words


@dataclass(frozen=True, slots=True)
class CostLine:
    label: str
    amount: Decimal | None  # None: no figure (not stated, quote, not covered, missing parameter)
    clause: str | None
    provenance: Provenance
    reason: str | None = None  # why the amount is None, or how it was worked out
    missing_parameter: str | None = None
    rule_kind: str | None = None  # the price rule that made the line (None: scope or quota)
    # `reason` as a phrase, to say it in the interface language (made only when tracing)
    said: Phrase | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Cost:
    currency: str
    lines: tuple[CostLine, ...]
    vat_rate: Decimal
    prices_include_vat: bool

    @property
    def complete(self) -> bool:
        return all(line.amount is not None for line in self.lines)

    @property
    def _total(self) -> Decimal | None:
        if not self.complete:
            return None
        return sum((line.amount for line in self.lines if line.amount is not None), Decimal(0))

    @property
    def net(self) -> Decimal | None:
        total = self._total
        if total is None or not self.prices_include_vat:
            return total
        return total / (1 + self.vat_rate)

    @property
    def vat(self) -> Decimal | None:
        net = self.net
        return None if net is None else net * self.vat_rate

    @property
    def gross(self) -> Decimal | None:
        net, vat = self.net, self.vat
        return None if net is None or vat is None else net + vat


@dataclass(frozen=True, slots=True)
class PlanFee:
    amount: Decimal | None  # None: the parameter it depends on has no value
    currency: str
    period: str
    clause: str | None
    basis: str
    said: Phrase | None = field(default=None, compare=False)  # `basis` as a phrase


STATUS_WORDS: dict[Status, str] = {
    "covered": N_("covered"),
    "not_covered": N_("not covered"),
    "quote_required": N_("quote required"),
}


@dataclass(frozen=True, slots=True)
class Result:
    """One plan's answer to one scenario."""

    contract: str
    plan: str
    vendor: str
    scenario: Scenario
    status: Status
    severity: Severity  # after the contract's severity rules
    milestones: dict[MilestoneName, MilestoneResult | None]
    cost: Cost
    plan_fee: PlanFee | None  # one fee, or the yearly total of several (see `fees`)
    notes: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    trace: tuple[TraceStep, ...] = field(default=())
    fees: tuple[PlanFee, ...] = ()  # every fee of the plan, each with its period and clause

    @property
    def status_words(self) -> str:
        """The status as it is written for people (screen, exports)."""
        return STATUS_WORDS[self.status]

    @property
    def missing_cost_words(self) -> str:
        """Why the cost has no figure: not covered, a parameter is missing, or not stated."""
        if self.status == "not_covered":
            return "not covered"
        if any(line.missing_parameter for line in self.cost.lines):
            return "needs a parameter"
        return "not stated"

    def elapsed(self, name: MilestoneName) -> timedelta | None:
        """Time from the report to a milestone, or None where the milestone is not stated."""
        milestone = self.milestones.get(name)
        return None if milestone is None else real_elapsed(self.scenario.reported_at, milestone.at)
