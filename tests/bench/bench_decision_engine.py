"""The yearly engine as the decision view uses it (a script that prints figures, not a test).

For each bundled profile, all bundled plans, 2,000 years:

* `before_s`: one plain yearly run with the engine as it was before it was vectorised (its
  source read from git at BEFORE, run in this process; skipped when git or the commit is
  missing);
* `plain_s`: one plain yearly run now (`simulate_years`, nothing cached);
* `rerun_s`: the 15 plans re-run one by one over the same tickets (`YearlyRun.plan`), as after
  an edit that changes nothing they price; `rerun_max_s`: the slowest of them;
* `changed_s`: the 15 plans re-run one by one, each with its parameters changed (priced afresh);
* `variant_s`: Kiwi with K5 read as 8 business hours (priced and timed afresh);
* `sweep_s`: a volume sweep of 7 factors over 2,000 years (`volume_sweep`, common random
  numbers), sharing the run's pricing; `sweep_200_s`: the same over 200 years, as the
  break-even chart draws it.

Figures are processor seconds of this process (`time.process_time`: the machine is shared, and
wall time would count other jobs' turns). Each is also given as a multiple of `plain_s`. The
last line is one JSON object.
Targets: `plain_s` well under 1 s, a single-plan re-run in tens of ms.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import types
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from contracts import SAMPLE_PARAMS_PATH, bundled_contracts  # noqa: E402
from models.annual import YearlyRun, simulate_years, volume_sweep  # noqa: E402
from models.comparison import PlanRef, all_plans  # noqa: E402
from models.loading import load_parameter_values, parse_contract  # noqa: E402
from models.profile import Profile  # noqa: E402
from models.yamlio import read_yaml, validate_document  # noqa: E402

YEARS = 2000
BEFORE = "4326630"  # the last commit with the per-ticket yearly engine
FACTORS = (0.25, 0.5, 1, 1.5, 2, 3, 4)


def seconds(work: Callable[[], Any]) -> float:
    """The processor seconds `work` takes (on a machine shared with other jobs, wall time
    counts their turns too; on an idle machine the two agree)."""
    began = time.process_time()
    work()
    return time.process_time() - began


def engine_before() -> types.ModuleType | None:
    try:
        source = subprocess.run(
            ["git", "show", f"{BEFORE}:models/annual.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("annual_before")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{BEFORE}:models/annual.py", "exec"), module.__dict__)
    return module


def k5_business_hours() -> PlanRef:
    text = (ROOT / "contracts" / "kiwi.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "clock: {kind: clock_hours, hours: 8}", "clock: {kind: business_hours, hours: 8}"
    )
    return PlanRef(parse_contract(text, "kiwi K5 as business hours"), "standard")


def measure(
    profile: Profile,
    plans: list[PlanRef],
    params: dict[str, dict[str, Decimal]],
    before: types.ModuleType | None,
) -> dict[str, float]:
    changed = {c: {k: v * Decimal("1.1") for k, v in p.items()} for c, p in params.items()}
    row: dict[str, float] = {}
    if before is not None:
        row["before_s"] = seconds(lambda: before.simulate_years(profile, plans, params, YEARS))
    row["plain_s"] = seconds(lambda: simulate_years(profile, plans, params, YEARS))
    run = YearlyRun(profile, YEARS)
    run.simulate(plans, params)

    def rerun(ref: PlanRef, values: dict[str, dict[str, Decimal]]) -> float:
        return seconds(lambda: run.plan(ref, values.get(ref.contract.id)))

    each = [rerun(ref, params) for ref in plans]
    row["rerun_s"], row["rerun_max_s"] = sum(each), max(each)
    row["changed_s"] = sum(rerun(ref, changed) for ref in plans)
    row["variant_s"] = seconds(lambda: run.plan(k5_business_hours(), {}))

    def sweep(years: int) -> None:
        volume_sweep(profile, plans, params, lambda a, _c: a, FACTORS, years, None, run.pricers)

    row["sweep_s"] = seconds(lambda: sweep(YEARS))
    row["sweep_200_s"] = seconds(lambda: sweep(200))
    return row


def main() -> None:
    plans = all_plans(bundled_contracts())
    params = load_parameter_values(SAMPLE_PARAMS_PATH)
    before = engine_before()
    figures: dict[str, dict[str, float]] = {}
    for path in sorted((ROOT / "contracts" / "profiles").glob("*.yaml")):
        profile = validate_document(Profile, read_yaml(path))
        row = measure(profile, plans, params, before)
        figures[profile.name] = {k: round(v, 3) for k, v in row.items()}
        print(f"{profile.name}: " + ", ".join(f"{k} {v:.3f}" for k, v in row.items()))
        ratios = ", ".join(f"{k} {v / row['plain_s']:.2f}" for k, v in row.items())
        print(f"  as a multiple of one plain run: {ratios}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
