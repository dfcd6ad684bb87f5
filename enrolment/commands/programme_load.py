"""`python main.py programme-load FILE`: the village loads the programme file from the kabupaten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "muat berkas program dari kabupaten (kelompok, kuota, periode, iuran, templat kolom)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.json")
    parser.add_argument("--operator", default="", help="nama operator (bawaan: dari instalasi)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.installation import activate_programme, active_programme, get_installation
    from enrolment.messages import UserError
    from enrolment.programme import load_programme
    from models.database import open_database
    from models.db import DatabaseError

    try:
        programme = load_programme(args.file)
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    try:
        db = open_database(data_dir)
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    try:
        with db.session() as session:
            current = active_programme(session)
            if current.id == programme.id and programme.version <= current.version:
                print(
                    f"Gagal: program {programme.id} versi {programme.version} tidak lebih baru "
                    f"dari versi yang berjalan ({current.version})."
                )
                return 2
            inst = get_installation(session)
            actor = args.operator or (inst.operator_name if inst else "")
            activate_programme(session, programme, actor=actor)
            session.commit()
    finally:
        db.dispose()
    print(f"Program {programme.name} versi {programme.version} kini berjalan.")
    return 0
