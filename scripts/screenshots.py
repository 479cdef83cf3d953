"""Screenshots of the app for the README: `xvfb-run -a -s "-screen 0 1600x1000x24"
.venv/bin/python scripts/screenshots.py` (a real X server gives the real fonts)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.comparison_model import COL_PLAN, COL_WORK_START, RESULT_ROLE
from desktop.tasks import SyncRunner

OUT = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = create_window(settings)
    window.resize(1600, 1000)
    window.show()
    window.scenarios.select(1)  # Monday-morning bug, fix ships in a release
    app.processEvents()
    proxy = window.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.data(proxy.index(r, COL_PLAN), RESULT_ROLE).contract == "kiwi"
    )
    window.table.setCurrentIndex(proxy.index(row, COL_WORK_START))
    window.table.scrollTo(proxy.index(row, COL_WORK_START))
    for _ in range(5):
        app.processEvents()
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "main-window.png"))
    window.timeline.grab().save(str(OUT / "timeline.png"))
    window.annual._runner = SyncRunner()  # run the yearly view in place for the picture
    window.annual.years.setValue(500)
    window.tabs.setCurrentIndex(1)
    window.annual.run()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / "annual.png"))
    window.session.undo_stack.setClean()
    window.close()
    print(f"wrote main-window.png, timeline.png and annual.png in {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
