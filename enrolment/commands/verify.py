"""`python main.py verify FILE.xlsx`: check a batch file (format, manifest, checksum)."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "periksa berkas batch: versi format, manifest dan checksum"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BERKAS", help="berkas batch .xlsx")
    parser.add_argument(
        "--password",
        action="store_true",
        help="berkas dikunci kata sandi: tanyakan (tanpa terminal: satu baris stdin)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    del data_dir  # verifying needs no database: the file must stand on its own
    from enrolment.batches.verify import BatchInvalid, verify_batch
    from enrolment.commands.common import read_password

    password = read_password(confirm=False, prompt="Kata sandi batch: ") if args.password else None
    try:
        parsed = verify_batch(args.file, password=password or None)
    except BatchInvalid as exc:
        print(f"TIDAK SAH: {args.file.name}: {exc.message}")
        return 1
    print(
        f"SAH: {args.file.name}: desa {parsed.desa_code}, batch {parsed.batch_no}, "
        f"{len(parsed.canonical_rows)} baris, format versi {parsed.format_version}, "
        f"SHA-256 {parsed.computed_sha256}"
    )
    return 0
