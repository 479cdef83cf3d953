"""`simulate` output written scenario by scenario, so memory stays bounded for any count.

The JSON is the `termscope.simulation/1` document of `models.serialize.simulation_json`, same
keys in the same order; only the layout differs: the envelope is indented and each scenario is
one compact line (written by json's C encoder, ~10× faster than the indented pure-Python one).
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
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


def _text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def json_line(run: ScenarioResults, rates: Rates, currency: str | None) -> str:
    """One scenario of the document, on one line."""
    scenario = {
        "name": run.scenario.name,
        "inputs": run.scenario.inputs(),
        "results": [result_json(r, rates, currency) for r in run.results],
    }
    return _text(scenario)


def table_lines(run: ScenarioResults, rates: Rates, currency: str | None) -> str:
    from cli.table import render_scenario

    return "\n".join(render_scenario(run, rates, currency))


Render = Callable[[ScenarioResults, Rates, str | None], str]


def write_json(texts: Iterable[str], rates: Rates, currency: str | None, out: TextIO) -> None:
    rates_json = _text({"date": rates.date.isoformat(), "base": rates.base})
    out.write(f'{{\n  "format": {_text(FORMAT)},\n  "rates": {rates_json},\n')
    from models.office import HOLIDAYS_LIBRARY

    out.write(f'  "currency": {_text(currency)},\n')
    out.write(f'  "holidays_library": {_text(HOLIDAYS_LIBRARY)},\n  "scenarios": [')
    separator = "\n    "
    for text in texts:
        out.write(separator + text)
        separator = ",\n    "
    out.write("\n  ]\n}\n")


def write_table(texts: Iterable[str], rates: Rates, currency: str | None, out: TextIO) -> None:
    from cli.table import render_footer

    for text in texts:
        out.write(text + "\n")
    out.write(render_footer(rates, currency) + "\n")


# --- many scenarios: worked out by the machine's cores, written in order -----------------------

PARALLEL_FROM = 1_000  # scenarios; below this, starting workers costs more than it saves
CHUNK = 100  # scenarios a worker takes at a time
_job: tuple[Sequence[PlanRef], Mapping[str, Mapping[str, Decimal]], Rates, str | None, Render]


def _chunk(scenarios: Sequence[Scenario]) -> list[str]:
    plans, params, rates, currency, render = _job
    return [render(run, rates, currency) for run in each_scenario(plans, scenarios, params)]


def rendered(
    plans: Sequence[PlanRef],
    scenarios: Sequence[Scenario],
    params: Mapping[str, Mapping[str, Decimal]],
    rates: Rates,
    currency: str | None,
    render: Render,
) -> Iterator[str]:
    """Each scenario rendered by `render`, in order. Many scenarios are shared among worker
    processes (forked, so they inherit the loaded contracts), with a bounded number of chunks
    in flight, so memory stays flat however many there are."""
    global _job
    workers = min(os.cpu_count() or 1, 4)
    if len(scenarios) < PARALLEL_FROM or workers < 2 or os.name != "posix":
        for run in each_scenario(plans, scenarios, params):
            yield render(run, rates, currency)
        return
    _job = (plans, params, rates, currency, render)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[Future[list[str]]] = deque()
        starts = iter(range(0, len(scenarios), CHUNK))
        try:
            for start in starts:
                pending.append(pool.submit(_chunk, scenarios[start : start + CHUNK]))
                if len(pending) >= 2 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
