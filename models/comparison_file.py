"""A comparison: what a user compares and how, saved as one readable, self-contained YAML file.

The file embeds the text of every contract it uses, so it opens the same on another machine
and after the bundled contracts change. Saves are atomic (a temporary file, then a rename), so
a crash never leaves half a file. Errors in a damaged file name its line and field; an error in
an embedded contract names the line of the comparison file it is on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field

from models import limits
from models.atomic import atomic_output
from models.comparison import PlanRef
from models.contract import Contract
from models.engine import simulate
from models.errors import InputError, Problem
from models.parameters import check_parameter_values, parse_parameter_values
from models.rates import Rates
from models.result import Result
from models.rules import Strict
from models.scenario import Scenario
from models.yamlio import check_count, parse_yaml, read_yaml, validate_document

FORMAT = "termscope.comparison/1"


@dataclass(frozen=True)
class LoadedContract:
    """A contract with the YAML text it was read from (embedded when a comparison is saved)."""

    contract: Contract
    text: str
    origin: str  # a path, "bundled", or "embedded"


@dataclass(frozen=True)
class ComparisonState:
    """Everything a comparison holds. Immutable: an edit makes a new state (undo keeps the old)."""

    contracts: tuple[LoadedContract, ...]
    plans: tuple[str, ...]  # chosen "contract:plan" keys
    scenarios: tuple[Scenario, ...]
    rates: Rates
    parameters: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)
    currency: str | None = None
    show_gross: bool = False
    title: str = "Support offers compared"
    client: str = ""

    def contract(self, contract_id: str) -> Contract:
        for loaded in self.contracts:
            if loaded.contract.id == contract_id:
                return loaded.contract
        raise KeyError(contract_id)

    def plan_refs(self) -> list[PlanRef]:
        """The chosen plans, in the order of the contracts and their plans."""
        return list(self._plan_refs)

    @cached_property
    def _plan_refs(self) -> tuple[PlanRef, ...]:
        # worked out once a state: every refresh of the window asks for them several times
        chosen = set(self.plans)
        return tuple(
            PlanRef(loaded.contract, plan.id)
            for loaded in self.contracts
            for plan in loaded.contract.plans
            if f"{loaded.contract.id}:{plan.id}" in chosen
        )

    def results(self, scenario: Scenario, *, tracing: bool = True) -> list[Result]:
        """One engine call per chosen plan (`tracing=False`: without the steps the Why panel
        reads, for a table that shows only the outcomes)."""
        return [
            simulate(
                ref.contract,
                ref.plan_id,
                scenario,
                self.parameters.get(ref.contract.id),
                tracing=tracing,
            )
            for ref in self.plan_refs()
        ]

    def with_contract(self, loaded: LoadedContract) -> ComparisonState:
        """Add a contract (or replace one with the same id) and choose all its plans."""
        others = tuple(c for c in self.contracts if c.contract.id != loaded.contract.id)
        kept = tuple(p for p in self.plans if not p.startswith(f"{loaded.contract.id}:"))
        new_plans = tuple(f"{loaded.contract.id}:{p.id}" for p in loaded.contract.plans)
        return replace(self, contracts=(*others, loaded), plans=kept + new_plans)


# --- the file --------------------------------------------------------------------------------


class ComparisonFile(Strict):
    """The YAML shape of a saved comparison."""

    format: Literal["termscope.comparison/1"]
    title: str = ""
    client: str = ""
    currency: str | None = None
    show: Literal["net", "gross"] = "net"
    plans: list[str]
    scenarios: list[Scenario]
    parameters: dict[str, dict[str, Decimal]] = Field(default_factory=dict)
    rates: Rates
    contracts: dict[str, str] = Field(description="contract id: the contract's YAML text")


def _scenario_data(scenario: Scenario) -> dict[str, Any]:
    data: dict[str, Any] = {"name": scenario.name}
    if scenario.timezone:
        data["timezone"] = scenario.timezone
    data["reported_at"] = scenario.reported_at.isoformat()
    data["severity"] = scenario.severity
    data["cause"] = scenario.cause
    data["effort_hours"] = str(scenario.effort_hours)
    data["on_site_hours"] = str(scenario.on_site_hours)
    data["after_hours"] = scenario.after_hours
    data["requires_release"] = scenario.requires_release
    data["issue_age_hours"] = str(scenario.issue_age_hours)
    if scenario.pauses:
        data["pauses"] = [
            {"start": p.start.isoformat(), "end": p.end.isoformat(), "reason": p.reason}
            for p in scenario.pauses
        ]
    return data


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def comparison_text(state: ComparisonState) -> str:
    data = {
        "format": FORMAT,
        "title": state.title,
        "client": state.client,
        "currency": state.currency,
        "show": "gross" if state.show_gross else "net",
        "plans": list(state.plans),
        "scenarios": [_scenario_data(s) for s in state.scenarios],
        "parameters": {
            cid: {name: str(value) for name, value in values.items()}
            for cid, values in state.parameters.items()
        },
        "rates": {
            "date": state.rates.date.isoformat(),
            "base": state.rates.base,
            "rates": {code: str(rate) for code, rate in state.rates.rates.items()},
        },
        "contracts": {c.contract.id: c.text for c in state.contracts},
    }
    header = (
        "# Termscope comparison: open it with `termscope gui FILE` (`python main.py gui FILE`).\n"
    )
    return header + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def save_comparison(state: ComparisonState, path: Path) -> None:
    """Write atomically (models/atomic.py): a temporary file beside the target, synced, then
    renamed over it, keeping the file's mode (or the umask's for a new file)."""
    write_atomically(path, comparison_text(state))


def write_atomically(path: Path, text: str) -> None:
    """Text written so the file is never half-written (see `models.atomic.atomic_output`)."""
    with atomic_output(path) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="")


def load_comparison(path: Path) -> ComparisonState:
    document = read_yaml(path)
    check_count(document, "scenarios", limits.LIMITS.max_scenarios)
    parsed = validate_document(ComparisonFile, document)
    # the parameters are checked exactly as a parameter file is, each at its own line
    parameters_part = document.part("parameters")
    parameters = parse_parameter_values(parameters_part)
    contracts = []
    problems: list[Problem] = []
    for contract_id, text in parsed.contracts.items():
        start = document.line_of(("contracts", contract_id)) or 0
        try:
            contract = validate_document(Contract, parse_yaml(text, str(path)))
        except InputError as exc:
            problems.extend(
                Problem(
                    p.message,
                    str(path),
                    None if p.line is None else start + p.line,
                    f"contracts.{contract_id}" + (f" → {p.field}" if p.field else ""),
                )
                for p in exc.problems
            )
            continue
        if contract.id != contract_id:
            problems.append(
                Problem(
                    f"the embedded contract's id is {contract.id!r}",
                    str(path),
                    start,
                    f"contracts.{contract_id}",
                )
            )
            continue
        contracts.append(LoadedContract(contract, text, "embedded"))
    if problems:
        raise InputError(problems)
    _check_plans(path, document.line_of, parsed.plans, contracts)
    check_parameter_values(parameters_part, parameters, [c.contract for c in contracts])
    if parsed.currency is not None and parsed.currency not in parsed.rates.rates:
        raise InputError(
            Problem(
                f"no exchange rate for {parsed.currency} in the file's rates",
                str(path),
                document.line_of(("currency",)),
                "currency",
            )
        )
    for loaded in contracts:
        if loaded.contract.currency not in parsed.rates.rates:
            raise InputError(
                Problem(
                    f"no exchange rate for {loaded.contract.currency} (the currency of the "
                    f"contract {loaded.contract.id}) in the file's rates",
                    str(path),
                    document.line_of(("rates", "rates")),
                    "rates.rates",
                )
            )
    return ComparisonState(
        contracts=tuple(contracts),
        plans=tuple(parsed.plans),
        scenarios=tuple(parsed.scenarios),
        rates=parsed.rates,
        parameters=parameters,
        currency=parsed.currency,
        show_gross=parsed.show == "gross",
        title=parsed.title,
        client=parsed.client,
    )


def _check_plans(
    path: Path, line_of: Any, plans: Sequence[str], contracts: Sequence[LoadedContract]
) -> None:
    known = {f"{c.contract.id}:{p.id}" for c in contracts for p in c.contract.plans}
    for index, key in enumerate(plans):
        if key not in known:
            raise InputError(
                Problem(
                    f"no plan {key!r} among the embedded contracts",
                    str(path),
                    line_of(("plans", index)),
                    f"plans[{index}]",
                )
            )
