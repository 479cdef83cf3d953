"""The command line, as a user meets it: output, exit codes, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.app import main
from tests.conftest import ROOT

ONE = ["--at", "2026-06-08T11:30+03:00", "--effort", "2"]


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_json_follows_the_design(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        [
            "simulate",
            *ONE,
            "--cause",
            "customer_caused",
            "--plans",
            "kiwi:standard,mystore",
            "--currency",
            "EUR",
            "--format",
            "json",
        ],
        capsys,
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["format"] == "termscope.simulation/1"
    assert doc["rates"] == {"date": "2026-11-01", "base": "EUR"}
    [scenario] = doc["scenarios"]
    assert scenario["inputs"]["reported_at"] == "2026-06-08T11:30:00+03:00"
    kiwi, support, service = scenario["results"]
    assert (kiwi["contract"], kiwi["plan"], kiwi["vendor"]) == ("kiwi", "standard", "Kiwi Software")
    assert kiwi["milestones"]["response"] == {
        "at": "2026-06-08T14:30:00+03:00",
        "kind": "commitment",
        "clause": "K4",
        "elapsed_hours": "3.00",
        "basis": "the report + 3 business hours",
    }
    assert kiwi["milestones"]["release"] is None
    assert kiwi["cost"]["net"] == "360.00"  # K12: customer-caused, 2 h × ILS 180
    assert kiwi["plan_fee"] is None
    assert support["plan"] == "support"
    # Mystore service (M5, customer-caused): 2 h = 8 quarters × 250 = NOK 2,000 = EUR 170.94
    assert service["cost"]["net"] == "2000.00"
    assert service["cost"]["vat"] == "500.00"
    assert service["converted"] == {"currency": "EUR", "net": "170.94", "gross": "213.68"}


def test_not_stated_is_null_never_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        [
            "simulate",
            *ONE,
            "--cause",
            "change_request",
            "--plans",
            "kiwi:standard",
            "--format",
            "json",
        ],
        capsys,
    )
    assert code == 0
    cost = json.loads(out)["scenarios"][0]["results"][0]["cost"]
    assert cost["net"] is None
    assert cost["complete"] is False
    assert cost["lines"][0]["amount"] is None


def test_plan_fee_with_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    params = str(ROOT / "contracts" / "samples" / "params.yaml")
    code, out, _ = run_cli(
        [
            "simulate",
            *ONE,
            "--plans",
            "kianpardaz:product-gold",
            "--params",
            params,
            "--format",
            "json",
        ],
        capsys,
    )
    assert code == 0
    result = json.loads(out)["scenarios"][0]["results"][0]
    assert result["plan_fee"] == {
        "amount": "480000000.00",
        "currency": "IRR",
        "period": "year",
        "clause": "P9",
    }


def test_table_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["simulate", *ONE, "--plans", "kiwi:standard", "--currency", "EUR"], capsys
    )
    assert code == 0
    assert "kiwi:standard" in out
    assert "Mon 08 Jun 14:30 (+3.0 h)" in out
    assert "Converted with rates of 2026-11-01" in out


def test_bundled_sample_scenarios_run(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["simulate", "--format", "json"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert len(doc["scenarios"]) >= 8
    assert all(len(s["results"]) == 15 for s in doc["scenarios"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--at", "2026-06-08T11:30"], "--at: reported_at has no UTC offset"),
        (["--at", "next tuesday"], "--at: not an ISO 8601 time: 'next tuesday'"),
        ([*ONE, "--effort", "-1"], "--effort: Input should be greater than or equal to 0"),
        ([*ONE, "--severity", "urgent"], "--severity: Input should be 'critical'"),
        ([*ONE, "--cause", "bad_luck"], "--cause: Input should be 'vendor_defect'"),
        ([*ONE, "--currency", "XYZ"], "--currency: unknown currency 'XYZ'"),
        ([*ONE, "--currency", "CHF"], "no exchange rate for CHF"),
        ([*ONE, "--plans", "kiwi:gold"], "--plans: contract kiwi has no plan 'gold'"),
        ([*ONE, "--plans", "acme"], "--plans: no contract 'acme' is loaded"),
        (["--scenarios", "missing.yaml"], "missing.yaml: file not found"),
    ],
)
def test_bad_input_exits_1_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(["simulate", *args], capsys)
    assert code == 1
    assert out == ""
    assert message in err
    assert "Traceback" not in err
    assert err.startswith("termscope: error: ")


def test_bad_scenario_file_names_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "scenarios:\n  - name: x\n    reported_at: 2026-01-05T10:00:00+01:00\n"
        "    effort_hours: -2\n    surprise: 1\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(["simulate", "--scenarios", str(path)], capsys)
    assert code == 1
    assert f"{path}:4: scenarios[0].effort_hours: Input should be greater than or equal to 0" in err
    assert f"{path}:5: scenarios[0].surprise: unknown field" in err


def test_bad_parameter_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("kianpardaz:\n  product_prise: 5\n", encoding="utf-8")
    code, _, err = run_cli(["simulate", *ONE, "--params", str(path)], capsys)
    assert code == 1
    assert f"{path}:2: kianpardaz.product_prise: contract kianpardaz has no parameter" in err


def test_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["validate", str(ROOT / "contracts")], capsys)
    assert code == 0
    assert out.count("ok ") == 5
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: termscope.contract/1\nid: Bad Id\n", encoding="utf-8")
    code, _, err = run_cli(["validate", str(bad)], capsys)
    assert code == 1
    assert f"{bad}:2: id: String should match pattern" in err


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["schema"], capsys)
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Termscope support contract"
    assert "plans" in schema["properties"]


def test_usage_error_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "simulate", "--bogus"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "unrecognized arguments: --bogus" in proc.stderr


def test_real_process_prints_no_traceback_on_bad_input() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "simulate", "--at", "2026-13-01T10:00+02:00"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("termscope: error: --at:")
    assert "Traceback" not in proc.stderr
