"""The bundled vendor contracts, sample scenarios, sample parameters and exchange rates."""

from __future__ import annotations

from pathlib import Path

from models.contract import Contract
from models.loading import load_contracts

BUNDLED_DIR = Path(__file__).resolve().parent
SCHEMA_PATH = BUNDLED_DIR / "contract.schema.json"
RATES_PATH = BUNDLED_DIR / "data" / "rates.yaml"
SAMPLE_SCENARIOS_PATH = BUNDLED_DIR / "samples" / "scenarios.yaml"
SAMPLE_PARAMS_PATH = BUNDLED_DIR / "samples" / "params.yaml"


def bundled_contracts() -> list[Contract]:
    """The five seed vendors' contracts, in file-name order."""
    return load_contracts([BUNDLED_DIR])
