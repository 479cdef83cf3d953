"""Benchmark of `simulate` on many scenarios: wall time and peak memory, before and after.

Writes a scenario file of N varied scenarios (seeded), then runs `main.py simulate` on it
(JSON and table, all bundled plans, converted to EUR) in a subprocess, once in this checkout
("after") and once in a copy of an older commit ("before", by default the commit this work
started from), and prints seconds and peak MB for each. Its last line is one JSON object.

    .venv/bin/python tests/bench/bench_simulate_stream.py [--scenarios 10000] [--before REV]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "4326630"  # main as it was when issue 11 was taken up
ZONES = ["Asia/Jerusalem", "Europe/Oslo", "Asia/Tehran", "Europe/Stockholm", "Europe/Copenhagen"]
SEVERITIES = ["critical", "high", "normal", "low"]
CAUSES = ["vendor_defect", "customer_caused", "no_fault", "change_request"]


def write_scenarios(path: Path, count: int, seed: int = 11) -> None:
    """`count` scenarios spread over 2026-2027, every severity, cause and flag."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as out:
        out.write("scenarios:\n")
        for n in range(count):
            at = start + timedelta(minutes=15 * rng.randrange(2 * 365 * 96))
            out.write(
                f"  - name: Request {n}\n"
                f"    timezone: {rng.choice(ZONES)}\n"
                f"    reported_at: {at.isoformat()}\n"
                f"    severity: {rng.choice(SEVERITIES)}\n"
                f"    cause: {rng.choice(CAUSES)}\n"
                f'    effort_hours: "{rng.choice(["0.25", "1", "2.5", "6", "12"])}"\n'
                f'    on_site_hours: "{rng.choice(["0", "0", "0", "2"])}"\n'
                f"    after_hours: {str(rng.random() < 0.2).lower()}\n"
                f"    requires_release: {str(rng.random() < 0.3).lower()}\n"
            )


def run(checkout: Path, scenarios: Path, fmt: str) -> tuple[float, float, int]:
    """(seconds, peak MB of the child, bytes printed) of one simulate run."""
    command = [sys.executable, "-c", _PEAK, "simulate", "--scenarios", str(scenarios)]
    command += ["--currency", "EUR", "--format", fmt]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    # the output goes to a file: held in this process, it would raise the child's peak too
    # (a forked child starts from its parent's high-water mark)
    with tempfile.TemporaryFile() as output:
        began = time.perf_counter()
        done = subprocess.run(
            command, cwd=checkout, env=env, stdout=output, stderr=subprocess.PIPE, check=False
        )
        seconds = time.perf_counter() - began
        size = output.seek(0, os.SEEK_END)
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: exit {done.returncode}: {done.stderr.decode()[-500:]}")
    peak_mb = float(done.stderr.decode().strip().splitlines()[-1])
    return seconds, peak_mb, size


# Runs main(), then prints the process's own peak RSS (MB) as the last line of stderr.
_PEAK = (
    "import resource, sys\n"
    "from cli.app import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def checkout_of(rev: str, into: Path) -> Path:
    archive = into / "src.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "archive", rev], cwd=ROOT, stdout=handle, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "src", filter="data")
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenarios", type=int, default=10_000)
    parser.add_argument("--before", default=BEFORE, help="git revision for 'before' ('' = skip)")
    parser.add_argument("--formats", default="json,table")
    args = parser.parse_args()
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scenarios = folder / "scenarios.yaml"
        write_scenarios(scenarios, args.scenarios)
        checkouts = {"after": ROOT}
        if args.before:
            checkouts = {"before": checkout_of(args.before, folder), **checkouts}
        for label, checkout in checkouts.items():
            for fmt in args.formats.split(","):
                seconds, peak, size = run(checkout, scenarios, fmt)
                figures[f"{label}_{fmt}"] = {"seconds": round(seconds, 2), "peak_mb": round(peak)}
                print(f"{label:6} {fmt:5}: {seconds:7.2f} s, peak {peak:6.0f} MB, {size:,} bytes")
    if "before_json" in figures:
        for fmt in args.formats.split(","):
            ratio = figures[f"after_{fmt}"]["seconds"] / figures[f"before_{fmt}"]["seconds"]
            print(f"{fmt}: after / before = {ratio:.2f}")
    print(json.dumps({"scenarios": args.scenarios, **figures}))


if __name__ == "__main__":
    main()
