"""`python main.py export --to DIR`: make the next batch for the kabupaten without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "buat batch berikutnya (berkas Excel untuk kabupaten) di folder tujuan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to", required=True, type=Path, metavar="FOLDER", help="folder tujuan, mis. flashdisk"
    )
    parser.add_argument(
        "--password",
        action="store_true",
        help="kunci batch dengan kata sandi (ditanyakan dua kali; tanpa terminal: satu baris "
        "stdin). Tidak ditulis di baris perintah, jadi tidak tersimpan di riwayat.",
    )
    parser.add_argument(
        "--operator",
        metavar="NAMA",
        default=None,
        help="nama operator (bawaan: operator instalasi)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.batches.service import export_next_batch
    from enrolment.commands.common import CommandFailed, command_database, read_password
    from enrolment.installation import active_programme, get_installation
    from enrolment.messages import UserError

    with command_database(data_dir) as db:
        with db.session() as session:
            inst = get_installation(session)
            if inst is None:
                raise CommandFailed("Jaring belum disiapkan. Jalankan dulu: main.py setup ...")
            programme = active_programme(session)
        operator = " ".join((args.operator or inst.operator_name).split())
        password = (
            read_password(confirm=True, prompt="Kata sandi batch: ") if args.password else None
        )
        try:
            result = export_next_batch(
                db, programme, actor=operator, folder=args.to, password=password or None
            )
        except UserError as exc:  # nothing to hand over, or the stick refused: exit code 1
            raise CommandFailed(str(exc.message), code=1) from exc
    batch = result.batch
    print(
        f"Batch {batch.batch_no}: {batch.row_count} baris ({batch.new_count} baru, "
        f"{batch.correction_count} koreksi, {batch.withdrawal_count} penarikan), "
        f"SHA-256 {batch.sha256}"
    )
    print(result.path)
    return 0
