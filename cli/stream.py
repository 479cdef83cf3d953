"""`simulate` output written scenario by scenario, so memory stays bounded for any count.

The JSON is the `termscope.simulation/1` document of `models.serialize.simulation_json`, same
keys in the same order; only the layout differs: the envelope is indented and each scenario is
one compact line (written by json's C encoder, ~10× faster than the indented pure-Python one).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TextIO

from models.comparison import PlanRef
from models.engine import simulate
from models.rates import Rates
from models.scenario import Scenario
from models.serialize import FORMAT, ScenarioResults, result_json


def each_scenario(
    plans: Sequence[PlanRef],
    scenarios: Iterable[Scenario],
    params: Mapping[str, Mapping[str, Decimal]],
) -> Iterator[ScenarioResults]:
    """`models.comparison.compare`, one scenario at a time."""
    for scenario in scenarios:
        yield ScenarioResults(
            scenario,
            [simulate(p.contract, p.plan_id, scenario, params.get(p.contract.id)) for p in plans],
        )


def write_json(
    runs: Iterable[ScenarioResults], rates: Rates, currency: str | None, out: TextIO
) -> None:
    def text(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    rates_json = text({"date": rates.date.isoformat(), "base": rates.base})
    out.write(f'{{\n  "format": {text(FORMAT)},\n  "rates": {rates_json},\n')
    out.write(f'  "currency": {text(currency)},\n  "scenarios": [')
    separator = "\n    "
    for run in runs:
        scenario = {
            "name": run.scenario.name,
            "inputs": run.scenario.inputs(),
            "results": [result_json(r, rates, currency) for r in run.results],
        }
        out.write(separator + text(scenario))
        separator = ",\n    "
    out.write("\n  ]\n}\n")


def write_table(
    runs: Iterable[ScenarioResults], rates: Rates, currency: str | None, out: TextIO
) -> None:
    from cli.table import render_footer, render_scenario

    for run in runs:
        out.write("\n".join(render_scenario(run, rates, currency)) + "\n")
    out.write(render_footer(rates, currency) + "\n")
