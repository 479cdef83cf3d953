"""Bad, huge and hostile input (issue 11): each bomb ends in one clean line, fast, or in a
bounded success; a crash is exit 3 with the trace in a file; Ctrl-C is exit 130."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import contracts
from cli.app import main
from models.comparison import compare, select_plans
from models.comparison_file import comparison_text, load_comparison
from models.errors import InputError
from models.loading import load_contracts, load_rates, load_scenarios
from models.serialize import simulation_json
from tests.conftest import ROOT

AT = ["--at", "2026-06-08T11:30+03:00"]
PROFILE = str(ROOT / "contracts" / "profiles" / "small-webshop.yaml")
ONE_LINE = re.compile(r"termscope: error: [^\n]+\n")


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def scenario_file(tmp_path: Path, body: str, name: str = "s.yaml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def error_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one error line of a run that must fail as invalid input (exit 1)."""
    code, _, err = cli(args, capsys)
    assert code == 1, err
    assert ONE_LINE.fullmatch(err), err
    return err.removeprefix("termscope: error: ").rstrip("\n")


# --- the reader's limits -----------------------------------------------------------------------


def test_recursive_alias(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = scenario_file(tmp_path, "scenarios: &a [*a]\n")
    # `*a` is the 16th character of line 1, inside the list it names
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:1:16: alias *a refers to itself"
    )


def test_alias_bomb_counts_expanded_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ten levels of ten aliases: 10^10 values once expanded, in 400 bytes
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path = scenario_file(tmp_path, "\n".join(lines) + "\n")
    began = time.perf_counter()
    message = error_of(["simulate", "--scenarios", path], capsys)
    assert time.perf_counter() - began < 2
    # a0..a5 hold 11, 111, ... 111,111 values; line 7 (a6) passes 2,000,000
    assert message.startswith(f"{path}:7:")
    assert "more than 2,000,000 values (aliases expanded)" in message


def test_nesting_500_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = scenario_file(tmp_path, "scenarios: " + "[" * 500 + "]" * 500 + "\n")
    # the 65th `[` opens level 65 (the mapping is level 1): column 11 + 64 = 75
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:1:75: nested more than 64 levels deep"
    )


def test_integer_of_4301_digits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "scenarios:\n  - reported_at: 2026-01-01T10:00+00:00\n    effort_hours: " + "9" * 4301
    path = scenario_file(tmp_path, body + "\n")
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:3:19: a number of 4,301 characters (at most 40)"
    )


def test_file_of_50_mb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("scenarios:\n" + "# padding\n" * 5_000_000, encoding="utf-8")
    message = error_of(["simulate", "--scenarios", str(path)], capsys)
    assert message == f"{path}: the file is larger than the limit of 33,554,432 bytes"


def test_control_character_and_bad_utf8_give_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = scenario_file(tmp_path, "scenarios:\n  - name: a\x01b\n")
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:2:12: a control character '\\x01' is not allowed in YAML"
    )
    raw = tmp_path / "latin1.yaml"
    raw.write_bytes(b"scenarios:\n  - name: caf\xe9\n")
    assert error_of(["simulate", "--scenarios", str(raw)], capsys) == (
        f"{raw}:2:14: not UTF-8 text (byte 0xe9)"
    )


def test_lone_surrogate_in_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = scenario_file(tmp_path, 'scenarios:\n  - name: "\\ud800"\n')
    message = error_of(["simulate", "--scenarios", path], capsys)
    assert message.startswith(f"{path}:2:")


def test_lone_surrogate_from_the_command_line_is_printed_escaped() -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "simulate", *AT, "--plans", "mystore", "--name", b"x\xff"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"## x\\udcff" in done.stdout


def test_too_many_scenarios(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "scenarios:\n" + "  - {reported_at: 2026-01-01T10:00+00:00}\n" * 100_000
    path = scenario_file(tmp_path, body)
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:1: scenarios: 100,000 items; at most 50,000 (see the limits in the README)"
    )


