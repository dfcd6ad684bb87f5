"""`python main.py backup --to DIR`: a checked backup into a folder (a stick), optionally locked."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "buat cadangan basis data ke sebuah folder (mis. flashdisk), bisa dikunci kata sandi"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, type=Path, metavar="FOLDER", help="folder tujuan")
    parser.add_argument(
        "--password",
        action="store_true",
        help="kunci cadangan dengan kata sandi (ditanyakan; tanpa terminal: dibaca dari stdin)",
    )
    parser.add_argument(
        "--operator", default="", help="nama yang dicatat di log audit (bawaan: operator desa)"
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.backups import backup_to
    from enrolment.commands.common import command_actor, open_existing_database, read_password
    from enrolment.messages import UserError
    from models.db import DatabaseError

    try:
        db = open_existing_database(data_dir)
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    try:
        password = read_password(confirm=True) if args.password else None
        target = backup_to(db, args.to, command_actor(db, args.operator), password)
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    except OSError as exc:
        print(f"Gagal menulis cadangan: {exc.strerror or exc} ({exc.filename or args.to})")
        return 2
    finally:
        db.dispose()
    locked = " (dikunci kata sandi)" if args.password else ""
    print(f"Cadangan tersimpan{locked}: {target}")
    return 0
