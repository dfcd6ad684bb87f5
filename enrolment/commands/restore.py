"""`python main.py restore FILE`: show what a backup holds, confirm, then restore it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "pulihkan basis data dari berkas cadangan (basis data sekarang dicadangkan dulu)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan Jaring")
    parser.add_argument(
        "--password",
        action="store_true",
        help="cadangan dikunci kata sandi (ditanyakan; tanpa terminal: dibaca dari stdin)",
    )
    parser.add_argument("--yes", action="store_true", help="pulihkan tanpa bertanya lagi")
    parser.add_argument(
        "--operator",
        metavar="NAMA",
        default="",
        help="nama yang dicatat di log audit (bawaan: operator desa)",
    )
    parser.add_argument(
        "--pengguna",
        default="",
        metavar="NAMA",
        help=(
            "akun admin yang memulihkan (wajib bila Jaring memakai akun); kata sandinya "
            "ditanyakan, tanpa terminal dibaca dari baris pertama stdin (kata sandi cadangan "
            "dari baris berikutnya)"
        ),
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.backup_crypto import PasswordRequiredError
    from enrolment.backups import describe_backup, restore_backup
    from enrolment.commands.common import (
        command_actor,
        describe_lines,
        log_in,
        open_existing_database,
        read_password,
    )
    from enrolment.messages import UserError, os_reason
    from models.database import Database
    from models.db import DatabaseError, DatabaseTooNewError, database_path

    if not args.yes and not sys.stdin.isatty():
        print("Gagal: tanpa terminal, pemulihan harus dikonfirmasi dengan --yes.")
        return 2
    try:
        db = open_existing_database(data_dir)
    except DatabaseTooNewError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    except DatabaseError as exc:
        # A damaged database is exactly what a restore is for: it is set aside, not opened.
        print(f"Basis data sekarang tidak dapat dibuka ({exc.reason}); akan disisihkan utuh.")
        db = Database(data_dir=data_dir, path=database_path(data_dir))
    try:
        account = log_in(db, args.pengguna)
        password = read_password(confirm=False) if args.password else None
        info = describe_backup(args.file, password)
        for line in describe_lines(info):
            print(line)
        if not args.yes:
            answer = input("Ganti seluruh data sekarang dengan isi cadangan ini? Ketik 'ya': ")
            if answer.strip().lower() != "ya":
                print("Dibatalkan. Data tidak diubah.")
                return 1
        actor = account.display_name if account else command_actor(db, args.operator)
        result = restore_backup(db, args.file, actor, password, by=account)
    except PasswordRequiredError:
        print("Gagal: cadangan ini dikunci kata sandi. Ulangi dengan --password.")
        return 2
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    except OSError as exc:
        print(f"Gagal membaca atau menulis: {os_reason(exc)} ({exc.filename or args.file})")
        return 2
    except EOFError:
        print("Dibatalkan. Data tidak diubah.")
        return 1
    finally:
        db.dispose()
    print(f"Data dipulihkan. Data sebelum pemulihan disimpan di {result.safety_backup}")
    return 0
