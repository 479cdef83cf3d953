"""`python main.py …`: argument parsing and the commands.

Exit codes: 0 success; 1 invalid input (one line per problem on stderr, never a traceback);
2 usage error (argparse's own); 3 internal error (a bug: one line, the full trace in a file);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import contracts
from models.comparison import PlanRef, select_plans
from models.contract import Contract
from models.errors import InputError, Problem
from models.limits import shorten
from models.loading import (
    contract_files,
    load_contract,
    load_contracts,
    load_rates,
    load_scenarios,
    read_parameter_file,
)
from models.money import check_currency
from models.parameters import check_parameter_values, parse_parameter_values
from models.rates import Rates
from models.report import build_report
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES
from models.yamlio import read_yaml

EXIT_INVALID = 1
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
MAX_YEARS = 100_000
MAX_SEED = 2**63 - 1

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
        return Decimal(text)  # bounded where it is used (the scenario's fields)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {shorten(text)!r}") from None


def _whole(low: int, high: int) -> Any:
    """An argparse type: a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            number = int(text) if len(text) <= 30 else None
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise argparse.ArgumentTypeError(
                f"give a whole number from {low:,} to {high:,}, not {shorten(text)!r}"
            )
        return number

    return parse


def _scenario_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("what to compare")
    group.add_argument("--scenarios", type=Path, metavar="FILE", help="a scenario file (YAML)")
    group.add_argument("--at", metavar="ISO", help="report time, e.g. 2026-03-12T15:30+02:00")
    group.add_argument("--timezone", metavar="ZONE", help="zone for an --at without offset")
    group.add_argument("--severity", help=f"{' | '.join(SEVERITIES)} (default normal)")
    group.add_argument("--cause", help=f"{' | '.join(CAUSES)} (default vendor_defect)")
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


def _profile(text: str) -> Path:
    """A profile file, or the name of a bundled one (`small-webshop`)."""
    path = Path(text)
    if path.exists() or path.parent != Path() or path.suffix:
        return path
    bundled = contracts.PROFILES_DIR / f"{text}.yaml"
    if not bundled.is_file():
        raise argparse.ArgumentTypeError(
            f"no file or bundled profile named {text!r} (bundled: {_bundled_profile_names()})"
        )
    return bundled


def _bundled_profile_names() -> str:
    return ", ".join(sorted(p.stem for p in contracts.PROFILES_DIR.glob("*.yaml")))


_FORMAT_HELP = "table: a readable table (default); json: the machine-readable document"


