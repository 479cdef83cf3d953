"""Writing a file so that it is either whole or untouched: a temporary beside the target,
synced, then renamed over it (exports and saved comparisons).

The result keeps the mode of the file it replaces (or the umask's, for a new file), a symlink is
written through to its target, and anything that is not a regular file (a device such as
/dev/full or /dev/null, a folder, a pipe) is refused, so a write that did not happen is never
reported as done.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_MARK = "termscope-partial"  # in the names of unfinished files


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
