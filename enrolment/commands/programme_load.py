"""`python main.py programme-load FILE`: the village loads the programme file from the kabupaten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "muat berkas program dari kabupaten (kelompok, kuota, periode, iuran, templat kolom)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BERKAS.json")
    parser.add_argument(
        "--operator", metavar="NAMA", default="", help="nama operator (bawaan: dari instalasi)"
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.commands.common import command_database
    from enrolment.installation import get_installation, load_programme_update
    from enrolment.programme import load_programme

    load_programme(args.file)  # a bad file is refused before the database is opened
    with command_database(data_dir) as db, db.session() as session:
        inst = get_installation(session)
        actor = args.operator or (inst.operator_name if inst else "")
        programme = load_programme_update(session, args.file, actor=actor)
    print(f"Program {programme.name} versi {programme.version} kini berjalan.")
    return 0
