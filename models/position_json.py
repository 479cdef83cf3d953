"""Where a draft stands, as the `termscope.position/1` JSON document (see the README)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.decide import plan_title
from models.decision import PlanOutcome
from models.position import PlanPosition, Position, PriceToBeat
from models.serialize import money_text

FORMAT = "termscope.position/1"


def _number(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _outcome(outcome: PlanOutcome) -> dict[str, Any]:
    return {
        "contract": outcome.metrics.ref.contract.id,
        "plan": outcome.metrics.ref.plan_id,
        "name": plan_title(outcome.metrics.ref),
        "rank": outcome.rank,
        "score": outcome.score,
        "yearly_cost": money_text(outcome.metrics.cost.mean),
        "loaded_cost": money_text(outcome.loaded_cost),
        "complete": outcome.metrics.cost.complete,
    }


def _price(found: PriceToBeat) -> dict[str, Any]:
    price = found.price
    return {
        "kind": price.kind,
        "label": price.label,
        "field": _field(price.path),
        "clause": price.clause,
        "unit": price.unit,
        "current": _number(price.current),
        "goal": found.goal,
        "status": found.status,
        "value": _number(found.value),
        "note": found.note,
    }


def _field(path: tuple[str | int, ...]) -> str:
    from models.yamlio import field_path

    return field_path(path)


def _plan(plan: PlanPosition) -> dict[str, Any]:
    outcome = plan.outcome
    return {
        "contract": plan.ref.contract.id,
        "plan": plan.ref.plan_id,
        "name": plan_title(plan.ref),
        "rank": outcome.rank,
        "of": len(plan.ranking.outcomes),
        "wins": plan.wins,
        "score": outcome.score,
        "yearly_cost": money_text(outcome.metrics.cost.mean),
        "loaded_cost": money_text(outcome.loaded_cost),
        "complete": outcome.metrics.cost.complete,
        "compared_with": None if plan.other is None else _outcome(plan.other),
        "cost_gap": money_text(plan.cost_gap),
        "losses": [
            {
                "part": loss.part,
                "points": loss.points,
                "other_points": loss.other_points,
                "weighted_gap": loss.weighted_gap,
                "value": loss.value,
                "other_value": loss.other_value,
            }
            for loss in plan.losses
        ],
        "ranking": [_outcome(o) for o in plan.ranking.outcomes],
        "prices_to_beat": [_price(p) for p in plan.prices],
    }


def position_json(result: Position) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "draft": {"contract": result.draft.id, "vendor": result.draft.vendor},
        "rivals": [ref.key for ref in result.rivals],
        "profile": result.profile.name,
        "years": result.years,
        "seed": result.seed,
        "currency": result.currency,
        "cost_statistic": result.criteria.cost_statistic,
        "plans": [_plan(plan) for plan in result.plans],
    }
