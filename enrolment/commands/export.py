"""`python main.py export --to DIR`: make the next batch for the kabupaten without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "buat batch berikutnya (berkas Excel untuk kabupaten) di folder tujuan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, type=Path, help="folder tujuan, mis. flashdisk")
    parser.add_argument(
        "--password", default=None, help="kata sandi untuk membuka berkas (tidak disimpan)"
    )
    parser.add_argument(
        "--operator", default=None, help="nama operator (bawaan: operator instalasi)"
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.batches.service import export_next_batch
    from enrolment.installation import active_programme, get_installation
    from enrolment.messages import UserError
    from models.database import open_database
    from models.db import DatabaseError

    try:
        db = open_database(data_dir)
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    try:
        with db.session() as session:
            inst = get_installation(session)
            if inst is None:
                print("Gagal: Jaring belum disiapkan. Jalankan dulu: main.py setup ...")
                return 2
            programme = active_programme(session)
        operator = " ".join((args.operator or inst.operator_name).split())
        result = export_next_batch(
            db, programme, actor=operator, folder=args.to, password=args.password or None
        )
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 1
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    finally:
        db.dispose()
    batch = result.batch
    print(
        f"Batch {batch.batch_no}: {batch.row_count} baris ({batch.new_count} baru, "
        f"{batch.correction_count} koreksi, {batch.withdrawal_count} penarikan), "
        f"SHA-256 {batch.sha256}"
    )
    print(result.path)
    return 0
