"""`python main.py programme-load FILE`: the village loads the programme file from the kabupaten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "muat berkas program dari kabupaten (kelompok, kuota, periode, iuran, templat kolom)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.json")
    parser.add_argument("--operator", default="", help="nama operator (bawaan: dari instalasi)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.installation import get_installation, load_programme_update
    from enrolment.messages import UserError
    from enrolment.programme import load_programme
    from models.database import open_database
    from models.db import DatabaseError

    try:
        load_programme(args.file)  # a bad file is refused before the database is opened
        db = open_database(data_dir)
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    try:
        with db.session() as session:
            inst = get_installation(session)
            actor = args.operator or (inst.operator_name if inst else "")
            programme = load_programme_update(session, args.file, actor=actor)
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    finally:
        db.dispose()
    print(f"Program {programme.name} versi {programme.version} kini berjalan.")
    return 0
