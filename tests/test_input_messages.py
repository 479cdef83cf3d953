"""Bad input files as a user meets them: a file of the wrong kind, an empty file, a list, and a
wrong value deep in a file, each one line naming the file, line and field."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from cli.app import main
from contracts import BUNDLED_DIR, PROFILES_DIR, RATES_PATH, SAMPLE_SCENARIOS_PATH
from models.comparison_file import load_comparison
from models.errors import InputError
from models.file_kinds import command
from tests.conftest import ROOT, contract_errors, line_of

KIWI = BUNDLED_DIR / "kiwi.yaml"
KIWI_TEXT = KIWI.read_text(encoding="utf-8")
PARAMS = ROOT / "contracts" / "samples" / "params.yaml"
PROFILE = PROFILES_DIR / "small-webshop.yaml"

# What each kind of file is called, and where it goes, in the messages below
AS_CONTRACT = (
    "a contract (termscope.contract/1)",
    (
        "add it to a comparison with File → Open Contract… "
        "(`termscope simulate --contracts FILE` on the command line)"
    ),
)
AS_COMPARISON = (
    "a comparison (termscope.comparison/1)",
    "open it with File → Open… (`termscope gui FILE` on the command line)",
)
AS_SCENARIOS = ("a scenario file", "give it with `--scenarios FILE`")
AS_PROFILE = (
    "a workload profile (termscope.profile/1)",
    "give it with `--profile FILE`, or Open profile… in the yearly view",
)
AS_RATES = ("a rates file", "give it with `--rates FILE`")
AS_PARAMS = ("a parameter file", "give it with `--params FILE`")


@pytest.fixture(autouse=True)
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as the installed command (`termscope`), whatever started the tests."""
    monkeypatch.setattr(sys, "argv", ["/home/user/.venv/bin/termscope"])


