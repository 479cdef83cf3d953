"""What both exports share: progress callbacks and text helpers."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from models.result import Result

Progress = Callable[[int, int, str], None]  # done, total, what
PARTIAL_MARK = "termscope-partial"  # in the names of unfinished exports


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


_CONDITION = re.compile(r"\b([a-z]+(?:_[a-z]+)*)=([\w/.:-]+)")
_IDENTIFIER = re.compile(r"\b([a-z]+)_(?=[a-z])")


def plain_words(text: str) -> str:
    """Internal notation in plain words: "cause=customer_caused/change_request" → "cause:
    customer caused or change request", "product_price" → "product price"."""

    def condition(match: re.Match[str]) -> str:
        return f"{match[1]}: {' or '.join(match[2].split('/'))}"

    text = _CONDITION.sub(condition, text)
    while _IDENTIFIER.search(text):
        text = _IDENTIFIER.sub(r"\1 ", text)
    return text


def short_label(result: Result) -> str:
    """Contract id and plan, for narrow places (timeline lanes, chart axes)."""
    return f"{result.contract} · {result.plan}"


def grouped(results: list[Result]) -> str:
    """Plans grouped by vendor: "Kian Pardaz Hooshmand: product-gold, project-gold"."""
    by_vendor: dict[str, list[str]] = {}
    for result in results:
        by_vendor.setdefault(result.vendor, []).append(result.plan)
    return "\n".join(f"{vendor}: {', '.join(plans)}" for vendor, plans in by_vendor.items())


class ExportTargetError(OSError):
    """A target the export must not write: a device, a folder, a missing folder (names the
    path the user gave)."""


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # elsewhere: the only portable way is set-and-restore
    os.umask(mask)
    return mask


def writable_target(path: Path) -> Path:
    """The regular file an export of `path` replaces: a symlink's target (written through),
    never a device, a pipe or a folder."""
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise ExportTargetError(
            errno.EINVAL, "not a regular file: exports only write ordinary files", str(path)
        )
    if not target.parent.is_dir():
        raise ExportTargetError(errno.ENOENT, "the folder to write into does not exist", str(path))
    return target


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary file beside `path`; it replaces `path` only when writing succeeded.

    The result keeps the mode of the file it replaces (or the umask's, for a new file), is
    synced to disk before the rename, and a symlink is written through to its target. The
    temporary is named `.NAME.termscope-partial-XXXX.ext` and removed on every way out,
    Ctrl+C included. Errors name `path` as given, never the temporary.
    """
    target = writable_target(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.{PARTIAL_MARK}-", suffix=target.suffix, dir=target.parent
        )
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
        _sync_folder(target.parent)
    except OSError as exc:
        if exc.filename in (name, str(temporary)) or exc.filename is None:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    finally:
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be synced)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


PLAN_COLORS = [
    "#2563eb", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#be123c", "#4d7c0f", "#a16207",
    "#7c3aed", "#0f766e", "#c2410c", "#1d4ed8", "#15803d", "#b91c1c", "#6d28d9",
]  # fmt: skip  # one colour a plan, the same in the app's charts and the exports


def short_amount(value: float) -> str:
    """12,500 → 12.5k; 1,250,000,000 → 1.25bn (chart axes)."""
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.0f}"
