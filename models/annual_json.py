"""A yearly simulation as the `termscope.annual/1` JSON document."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.annual import AnnualResult, PlanYear, TimeStats
from models.rates import Rates
from models.serialize import money_text

FORMAT = "termscope.annual/1"


def times_json(stats: TimeStats) -> dict[str, float | None]:
    return {
        "median": stats.median,
        "p90": stats.p90,
        "critical_median": stats.critical_median,
        "critical_p90": stats.critical_p90,
    }


def _costs(plan: PlanYear) -> dict[str, Decimal]:
    return {
        "p10": plan.percentile(10),
        "p50": plan.percentile(50),
        "p90": plan.percentile(90),
        "fee": plan.mean_fee,
        "usage": plan.mean_usage,
        "overflow": plan.mean_overflow,
    }


def plan_json(plan: PlanYear, rates: Rates | None, currency: str | None) -> dict[str, Any]:
    costs = _costs(plan)
    out: dict[str, Any] = {
        "contract": plan.contract,
        "plan": plan.plan,
        "vendor": plan.vendor,
        "currency": plan.currency,
        "cost": {key: money_text(value) for key, value in costs.items()},
        "complete": plan.complete,
    }
    if rates is not None and currency is not None:
        out["converted"] = {
            "currency": currency,
            **{
                key: money_text(rates.convert(value, plan.currency, currency))
                for key, value in costs.items()
            },
        }
    out["tickets_per_year"] = round(plan.tickets / max(len(plan.totals), 1), 2)
    out["not_covered"] = {
        "count": plan.not_covered,
        "share": round(plan.not_covered / plan.tickets, 4) if plan.tickets else 0.0,
        "reasons": plan.not_covered_reasons,
    }
    out["not_stated"] = {"count": plan.not_stated, "fee_unknown": plan.fee is None}
    out["response_hours"] = times_json(plan.response)
    out["work_start_hours"] = times_json(plan.work_start)
    return out


def annual_json(result: AnnualResult, rates: Rates | None, currency: str | None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "profile": result.profile.name,
        "years": result.years,
        "seed": result.seed,
        "tickets_per_year": round(result.tickets_per_year, 2),
        "rates": None if rates is None else {"date": rates.date.isoformat(), "base": rates.base},
        "plans": [plan_json(p, rates, currency) for p in result.plans],
    }
