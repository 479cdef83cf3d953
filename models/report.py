"""Everything an export prints, worked out once: results, conversions, rankings, the clauses
applied and the assumptions the comparison depends on. Exports render it; they compute nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from models.comparison import PlanRef, compare
from models.comparison_file import ComparisonState
from models.contract import Clause, Contract
from models.errors import InputError
from models.fingerprint import inputs_fingerprint
from models.rates import Rates
from models.scenario import Scenario
from models.serialize import ScenarioResults

if TYPE_CHECKING:  # models.annual loads numpy: only for a yearly view (start-up time)
    from models.annual import AnnualResult, BreakEvenPoint
    from models.decide import Decision


class StaleResultError(InputError):
    """A yearly result or decision offered to a report it was not worked out for."""


@dataclass(frozen=True)
class Assumption:
    contract: str
    vendor: str
    what: str
    provenance: str
    clause: str | None
    reading: str


@dataclass(frozen=True)
class ComparisonReport:
    title: str
    client: str
    prepared_by: str
    created: datetime
    rates: Rates
    currency: str | None
    contracts: Sequence[Contract]
    plans: Sequence[PlanRef]
    runs: Sequence[ScenarioResults]
    parameters: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)
    decision: Decision | None = None  # with the yearly view; only for these very inputs

    @property
    def annual(self) -> AnnualResult | None:
        """The yearly simulation behind the decision (the report's yearly section)."""
        return None if self.decision is None else self.decision.annual

    @property
    def break_even(self) -> list[BreakEvenPoint]:
        """Each plan's yearly cost (known part) along the ticket volumes of the decision."""
        if self.decision is None:
            return []
        from models.annual import BreakEvenPoint

        curve = self.decision.curve
        return [
            BreakEvenPoint(
                float(tickets),
                {key: values[n] for key, values in curve.known.items()},
                {key: values[n] for key, values in curve.complete.items()},
            )
            for n, tickets in enumerate(curve.tickets_per_month)
        ]

    def contract(self, contract_id: str) -> Contract:
        return next(c for c in self.contracts if c.id == contract_id)

    def converted(self, amount: Decimal | None, currency: str) -> Decimal | None:
        if amount is None or self.currency is None:
            return None
        return self.rates.convert(amount, currency, self.currency)

    def with_decision(self, decision: Decision) -> ComparisonReport:
        """The report with its decision and yearly section, which must have been worked out
        from this report's plans, contracts, parameters, rates and currency (else
        StaleResultError: a report never mixes a fresh comparison with an old yearly view)."""
        currency = self.currency or self.rates.base
        expected = inputs_fingerprint(
            decision.profile,
            self.plans,
            self.parameters,
            self.rates,
            currency,
            decision.criteria,
            decision.years,
            decision.seed,
        )
        if not decision.matches(expected):
            raise StaleResultError(
                "the yearly view and decision were worked out for other plans, prices or rates "
                "than this comparison: work them out again before exporting"
            )
        return replace(self, decision=decision)

    def clauses_applied(self) -> list[tuple[Contract, Clause]]:
        """Every clause a result cites (milestones, cost lines, trace), in contract order."""
        used: dict[str, set[str]] = {}
        for run in self.runs:
            for result in run.results:
                ids = used.setdefault(result.contract, set())
                ids.update(step.clause for step in result.trace if step.clause)
                ids.update(line.clause for line in result.cost.lines if line.clause)
        found = []
        for contract in self.contracts:
            for clause in contract.clauses:
                if clause.id in used.get(contract.id, set()):
                    found.append((contract, clause))
        return found

    def assumptions(self) -> list[Assumption]:
        """Every assumed, interpreted or not-stated value behind the compared plans, and every
        parameter the comparison needs but was not given."""
        rows: list[Assumption] = []
        chosen = {(p.contract.id, p.plan_id) for p in self.plans}
        for contract in self.contracts:
            plan_ids = [pid for cid, pid in chosen if cid == contract.id]
            if not plan_ids:
                continue
            seen: set[tuple[str, str]] = set()
            for where, rule in contract.cited_rules_with_place():
                plan_part = where.split(" · ")[0]
                if plan_part.startswith("plan ") and plan_part[5:] not in plan_ids:
                    continue
                if rule.provenance == "stated":
                    continue
                reading = rule.reading or ""
                key = (rule.clause or "", reading or where)
                if key in seen:
                    continue
                seen.add(key)
                rows.append(
                    Assumption(
                        contract.id, contract.vendor, where, rule.provenance, rule.clause, reading
                    )
                )
            supplied = self.parameters.get(contract.id, {})
            for parameter in contract.parameters:
                if parameter.name not in supplied and parameter.default is None:
                    rows.append(
                        Assumption(
                            contract.id,
                            contract.vendor,
                            f"parameter {parameter.name}",
                            "not supplied",
                            parameter.clause,
                            f"{parameter.description} Prices that need it show as not stated.",
                        )
                    )
        return rows


def build_report(
    contracts: Sequence[Contract],
    plans: Sequence[PlanRef],
    scenarios: Sequence[Scenario],
    rates: Rates,
    currency: str | None,
    parameters: Mapping[str, Mapping[str, Decimal]] | None = None,
    *,
    title: str = "Support offers compared",
    client: str = "",
    prepared_by: str = "",
    created: datetime | None = None,
) -> ComparisonReport:
    params = parameters or {}
    return ComparisonReport(
        title=title,
        client=client,
        prepared_by=prepared_by,
        created=created or datetime.now().astimezone(),
        rates=rates,
        currency=currency,
        contracts=list(contracts),
        plans=list(plans),
        runs=compare(plans, scenarios, params),
        parameters=params,
    )


def report_from_state(state: ComparisonState, prepared_by: str = "") -> ComparisonReport:
    """The report of a comparison as the app holds it."""
    return build_report(
        [c.contract for c in state.contracts],
        state.plan_refs(),
        state.scenarios,
        state.rates,
        state.currency,
        state.parameters,
        title=state.title,
        client=state.client,
        prepared_by=prepared_by,
    )
