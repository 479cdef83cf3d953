"""Start-up benchmark (a script that prints figures, not a test).

Starts `python main.py` as a new process until its main window is exposed, 5 runs, and prints
the median seconds and the peak memory (max RSS of the app process) as one JSON object on its
last line: {"startup_s": …, "peak_rss_mb": …}. Needs a display: run it under
`xvfb-run -a -s "-screen 0 1600x1000x24"`, or it uses Qt's offscreen platform.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5

# The child opens the real app, reports when the window is exposed, and quits.
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
        print(f"EXPOSED {time.time() - started:.4f}", flush=True)
        window.session.undo_stack.setClean()
        app.quit()
    else:
        QTimer.singleShot(2, check)

QTimer.singleShot(0, check)
app.exec()
"""


def one_run() -> float:
    env = dict(os.environ)
    if "DISPLAY" not in env and "WAYLAND_DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = tempfile.mkdtemp()  # fresh settings: no restored layout
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(started), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    line = next(row for row in out.splitlines() if row.startswith("EXPOSED"))
    return float(line.split()[1])


def main() -> None:
    times = [one_run() for _ in range(RUNS)]
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"start-up to exposed window, {RUNS} runs: " + ", ".join(f"{t:.2f}s" for t in times))
    print(
        json.dumps(
            {
                "startup_s": round(statistics.median(times), 3),
                "peak_rss_mb": round(peak_kb / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
