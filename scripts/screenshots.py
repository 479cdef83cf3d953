"""Screenshots of the app for the README: `xvfb-run -a -s "-screen 0 1600x1000x24"
.venv/bin/python scripts/screenshots.py [WIDTHxHEIGHT]` (a real X server gives the real fonts).

Writes docs/decision.png (the Decision tab, once the decision is worked out: 2,000 simulated
years, as the app does), docs/main-window.png, docs/timeline.png and docs/annual.png.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.comparison_model import RESULT_ROLE

OUT = Path(__file__).resolve().parent.parent / "docs"
WAIT_S = 900


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    size = sys.argv[1] if len(sys.argv) > 1 else "1600x1000"
    width, height = (int(n) for n in size.split("x"))
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = create_window(settings)
    window.resize(width, height)
    window.show()
    began = time.monotonic()
    while window.session.current_decision is None and time.monotonic() - began < WAIT_S:
        settle(app, 0.5)
    if window.session.current_decision is None:
        raise SystemExit("the decision was not worked out in time")
    settle(app)
    OUT.mkdir(exist_ok=True)
    window.tabs.setCurrentWidget(window.decision)
    settle(app)
    window.grab().save(str(OUT / "decision.png"))

    window.tabs.setCurrentWidget(window.scenarios_tab)
    window.scenarios.select(1)  # Monday-morning bug, fix ships in a release
    settle(app)
    proxy = window.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.data(proxy.index(r, 0), RESULT_ROLE).contract == "kiwi"
    )
    work_start = window.table_model.column_index("work_start")
    window.table.setCurrentIndex(proxy.index(row, work_start))
    settle(app)
    window.grab().save(str(OUT / "main-window.png"))
    window.timeline.grab().save(str(OUT / "timeline.png"))
    window.tabs.setCurrentWidget(window.annual)
    settle(app)
    window.grab().save(str(OUT / "annual.png"))
    window.session.undo_stack.setClean()
    window.close()
    print(f"wrote decision.png, main-window.png, timeline.png and annual.png in {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
