"""Results as the `termscope.simulation/1` JSON document (see shared/design.md).

Decimal amounts become strings rounded to two decimals, half up; a missing amount is null.
Fields beyond the design's (elapsed hours, line reasons, the trace) are additions, never renames.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.elapsed import real_elapsed
from models.money import round_shown
from models.office import HOLIDAYS_LIBRARY
from models.rates import Rates
from models.result import Cost, Message, Result, shown_value
from models.scenario import Scenario

FORMAT = "termscope.simulation/1"


@dataclass(frozen=True)
class ScenarioResults:
    scenario: Scenario
    results: Sequence[Result]


def money_text(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{round_shown(amount):f}"


def converted(cost: Cost, rates: Rates, currency: str) -> dict[str, Any]:
    """Net and gross in the comparison currency (null where the cost is not complete)."""

    def conv(amount: Decimal | None) -> str | None:
        return (
            None if amount is None else money_text(rates.convert(amount, cost.currency, currency))
        )

    return {"currency": currency, "net": conv(cost.net), "gross": conv(cost.gross)}


def _messages(messages: Sequence[Message]) -> list[dict[str, Any]]:
    return [{"text": m.text, "clause": m.clause} for m in messages]


def result_json(result: Result, rates: Rates | None, currency: str | None) -> dict[str, Any]:
    cost = result.cost
    milestones: dict[str, Any] = {}
    for name, milestone in result.milestones.items():
        if milestone is None:
            milestones[name] = None
            continue
        elapsed = real_elapsed(result.scenario.reported_at, milestone.at)
        milestones[name] = {
            "at": milestone.at.isoformat(),
            "kind": milestone.kind,
            "clause": milestone.clause,
            "elapsed_hours": f"{Decimal(elapsed.total_seconds()) / 3600:.2f}",
            "basis": milestone.basis,
        }
    out: dict[str, Any] = {
        "contract": result.contract,
        "plan": result.plan,
        "vendor": result.vendor,
        "status": result.status,
        "severity": result.severity,
        "milestones": milestones,
        "cost": {
            "currency": cost.currency,
            "net": money_text(cost.net),
            "vat": money_text(cost.vat),
            "gross": money_text(cost.gross),
            "complete": cost.complete,
            "lines": [
                {
                    "label": line.label,
                    "amount": money_text(line.amount),
                    "clause": line.clause,
                    "provenance": line.provenance,
                    "reason": line.reason,
                }
                for line in cost.lines
            ],
        },
    }
    if rates is not None and currency is not None:
        out["converted"] = converted(cost, rates, currency)
    fee = result.plan_fee
    out["plan_fee"] = (  # one fee, or the yearly total of several
        None
        if fee is None
        else {
            "amount": money_text(fee.amount),
            "currency": fee.currency,
            "period": fee.period,
            "clause": fee.clause,
        }
    )
    out["fees"] = [
        {
            "amount": money_text(f.amount),
            "currency": f.currency,
            "period": f.period,
            "clause": f.clause,
            "basis": f.basis,
        }
        for f in result.fees
    ]
    out["notes"] = _messages(result.notes)
    out["warnings"] = _messages(result.warnings)
    out["trace"] = [
        {
            "topic": t.topic,
            "text": t.text,
            "clause": t.clause,
            "provenance": t.provenance,
            "values": {k: shown_value(v) for k, v in t.values},
        }
        for t in result.trace
    ]
    return out


def simulation_json(
    runs: Sequence[ScenarioResults], rates: Rates, currency: str | None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "rates": {"date": rates.date.isoformat(), "base": rates.base},
        "currency": currency,
        "holidays_library": HOLIDAYS_LIBRARY,
        "scenarios": [
            {
                "name": run.scenario.name,
                "inputs": run.scenario.inputs(),
                "results": [result_json(r, rates, currency) for r in run.results],
            }
            for run in runs
        ],
    }
