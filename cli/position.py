"""`python main.py position`: where a draft contract stands against its rivals, and the price
to beat of each of its figures."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.table import grid_lines
from models.errors import InputError, Problem

if TYPE_CHECKING:  # models.position loads numpy: only when the command runs
    from models.position import Position


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cli.app import _FORMAT_HELP, MAX_SEED, MAX_YEARS, _profile, _subcommand, _whole

    position = _subcommand(
        commands,
        "position",
        "rank a draft contract against rivals and solve the price to beat",
        "Rank each plan of a draft contract against the rival plans for a yearly workload, "
        "show where it loses and by how much, and solve for each of its prices (hourly rates, "
        "fees, included hours, response and work-start hours) the value at which it would "
        "become the cheapest (or the fastest, or the winner).",
        "  termscope position --draft my-terms.yaml --profile small-webshop --currency EUR\n"
        "  termscope position --draft my-terms.yaml --profile my-profile.yaml "
        "--against kiwi,mystore:service --params contracts/samples/params.yaml --format json\n",
    )
    position.add_argument("--draft", type=Path, required=True, metavar="FILE", help="the draft")
    position.add_argument(
        "--profile",
        type=_profile,
        required=True,
        metavar="FILE|NAME",
        help="a workload profile file, or a bundled one by name",
    )
    position.add_argument(
        "--against", metavar="ID:PLAN,...", help="rival plans (default: every loaded plan)"
    )
    position.add_argument(
        "--contracts", type=Path, nargs="+", metavar="PATH", help="rival contracts (bundled)"
    )
    position.add_argument("--params", type=Path, metavar="FILE", help="parameter values (YAML)")
    position.add_argument("--rates", type=Path, metavar="FILE", help="exchange rates (YAML)")
    position.add_argument("--currency", metavar="CODE", help="comparison currency, e.g. EUR")
    position.add_argument("--criteria", type=Path, metavar="FILE", help="decision criteria (YAML)")
    position.add_argument(
        "--years", type=_whole(1, MAX_YEARS), default=500, help="simulated years (500)"
    )
    position.add_argument(
        "--seed", type=_whole(0, MAX_SEED), help="random seed (default: the profile's)"
    )
    position.add_argument("--format", choices=["json", "table"], default="table", help=_FORMAT_HELP)


def cmd_position(args: argparse.Namespace) -> int:
    from cli.app import _inputs, _progress_bar
    from models.criteria import Criteria, load_criteria
    from models.loading import load_contract
    from models.position import position
    from models.position_json import position_json
    from models.profile import Profile
    from models.yamlio import read_yaml, validate_document

    if not 1 <= args.years <= 100_000:
        raise InputError(Problem("give between 1 and 100000 years", field="--years"))
    draft = load_contract(args.draft)
    profile = validate_document(Profile, read_yaml(args.profile))
    criteria = load_criteria(args.criteria) if args.criteria else Criteria()
    args.at = args.scenarios = None
    args.plans = args.against
    given = _inputs(args)
    currency = given.currency or given.rates.base
    try:
        given.rates.check(draft.currency)
    except ValueError as exc:
        raise InputError(Problem(str(exc), str(args.draft))) from None
    rivals = [ref for ref in given.plans if ref.contract.id != draft.id]
    if not rivals:
        raise InputError(Problem("no rival plans to compare with", field="--against"))
    result = position(
        draft,
        rivals,
        profile,
        given.params,
        given.rates,
        currency,
        criteria,
        args.years,
        args.seed,
        progress=_progress_bar,
    )
    if args.format == "json":
        print(json.dumps(position_json(result), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("\n".join(position_lines(result)) + "\n")
    return 0


def position_lines(result: Position) -> list[str]:
    from models.position import headline, shown

    currency = result.currency
    lines = [
        (
            f"Where {result.draft.vendor} stands: {len(result.rivals)} rival plan(s), "
            f"{result.profile.name}, {result.years} simulated years, costs in {currency} "
            f"({result.criteria.cost_statistic}, loaded as ranked)"
        ),
        "",
    ]
    for plan in result.plans:
        lines += [f"## {headline(plan)}"]
        rows = [["rank", "plan", "points", f"yearly cost ({currency})", "complete"]]
        from models.decide import plan_title

        for outcome in plan.ranking.outcomes:
            mark = " <" if outcome.key == plan.ref.key else ""
            rows.append(
                [
                    str(outcome.rank),
                    plan_title(outcome.metrics.ref) + mark,
                    f"{outcome.score:.1f}",
                    shown(outcome.loaded_cost, currency),
                    "yes" if outcome.metrics.cost.complete else "no",
                ]
            )
        lines += grid_lines(rows)
        if plan.losses and plan.other is not None:
            versus = "the runner-up" if plan.wins else "the winner"
            lines += ["", f"Against {versus}:"]
            rows = [["part", "points", "theirs", "score lost", "this plan"]]
            rows += [
                [
                    loss.part.replace("_", " "),
                    f"{loss.points:.1f}",
                    f"{loss.other_points:.1f}",
                    f"{loss.weighted_gap:.2f}",
                    loss.value,
                ]
                for loss in plan.losses
            ]
            lines += grid_lines(rows)
            if plan.cost_gap is not None:
                more = "more" if plan.cost_gap > 0 else "less"
                lines.append(f"   yearly cost: {shown(abs(plan.cost_gap), currency)} {more}")
        if plan.prices:
            lines += ["", "The price to beat:"]
            rows = [["figure", "clause", "now", "goal", "price to beat"]]
            rows += [
                [
                    found.price.label,
                    found.price.clause or "",
                    shown(found.price.current, found.price.unit),
                    found.goal,
                    found.note,
                ]
                for found in plan.prices
            ]
            lines += grid_lines(rows)
        lines.append("")
    return lines
