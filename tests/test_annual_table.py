"""The yearly table (models.decision_view.annual_table) counts tickets a year, and the CLI's
`annual --format table` lays it out."""

from __future__ import annotations

from decimal import Decimal

from cli.table import render_annual
from contracts import bundled_contracts
from models.annual import simulate_years
from models.comparison import PlanRef
from models.decision_view import annual_table
from models.rates import Rates
from tests.test_annual import PARAMS, exact


def test_not_covered_is_a_years_mean_not_a_total_over_the_years() -> None:
    by_id = {c.id: c for c in bundled_contracts()}
    profile = exact(tickets_per_month={"normal": 3}, effort="0.2", timezone="Asia/Tehran")
    annual = simulate_years(
        profile, [PlanRef(by_id["kianpardaz"], "hours-50")], PARAMS, 4, times=False
    )
    rates = Rates.model_validate({"date": "2026-11-01", "base": "EUR", "rates": {"EUR": 1}})
    table = annual_table(annual, rates, None, {})
    cell = table.rows[0]["not_covered"].text
    # P11: at least 5 h drawn a month, the 50 h are gone after 10 months: the 6 tickets of
    # November and December are refused each year, 24 over the 4 years; 36 tickets a year,
    # 6 / 36 = 16.7 %
    assert cell == "6.0 (17%)"
    assert table.rows[0]["no_price"].text == "0.0"
    text = render_annual(annual, rates, None)
    assert "6.0 (17%)" in text
    assert "24" not in text.split("\n")[3]  # the row shows no total over the years
    assert annual.plans[0].not_covered == 24  # the total the table no longer shows
    assert annual.plans[0].mean_fee == Decimal(50 * 25_000_000)


def test_a_yearly_cost_that_needs_a_parameter_is_never_shown_as_0() -> None:
    """Without --params, Kian Pardaz's fee (P9: 20 % of the product price) is unknown: the
    yearly costs say which parameter they need, as the comparison table does, not EUR 0.00."""
    by_id = {c.id: c for c in bundled_contracts()}
    profile = exact(tickets_per_month={"normal": 3}, causes={"customer_caused": 1}, effort="0.2")
    plans = [PlanRef(by_id["kianpardaz"], "product-bronze"), PlanRef(by_id["kiwi"], "standard")]
    annual = simulate_years(profile, plans, {}, 2, times=False)
    rates = Rates.model_validate(
        {"date": "2026-11-01", "base": "EUR", "rates": {"EUR": 1, "IRR": 480000, "ILS": "3.9"}}
    )
    table = annual_table(annual, rates, "EUR", {})
    bronze, kiwi = table.rows
    for column in ("p10", "p50", "p90", "fee"):
        assert bronze[column].text == "needs parameter product_price", column
        assert bronze[column].sort is None
    assert bronze["usage"].text == "EUR\xa00.00"  # known: the package covers the tickets' work
    # K12: 3 customer-caused tickets a month of 0.2 h at ILS 180 an hour, at least ILS 120
    # each: 36 × ILS 120 = ILS 4,320 a year = EUR 4,320 / 3.9 = EUR 1,107.69
    assert kiwi["p50"].text == "EUR\xa01,107.69"
    text = render_annual(annual, rates, "EUR")
    bronze_line = next(line for line in text.splitlines() if line.startswith("kianpardaz"))
    assert "needs parameter product_price" in bronze_line
    assert bronze_line.count("EUR\xa00.00") == 2  # usage and overflow, both known to be 0
