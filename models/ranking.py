"""Which plan is best in each comparison column: earliest milestone, lowest cost, lowest fee.

A cost that is not complete (not stated, not covered, a missing parameter) never ranks: it is
left out of "cheapest", as vendor-terms.md asks. Costs in different currencies are compared in
the comparison currency when one is given, else only within the same currency.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal

from models.rates import Rates
from models.result import Result
from models.vocabulary import MILESTONES

BEST_KEYS = (*MILESTONES, "cost", "fee")


def comparable_net(result: Result, rates: Rates | None, currency: str | None) -> Decimal | None:
    """The net cost in the comparison currency (or its own, without one); None when unknown."""
    net = result.cost.net
    if net is None or result.status == "not_covered":
        return None
    if rates is None or currency is None:
        return net
    return rates.convert(net, result.cost.currency, currency)


def comparable_fee(result: Result, rates: Rates | None, currency: str | None) -> Decimal | None:
    fee = result.plan_fee
    if fee is None:
        return Decimal(0)
    if fee.amount is None:
        return None
    if rates is None or currency is None:
        return fee.amount
    return rates.convert(fee.amount, fee.currency, currency)


def best_rows(
    results: Sequence[Result], rates: Rates | None = None, currency: str | None = None
) -> dict[str, set[int]]:
    """For each of BEST_KEYS, the row indexes that hold the best value (ties share it).

    A plan that alone states a milestone is best for it; with one plan there is nothing to rank.
    """
    best: dict[str, set[int]] = {key: set() for key in BEST_KEYS}
    if len(results) < 2:
        return best
    for name in MILESTONES:
        times = {i: m.at for i, r in enumerate(results) if (m := r.milestones[name]) is not None}
        best[name] = _minimal(times)
    same_currency = len({r.cost.currency for r in results}) <= 1
    if currency is not None or same_currency:
        best["cost"] = _minimal(
            {
                i: v
                for i, r in enumerate(results)
                if (v := comparable_net(r, rates, currency)) is not None
            }
        )
        best["fee"] = _minimal(
            {
                i: v
                for i, r in enumerate(results)
                if (v := comparable_fee(r, rates, currency)) is not None
            }
        )
    else:
        best["cost"] = best["fee"] = set()
    return best


def _minimal(values: Mapping[int, Decimal] | Mapping[int, datetime]) -> set[int]:
    if not values:
        return set()
    low = min(values.values())
    return {i for i, v in values.items() if v == low}
