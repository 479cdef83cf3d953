"""Pictures of the exports for the README: `.venv/bin/python scripts/export_images.py`.

Exports the bundled comparison with the decision for the small-webshop profile, renders the
PDF's decision page (poppler's `pdftoppm`) to docs/export-pdf.png, and has LibreOffice print
the workbook to PDF, whose first page (the Decision sheet) becomes docs/export-xlsx.png.
Needs poppler-utils and LibreOffice Calc (scripts/setup.sh installs them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contracts import PROFILES_DIR, bundled_comparison
from exports.excel import export_xlsx
from exports.pdf import export_pdf
from models.decide import decide
from models.profile import Profile
from models.report import report_from_state
from models.yamlio import read_yaml, validate_document

OUT = Path(__file__).resolve().parent.parent / "docs"
YEARS = 200


def page_png(pdf: Path, page: int, target: Path) -> None:
    """One page of a PDF as a PNG at 110 dpi."""
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "110", "-png", "-singlefile", "-f", str(page), "-l", str(page),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip


def main() -> None:
    for tool in ("pdftoppm", "soffice"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: run scripts/setup.sh as root, or install it")
    state = bundled_comparison()
    report = report_from_state(state, prepared_by="Termscope")
    report = replace(
        report, client="ACME Webshop AS", created=datetime(2026, 11, 22, 9, 30).astimezone()
    )
    profile = validate_document(Profile, read_yaml(PROFILES_DIR / "small-webshop.yaml"))
    currency = report.currency or report.rates.base
    decision = decide(profile, report.plans, report.parameters, report.rates, currency, years=YEARS)
    report = report.with_decision(decision)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        export_pdf(report, work / "comparison.pdf")
        page_png(work / "comparison.pdf", 2, OUT / "export-pdf.png")  # the decision page
        export_xlsx(report, work / "comparison.xlsx")
        subprocess.run(
            ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(work),
             str(work / "comparison.xlsx")],
            check=True, capture_output=True,
        )  # fmt: skip
        page_png(work / "comparison.pdf", 1, OUT / "export-xlsx.png")  # the Decision sheet
    sys.stdout.write(f"wrote {OUT / 'export-pdf.png'} and {OUT / 'export-xlsx.png'}\n")


if __name__ == "__main__":
    main()
