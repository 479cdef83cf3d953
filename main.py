"""Termscope: `python main.py` opens the desktop app; `python main.py --help` lists the commands.

Installed, `termscope` is `main()` and `termscope-gui` (a GUI entry point: no console window
on Windows) is `gui_main()`, which only opens the app, with an optional comparison file.
"""

from __future__ import annotations

import sys


def main() -> int:
    from cli.app import main as run

    return run(sys.argv[1:])


def gui_main() -> int:
    from cli.app import main as run

    args = sys.argv[1:]
    return run(args if args == ["--version"] else ["gui", *args])


if __name__ == "__main__":
    sys.exit(main())
