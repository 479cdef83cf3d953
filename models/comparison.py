"""Run every chosen plan of every contract through every scenario."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.contract import Contract
from models.engine import simulate
from models.errors import InputError
from models.scenario import Scenario
from models.serialize import ScenarioResults


@dataclass(frozen=True)
class PlanRef:
    contract: Contract
    plan_id: str

    @property
    def key(self) -> str:
        return f"{self.contract.id}:{self.plan_id}"


def plan_title(ref: PlanRef) -> str:
    """How a plan is named for people: "Kiwi Software · Standard support"."""
    return f"{ref.contract.vendor} · {ref.contract.plan(ref.plan_id).name}"


def all_plans(contracts: Sequence[Contract]) -> list[PlanRef]:
    return [PlanRef(c, p.id) for c in contracts for p in c.plans]


def select_plans(contracts: Sequence[Contract], spec: str | None) -> list[PlanRef]:
    """`kiwi:standard,mystore` → those plans (a bare contract id means all its plans)."""
    if not spec:
        return all_plans(contracts)
    by_id = {c.id: c for c in contracts}
    chosen: list[PlanRef] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        contract_id, _, plan_id = item.partition(":")
        contract = by_id.get(contract_id)
        if contract is None:
            known = ", ".join(sorted(by_id))
            raise InputError(f"--plans: no contract {contract_id!r} is loaded (loaded: {known})")
        if not plan_id:
            chosen.extend(PlanRef(contract, p.id) for p in contract.plans)
            continue
        try:
            contract.plan(plan_id)
        except KeyError as exc:
            raise InputError(f"--plans: {exc.args[0]}") from None
        chosen.append(PlanRef(contract, plan_id))
    return chosen


def compare(
    plans: Sequence[PlanRef],
    scenarios: Sequence[Scenario],
    params: Mapping[str, Mapping[str, Decimal]] | None = None,
) -> list[ScenarioResults]:
    params = params or {}
    return [
        ScenarioResults(
            scenario,
            [simulate(p.contract, p.plan_id, scenario, params.get(p.contract.id)) for p in plans],
        )
        for scenario in scenarios
    ]