def first_key_line(text: str) -> int:
    """The line of the first key (not a comment) of a YAML text."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line and line[0] not in "# -")


def copy(source: Path, folder: Path, name: str | None = None) -> Path:
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def errors_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(args)
    err = capsys.readouterr().err
    assert code == 1, err
    return err.splitlines()


def wrong_kind(path: Path, line: int, found: tuple[str, str], expected: str) -> str:
    what, use = found
    return f"{path}:{line}: this file is {what}, not {expected} — {use}"


# --- 1. a file of another kind ----------------------------------------------------------------


def test_a_contract_opened_as_a_comparison_is_one_message(tmp_path: Path) -> None:
    path = copy(KIWI, tmp_path)
    with pytest.raises(InputError) as caught:
        load_comparison(path)
    line = line_of(KIWI_TEXT, "format: termscope.contract/1")
    assert [str(p) for p in caught.value.problems] == [
        wrong_kind(path, line, AS_CONTRACT, "a comparison")
    ]


def test_other_files_opened_as_a_comparison(tmp_path: Path) -> None:
    scenarios = copy(SAMPLE_SCENARIOS_PATH, tmp_path)
    with pytest.raises(InputError) as caught:
        load_comparison(scenarios)
    first_key = first_key_line(SAMPLE_SCENARIOS_PATH.read_text(encoding="utf-8"))
    assert str(caught.value) == wrong_kind(scenarios, first_key, AS_SCENARIOS, "a comparison")
    profile = copy(PROFILE, tmp_path)
    with pytest.raises(InputError) as caught:
        load_comparison(profile)
    line = line_of(PROFILE.read_text(encoding="utf-8"), "format:")
    assert str(caught.value) == wrong_kind(profile, line, AS_PROFILE, "a comparison")


def test_a_comparison_given_as_a_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "offers.yaml"
    path.write_text("# saved\nformat: termscope.comparison/1\ntitle: Offers\n", encoding="utf-8")
    expected = wrong_kind(path, 2, AS_COMPARISON, "a contract")
    assert errors_of(["validate", str(path)], capsys) == [f"invalid  {expected}"]
    assert errors_of(["simulate", "--contracts", str(path)], capsys) == [
        f"termscope: error: {expected}"
    ]


@pytest.mark.parametrize(
    ("source", "option", "found", "expected"),
    [
        (SAMPLE_SCENARIOS_PATH, ["validate"], AS_SCENARIOS, "a contract"),
        (PARAMS, ["validate"], AS_PARAMS, "a contract"),
        (RATES_PATH, ["simulate", "--contracts"], AS_RATES, "a contract"),
        (KIWI, ["simulate", "--scenarios"], AS_CONTRACT, "a scenario file"),
        (KIWI, ["simulate", "--params"], AS_CONTRACT, "a parameter file"),
        (SAMPLE_SCENARIOS_PATH, ["simulate", "--rates"], AS_SCENARIOS, "a rates file"),
        (PARAMS, ["annual", "--profile"], AS_PARAMS, "a workload profile"),
        (
            PROFILE,
            ["decide", "--profile", "small-webshop", "--criteria"],
            AS_PROFILE,
            "a criteria file",
        ),
    ],
)
def test_a_file_of_another_kind_is_named_for_what_it_is(
    source: Path,
    option: list[str],
    found: tuple[str, str],
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = copy(source, tmp_path)
    text = source.read_text(encoding="utf-8")
    # the line of its `format:`, or of its first key when the kind has no format
    line = line_of(text, "format:") if "format:" in text else first_key_line(text)
    message = wrong_kind(path, line, found, expected)
    prefix = "invalid  " if option == ["validate"] else "termscope: error: "
    assert errors_of([*option, str(path)], capsys) == [prefix + message]


# --- 2. the command named as the user runs it ----------------------------------------------------


def test_the_command_is_named_as_the_user_runs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = KIWI_TEXT.replace("minimum_charge: 120", "minimum_charg: 120")
    line = line_of(text, "minimum_charg:")
    where = f"bad.yaml:{line}: plans[0].pricing[3].minimum_charg"
    assert command("schema") == "termscope schema"
    assert contract_errors(text) == [
        f"{where}: unknown field (a typo? see `termscope schema` for the fields)"
    ]
    monkeypatch.setattr(sys, "argv", ["main.py", "validate"])
    assert command("schema") == "python main.py schema"
    assert contract_errors(text) == [
        f"{where}: unknown field (a typo? see `python main.py schema` for the fields)"
    ]


# --- 3. an empty file, a list, a text ----------------------------------------------------------


FIELDS = "a mapping of fields"


@pytest.mark.parametrize(
    ("option", "kind", "starts", "holds"),
    [
        (
            ["validate"],
            "a contract",
            "`format: termscope.contract/1`",
            f"{FIELDS} (format, id, vendor, …)",
        ),
        (["simulate", "--scenarios"], "a scenario file", "`scenarios:`", f"{FIELDS} (scenarios)"),
        (
            ["simulate", "--params"],
            "a parameter file",
            "a contract id, e.g. `kianpardaz:`",
            "a mapping of contract ids to their parameters (kianpardaz: {product_price: …})",
        ),
        (
            ["simulate", "--rates"],
            "a rates file",
            "`date:`, `base:` and `rates:`",
            f"{FIELDS} (date, base, rates)",
        ),
        (
            ["annual", "--profile"],
            "a workload profile",
            "`format: termscope.profile/1`",
            f"{FIELDS} (format, name, timezone, …)",
        ),
    ],
)
def test_an_empty_file_and_a_list_say_what_the_kind_is(
    option: list[str],
    kind: str,
    starts: str,
    holds: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    prefix = "invalid  " if option == ["validate"] else "termscope: error: "
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert errors_of([*option, str(empty)], capsys) == [
        f"{prefix}{empty}:1: the file is empty — {kind} starts with {starts}"
    ]
    listed = tmp_path / "list.yaml"
    listed.write_text("# a list\n\n- format: termscope.contract/1\n- id: kiwi\n", encoding="utf-8")
    assert errors_of([*option, str(listed)], capsys) == [
        f"{prefix}{listed}:3: {kind} is {holds}, not a list"
    ]


def test_an_empty_comparison_and_a_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_comparison(empty)
    assert str(caught.value) == (
        f"{empty}:1: the file is empty — a comparison starts with `format: termscope.comparison/1`"
    )
    text = tmp_path / "text.yaml"
    text.write_text("kiwi\n", encoding="utf-8")
    assert errors_of(["validate", str(text)], capsys) == [
        f"invalid  {text}:1: a contract is a mapping of fields (format, id, vendor, …), not a text"
    ]


# --- 4. a wrong value deep in a file: its own line and path ------------------------------------


def test_a_wrong_weekday_interval_names_its_line_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = KIWI_TEXT.replace('monday: ["09:00-17:00"]', 'monday: ["25:00-17:00"]')
    path = tmp_path / "bad-hours.yaml"
    path.write_text(text, encoding="utf-8")
    line = line_of(text, "monday:")  # 24, not the line of `week:` (22)
    assert errors_of(["validate", str(path)], capsys) == [
        (
            f"invalid  {path}:{line}: office_hours.week.monday[0]: "
            "'25:00-17:00' is not a valid time range"
        )
    ]
    malformed = KIWI_TEXT.replace('tuesday: ["09:00-17:00"]', 'tuesday: ["09:00-17:00", "9 to 5"]')
    assert contract_errors(malformed) == [
        (
            f"bad.yaml:{line_of(malformed, 'tuesday:')}: office_hours.week.tuesday[1]: "
            "office hours must look like 09:00-17:00, not '9 to 5'"
        )
    ]
    overlapping = KIWI_TEXT.replace(
        'sunday: ["09:00-17:00"]', 'sunday: ["09:00-17:00", "16:00-18:00"]'
    )
    assert contract_errors(overlapping) == [
        (
            f"bad.yaml:{line_of(overlapping, 'sunday:')}: office_hours.week.sunday: "
            "office hours ['09:00-17:00', '16:00-18:00'] overlap"
        )
    ]


def test_a_wrong_item_of_a_block_list_names_its_own_line() -> None:
    """The holiday eves' hours as a block list: the second item's line, not `hours:`'s."""
    text = KIWI_TEXT.replace(
        '    hours: ["09:00-13:00"]\n', '    hours:\n      - "09:00-12:00"\n      - "13:00-12:30"\n'
    )
    assert contract_errors(text) == [
        (
            f"bad.yaml:{line_of(text, '13:00-12:30')}: holidays.eves.hours[1]: "
            "'13:00-12:30' ends before it starts"
        )
    ]


