"""Comparison files: save → open gives back the same comparison; damaged files say where."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from contracts import bundled_comparison
from models.comparison_file import comparison_text, load_comparison, save_comparison
from models.errors import InputError
from tests.conftest import scenario


def test_save_then_open_round_trips_exactly(tmp_path: Path) -> None:
    state = bundled_comparison()
    state = replace(
        state,
        title="Webshop support 2027",
        client="ACME Ltd — חנות",
        plans=state.plans[:4],
        scenarios=(
            *state.scenarios,
            scenario(
                "2026-03-20T10:00",
                timezone="Europe/Stockholm",
                name="With a zone",
                effort_hours="2.75",
            ),
        ),
        parameters={"kianpardaz": {"product_price": Decimal("123.45")}},
        show_gross=True,
        currency="NOK",
    )
    path = tmp_path / "offer.termscope.yaml"
    save_comparison(state, path)
    again = load_comparison(path)
    assert again.title == state.title
    assert again.client == state.client
    assert again.plans == state.plans
    assert again.scenarios == state.scenarios
    assert again.scenarios[-1].timezone == "Europe/Stockholm"
    assert again.parameters == state.parameters
    assert again.rates == state.rates
    assert (again.currency, again.show_gross) == ("NOK", True)
    assert [c.contract for c in again.contracts] == [c.contract for c in state.contracts]
    assert comparison_text(again) == comparison_text(state)
    # the results are the same too
    assert [r.cost.net for r in again.results(again.scenarios[2])] == [
        r.cost.net for r in state.results(state.scenarios[2])
    ]


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("old", encoding="utf-8")
    save_comparison(bundled_comparison(), path)
    assert path.read_text(encoding="utf-8").startswith("# Termscope comparison")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_damaged_file_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    save_comparison(bundled_comparison(), path)
    text = path.read_text(encoding="utf-8").replace("effort_hours: '3'", "effort_hours: 'lots'", 1)
    path.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "'lots'" in t)
    with pytest.raises(InputError) as caught:
        load_comparison(path)
    assert str(caught.value) == (
        f"{path}:{line}: scenarios[0].effort_hours: Input should be a valid decimal (got 'lots')"
    )


def test_error_in_an_embedded_contract_points_into_the_comparison_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    save_comparison(bundled_comparison(), path)
    text = path.read_text(encoding="utf-8").replace("rate: 180", "rate: cheap", 1)
    path.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "rate: cheap" in t)
    with pytest.raises(InputError) as caught:
        load_comparison(path)
    [problem] = caught.value.problems
    assert problem.line == line
    assert problem.field == "contracts.kiwi → plans[0].pricing[3].rate"


def test_unknown_plan_and_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    save_comparison(bundled_comparison(), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- kiwi:standard", "- kiwi:premium"), encoding="utf-8")
    with pytest.raises(InputError, match=r"no plan 'kiwi:premium' among the embedded contracts"):
        load_comparison(path)
    path.write_text(text[: len(text) // 3] + "\n  - [", encoding="utf-8")
    with pytest.raises(InputError, match="YAML syntax error"):
        load_comparison(path)
