"""The comparison view (`models/view.py`): the cells every renderer lays out, worked by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from contracts import bundled_comparison
from models.money import format_money
from models.view import Table, format_elapsed, format_instant, scenario_table

STATE = bundled_comparison()


@pytest.fixture(scope="module")
def on_site() -> Table:
    """Sample "On-site visit for a critical outage": Tuesday 3 Feb 2026 09:15 in Stockholm,
    critical, a vendor defect, 3 h of work and 3 h on site."""
    scenario = next(s for s in STATE.scenarios if s.name.startswith("On-site visit"))
    return scenario_table(scenario, STATE.results(scenario), STATE.rates, "EUR")


@pytest.mark.parametrize(
    ("hours", "shown"),
    [(2.5, "+2.5 h"), (47.9, "+47.9 h"), (48, "+2.0 d"), (70.2, "+2.9 d"), (-1, "−1.0 h")],
)
def test_one_elapsed_format(hours: float, shown: str) -> None:
    assert format_elapsed(timedelta(hours=hours)) == shown


def test_a_date_in_another_year_shows_its_year() -> None:
    reported = datetime(2026, 11, 20, 10, tzinfo=ZoneInfo("Asia/Tehran"))
    assert format_instant(reported + timedelta(days=3), reported) == "Mon 23 Nov 10:00"
    assert format_instant(reported + timedelta(days=416), reported) == "Mon 10 Jan 2028 10:00"


def test_money_has_the_currencys_own_digits_and_rounds_half_up() -> None:
    assert format_money(Decimal("10.125"), "EUR") == "EUR\u00a010.13"
    assert format_money(Decimal("75000000.5"), "IRR") == "IRR\u00a075,000,001"  # no minor unit
    assert format_money(None, "NOK") == "not stated"


def test_cells_of_a_critical_on_site_visit(on_site: Table) -> None:
    kiwi = next(r for r in on_site.rows if r.key == "kiwi:standard")
    # K3: 3 h on site at ILS 250 an hour (at least 2 h); K12: the defect itself is free
    assert kiwi["cost"].text == "ILS\u00a0750.00"
    assert kiwi["cost"].amount == Decimal(750)
    assert kiwi["converted"].text == "EUR\u00a0192.31"  # 750 / 3.9 = 192.307…
    # K7: critical work starts 2 clock hours after the report, in Jerusalem's time (UTC+2)
    assert kiwi["work_start"].text == "Tue 03 Feb 12:15 (+2.0 h)"
    assert kiwi["work_start"].best
    assert kiwi["fee"].text == "none"


def test_a_partly_priced_cost_shows_its_known_part(on_site: Table) -> None:
    mystore = next(r for r in on_site.rows if r.key == "mystore:support")
    # M1: the fault itself is free; no clause prices a visit: the rest is not stated, never 0
    assert mystore["cost"].text == "NOK\u00a00.00 + not stated"
    assert (mystore["cost"].amount, mystore["cost"].missing) == (Decimal(0), "not stated")
    assert mystore["converted"].text == "EUR\u00a00.00 + not stated"
    assert mystore["status"].text == "quote required"


def test_cheapest_is_never_decided_on_one_request(on_site: Table) -> None:
    for row in on_site.rows:
        for column in ("cost", "converted", "fee", "fee_converted"):
            assert not row[column].best, (row.key, column)
    gold = next(r for r in on_site.rows if r.key == "kianpardaz:product-gold")
    # P9: the Gold package costs 40 % of the product price (IRR 1,200,000,000) a year
    assert gold["fee"].text == "IRR\u00a0480,000,000 / year"
    assert gold["fee_converted"].text == "EUR\u00a01,000.00"  # at 480,000 IRR to the euro
