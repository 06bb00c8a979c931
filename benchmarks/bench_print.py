"""Time and peak memory of printing a sheet: pages rendered by PDFium and painted on a QPrinter.

    .venv/bin/python benchmarks/bench_print.py [--dpi 600 300 150] [--pages 1 5]

Writes a foglio firme of as many pages as asked (the month's interventions of
a made-up service), then prints it to a QPrinter writing a PDF file (the same
painting as to a printer) at each resolution, in a fresh child process each,
so that the peak resident memory printed is that print's own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _pdf(pages: int) -> bytes:
    import datetime as dt

    from mediation_desk.io.pdf_sheets import MonthlySheet, SheetLine, monthly_pdf
    from mediation_desk.scheduling.model import Mode

    per_page = 12  # rows of the foglio firme on one landscape A4 page, roughly
    lines = [SheetLine(booking_id=f"B{n:05d}", start=dt.datetime(2026, 11, 1 + n % 28, 9),
                       end=dt.datetime(2026, 11, 1 + n % 28, 10), agency=f"Comune {n}",
                       mediator=f"Mediatore {n}", language="Arabo", mode=Mode.IN_PERSON,
                       project="Lab'Impact (P1)")
             for n in range(per_page * pages - 2)]
    sheet = MonthlySheet(service_name="Servizio di mediazione", month=dt.date(2026, 11, 1), agency="",
                         mediator="", lines=lines)
    return monthly_pdf(sheet)


def child(pdf_path: str, dpi: int, out: str) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from mediation_desk.ui.common.pdf_printing import print_pdf

    app = QApplication([])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    printer.setResolution(dpi)
    data = Path(pdf_path).read_bytes()
    started = time.perf_counter()
    pages = print_pdf(printer, data)
    seconds = time.perf_counter() - started
    app.quit()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages": pages, "seconds": seconds, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dpi", type=int, nargs="+", default=[600, 300, 150])
    parser.add_argument("--pages", type=int, nargs="+", default=[1, 5])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.child[2])))
        return
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'pages':>5} {'dpi':>5} {'seconds':>8} {'s/page':>7} {'peak MB':>8}")
        for pages in args.pages:
            source = Path(folder) / f"foglio-{pages}.pdf"
            source.write_bytes(_pdf(pages))
            for dpi in args.dpi:
                done = subprocess.run([sys.executable, __file__, "--child", str(source), str(dpi),
                                       str(Path(folder) / "out.pdf")], capture_output=True, text=True,
                                      check=True)
                result = json.loads(done.stdout.strip().splitlines()[-1])
                print(f"{result['pages']:>5} {dpi:>5} {result['seconds']:>8.2f} "
                      f"{result['seconds'] / max(result['pages'], 1):>7.2f} {result['peak_mb']:>8.0f}")
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
