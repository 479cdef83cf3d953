"""A decision as the `termscope.decision/1` JSON document (see the README's "decide")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.annual_json import times_json
from models.decide import Decision, plan_title
from models.decision import PlanOutcome
from models.serialize import money_text

FORMAT = "termscope.decision/1"


def _plan(outcome: PlanOutcome, decision: Decision) -> dict[str, Any]:
    m = outcome.metrics
    cost = m.cost
    return {
        "contract": m.ref.contract.id,
        "plan": m.ref.plan_id,
        "vendor": m.ref.contract.vendor,
        "name": plan_title(m.ref),
        "rank": outcome.rank,
        "yearly_cost": {
            "currency": cost.currency,
            "basis": decision.criteria.cost_basis,
            "mean": money_text(cost.mean),
            "p10": money_text(cost.p10),
            "p50": money_text(cost.p50),
            "p90": money_text(cost.p90),
            "fee": money_text(cost.fee),
            "usage": money_text(cost.usage),
            "complete": cost.complete,
            "loaded": money_text(outcome.loaded_cost),
        },
        "coverage": {
            "tickets_per_year": round(m.tickets_per_year, 2),
            "not_covered_share": round(m.not_covered_share, 4),
            "unpriced_share": round(m.unpriced_share, 4),
            "not_covered_reasons": dict(m.not_covered_reasons),
        },
        "response_hours": times_json(m.response),
        "work_start_hours": times_json(m.work_start),
        "knockouts": [
            {"label": k.label, "passed": k.passed, "reason": k.reason, "clauses": list(k.clauses)}
            for k in outcome.knockouts
        ],
        "knockouts_failed": [
            {"label": k.label, "reason": k.reason, "clauses": list(k.clauses)}
            for k in outcome.failed
        ],
        "score": {
            "total": outcome.score,
            "parts": [
                {
                    "name": p.name,
                    "weight": float(p.weight),
                    "points": p.points,
                    "value": p.value,
                    "basis": p.basis,
                    "clauses": list(p.clauses),
                }
                for p in outcome.parts
            ],
        },
    }


def _amount(value: Decimal | None) -> str | None:
    return money_text(value)


def decision_json(decision: Decision) -> dict[str, Any]:
    winner = decision.winner
    return {
        "format": FORMAT,
        "profile": decision.profile.name,
        "years": decision.years,
        "seed": decision.seed,
        "currency": decision.currency,
        "rates": {"date": decision.rates.date.isoformat(), "base": decision.rates.base},
        "criteria": decision.criteria.model_dump(mode="json"),
        "plans": [_plan(o, decision) for o in decision.ranking.outcomes],
        "winner": None
        if winner is None
        else {
            "contract": winner.metrics.ref.contract.id,
            "plan": winner.metrics.ref.plan_id,
            "why": decision.why,
            "sureness": decision.sureness,
        },
        "why": decision.why,
        "sureness": decision.sureness,
        "loading_rate": _amount(decision.ranking.loading_rate),
        "flips": [
            {
                "what": c.what,
                "kind": c.kind,
                "clause": c.source if c.kind == "reading" else None,
                "parameter": c.source if c.kind == "parameter" else None,
                "contract": c.contract,
                "alternative": c.alternative,
                "new_winner": c.winner,
                "threshold": c.threshold,
            }
            for c in decision.flips
        ],
        "checks": [
            {
                "what": c.what,
                "kind": c.kind,
                "source": c.source,
                "contract": c.contract,
                "alternative": c.alternative,
                "winner": c.winner,
                "flips": c.flips,
                "cost_change": _amount(c.cost_change),
                "threshold": c.threshold,
            }
            for c in decision.checks
        ],
        "break_even": [
            {
                "plan": b.plan,
                "against": b.against,
                "tickets_per_month": None
                if b.tickets_per_month is None
                else float(b.tickets_per_month),
                "complete": b.complete,
                "note": b.note,
            }
            for b in decision.break_even
        ],
        "questions": [
            {
                "vendor": q.vendor,
                "contract": q.contract,
                "plans": list(q.plans),
                "clause": q.clause,
                "provenance": q.provenance,
                "assumed": q.assumed,
                "question": q.question,
                "impact": _amount(q.impact),
                "impact_text": q.impact_text,
                "flips": q.flips,
            }
            for q in decision.questions
        ],
    }
