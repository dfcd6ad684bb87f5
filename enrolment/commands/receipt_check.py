"""`python main.py receipt-check TEXT`: check a receipt number or QR text against the register."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "periksa nomor tanda terima atau teks QR-nya terhadap register desa"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "text",
        metavar="NOMOR",
        help="nomor tanda terima (mis. 3604072011-2025-000123-97) atau teks QR",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.commands.common import command_database
    from enrolment.receipts.check import check_receipt

    with command_database(data_dir) as db, db.session() as session:
        result = check_receipt(session, args.text)
    for fact in result.facts:
        print(f"  {fact}")
    for problem in result.problems:
        print(f"  TIDAK COCOK: {problem}")
    print("COCOK: tanda terima sah." if result.ok else "TIDAK SAH atau tidak dapat dipastikan.")
    return 0 if result.ok else 1
