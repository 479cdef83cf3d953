"""Installed as users install it: entry points, version, no-display message, bundled data,
help texts, shell completion, and a dependency on PySide6-Essentials only."""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import contracts
from cli import __version__
from cli.app import build_parser, main
from cli.completion import completion_script
from desktop.app import NO_DISPLAY, missing_display
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _without_display() -> dict[str, str]:
    env = dict(os.environ.items())
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_version_from_the_command_line_entry() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",
    )
    assert (done.returncode, done.stdout) == (0, f"termscope {__version__}\n")
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "cli.__version__"}


@pytest.mark.parametrize("entry", ["main()", "gui_main()"])
def test_without_a_display_one_line_and_exit_1(entry: str) -> None:
    """Qt would abort with exit code 134 and a plugin message; we say what to do instead."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys, main; sys.argv[1:] = []; sys.exit(main.{entry})"],
        capture_output=True,
        text=True,
        check=False,
        env=_without_display(),
        cwd="/",
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [f"termscope: error: {NO_DISPLAY}"]
    assert "xvfb-run" in NO_DISPLAY
    assert "termscope simulate" in NO_DISPLAY


def test_which_environments_have_a_display() -> None:
    assert missing_display({}, "linux")
    assert missing_display({"DISPLAY": ""}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32")
    assert not missing_display({}, "darwin")


def test_validate_without_a_path_checks_the_bundled_contracts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate"]) == 0
    lines = capsys.readouterr().out.splitlines()
    bundled = sorted(p.name for p in contracts.BUNDLED_DIR.glob("*.yaml"))
    assert len(bundled) == 5
    assert [line.split()[0] for line in lines] == ["ok"] * 5
    assert sorted(Path(line.split()[1].rstrip(":")).name for line in lines) == bundled


def test_a_bundled_profile_is_found_by_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # not beside the checkout: the name alone must do
    args = ["annual", "--plans", "mystore:service", "--years", "3", "--format", "json"]
    assert main([*args, "--profile", "small-webshop"]) == 0
    by_name = capsys.readouterr().out
    assert main([*args, "--profile", str(contracts.PROFILES_DIR / "small-webshop.yaml")]) == 0
    assert capsys.readouterr().out == by_name
    assert '"years": 3' in by_name


def test_an_unknown_profile_name_is_a_usage_error_naming_the_bundled_ones(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["annual", "--profile", "big-bank", "--years", "1"])
    assert exited.value.code == 2  # a usage error, as argparse reports them
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == (
        "termscope annual: error: argument --profile: no file or bundled profile named "
        "'big-bank' (bundled: crm-project, small-webshop)"
    )


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_every_command_has_a_description_examples_and_option_help() -> None:
    commands = _subcommands()
    assert set(commands) >= {"gui", "validate", "schema", "simulate", "annual", "export"}
    for name, parser in commands.items():
        assert parser.description, name
        assert parser.epilog, name
        assert parser.epilog.startswith("examples:"), name
        assert f"termscope {name}" in parser.epilog or name == "completion", name
        for action in parser._actions:
            assert action.help, f"{name} {action.option_strings or action.dest}"
    help_text = commands["simulate"].format_help()
    assert "--format {json,table}" in help_text
    assert "readable table" in help_text


def _complete(words: list[str], cwd: Path = ROOT) -> list[str]:
    script = completion_script(build_parser(), "bash")
    line = " ".join(f"'{w}'" for w in words)
    program = (
        f"{script}\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _termscope; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "-c", program], capture_output=True, text=True, check=True, cwd=cwd
    )
    return sorted(done.stdout.split())


def test_bash_completion_follows_the_parser() -> None:
    assert _complete(["termscope", "si"]) == ["simulate"]
    assert _complete(["termscope", "simulate", "--format", ""]) == ["json", "table"]
    assert _complete(["termscope", "export", "--page-size", ""]) == ["A4", "Letter"]
    assert _complete(["termscope", "annual", "--profile", "small"]) == ["small-webshop"]
    assert _complete(["termscope", "simulate", "--cur"]) == ["--currency"]
    assert _complete(["termscope", "validate", "contracts/kiw"]) == ["contracts/kiwi.yaml"]
    assert _complete(["termscope", "completion", ""]) == ["bash", "zsh"]
    assert _complete(["termscope", "simulate", "--at", ""]) == []
    # the scenario's words, from models.vocabulary (the one list the scenario checks too)
    assert _complete(["termscope", "simulate", "--severity", ""]) == [
        "critical",
        "high",
        "low",
        "normal",
    ]
    assert _complete(["termscope", "export", "--cause", "c"]) == [
        "change_request",
        "customer_caused",
    ]
    zsh = completion_script(build_parser(), "zsh")
    assert "bashcompinit" in zsh
    assert "complete -F _termscope termscope" in zsh


def test_completion_command_prints_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    assert "complete -F _termscope termscope" in capsys.readouterr().out


def test_depends_on_pyside6_essentials_only() -> None:
    dependencies = PYPROJECT["project"]["dependencies"]
    qt = [d for d in dependencies if d.lower().startswith("pyside6")]
    assert qt == ["PySide6-Essentials>=6.11.3,!=6.12.0,<7"]
    essentials = {
        Path(str(f)).stem.split(".")[0]
        for f in importlib.metadata.files("PySide6_Essentials") or []
        if str(f).startswith("PySide6/Qt") and str(f).endswith(".pyi")
    }
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= essentials
    imported: set[str] = set()
    for source in ROOT.glob("**/*.py"):
        if ".venv" in source.parts:
            continue
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert imported
    assert imported <= essentials, imported - essentials


def test_licence_and_desktop_integration_ship_with_the_package() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "LicenseRef-Proprietary"
    assert "LICENSE" in project["license-files"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("Termscope")
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"][0]
    assert project["gui-scripts"] == {"termscope-gui": "main:gui_main"}
    assert project["scripts"] == {"termscope": "main:main"}
    resources = ROOT / "desktop" / "resources"
    desktop_file = (resources / "termscope.desktop").read_text(encoding="utf-8")
    assert "Exec=termscope-gui %f" in desktop_file
    assert "Icon=termscope" in desktop_file
    assert (resources / "termscope.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (resources / "termscope.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["desktop"]
    for name in ("termscope.desktop", "termscope.svg", "termscope.png"):
        assert any((resources / name).match(f"*/{p}") for p in patterns), name


def test_the_command_line_and_the_window_start_without_numpy() -> None:
    """numpy (~180 ms to import) is for the yearly view only: loaded when a year is simulated."""
    program = (
        "import sys\n"
        "import cli.app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.app import create_window\n"
        "window = create_window()\n"
        "heavy = ('numpy', 'pandas', 'openpyxl', 'reportlab')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "window.session.undo_stack.setClean()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_registers_the_completion(tmp_path: Path) -> None:
    script = tmp_path / "termscope.zsh"
    script.write_text(completion_script(build_parser(), "zsh"), encoding="utf-8")
    done = subprocess.run(
        ["zsh", "-f", "-c", f"source {script} && print $_comps[termscope]"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.stdout.strip() == "_bash_complete -F _termscope"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_the_desktop_file_is_valid() -> None:
    path = ROOT / "desktop" / "resources" / "termscope.desktop"
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout) == (0, "")
