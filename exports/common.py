"""What both exports share: progress callbacks and text helpers."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from models.result import MilestoneResult, Result

Progress = Callable[[int, int, str], None]  # done, total, what


def no_progress(_done: int, _total: int, _what: str) -> None:
    return None


RTL_LANGUAGES = frozenset({"he", "fa", "ar", "ur"})
MILESTONE_TITLES = {
    "response": "Response",
    "work_start": "Work start",
    "resolution": "Resolution",
    "release": "Release",
}


def plan_label(result: Result) -> str:
    return f"{result.vendor} · {result.plan}"


def elapsed_hours(milestone: MilestoneResult | None, result: Result) -> float | None:
    if milestone is None:
        return None
    return round((milestone.at - result.scenario.reported_at).total_seconds() / 3600, 2)


def short_label(result: Result) -> str:
    """Contract id and plan, for narrow places (timeline lanes, chart axes)."""
    return f"{result.contract} · {result.plan}"


def grouped(results: list[Result]) -> str:
    """Plans grouped by vendor: "Kian Pardaz Hooshmand: product-gold, project-gold"."""
    by_vendor: dict[str, list[str]] = {}
    for result in results:
        by_vendor.setdefault(result.vendor, []).append(result.plan)
    return "\n".join(f"{vendor}: {', '.join(plans)}" for vendor, plans in by_vendor.items())


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; it replaces `path` only if writing succeeds."""
    descriptor, name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent
    )
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
