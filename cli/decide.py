"""`python main.py decide`: which offer wins, by how much, how sure, and what to ask."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cli.table import grid_lines
from models.criteria import Criteria, load_criteria
from models.profile import Profile
from models.view import Table


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cli.app import (
        MAX_SEED,
        MAX_YEARS,
        _bundled_profile_names,
        _comparison_options,
        _profile,
        _subcommand,
        _whole,
    )

    decide = _subcommand(
        commands,
        "decide",
        "rank the plans for a yearly workload and say what would flip the winner",
        "Simulate a year of tickets under every plan, rank the plans on yearly cost, speed and "
        "coverage (a criteria file sets weights and must-haves), and report what would change "
        "the winner, the break-even volumes and the questions to send each vendor.",
        "  termscope decide --profile small-webshop --currency EUR\n"
        "  termscope decide --profile my-profile.yaml --criteria my-criteria.yaml "
        "--params contracts/samples/params.yaml --format json\n",
    )
    decide.add_argument(
        "--profile",
        type=_profile,
        required=True,
        metavar="FILE|NAME",
        help=f"a workload profile file, or a bundled one by name ({_bundled_profile_names()})",
    )
    decide.add_argument(
        "--criteria", type=Path, metavar="FILE", help="decision criteria (YAML; default weights)"
    )
    _comparison_options(decide)
    decide.add_argument(
        "--years", type=_whole(1, MAX_YEARS), default=2000, help="simulated years (2000)"
    )
    decide.add_argument(
        "--seed", type=_whole(0, MAX_SEED), help="random seed (default: the profile's)"
    )
    decide.add_argument(
        "--format", choices=["json", "table"], default="table", help="output format (table)"
    )


def _render(table: Table) -> list[str]:
    lines = [f"## {table.title}", *grid_lines(table.texts())]
    lines += [f"   {note}" for note in table.notes]
    return [*lines, ""]


def cmd_decide(args: argparse.Namespace) -> int:
    from cli.app import _inputs, _progress_bar
    from models.decide import decide
    from models.decision_json import decision_json
    from models.decision_view import decision_view
    from models.yamlio import read_yaml, validate_document

    profile = validate_document(Profile, read_yaml(args.profile))
    criteria = load_criteria(args.criteria) if args.criteria else Criteria()
    args.at = args.scenarios = None
    given = _inputs(args)
    currency = given.currency or given.rates.base
    decision = decide(
        profile,
        given.plans,
        given.params,
        given.rates,
        currency,
        criteria,
        args.years,
        args.seed,
        progress=_progress_bar,
    )
    if args.format == "json":
        print(json.dumps(decision_json(decision), indent=2, ensure_ascii=False))
        return 0
    view = decision_view(decision)
    out = [view.headline, view.sureness, ""]
    for table in (view.ranking, view.flips, view.break_even, view.questions):
        out += _render(table)
    sys.stdout.write("\n".join(out) + "\n")
    return 0
