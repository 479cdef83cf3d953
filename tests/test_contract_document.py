"""Editing a contract file: round trips keep the bytes, edits touch their own lines only, and
`new-contract` writes a commented template that validates."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import contracts
from cli.app import main
from contracts.template import contract_template, holiday_country
from models.contract_document import ContractDocument, path_of
from models.errors import InputError

BUNDLED = sorted(contracts.BUNDLED_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_open_and_save_without_edits_keeps_every_byte(path: Path, tmp_path: Path) -> None:
    document = ContractDocument.load(path)
    assert document.validate().ok
    assert not document.modified
    out = tmp_path / path.name
    document.save(out)
    assert out.read_bytes() == path.read_bytes()


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_an_edit_of_one_field_changes_only_that_line() -> None:
    path = contracts.BUNDLED_DIR / "mystore.yaml"
    document = ContractDocument.load(path)
    document.set(("plans", 1, "pricing", 2, "rate"), 300)  # M5: NOK 250 → 300 a quarter hour
    document.set(("vat", "rate"), "0.2")  # a quoted value stays quoted
    assert _changed_lines(path.read_text(encoding="utf-8"), document.text()) == [
        '-  rate: "0.25"',
        '+  rate: "0.2"',
        "-        rate: 250",
        "+        rate: 300",
    ]
    checked = document.validate()
    assert checked.contract is not None
    assert checked.contract.plan("service").pricing[2].rate == 300  # type: ignore[union-attr]


def test_an_invalid_edit_gives_validates_message_at_the_field() -> None:
    document = ContractDocument.load(contracts.BUNDLED_DIR / "kiwi.yaml")
    document.set(("currency",), "ILX")
    document.set(("plans", 0, "pricing", 0, "label"), None)
    checked = document.validate()
    assert not checked.ok
    fields = {p.field: p.message for p in checked.problems}
    assert "unknown currency 'ILX'" in fields["currency"]
    assert [str(p) for p in checked.problems_at(path_of("currency"))] == [
        f"{document.source}:{document.line_of(('currency',))}: currency: {fields['currency']}"
    ]


def test_adding_a_clause_at_the_end_keeps_the_blank_line_after_the_list() -> None:
    path = contracts.BUNDLED_DIR / "mystore.yaml"
    document = ContractDocument.load(path)
    document.insert(("clauses",), {"id": "M9", "original": "Hei.", "english": "Hello."})
    text = document.text()
    assert "    english: Hello.\n\nparameters: []" in text
    assert _changed_lines(path.read_text(encoding="utf-8"), text) == [
        "+  - id: M9",
        "+    original: Hei.",
        "+    english: Hello.",
    ]


def test_field_paths_read_as_validate_writes_them() -> None:
    assert path_of("plans[0].pricing[12].rate") == ("plans", 0, "pricing", 12, "rate")


# --- new-contract ----------------------------------------------------------------------------


def test_new_contract_writes_a_template_that_validates(tmp_path: Path) -> None:
    out = tmp_path / "acme.yaml"
    args = ["--id", "acme", "--vendor", "Acme AS", "--currency", "NOK"]
    assert (
        main(
            [
                "new-contract",
                *args,
                "--timezone",
                "Europe/Oslo",
                "--language",
                "no",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert main(["validate", str(out)]) == 0
    contract = ContractDocument.load(out).validate().contract
    assert contract is not None
    assert (contract.id, contract.vendor, contract.currency) == ("acme", "Acme AS", "NOK")
    assert contract.source.language == "no"  # quoted: a bare no is false to YAML 1.1 readers
    assert contract.holidays.country == "NO"  # Europe/Oslo is in Norway (tzdata's zone.tab)
    kinds = {type(rule).__name__ for rule in contract.plans[0].pricing}
    assert kinds == {"NotStated", "Included", "ServiceHours", "Hourly"}
    # every line that sets a field explains it, or sits under a commented parent
    text = out.read_text(encoding="utf-8")
    assert text.count("#") >= 40


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--currency", "NOKK", "--currency: unknown currency 'NOKK'"),
        ("--timezone", "Europe/Osloo", "--timezone: unknown time zone 'Europe/Osloo'"),
        ("--id", "Acme", "--id: an id is lower-case letters"),
    ],
)
def test_new_contract_refuses_a_bad_value_in_one_line(
    flag: str, value: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = {"--id": "acme", "--currency": "NOK", "--timezone": "Europe/Oslo", flag: value}
    argv = ["new-contract", "--vendor", "Acme", "--out", str(tmp_path / "a.yaml")]
    for name, given in values.items():
        argv += [name, given]
    assert main(argv) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"termscope: error: {message}")
    assert not (tmp_path / "a.yaml").exists()


def test_a_zone_without_a_holiday_country_gives_none() -> None:
    assert holiday_country("Asia/Jerusalem") == "IL"
    assert holiday_country("UTC") is None
    with pytest.raises(InputError):
        contract_template("x", " ", "EUR", "UTC")
