"""`python main.py new-contract`: write a commented contract template that validates."""

from __future__ import annotations

import argparse
from pathlib import Path

from models.errors import InputError, Problem
from models.file_kinds import command


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cli.app import _subcommand

    parser = _subcommand(
        commands,
        "new-contract",
        "write a commented contract template to start from",
        "Write a contract file for a new vendor with one plan, office hours, holidays, one "
        "placeholder clause and a rule of each common kind, every field explained in a "
        "comment. The file validates as written; replace the placeholders with the terms.",
        "  termscope new-contract --id acme --vendor 'Acme AS' --currency NOK "
        "--timezone Europe/Oslo --language no\n",
    )
    parser.add_argument("--id", required=True, help="short id: lower-case letters, digits, -")
    parser.add_argument("--vendor", required=True, metavar="NAME", help="the vendor's name")
    parser.add_argument("--currency", required=True, metavar="CODE", help="ISO 4217 code")
    parser.add_argument("--timezone", required=True, metavar="ZONE", help="IANA zone name")
    parser.add_argument("--language", default="en", metavar="CODE", help="ISO 639-1 (en)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="where to write (ID.yaml)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def cmd_new_contract(args: argparse.Namespace) -> int:
    from contracts.template import contract_template, template_contract
    from models.comparison_file import write_atomically

    text = contract_template(
        args.id, args.vendor, args.currency.upper(), args.timezone, args.language.lower()
    )
    out: Path = args.out or Path(f"{args.id}.yaml")
    if out.exists() and not args.force:
        raise InputError(Problem("the file exists (give --force to replace it)", str(out)))
    if not out.resolve().parent.is_dir():
        raise InputError(Problem("the folder to write into does not exist", str(out)))
    template_contract(text, str(out))
    try:
        write_atomically(out, text)
    except OSError as exc:
        raise InputError(Problem(f"cannot write: {exc.strerror or exc}", str(out))) from None
    print(f"wrote {out}: validate it with `{command(f'validate {out}')}`")
    return 0