# --- bounds on numbers and dates ---------------------------------------------------------------


def test_amount_1e30_in_parameters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = scenario_file(tmp_path, "kianpardaz:\n  product_price: 1e30\n", "params.yaml")
    assert error_of(["simulate", "--params", path], capsys) == (
        f"{path}:2: kianpardaz.product_price: 1E+30 is too large (at most 1,000,000,000,000)"
    )


def test_rate_1e_minus_30(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = 'date: 2026-11-01\nbase: EUR\nrates:\n  EUR: 1\n  ILS: "1e-30"\n'
    path = scenario_file(tmp_path, body, "rates.yaml")
    assert error_of(["simulate", "--rates", path, "--currency", "EUR"], capsys) == (
        f"{path}:5: rates.ILS: the rate of ILS must be from 0.000001 to 1,000,000,000"
    )


def test_year_9999_from_flag_and_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert error_of(["simulate", "--at", "9999-06-01T10:00+00:00"], capsys) == (
        "--at: the year 9999 is out of range (1900–2200)"
    )
    path = scenario_file(tmp_path, "scenarios:\n  - reported_at: 0001-01-01T00:00-05:00\n")
    assert error_of(["simulate", "--scenarios", path], capsys) == (
        f"{path}:2: scenarios[0].reported_at: the year 1 is out of range (1900–2200) "
        "(got '0001-01-01T00:00-05:00')"
    )


def test_effort_1e9_and_1e309(capsys: pytest.CaptureFixture[str]) -> None:
    for effort in ("1e9", "1e309"):
        message = error_of(["simulate", *AT, "--effort", effort], capsys)
        assert message == "--effort: Input should be less than or equal to 10000"


def test_timezone_that_is_a_tzdata_folder_or_too_long(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for zone in ("Europe", "Europe/" + "x" * 5000, "../../etc/passwd"):
        code, _, err = cli(["simulate", "--at", "2026-06-01T10:00", "--timezone", zone], capsys)
        assert code == 1
        assert err.splitlines()[0].startswith("termscope: error: --timezone: unknown time zone")
        assert all(len(line) < 300 for line in err.splitlines())


def test_profile_with_1e20_critical_tickets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = Path(PROFILE).read_text(encoding="utf-8")
    text = text.replace("{critical: 0.2,", "{critical: 1e20,")
    path = scenario_file(tmp_path, text, "profile.yaml")
    assert error_of(["annual", "--profile", path], capsys) == (
        # 1e20 + 0.6 + 2 + 1
        f"{path}:7: tickets_per_month: 100,000,000,000,000,000,003.6 tickets a month in all "
        "(at most 1,000)"
    )


def test_annual_seed_and_years_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    for args, expected in (
        (["--seed", "-1"], "argument --seed: give a whole number from 0 to"),
        (["--years", "1000000000"], "argument --years: give a whole number from 1 to 100,000"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(["annual", "--profile", PROFILE, *args])
        assert exited.value.code == 2
        assert expected in capsys.readouterr().err


def test_annual_tickets_over_all_years_are_bounded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = Path(PROFILE).read_text(encoding="utf-8")
    text = text.replace("{critical: 0.2,", "{critical: 500,")
    path = scenario_file(tmp_path, text, "profile.yaml")
    # 500 + 0.6 + 2 + 1 = 503.6 tickets a month × 12 × 1,000 years = 6,043,200 > 5,000,000
    assert error_of(["annual", "--profile", path, "--years", "1000"], capsys) == (
        "503.6 tickets a month over 1,000 years is 6,043,200 tickets; "
        "at most 5,000,000: give fewer --years"
    )


# --- comparison files: their values checked as in their own files -----------------------------


def _comparison(tmp_path: Path, edit: str, new: str) -> Path:
    from contracts import bundled_comparison

    text = comparison_text(bundled_comparison())
    assert edit in text
    path = tmp_path / "c.termscope.yaml"
    path.write_text(text.replace(edit, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_comparison_negative_and_unknown_parameters(tmp_path: Path) -> None:
    path = _comparison(tmp_path, "product_price: '1200000000'", "product_price: -1200000000")
    with pytest.raises(InputError) as raised:
        load_comparison(path)
    line = _line_of(path, "product_price: -1200000000")
    assert str(raised.value) == (
        f"{path}:{line}: kianpardaz.product_price: expected a number of 0 or more, got -1200000000"
    )
    path = _comparison(tmp_path, "product_price: '1200000000'", "product_prize: 5")
    with pytest.raises(InputError) as raised:
        load_comparison(path)
    assert str(raised.value).startswith(
        f"{path}:{_line_of(path, 'product_prize')}: kianpardaz.product_prize: "
        "contract kianpardaz has no parameter 'product_prize'"
    )


def test_comparison_rates_without_a_contracts_currency(tmp_path: Path) -> None:
    path = _comparison(tmp_path, "    ILS: ", "    XXILS: ")
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\n    XXILS: [^\n]*", "", text), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_comparison(path)
    assert "no exchange rate for ILS (the currency of the contract kiwi)" in str(raised.value)


# --- exit codes: crashes, Ctrl-C, a full disk ----------------------------------------------------


def test_an_internal_error_is_exit_3_with_the_trace_in_a_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr("cli.app.cmd_schema", broken)
    code, _, err = cli(["schema"], capsys)
    assert code == 3
    match = re.fullmatch(
        r"termscope: internal error: RuntimeError: a bug \(full trace in (\S+)\)\n", err
    )
    assert match, err
    trace = Path(match.group(1))
    assert "raise RuntimeError" in trace.read_text(encoding="utf-8")
    trace.unlink()


def test_ctrl_c_during_annual_is_one_line_and_exit_130() -> None:
    process = subprocess.Popen(
        [sys.executable, "main.py", "annual", "--profile", PROFILE, "--years", "50000"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    time.sleep(2)  # past the imports (~1 s), inside the simulation (~3 s of the run's 4)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.decode().strip() == "termscope: interrupted"


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="no /dev/full")
def test_output_to_a_full_disk() -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "main.py", "simulate", "--format", "json"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "termscope: error: cannot write the standard output: No space left on device\n"
    )


def test_export_names_the_file_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("exports.excel.export_xlsx", full_disk)
    target = tmp_path / "offer.xlsx"
    assert error_of(["export", "--xlsx", str(target)], capsys) == (
        f"{target}: cannot write the file: No space left on device"
    )
    assert error_of(["export", "--xlsx", "/dev/null"], capsys) == (
        "/dev/null: not a regular file: exports only write ordinary files"
    )


# --- streamed output -----------------------------------------------------------------------------


def test_streamed_json_is_the_design_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(["simulate", "--format", "json", "--currency", "EUR"], capsys)
    assert code == 0, err
    contract_list = load_contracts([contracts.BUNDLED_DIR])
    runs = compare(
        select_plans(contract_list, None), load_scenarios(contracts.SAMPLE_SCENARIOS_PATH)
    )
    expected = simulation_json(runs, load_rates(contracts.RATES_PATH), "EUR")
    assert json.loads(out) == expected
    assert list(json.loads(out)) == ["format", "rates", "currency", "holidays_library", "scenarios"]


def test_scenarios_shared_among_workers_come_out_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["simulate", "--currency", "NOK"]
    for fmt in ("json", "table"):
        code, alone, err = cli([*args, "--format", fmt], capsys)
        assert code == 0, err
        with monkeypatch.context() as patch:
            patch.setattr("cli.stream.PARALLEL_FROM", 2)
            patch.setattr("cli.stream.CHUNK", 2)
            code, shared, err = cli([*args, "--format", fmt], capsys)
        assert code == 0, err
        assert shared == alone
