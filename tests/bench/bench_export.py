"""Export benchmark (a script that prints figures, not a test).

Exports 50 scenarios × all bundled plans to Excel and to PDF and prints the seconds each took,
as one JSON object on its last line: {"xlsx_s": …, "pdf_s": …}. Targets: 2 s and 5 s.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from contracts import bundled_comparison
from exports.excel import export_xlsx
from exports.pdf import export_pdf
from models.report import report_from_state
from models.scenario import Scenario

SCENARIOS = 50


def main() -> None:
    rng = random.Random(50)
    state = bundled_comparison()
    samples = state.scenarios
    scenarios = tuple(
        Scenario(
            name=f"{samples[n % len(samples)].name} #{n + 1}",
            timezone=samples[n % len(samples)].timezone,
            reported_at=samples[n % len(samples)].reported_at
            + timedelta(hours=rng.randrange(0, 24 * 60)),
            severity=rng.choice(["critical", "high", "normal", "low"]),
            cause=rng.choice(["vendor_defect", "customer_caused", "no_fault", "change_request"]),
            effort_hours=Decimal(rng.randrange(1, 24)) / 4,
            on_site_hours=Decimal(rng.choice([0, 0, 0, 2])),
            after_hours=rng.random() < 0.2,
            requires_release=rng.random() < 0.3,
        )
        for n in range(SCENARIOS)
    )
    began = time.perf_counter()
    report = report_from_state(replace(state, scenarios=scenarios))
    build_s = time.perf_counter() - began
    out = Path(tempfile.mkdtemp())
    began = time.perf_counter()
    export_xlsx(report, out / "bench.xlsx")
    xlsx_s = time.perf_counter() - began
    began = time.perf_counter()
    export_pdf(report, out / "bench.pdf")
    pdf_s = time.perf_counter() - began
    plans = len(report.plans)
    print(f"{SCENARIOS} scenarios × {plans} plans; report built in {build_s:.2f} s")
    print(
        f"xlsx {xlsx_s:.2f} s ({(out / 'bench.xlsx').stat().st_size // 1024} KiB), "
        f"pdf {pdf_s:.2f} s ({(out / 'bench.pdf').stat().st_size // 1024} KiB)"
    )
    print(json.dumps({"xlsx_s": round(xlsx_s, 3), "pdf_s": round(pdf_s, 3)}))


if __name__ == "__main__":
    main()
