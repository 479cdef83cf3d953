"""A seeded mutation fuzzer over every input file kind, run through the CLI entry point.

Each input is a bundled file (contract, scenarios, parameters, rates, profile, or a saved
comparison) with one to three mutations: lines deleted, duplicated, swapped, re-indented or cut;
a value replaced by a hostile one (huge and tiny numbers, far dates, tzdata folders, lone
surrogates, aliases, deep nesting, control characters, long digits); random bytes spliced in.
The property: every input ends in success (exit 0) or a clean error — every stderr line one
`termscope: error: …` / `invalid  …` line — within the time limit. The figures of a run:
`Figures`; `tests/test_fuzz.py` runs a short budget, `tests/bench/fuzz_long.py` a long one.
"""

from __future__ import annotations

import contextlib
import io
import random
import re
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "contracts"
HOSTILE = [
    "1e30",
    '"1e-30"',
    "-1",
    "-1200000000",
    "0",
    "1e309",
    "1e9",
    "NaN",
    '"-Infinity"',
    "9" * 4301,
    "9999-06-01T10:00:00+00:00",
    "0001-01-01",
    "Europe",
    "Europe/" + "x" * 300,
    '"\\ud800"',
    "&a [*a]",
    "*nowhere",
    "[" * 300 + "]" * 300,
    "{" * 70 + "}" * 70,
    "x" * 5000,
    "\x01",
    "~",
    "[]",
    "{}",
    "true",
    "<<: {}",
    "!!python/object:os.system ls",
    "'",
    '"',
    "- a",
    "a: b: c",
    "\t",
]
LINE_ERROR = re.compile(r"(termscope: error: |invalid  )\S.*:\d+(:\d+)?: .+")
CLEAN_ERROR = re.compile(r"(termscope: error: |invalid  |termscope: |usage: |  ).*")


@dataclass(frozen=True)
class Kind:
    """A file kind: a seed file and the command that reads a file of this kind."""

    name: str
    seed: Callable[[], str]
    args: Callable[[str], list[str]]


def _bundled(relative: str) -> Callable[[], str]:
    return lambda: (BUNDLED / relative).read_text(encoding="utf-8")


def _comparison_seed() -> str:
    from contracts import bundled_comparison
    from models.comparison_file import comparison_text

    return comparison_text(bundled_comparison())


ONE_CONTRACT = ["--contracts", str(BUNDLED / "mystore.yaml")]
KINDS = [
    Kind("contract", _bundled("kiwi.yaml"), lambda f: ["validate", f]),
    Kind("contract", _bundled("kianpardaz.yaml"), lambda f: ["validate", f]),
    Kind("contract", _bundled("swedish-ecommerce.yaml"), lambda f: ["validate", f]),
    Kind(
        "scenarios",
        _bundled("samples/scenarios.yaml"),
        lambda f: ["simulate", *ONE_CONTRACT, "--scenarios", f, "--format", "json"],
    ),
    Kind(
        "params",
        _bundled("samples/params.yaml"),
        lambda f: ["simulate", "--contracts", str(BUNDLED / "kianpardaz.yaml"), "--params", f],
    ),
    Kind(
        "rates",
        _bundled("data/rates.yaml"),
        lambda f: ["simulate", *ONE_CONTRACT, "--rates", f, "--currency", "EUR"],
    ),
    Kind(
        "profile",
        _bundled("profiles/small-webshop.yaml"),
        lambda f: ["annual", "--profile", f, *ONE_CONTRACT, "--years", "3"],
    ),
    Kind("comparison", _comparison_seed, lambda f: ["open-comparison", f]),
]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(lines)) if lines else 0
        choice = rng.randrange(9)
        if not lines:
            lines = [rng.choice(HOSTILE)]
        elif choice <= 2:  # a value replaced by a hostile one
            line = lines[at]
            head = line.split(":", 1)[0] + ": " if ":" in line else line[: len(line) // 2]
            lines[at] = head + rng.choice(HOSTILE)
        elif choice == 3:
            del lines[at]
        elif choice == 4:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif choice == 5:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif choice == 6:
            lines[at] = " " * rng.randint(0, 6) + lines[at].lstrip()
        elif choice == 7:
            lines = lines[: at + 1]
        else:  # random characters spliced into a line
            line = lines[at]
            cut = rng.randint(0, len(line))
            noise = "".join(
                chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x10FFFF)]))
                for _ in range(rng.randint(1, 4))
            )
            lines[at] = line[:cut] + noise + line[cut:]
    return "\n".join(lines)


