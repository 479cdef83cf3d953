"""The fuzz property on a short budget: every mutated input of every file kind ends in success
or a clean one-line error, within 10 s (the long run: tests/bench/fuzz_long.py)."""

from __future__ import annotations

from tests.fuzz.mutate import fuzz

BUDGET_SECONDS = 45


def test_mutated_inputs_end_in_success_or_one_clean_line() -> None:
    figures = fuzz(seed=2026, budget=BUDGET_SECONDS)
    assert figures.runs >= 100, figures.summary()
    assert figures.tracebacks == 0, figures.failures[:5]
    assert figures.slow == 0, figures.failures[:5]
    assert figures.line_share() >= 0.95, figures.summary()
