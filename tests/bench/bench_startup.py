"""Start-up benchmark (a script that prints figures, not a test): Termscope against LibreOffice
Calc opening the same comparison, side by side in one run.

1. Exports the bundled comparison (the contracts, sample scenarios and parameters the app
   opens with) to an Excel workbook, as `termscope export` does.
2. Alternately starts `python main.py` and `soffice --calc` on that workbook, RUNS times each
   after one unmeasured warm-up of each (so both read their files from the page cache), and
   measures from the process start until its main window is visible on the X display
   (`xdotool search --onlyvisible`, polled every 10 ms, the same way for both).
3. For Termscope it also reads, from inside the app, when its window was first exposed, and
   the peak memory (max RSS) of its processes.

Prints a line per run, then one JSON object on its last line:
{"termscope_s", "calc_s", "ratio", "termscope_exposed_s"} (medians) and
"termscope_peak_rss_mb" (the app process's max RSS when its window is up).
Needs an X display, xdotool and LibreOffice Calc:
    apt-get install -y xvfb xauth xdotool libreoffice-calc
    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/bench/bench_startup.py
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
TIMEOUT_S = 120.0

# Termscope with a marker of when its window was exposed; it stays open until killed, like Calc.
CHILD = """
import sys, time
started = float(sys.argv[1])
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop.app import create_window
window = create_window()
window.show()

def check():
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        import resource
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"EXPOSED {time.time() - started:.4f} {peak_mb:.1f}", flush=True)
        window.session.undo_stack.setClean()
    else:
        QTimer.singleShot(2, check)

QTimer.singleShot(0, check)
app.exec()
"""


def visible_window(name: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def time_to_window(command: list[str], title: str, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting `command` until a visible window named like `title`; its output."""
    started = time.time()
    process = subprocess.Popen(
        [part.replace("{started}", f"{started}") for part in command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,  # its own process group: closed together afterwards
    )
    try:
        while not visible_window(title):
            if time.time() - started > TIMEOUT_S:
                raise TimeoutError(f"no window named {title!r} after {TIMEOUT_S:.0f} s")
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} ended with {process.returncode}")
            time.sleep(0.01)
        elapsed = time.time() - started
        time.sleep(0.3)  # let Termscope print its exposed time
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            output, _ = process.communicate()
        wait_for_group_end(process.pid)
    return elapsed, output


def wait_for_group_end(group: int) -> None:
    """Calc's soffice.bin may outlive its launcher script: the next start waits for both."""
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.killpg(group, signal.SIGKILL)


def export_workbook(folder: Path) -> Path:
    workbook = folder / "termscope-comparison.xlsx"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "--params",
            str(ROOT / "contracts" / "samples" / "params.yaml"),
            "--currency",
            "EUR",
            "--xlsx",
            str(workbook),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return workbook


def main() -> None:
    if not os.environ.get("DISPLAY"):
        sys.exit("needs an X display: run under xvfb-run -a -s '-screen 0 1600x1000x24'")
    for tool in ("xdotool", "soffice"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install -y xdotool libreoffice-calc")
    folder = Path(tempfile.mkdtemp())
    workbook = export_workbook(folder)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(folder / "home")  # fresh settings: no restored layout, no recent files
    termscope = [sys.executable, "-c", CHILD, "{started}", str(ROOT)]
    calc = [
        "soffice",
        "--calc",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        f"-env:UserInstallation=file://{folder / 'lo-profile'}",
        str(workbook),
    ]
    ours: list[float] = []
    exposed: list[float] = []
    peaks: list[float] = []
    theirs: list[float] = []
    for run in range(RUNS + 1):  # run 0 warms both up (and creates Calc's profile)
        seconds, output = time_to_window(termscope, "^Termscope", env)
        marks = [line.split()[1:] for line in output.splitlines() if line.startswith("EXPOSED")]
        calc_seconds, _ = time_to_window(calc, workbook.name, env)
        label = "warm-up" if run == 0 else f"run {run}"
        print(
            f"{label}: Termscope window {seconds:.2f}s "
            f"(exposed {marks[0][0] if marks else '?'}s, peak {marks[0][1] if marks else '?'} MB), "
            f"Calc with the exported comparison {calc_seconds:.2f}s",
            flush=True,
        )
        if run > 0:
            ours.append(seconds)
            exposed.extend(float(mark[0]) for mark in marks[:1])
            peaks.extend(float(mark[1]) for mark in marks[:1])
            theirs.append(calc_seconds)
    termscope_s, calc_s = statistics.median(ours), statistics.median(theirs)
    print(
        f"start to visible window, median of {RUNS}: Termscope {termscope_s:.2f}s, "
        f"Calc {calc_s:.2f}s: ratio {termscope_s / calc_s:.2f} (goal: below 1)"
    )
    print(
        json.dumps(
            {
                "termscope_s": round(termscope_s, 3),
                "calc_s": round(calc_s, 3),
                "ratio": round(termscope_s / calc_s, 2),
                "termscope_exposed_s": round(statistics.median(exposed), 3) if exposed else None,
                "termscope_peak_rss_mb": max(peaks) if peaks else None,
            }
        )
    )


if __name__ == "__main__":
    main()
