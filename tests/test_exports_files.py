"""Writing export files: modes, devices, symlinks, temporaries, errors that name the user's
path, fsync before the rename."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from contracts import bundled_comparison
from exports.common import PARTIAL_MARK, atomic_output
from exports.data import export_json
from models.report import ComparisonReport, report_from_state


@pytest.fixture(scope="module")
def report() -> ComparisonReport:
    return report_from_state(bundled_comparison())


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_file_gets_the_umasks_mode(
    report: ComparisonReport, tmp_path: Path, umask_027: None
) -> None:
    target = tmp_path / "new.json"
    export_json(report, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # 0o666 & ~0o027, not mkstemp's 0o600


def test_an_overwritten_file_keeps_its_mode(report: ComparisonReport, tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    target.write_text("previous")
    target.chmod(0o644)
    export_json(report, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text().startswith("{")


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_devices_are_refused_and_left_alone(report: ComparisonReport, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is not on this system")
    before = Path(device).stat()
    with pytest.raises(OSError, match="not a regular file") as caught:
        export_json(report, Path(device))
    assert caught.value.filename == device
    after = Path(device).stat()
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_cli_never_reports_success_for_a_device(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.app import main

    code = main(["export", "--at", "2026-06-08T11:30+03:00", "--plans", "kiwi",
                 "--json", "/dev/null"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1
    assert "wrote" not in out
    assert "/dev/null" in err
    assert "not a regular file" in err


def test_a_symlink_is_written_through(report: ComparisonReport, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("previous")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    export_json(report, link)
    assert link.is_symlink()
    assert real.read_text().startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_temporaries_are_named_and_removed_even_on_ctrl_c(tmp_path: Path) -> None:
    target = tmp_path / "offer.pdf"
    seen: list[Path] = []

    def write_then_interrupt() -> None:
        with atomic_output(target) as temporary:
            seen.append(temporary)
            temporary.write_bytes(b"half a file")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_then_interrupt()
    assert PARTIAL_MARK in seen[0].name
    assert seen[0].parent == tmp_path
    assert list(tmp_path.iterdir()) == []


def test_errors_name_the_users_path_not_the_temporary(tmp_path: Path) -> None:
    target = tmp_path / "offer.xlsx"

    def fail_while_writing() -> None:
        with atomic_output(target) as temporary:
            raise OSError(errno.ENOSPC, "No space left on device", str(temporary))

    with pytest.raises(OSError, match="No space left") as caught:
        fail_while_writing()
    assert caught.value.filename == str(target)
    assert caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "offer.pdf"
    with pytest.raises(OSError, match="does not exist") as caught, atomic_output(target):
        pass
    assert caught.value.filename == str(target)


def test_the_file_is_synced_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "offer.csv"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, Path.replace

    def fsync(descriptor: int) -> None:
        events.append("fsync")
        real_fsync(descriptor)

    def replace(self: Path, other: Path) -> Path:
        events.append("rename")
        return real_replace(self, other)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)
    with atomic_output(target) as temporary:
        temporary.write_text("a,b\n")
    assert events[:2] == ["fsync", "rename"]
    assert target.read_text() == "a,b\n"


def test_saved_comparisons_keep_modes_too(tmp_path: Path, umask_027: None) -> None:
    from models.comparison_file import save_comparison

    state = bundled_comparison()
    new = tmp_path / "new.termscope.yaml"
    save_comparison(state, new)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # the umask's, not mkstemp's 0o600
    old = tmp_path / "old.termscope.yaml"
    old.write_text("previous")
    old.chmod(0o664)
    save_comparison(state, old)
    assert stat.S_IMODE(old.stat().st_mode) == 0o664
