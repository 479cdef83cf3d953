"""Termscope: `python main.py` opens the desktop app; `python main.py --help` lists the commands."""

from __future__ import annotations

import sys


def main() -> int:
    from cli.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
