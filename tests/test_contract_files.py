"""The bundled contract files, and how bad contract files are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.app import contract_schema
from contracts import BUNDLED_DIR, SCHEMA_PATH
from models.contract import Contract, fold_space
from models.errors import InputError
from models.loading import load_contract, load_contracts, parse_contract
from models.vocabulary import CAUSES
from tests.conftest import SEEDS, contract_errors, line_of, scenario

KIWI_TEXT = (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8")


def test_the_five_vendors_with_the_plan_ids_of_the_digest(contracts: dict[str, Contract]) -> None:
    plans = {cid: [p.id for p in c.plans] for cid, c in contracts.items()}
    assert plans == {
        "kiwi": ["standard"],
        "mystore": ["support", "service"],
        "sitecom": ["standard"],
        "kianpardaz": [
            "product-bronze",
            "product-silver",
            "product-gold",
            "project-basic",
            "project-silver",
            "project-gold",
            "hours-50",
            "hours-100",
            "hours-200",
        ],
        "swedish-ecommerce": ["service-agreement", "hourly"],
    }


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
def test_every_original_is_the_vendors_own_words(contracts: dict[str, Contract]) -> None:
    """Originals are quoted from the seed texts; only runs of white space are folded."""
    for contract in contracts.values():
        seed = fold_space((SEEDS / contract.source.document).read_text(encoding="utf-8"))
        for clause in contract.clauses:
            assert fold_space(clause.original) in seed, (contract.id, clause.id)


def test_every_plan_prices_every_cause(contracts: dict[str, Contract]) -> None:
    """No request falls through the price rules to the engine's 'the terms do not price this'."""
    for contract in contracts.values():
        for plan in contract.plans:
            for cause in CAUSES:
                from models.engine import simulate

                result = simulate(
                    contract, plan.id, scenario("2026-06-08T10:00+03:00", cause=cause)
                )
                unpriced = [line for line in result.cost.lines if line.clause is None]
                assert unpriced == [], (contract.id, plan.id, cause)


def test_assumed_and_interpreted_values_are_marked(contracts: dict[str, Contract]) -> None:
    assert contracts["mystore"].office_hours.provenance == "assumed"
    assert contracts["swedish-ecommerce"].parameter("included_hours").provenance == "assumed"
    k5 = contracts["kiwi"].plan("standard").milestones.work_start[2]
    assert (k5.clause, k5.provenance) == ("K5", "interpreted")


def test_k5_reading_is_a_field_not_code(tmp_path: Path) -> None:
    text = KIWI_TEXT.replace(
        '- when: {reported_by: "14:00"}\n          clock: {kind: clock_hours, hours: 8}',
        '- when: {reported_by: "14:00"}\n          clock: {kind: business_hours, hours: 8}',
    )
    assert text != KIWI_TEXT
    contract = parse_contract(text, "kiwi-business-hours.yaml")
    from models.engine import simulate

    result = simulate(contract, "standard", scenario("2026-06-08T11:30+03:00"))
    work_start = result.milestones["work_start"]
    assert work_start is not None
    assert work_start.at.isoformat() == "2026-06-09T11:30:00+03:00"  # 5.5 h Monday + 2.5 h


def test_shipped_schema_is_current() -> None:
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert shipped == contract_schema()
    for path in BUNDLED_DIR.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=contract.schema.json", path


def test_unknown_key_names_file_line_and_field() -> None:
    text = KIWI_TEXT.replace("minimum_charge: 120", "minimum_charg: 120")
    line = line_of(text, "minimum_charg:")
    hint = "(a typo? see `termscope schema` for the fields)"  # as installed (see README)
    assert contract_errors(text) == [
        f"bad.yaml:{line}: plans[0].pricing[3].minimum_charg: unknown field {hint}"
    ]


def test_bad_value_names_file_line_and_field() -> None:
    text = KIWI_TEXT.replace("rate: 180", "rate: abc")
    line = line_of(text, "rate: abc")
    assert contract_errors(text) == [
        f"bad.yaml:{line}: plans[0].pricing[3].rate: Input should be a valid decimal (got 'abc')"
    ]


def test_unknown_currency_and_zone() -> None:
    text = KIWI_TEXT.replace("currency: ILS", "currency: ISL").replace(
        "timezone: Asia/Jerusalem", "timezone: Asia/Jerusalme"
    )
    errors = contract_errors(text)
    assert any("currency: unknown currency 'ISL'" in e for e in errors)
    assert any("timezone: unknown time zone 'Asia/Jerusalme'" in e for e in errors)


def test_citing_a_clause_that_does_not_exist() -> None:
    text = KIWI_TEXT.replace(
        "clause: K10\n          provenance: stated", "clause: K99\n          provenance: stated"
    )
    assert any("K99" in e for e in contract_errors(text))


def test_yaml_syntax_error_and_duplicate_key() -> None:
    assert contract_errors("id: kiwi\n  vendor: [\n") == [
        # line 2, column 9: the colon after `vendor` (libyaml's words)
        "bad.yaml:2:9: YAML syntax error: mapping values are not allowed in this context"
    ]
    assert contract_errors("id: a\nid: b\n") == [
        "bad.yaml:2:1: key 'id' appears twice in the same mapping"
    ]


def test_yaml_1_1_surprises_do_not_happen() -> None:
    """NO stays the country code and 17:00 stays a time (YAML 1.1 reads false and 1020)."""
    text = KIWI_TEXT.replace("country: IL", "country: NO").replace('"09:00-17:00"', "09:00-17:00")
    contract = parse_contract(text, "kiwi-no.yaml")
    assert contract.holidays.country == "NO"


def test_missing_file_and_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.yaml: file not found"):
        load_contract(tmp_path / "nope.yaml")
    (tmp_path / "a.yaml").write_text(KIWI_TEXT, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(KIWI_TEXT, encoding="utf-8")
    with pytest.raises(InputError, match="contract id 'kiwi' is also used by"):
        load_contracts([tmp_path])
