"""Yearly-simulation benchmark (a script that prints figures, not a test).

Runs the bundled profiles for 2,000 simulated years over all bundled plans and prints, as one
JSON object on its last line, {"annual_s": …, "tickets_per_s": …}: the seconds for both profiles
and the tickets run through a plan per second (simulated tickets × plans / seconds).
Target: under 2 s on an idle 2-core machine (see bench_decision_engine.py for re-runs).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from contracts import SAMPLE_PARAMS_PATH, bundled_contracts  # noqa: E402
from models.annual import simulate_years  # noqa: E402
from models.comparison import all_plans  # noqa: E402
from models.loading import load_parameter_values  # noqa: E402
from models.profile import Profile  # noqa: E402
from models.yamlio import read_yaml, validate_document  # noqa: E402

YEARS = 2000


def main() -> None:
    plans = all_plans(bundled_contracts())
    params = load_parameter_values(SAMPLE_PARAMS_PATH)
    total_s = 0.0
    evaluated = 0
    for path in sorted((ROOT / "contracts" / "profiles").glob("*.yaml")):
        profile = validate_document(Profile, read_yaml(path))
        began = time.perf_counter()
        result = simulate_years(profile, plans, params, YEARS)
        seconds = time.perf_counter() - began
        tickets = round(result.tickets_per_year * YEARS)
        print(f"{profile.name}: {tickets} tickets × {len(plans)} plans in {seconds:.2f} s")
        total_s += seconds
        evaluated += tickets * len(plans)
    print(json.dumps({"annual_s": round(total_s, 3), "tickets_per_s": round(evaluated / total_s)}))


if __name__ == "__main__":
    main()
