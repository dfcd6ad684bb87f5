"""`python main.py receipts --out FILE.pdf`: receipts of one NIK, one batch or everyone."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "cetak tanda terima pendaftaran ke satu berkas PDF (per NIK, per kiriman, atau semua)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, type=Path, metavar="BERKAS.pdf", help="berkas PDF tujuan"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--nik", help="NIK satu peserta")
    which.add_argument(
        "--batch", type=int, metavar="NOMOR", help="nomor kiriman data (batch) ke kabupaten"
    )
    which.add_argument("--all", action="store_true", help="semua peserta yang aktif")
    parser.add_argument(
        "--operator",
        metavar="NAMA",
        default="",
        help="nama yang dicatat di log cetak (bawaan: operator)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from PySide6.QtGui import QGuiApplication

    from enrolment.commands.common import CommandFailed, command_database
    from enrolment.installation import get_installation
    from enrolment.nik import normalise_nik
    from enrolment.receipts.printlog import prepare_job, record_prints, select_ids
    from ui.printing.output import write_pdf

    # Fonts and QPdfWriter need a GUI application; offscreen is fine without a display.
    # `app` must stay referenced until the PDF is written.
    app = QGuiApplication.instance() or QGuiApplication(["jaring", "-platform", "offscreen"])
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    with command_database(data_dir) as db, db.session() as session:
        inst = get_installation(session)
        actor = args.operator or (inst.operator_name if inst else "") or "headless"
        ids = select_ids(
            session,
            nik=normalise_nik(args.nik) if args.nik else None,
            batch=args.batch,
            everyone=args.all,
        )
        if not ids:
            raise CommandFailed("tidak ada peserta yang cocok dengan pilihan itu.", code=1)
        job = prepare_job(session, ids)
        write_pdf(out, job)
        record_prints(session, job, actor=actor, kind="pdf", destination=out.name)
    print(f"{len(job.contents)} tanda terima ditulis ke {out}")
    del app
    return 0