@dataclass
class Figures:
    runs: int = 0
    successes: int = 0
    errors: int = 0
    errors_with_line: int = 0
    tracebacks: int = 0
    slow: int = 0
    slowest: float = 0.0
    failures: list[str] = field(default_factory=list)  # what broke the property, for a report

    def line_share(self) -> float:
        return self.errors_with_line / self.errors if self.errors else 1.0

    def summary(self) -> str:
        return (
            f"{self.runs} inputs: {self.successes} successes, {self.errors} clean errors "
            f"({self.line_share():.1%} with file and line), {self.tracebacks} tracebacks, "
            f"{self.slow} over the time limit, slowest {self.slowest:.2f} s"
        )


class _TooSlow(BaseException):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _open_comparison(path: str) -> int:
    """What the app does with a comparison file, with the CLI's error lines and exit codes."""
    import sys

    from models.comparison_file import load_comparison
    from models.errors import InputError

    try:
        load_comparison(Path(path))
    except InputError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"termscope: error: {problem}\n")
        return 1
    return 0


def run_one(args: list[str], limit: float) -> tuple[str, str, float]:
    """('ok' | 'error' | 'crash' | 'slow', stderr, seconds) of one CLI run, in this process."""
    from cli.app import main

    out, err = io.StringIO(), io.StringIO()
    began = time.perf_counter()
    outcome = "crash"
    try:
        with _time_limit(limit), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                comparison = args[0] == "open-comparison"
                code = _open_comparison(args[1]) if comparison else main(args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
        outcome = {0: "ok", 1: "error", 2: "error"}.get(code, "crash")
    except _TooSlow:
        outcome = "slow"
    except BaseException as exc:  # a crash the CLI let through is the finding
        err.write(f"{type(exc).__name__}: {exc}")
    return outcome, err.getvalue(), time.perf_counter() - began


def fuzz(
    seed: int, count: int | None = None, budget: float | None = None, limit: float = 10.0
) -> Figures:
    """Run `count` mutated inputs (or as many as fit in `budget` seconds) from `seed`."""
    rng = random.Random(seed)
    seeds = [(kind, kind.seed()) for kind in KINDS]
    figures = Figures()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        while True:
            if count is not None and figures.runs >= count:
                break
            if budget is not None and time.perf_counter() - began > budget:
                break
            kind, text = rng.choice(seeds)
            path = Path(folder) / f"{kind.name}.yaml"
            path.write_bytes(mutate(text, rng).encode("utf-8", "surrogatepass"))
            outcome, err, seconds = run_one(kind.args(str(path)), limit)
            figures.runs += 1
            figures.slowest = max(figures.slowest, seconds)
            lines = err.splitlines()
            if outcome == "ok":
                figures.successes += 1
            elif outcome == "error" and all(CLEAN_ERROR.fullmatch(x) for x in lines) and lines:
                figures.errors += 1
                figures.errors_with_line += bool(LINE_ERROR.fullmatch(lines[0]))
            elif outcome == "slow":
                figures.slow += 1
                figures.failures.append(f"slow {kind.name}: {path.read_text()[:200]!r}")
            else:
                figures.tracebacks += 1
                figures.failures.append(f"{outcome} {kind.name}: {err[-300:]}")
    return figures
