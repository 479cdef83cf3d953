"""The steps of a decision, in order (for progress displays; no numpy here)."""

STEPS = ("Yearly costs", "Readings", "Parameters", "Exchange rates", "Volumes", "Break-even")