def _subcommand(
    commands: Any, name: str, summary: str, description: str, examples: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from cli import __version__

    parser = argparse.ArgumentParser(
        prog="termscope",
        description="Compare IT support contracts: what each vendor would do and charge.",
        epilog="Without a command, the desktop app opens. "
        "`termscope COMMAND --help` explains a command with examples.",
    )
    parser.add_argument("--version", action="version", version=f"termscope {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = _subcommand(
        commands,
        "gui",
        "open the desktop app (the default)",
        "Open the desktop app with the bundled contracts and sample scenarios, or a saved "
        "comparison. Needs a display (on a server: xvfb-run termscope gui).",
        "  termscope gui\n  termscope gui offers.yaml\n",
    )
    gui.add_argument("file", nargs="?", type=Path, help="a comparison file to open")
    validate = _subcommand(
        commands,
        "validate",
        "check contract files",
        "Check contract files against the contract format; one line per file, and one line "
        "per problem naming the file, line and field. Exit 1 if any file is invalid.",
        "  termscope validate                  # the bundled contracts\n"
        "  termscope validate my-vendor.yaml\n  termscope validate contracts/ drafts/\n",
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="contract files or folders (default: the bundled contracts)",
    )
    schema = _subcommand(
        commands,
        "schema",
        "print the JSON Schema of a file format",
        "Print the JSON Schema of the contract format, or of the decision criteria format "
        "(for editors and other tools).",
        "  termscope schema > contract.schema.json\n  termscope schema criteria\n",
    )
    schema.add_argument(
        "kind",
        nargs="?",
        choices=["contract", "criteria"],
        default="contract",
        help="which format: contract files (default) or decision criteria files",
    )
    simulate = _subcommand(
        commands,
        "simulate",
        "print what each plan does and costs",
        "Run scenarios through every compared plan: when each vendor responds, starts work, "
        "resolves and releases, and what it costs. Without --scenarios or --at, the bundled "
        "sample scenarios are used.",
        "  termscope simulate\n"
        "  termscope simulate --at 2026-03-12T15:30+02:00 --severity critical --effort 3\n"
        "  termscope simulate --scenarios my.yaml --plans kiwi,mystore:service "
        "--currency EUR --format json\n",
    )
    _scenario_options(simulate)
    simulate.add_argument("--format", choices=["json", "table"], default="table", help=_FORMAT_HELP)
    annual = _subcommand(
        commands,
        "annual",
        "simulate a year of tickets under every plan",
        "Draw many years of tickets from a workload profile and run every compared plan "
        "through them: yearly cost P10 / P50 / P90, usage, tickets not covered, times.",
        "  termscope annual --profile small-webshop --currency EUR\n"
        "  termscope annual --profile my-profile.yaml --years 500 --seed 7 --format json\n",
    )
    annual.add_argument(
        "--profile",
        type=_profile,
        required=True,
        metavar="FILE|NAME",
        help=f"a workload profile file, or a bundled one by name ({_bundled_profile_names()})",
    )
    _comparison_options(annual)
    annual.add_argument(
        "--years", type=_whole(1, MAX_YEARS), default=2000, help="simulated years (2000)"
    )
    annual.add_argument(
        "--seed", type=_whole(0, MAX_SEED), help="random seed (default: the profile's)"
    )
    annual.add_argument("--format", choices=["json", "table"], default="table", help=_FORMAT_HELP)
    export = _subcommand(
        commands,
        "export",
        "write the comparison to Excel, PDF, CSV and/or JSON",
        "Write the comparison (the same inputs as simulate) to an Excel workbook, a PDF report, "
        "CSV (every table cell by cell) and/or JSON (termscope.simulation/1 plus the decision); "
        "with --profile, add the decision and the yearly view.",
        "  termscope export --currency EUR --xlsx offer.xlsx --pdf offer.pdf\n"
        "  termscope export --params contracts/samples/params.yaml --client 'ACME' "
        "--profile small-webshop --pdf offer.pdf\n",
    )
    _scenario_options(export)
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write an Excel workbook")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write a PDF report")
    export.add_argument("--csv", type=Path, metavar="OUT.csv", help="the tables, cell by cell")
    export.add_argument(
        "--json", type=Path, metavar="OUT.json", help="termscope.simulation/1 (+ the decision)"
    )
    export.add_argument(
        "--page-size", choices=["A4", "Letter"], default="A4", help="PDF page size (A4)"
    )
    export.add_argument(
        "--layout",
        choices=["full", "summary"],
        default="full",
        help="PDF: the full report, or the cover, decision and summary pages only (full)",
    )
    export.add_argument("--title", default="Support offers compared", help="the report's title")
    export.add_argument("--client", default="", help="who the comparison is prepared for")
    export.add_argument("--prepared-by", default="", help="who prepared it")
    export.add_argument(
        "--profile",
        type=_profile,
        metavar="FILE|NAME",
        help=f"add the decision and the yearly view, from a workload profile file or bundled "
        f"name ({_bundled_profile_names()})",
    )
    export.add_argument("--criteria", type=Path, metavar="FILE", help="decision criteria (YAML)")
    export.add_argument(
        "--years", type=_whole(1, MAX_YEARS), default=2000, help="simulated years (2000)"
    )
    from cli.decide import add_parser as add_decide

    add_decide(commands)
    completion = _subcommand(
        commands,
        "completion",
        "print a shell completion script",
        "Print a completion script for bash or zsh (commands, options, their choices, files "
        "and bundled profile names).",
        "  source <(termscope completion bash)        # in ~/.bashrc\n"
        "  source <(termscope completion zsh)         # in ~/.zshrc\n",
    )
    completion.add_argument("shell", choices=["bash", "zsh"], help="the shell to complete in")
    from cli.new_contract import add_parser as add_new_contract
    from cli.position import add_parser as add_position

    add_new_contract(commands)
    add_position(commands)
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
    from models.rules import schema_document

    return schema_document(Contract, "contract.schema.json", "Termscope support contract")


def cmd_schema(kind: str = "contract") -> int:
    from models.criteria import criteria_schema

    schema = criteria_schema() if kind == "criteria" else contract_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
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
        document = read_parameter_file(args.params)
        params = parse_parameter_values(document)
        for warning in check_parameter_values(document, params, contract_list):
            print(f"warning: {warning}", file=sys.stderr)
    return Inputs(contract_list, plans, scenarios, rates, currency, params)


