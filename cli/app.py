"""`python main.py …`: argument parsing and the commands.

Exit codes: 0 success; 1 invalid input (one line per problem on stderr, never a traceback);
2 usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import contracts
from models.comparison import PlanRef, compare, select_plans
from models.contract import Contract
from models.errors import InputError, Problem
from models.loading import (
    contract_files,
    load_contract,
    load_contracts,
    load_parameter_values,
    load_rates,
    load_scenarios,
)
from models.money import check_currency
from models.parameters import check_parameter_values
from models.rates import Rates
from models.report import build_report
from models.scenario import Scenario
from models.serialize import simulation_json
from models.yamlio import read_yaml

_FLAG_OF_FIELD = {
    "reported_at": "--at",
    "timezone": "--timezone",
    "severity": "--severity",
    "cause": "--cause",
    "effort_hours": "--effort",
    "on_site_hours": "--on-site-hours",
    "issue_age_hours": "--age",
    "name": "--name",
}


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _scenario_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("what to compare")
    group.add_argument("--scenarios", type=Path, metavar="FILE", help="a scenario file (YAML)")
    group.add_argument("--at", metavar="ISO", help="report time, e.g. 2026-03-12T15:30+02:00")
    group.add_argument("--timezone", metavar="ZONE", help="zone for an --at without offset")
    group.add_argument("--severity", help="critical | high | normal | low (default normal)")
    group.add_argument(
        "--cause", help="vendor_defect | customer_caused | no_fault | change_request"
    )
    group.add_argument("--effort", type=_decimal, metavar="H", help="hours of vendor work (1)")
    group.add_argument("--on-site-hours", type=_decimal, metavar="H", help="hours on site (0)")
    group.add_argument("--after-hours", action="store_true", help="work asked outside hours")
    group.add_argument("--release", action="store_true", help="the fix ships in a release")
    group.add_argument("--age", type=_decimal, metavar="H", help="hours the fault existed (0)")
    group.add_argument("--name", metavar="TEXT", help="a title for the scenario")
    _comparison_options(parser)


def _comparison_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("contracts, plans, prices")
    group.add_argument(
        "--contracts", type=Path, nargs="+", metavar="PATH", help="contract files or folders"
    )
    group.add_argument("--plans", metavar="ID:PLAN,...", help="which plans (default: all)")
    group.add_argument("--params", type=Path, metavar="FILE", help="parameter values (YAML)")
    group.add_argument("--rates", type=Path, metavar="FILE", help="exchange rates (YAML)")
    group.add_argument("--currency", metavar="CODE", help="comparison currency, e.g. EUR")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="termscope",
        description="Compare IT support contracts: what each vendor would do and charge.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", type=Path, help="a comparison file to open")
    validate = commands.add_parser("validate", help="check contract files")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    commands.add_parser("schema", help="print the JSON Schema of the contract format")
    simulate = commands.add_parser("simulate", help="print what each plan does and costs")
    _scenario_options(simulate)
    simulate.add_argument("--format", choices=["json", "table"], default="table")
    annual = commands.add_parser("annual", help="simulate a year of tickets under every plan")
    annual.add_argument("--profile", type=Path, required=True, metavar="FILE")
    _comparison_options(annual)
    annual.add_argument("--years", type=int, default=2000, help="simulated years (2000)")
    annual.add_argument("--seed", type=int, help="random seed (default: the profile's)")
    annual.add_argument("--format", choices=["json", "table"], default="table")
    export = commands.add_parser(
        "export", help="write the comparison to Excel, PDF, CSV and/or JSON"
    )
    _scenario_options(export)
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    export.add_argument("--csv", type=Path, metavar="OUT.csv", help="the tables, cell by cell")
    export.add_argument(
        "--json", type=Path, metavar="OUT.json", help="termscope.simulation/1 (+ the decision)"
    )
    export.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    export.add_argument(
        "--layout",
        choices=["full", "summary"],
        default="full",
        help="PDF: the full report, or the cover, decision and summary pages only (full)",
    )
    export.add_argument("--title", default="Support offers compared")
    export.add_argument("--client", default="", help="who the comparison is prepared for")
    export.add_argument("--prepared-by", default="", help="who prepared it")
    export.add_argument(
        "--profile", type=Path, metavar="FILE", help="add the decision and the yearly view"
    )
    export.add_argument("--criteria", type=Path, metavar="FILE", help="decision criteria (YAML)")
    export.add_argument("--years", type=int, default=2000, help="simulated years (2000)")
    from cli.decide import add_parser as add_decide

    add_decide(commands)
    return parser


# --- commands --------------------------------------------------------------------------------


def cmd_validate(paths: list[Path]) -> int:
    failed = False
    for file in contract_files(paths):
        try:
            contract = load_contract(file)
        except InputError as exc:
            failed = True
            for problem in exc.problems:
                print(f"invalid  {problem}", file=sys.stderr)
            continue
        print(f"ok       {file}: {contract.id} ({contract.vendor}), {len(contract.plans)} plan(s)")
    if not contract_files(paths):
        print("no contract files found", file=sys.stderr)
        return 1
    return 1 if failed else 0


def contract_schema() -> dict[str, Any]:
    schema = Contract.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://termscope.example/contract.schema.json",
        **schema,
        "title": "Termscope support contract",
    }


def cmd_schema() -> int:
    print(json.dumps(contract_schema(), indent=2, ensure_ascii=False))
    return 0


def _scenario_from_flags(args: argparse.Namespace) -> Scenario:
    values: dict[str, Any] = {"reported_at": args.at}
    optional = {
        "name": args.name,
        "timezone": args.timezone,
        "severity": args.severity,
        "cause": args.cause,
        "effort_hours": args.effort,
        "on_site_hours": args.on_site_hours,
        "issue_age_hours": args.age,
    }
    values.update({k: v for k, v in optional.items() if v is not None})
    values["after_hours"] = args.after_hours
    values["requires_release"] = args.release
    if "name" not in values:
        values["name"] = f"Reported {args.at}"
    try:
        datetime.fromisoformat(args.at)
    except ValueError:
        raise InputError(
            Problem(
                f"not an ISO 8601 time: {args.at!r} (e.g. 2026-03-12T15:30+02:00)", field="--at"
            )
        ) from None
    try:
        return Scenario.model_validate(values)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else ""
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.append(Problem(message, field=_FLAG_OF_FIELD.get(name, name)))
        raise InputError(problems) from None


@dataclass(frozen=True)
class Inputs:
    contracts: list[Contract]
    plans: list[PlanRef]
    scenarios: list[Scenario]
    rates: Rates
    currency: str | None
    params: dict[str, dict[str, Decimal]]


def _inputs(args: argparse.Namespace) -> Inputs:
    contract_list = load_contracts(args.contracts or [contracts.BUNDLED_DIR])
    plans = select_plans(contract_list, args.plans)
    if args.at is not None:
        if args.scenarios is not None:
            raise InputError("give either --scenarios or --at, not both")
        scenarios = [_scenario_from_flags(args)]
    else:
        scenarios = load_scenarios(args.scenarios or contracts.SAMPLE_SCENARIOS_PATH)
    rates_path = args.rates or contracts.RATES_PATH
    rates = load_rates(rates_path)
    currency = args.currency.upper() if args.currency else None
    if currency is not None:
        try:
            check_currency(currency)
        except ValueError as exc:
            raise InputError(Problem(str(exc), field="--currency")) from None
        for code in {currency, *(p.contract.currency for p in plans)}:
            try:
                rates.check(code)
            except ValueError as exc:
                raise InputError(Problem(str(exc), str(rates_path))) from None
    params: dict[str, dict[str, Decimal]] = {}
    if args.params is not None:
        document = read_yaml(args.params)
        params = load_parameter_values(args.params)
        for warning in check_parameter_values(document, params, contract_list):
            print(f"warning: {warning}", file=sys.stderr)
    return Inputs(contract_list, plans, scenarios, rates, currency, params)


def cmd_simulate(args: argparse.Namespace) -> int:
    given = _inputs(args)
    runs = compare(given.plans, given.scenarios, given.params)
    rates, currency = given.rates, given.currency
    if args.format == "json":
        print(json.dumps(simulation_json(runs, rates, currency), indent=2, ensure_ascii=False))
    else:
        from cli.table import render

        print(render(runs, rates, currency))
    return 0


def _progress_bar(done: int, total: int, what: str) -> None:
    """A one-line progress bar on a terminal's stderr (nothing when not a terminal)."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {what[:40]:<40}"
    print(line, end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_annual(args: argparse.Namespace) -> int:
    from models.annual import simulate_years
    from models.annual_json import annual_json
    from models.profile import Profile
    from models.yamlio import validate_document

    if args.years < 1 or args.years > 100_000:
        raise InputError(Problem("give between 1 and 100000 years", field="--years"))
    profile = validate_document(Profile, read_yaml(args.profile))
    args.at = args.scenarios = None
    given = _inputs(args)
    result = simulate_years(
        profile, given.plans, given.params, args.years, args.seed, progress=_progress_bar
    )
    document = annual_json(result, given.rates, given.currency)
    if args.format == "json":
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        from cli.table import render_annual

        print(render_annual(document))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    outputs = [p for p in (args.xlsx, args.pdf, args.csv, args.json) if p is not None]
    if not outputs:
        raise InputError("export needs --xlsx, --pdf, --csv and/or --json with a file name")
    from exports.common import writable_target

    for path in outputs:
        try:
            writable_target(path)
        except OSError as exc:
            raise InputError(Problem(str(exc.strerror), str(path))) from None
    given = _inputs(args)
    report = build_report(
        given.contracts,
        given.plans,
        given.scenarios,
        given.rates,
        given.currency,
        given.params,
        title=args.title,
        client=args.client,
        prepared_by=args.prepared_by,
    )
    if args.profile is not None:
        from models.criteria import Criteria, load_criteria
        from models.decide import decide
        from models.profile import Profile
        from models.yamlio import validate_document

        profile = validate_document(Profile, read_yaml(args.profile))
        criteria = load_criteria(args.criteria) if args.criteria else Criteria()
        decision = decide(
            profile,
            given.plans,
            given.params,
            given.rates,
            given.currency or given.rates.base,
            criteria,
            args.years,
            progress=_progress_bar,
        )
        report = report.with_decision(decision)
    from exports.data import export_csv, export_json
    from exports.excel import export_xlsx
    from exports.pdf import export_pdf

    try:
        if args.xlsx is not None:
            export_xlsx(report, args.xlsx)
            print(f"wrote {args.xlsx}")
        if args.pdf is not None:
            export_pdf(report, args.pdf, args.page_size, layout=args.layout)
            print(f"wrote {args.pdf}")
        if args.csv is not None:
            export_csv(report, args.csv)
            print(f"wrote {args.csv}")
        if args.json is not None:
            export_json(report, args.json)
            print(f"wrote {args.json}")
    except OSError as exc:
        raise InputError(Problem(f"cannot write: {exc.strerror or exc}", exc.filename)) from None
    return 0


def cmd_gui(file: Path | None) -> int:
    try:
        from desktop.app import run_app  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise InputError(f"the desktop app cannot start: {exc}") from None
    result: int = run_app(file)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in (None, "gui"):
            return cmd_gui(getattr(args, "file", None))
        if args.command == "validate":
            return cmd_validate(args.paths)
        if args.command == "schema":
            return cmd_schema()
        if args.command == "simulate":
            return cmd_simulate(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "annual":
            return cmd_annual(args)
        if args.command == "decide":
            from cli.decide import cmd_decide

            return cmd_decide(args)
    except InputError as exc:
        for problem in exc.problems:
            print(f"termscope: error: {problem}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `… | head` closed the pipe: not an error of ours
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2
