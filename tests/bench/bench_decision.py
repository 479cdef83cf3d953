"""Decision benchmark (a script that prints figures, not a test).

For each bundled profile, over all 15 bundled plans and 2,000 simulated years: the seconds of
one plain yearly run (`simulate_years`, with times) and of a whole decision with every check
(readings, parameters, exchange rates, volumes, break-even), the check count, and their ratio.
Prints one JSON object on its last line. Target (issue 8): the decision within 2 s of an edit.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from contracts import SAMPLE_PARAMS_PATH, bundled_comparison  # noqa: E402
from models.annual import simulate_years  # noqa: E402
from models.decide import decide  # noqa: E402
from models.loading import load_parameter_values  # noqa: E402
from models.profile import Profile  # noqa: E402
from models.yamlio import read_yaml, validate_document  # noqa: E402

YEARS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def main() -> None:
    state = bundled_comparison()
    plans = state.plan_refs()
    params = load_parameter_values(SAMPLE_PARAMS_PATH)
    figures = {}
    for path in sorted((ROOT / "contracts" / "profiles").glob("*.yaml")):
        profile = validate_document(Profile, read_yaml(path))
        began = time.perf_counter()
        simulate_years(profile, plans, params, YEARS)
        plain = time.perf_counter() - began
        began = time.perf_counter()
        decision = decide(profile, plans, params, state.rates, "EUR", years=YEARS)
        whole = time.perf_counter() - began
        print(
            f"{profile.name}: one yearly run {plain:.2f} s; decision with "
            f"{len(decision.checks)} checks and {len(decision.break_even)} break-evens "
            f"{whole:.2f} s ({whole / plain:.1f}× the plain run)"
        )
        figures[path.stem] = {"plain_s": round(plain, 3), "decision_s": round(whole, 3),
                              "ratio": round(whole / plain, 2)}  # fmt: skip
    print(json.dumps({"years": YEARS, "plans": len(plans), **figures}))


if __name__ == "__main__":
    main()