def cmd_simulate(args: argparse.Namespace) -> int:
    """Results are written as each scenario is worked out (bounded memory for any count)."""
    from cli.stream import json_line, rendered, table_lines, write_json, write_table

    given = _inputs(args)
    render, write = (json_line, write_json) if args.format == "json" else (table_lines, write_table)
    texts = rendered(
        given.plans, given.scenarios, given.params, given.rates, given.currency, render
    )
    write(texts, given.rates, given.currency, sys.stdout)
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

    profile = validate_document(Profile, read_yaml(args.profile))
    args.at = args.scenarios = None
    given = _inputs(args)
    result = simulate_years(
        profile, given.plans, given.params, args.years, args.seed, progress=_progress_bar
    )
    if args.format == "json":
        document = annual_json(result, given.rates, given.currency)
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        from cli.table import render_annual

        print(render_annual(result, given.rates, given.currency))
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

    if args.xlsx is not None:
        with _writing(args.xlsx):
            export_xlsx(report, args.xlsx)
        print(f"wrote {args.xlsx}")
    if args.pdf is not None:
        with _writing(args.pdf):
            export_pdf(report, args.pdf, args.page_size, layout=args.layout)
        print(f"wrote {args.pdf}")
    if args.csv is not None:
        with _writing(args.csv):
            export_csv(report, args.csv)
        print(f"wrote {args.csv}")
    if args.json is not None:
        with _writing(args.json):
            export_json(report, args.json)
        print(f"wrote {args.json}")
    return 0


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An OSError while writing `path` (a full disk, no permission) is bad input naming it."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(Problem(f"cannot write the file: {reason}", str(path))) from None


def cmd_gui(file: Path | None) -> int:
    try:
        from desktop.app import run_app  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise InputError(f"the desktop app cannot start: {exc}") from None
    result: int = run_app(file)
    return result


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The command `args` names (one line here per subcommand)."""
    if args.command in (None, "gui"):
        return cmd_gui(getattr(args, "file", None))
    if args.command == "validate":
        return cmd_validate(args.paths or [contracts.BUNDLED_DIR])
    if args.command == "schema":
        return cmd_schema(args.kind)
    if args.command == "simulate":
        return cmd_simulate(args)
    if args.command == "export":
        return cmd_export(args)
    if args.command == "annual":
        return cmd_annual(args)
    if args.command == "decide":
        from cli.decide import cmd_decide

        return cmd_decide(args)
    if args.command == "new-contract":
        from cli.new_contract import cmd_new_contract

        return cmd_new_contract(args)
    if args.command == "position":
        from cli.position import cmd_position

        return cmd_position(args)
    if args.command == "completion":
        from cli.completion import completion_script

        print(completion_script(parser, args.shell), end="")
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2


def _safe_streams() -> None:
    """Text that cannot be encoded (a lone surrogate from argv) is escaped, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _crash_report(exc: BaseException) -> str:
    """Write the full trace to a file; return where (or why it could not be written)."""
    try:
        descriptor, path = tempfile.mkstemp(prefix="termscope-crash-", suffix=".txt")
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as out:
            out.write(f"termscope {' '.join(sys.argv[1:])}\n")
            traceback.print_exception(exc, file=out)
    except OSError as error:
        return f"the trace could not be written: {error.strerror}"
    return f"full trace in {path}"


def _quiet_stdout() -> None:
    """After stdout failed (a closed pipe, a full disk), stop Python's flush at exit failing too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    _safe_streams()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        code = _run(args, parser)
        sys.stdout.flush()
        return code
    except InputError as exc:
        for problem in exc.problems:
            print(f"termscope: error: {problem}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        _quiet_stdout()
        print("\ntermscope: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `… | head` closed the pipe: not an error of ours
        _quiet_stdout()
        return 0
    except OSError as exc:  # writing the output failed: a full disk, a closed terminal
        _quiet_stdout()
        where = exc.filename or "the standard output"
        print(f"termscope: error: cannot write {where}: {exc.strerror}", file=sys.stderr)
        return EXIT_INVALID
    except SystemExit:
        raise
    except BaseException as exc:  # a bug: one line and a file with the trace, never exit 1
        _quiet_stdout()
        what = shorten(f"{type(exc).__name__}: {exc}", 160)
        print(f"termscope: internal error: {what} ({_crash_report(exc)})", file=sys.stderr)
        return EXIT_INTERNAL
