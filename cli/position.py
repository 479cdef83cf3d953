"""`python main.py position`: where a draft contract stands against its rivals."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("position", help="(coming)")


def cmd_position(args: argparse.Namespace) -> int:
    return 0
