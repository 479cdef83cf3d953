"""The long fuzz run (issue 11): N mutated inputs of every file kind through the CLI entry point.

    .venv/bin/python tests/bench/fuzz_long.py [--inputs 10000] [--seed 11]

Prints the figures (tracebacks, runs over 10 s, share of errors with file and line), what broke
the property if anything, and exits 1 if the property does not hold.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fuzz.mutate import fuzz


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    began = time.perf_counter()
    figures = fuzz(args.seed, count=args.inputs)
    for failure in figures.failures:
        print(failure)
    print(f"seed {args.seed}, {time.perf_counter() - began:.0f} s: {figures.summary()}")
    held = not figures.tracebacks and not figures.slow and figures.line_share() >= 0.98
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
