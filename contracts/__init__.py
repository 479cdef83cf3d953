"""The bundled vendor contracts, sample scenarios, sample parameters and exchange rates."""

from __future__ import annotations

from pathlib import Path

from models.comparison_file import ComparisonState, LoadedContract
from models.contract import Contract
from models.loading import (
    load_contract,
    load_contracts,
    load_parameter_values,
    load_rates,
    load_scenarios,
)
from models.profile import Profile
from models.yamlio import read_yaml, validate_document

BUNDLED_DIR = Path(__file__).resolve().parent
SCHEMA_PATH = BUNDLED_DIR / "contract.schema.json"
RATES_PATH = BUNDLED_DIR / "data" / "rates.yaml"
SAMPLE_SCENARIOS_PATH = BUNDLED_DIR / "samples" / "scenarios.yaml"
SAMPLE_PARAMS_PATH = BUNDLED_DIR / "samples" / "params.yaml"
PROFILES_DIR = BUNDLED_DIR / "profiles"


def bundled_contracts() -> list[Contract]:
    """The five seed vendors' contracts, in file-name order."""
    return load_contracts([BUNDLED_DIR])


def bundled_comparison() -> ComparisonState:
    """What the app opens with: every bundled plan, the sample scenarios and parameters, EUR."""
    loaded = tuple(
        LoadedContract(load_contract(path), path.read_text(encoding="utf-8"), "bundled")
        for path in sorted(BUNDLED_DIR.glob("*.yaml"))
    )
    return ComparisonState(
        contracts=loaded,
        plans=tuple(f"{c.contract.id}:{p.id}" for c in loaded for p in c.contract.plans),
        scenarios=tuple(load_scenarios(SAMPLE_SCENARIOS_PATH)),
        rates=load_rates(RATES_PATH),
        parameters=load_parameter_values(SAMPLE_PARAMS_PATH),
        currency="EUR",
        title="Support offers compared",
    )


def bundled_profiles() -> list[Profile]:
    """The sample workload profiles (a small web shop first)."""
    paths = sorted(PROFILES_DIR.glob("*.yaml"), key=lambda p: p.name != "small-webshop.yaml")
    return [validate_document(Profile, read_yaml(path)) for path in paths]
