"""`python main.py return-import FILE`: the village reads the return file from the kabupaten."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "desa: baca berkas balikan dari kabupaten (status diterima/ditolak/ganda dan KPJ)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    parser.add_argument(
        "--operator", metavar="NAMA", default="", help="nama operator (bawaan: dari instalasi)"
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.commands.common import CommandFailed, command_database
    from enrolment.installation import get_installation
    from enrolment.kabupaten.returns import apply_return_file

    if not args.file.is_file():
        raise CommandFailed(f"berkas {args.file} tidak ada.")
    with command_database(data_dir) as db, db.session() as session:
        inst = get_installation(session)
        actor = args.operator or (inst.operator_name if inst else "")
        result = apply_return_file(session, args.file, actor)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()))
    print(
        f"Berkas balikan dibaca ({counts}): {result.updated} peserta diperbarui, "
        f"{result.unchanged} tetap; nomor KPJ baru: {result.kpj_new}."
    )
    if result.unknown:
        print(f"{len(result.unknown)} ID peserta tidak ada di register desa ini.")
    return 0
