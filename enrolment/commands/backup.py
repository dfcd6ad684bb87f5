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
        "--operator",
        metavar="NAMA",
        default="",
        help="nama yang dicatat di log audit (bawaan: operator desa)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.backups import backup_to
    from enrolment.commands.common import command_actor, command_database, read_password

    with command_database(data_dir, must_exist=True) as db:
        password = read_password(confirm=True) if args.password else None
        target = backup_to(db, args.to, command_actor(db, args.operator), password)
    locked = " (dikunci kata sandi)" if args.password else ""
    print(f"Cadangan tersimpan{locked}: {target}")
    return 0
