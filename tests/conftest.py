"""Shared fixtures: the bundled contracts, and a short way to run one plan on one scenario."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from contracts import bundled_contracts
from models.contract import Contract
from models.engine import simulate
from models.result import Result
from models.scenario import Scenario

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

Run = Callable[..., Result]


@pytest.fixture(scope="session")
def contracts() -> dict[str, Contract]:
    return {c.id: c for c in bundled_contracts()}


def local(text: str, zone: str) -> datetime:
    """A wall-clock time in a zone: local('2026-06-08 11:30', 'Asia/Jerusalem')."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def scenario(reported_at: str | datetime, **fields: Any) -> Scenario:
    return Scenario.model_validate({"reported_at": reported_at, **fields})


@pytest.fixture(scope="session")
def run(contracts: dict[str, Contract]) -> Run:
    """run("kiwi", "standard", "2026-06-08T11:30+03:00", effort_hours=2, params={...})."""

    def _run(
        contract_id: str,
        plan_id: str,
        reported_at: str | datetime,
        params: dict[str, Decimal] | None = None,
        **fields: Any,
    ) -> Result:
        return simulate(contracts[contract_id], plan_id, scenario(reported_at, **fields), params)

    return _run


def at(result: Result, milestone: str) -> str | None:
    """A milestone as ISO text in the vendor's zone (None: not stated)."""
    found = result.milestones[milestone]  # type: ignore[index]
    return None if found is None else found.at.isoformat()


def texts(messages: Any) -> str:
    return " | ".join(m.text for m in messages)


def contract_errors(text: str) -> list[str]:
    """The validation messages of a contract text that must not validate (as `bad.yaml`)."""
    from models.errors import InputError
    from models.loading import parse_contract

    with pytest.raises(InputError) as caught:
        parse_contract(text, "bad.yaml")
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    """The first line (1-based) of `text` that contains `needle`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)
