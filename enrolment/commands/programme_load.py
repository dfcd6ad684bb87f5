"""`python main.py programme-load FILE`: the village loads the programme file from the kabupaten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "muat berkas program dari kabupaten (kelompok, kuota, periode, iuran, templat kolom)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.json")
    parser.add_argument("--operator", default="", help="nama operator (bawaan: dari instalasi)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.commands.common import CommandFailed, command_database
    from enrolment.installation import activate_programme, active_programme, get_installation
    from enrolment.programme import load_programme

    programme = load_programme(args.file)
    with command_database(data_dir) as db, db.session() as session:
        current = active_programme(session)
        if current.id == programme.id and programme.version <= current.version:
            raise CommandFailed(
                f"program {programme.id} versi {programme.version} tidak lebih baru "
                f"dari versi yang berjalan ({current.version})."
            )
        inst = get_installation(session)
        actor = args.operator or (inst.operator_name if inst else "")
        activate_programme(session, programme, actor=actor)
        session.commit()
    print(f"Program {programme.name} versi {programme.version} kini berjalan.")
    return 0