def test_a_wrong_rate_names_its_currency_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = RATES_PATH.read_text(encoding="utf-8").replace('NOK: "11.7"', 'NOK: "-11.7"')
    path = tmp_path / "rates.yaml"
    path.write_text(text, encoding="utf-8")
    assert errors_of(["simulate", "--rates", str(path)], capsys) == [
        (
            f"termscope: error: {path}:{line_of(text, 'NOK:')}: rates.NOK: "
            "the rate of NOK must be above 0, not -11.7"
        )
    ]


def test_new_contract_says_how_to_validate_as_the_user_runs_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "acme.yaml"
    argv = ["new-contract", "--id", "acme", "--vendor", "Acme AS", "--currency", "NOK"]
    assert main([*argv, "--timezone", "Europe/Oslo", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}: validate it with `termscope validate {out}`\n"
    assert "`termscope validate FILE` checks the file" in out.read_text(encoding="utf-8")


def test_a_wrong_monthly_count_names_its_severity_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = PROFILE.read_text(encoding="utf-8")
    flow = next(line for line in text.splitlines() if line.startswith("tickets_per_month:"))
    block = "tickets_per_month:\n  critical: 0.2\n  high: 0.6\n  normal: -1\n  low: 1"
    bad = text.replace(flow, block)
    severity = "normal"
    path = tmp_path / "profile.yaml"
    path.write_text(bad, encoding="utf-8")
    assert errors_of(["annual", "--profile", str(path)], capsys) == [
        (
            f"termscope: error: {path}:{line_of(bad, f'{severity}: -1')}: "
            f"tickets_per_month.{severity}: tickets per month cannot be negative (-1)"
        )
    ]
