"""`python main.py setup`: set up a desa (or the kabupaten) installation without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = (
    "siapkan instalasi desa (--desa) atau kabupaten (--kabupaten) tanpa jendela "
    "(sama dengan wizard saat pertama kali dibuka)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--desa", metavar="KODE_DESA", help="kode desa Kemendagri, mis. 36.04.07.2011"
    )
    which.add_argument(
        "--kabupaten",
        metavar="KODE_KABUPATEN",
        help="kode kabupaten, mis. 36.04: instalasi untuk penggabungan batch",
    )
    parser.add_argument(
        "--operator", metavar="NAMA", required=True, help="nama operator yang memakai Jaring"
    )
    parser.add_argument("--sekdes", default="", help="nama Sekretaris Desa (untuk dokumen)")
    parser.add_argument("--kades", default="", help="nama Kepala Desa (untuk dokumen)")
    parser.add_argument("--kertas", choices=("A4", "F4"), default="A4", help="ukuran kertas")
    parser.add_argument(
        "--salinan", type=int, choices=(1, 2), default=2, help="salinan tanda terima per lembar"
    )
    parser.add_argument(
        "--cetak-otomatis",
        action="store_true",
        help="cetak tanda terima langsung setelah peserta baru disimpan",
    )
    parser.add_argument(
        "--admin",
        default="",
        metavar="NAMA",
        help=(
            "buat juga akun admin pertama dengan nama pengguna ini (nama lengkapnya: "
            "--operator); kata sandinya ditanyakan dua kali, tanpa terminal dibaca dari "
            "satu baris stdin. Kode pemulihan dicetak sekali: catat!"
        ),
    )
    parser.add_argument(
        "--pengguna",
        default="",
        metavar="NAMA",
        help=(
            "akun admin yang mengubah pengaturan (wajib bila Jaring sudah memakai akun); "
            "kata sandinya ditanyakan, tanpa terminal dibaca dari stdin"
        ),
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.accounts import check_password, create_first_admin
    from enrolment.commands.common import CommandFailed, command_database, log_in, read_password
    from enrolment.installation import SetupAnswers, setup_desa, setup_kabupaten

    with command_database(data_dir, must_exist=False) as db:
        account = log_in(db, args.pengguna)
        admin_password = ""
        if args.admin and account is not None:
            raise CommandFailed(
                "akun admin pertama sudah ada; akun baru dibuat oleh admin di Jaring."
            )
        if args.admin:  # asked (and checked) before anything is written
            admin_password = read_password(confirm=True, prompt="Kata sandi admin baru: ")
            check_password(admin_password)
        with db.session() as session:
            if args.kabupaten:
                inst = setup_kabupaten(session, args.kabupaten, args.operator, by=account)
            else:
                inst = setup_desa(
                    session,
                    SetupAnswers(
                        desa_code=args.desa,
                        operator_name=args.operator,
                        sekdes_name=args.sekdes,
                        kades_name=args.kades,
                        paper_size=args.kertas,
                        receipt_copies=args.salinan,
                        receipt_auto_print=args.cetak_otomatis,
                    ),
                    by=account,
                )
        code = None
        if args.admin:
            with db.session() as session:
                code = create_first_admin(session, args.admin, args.operator, admin_password)
    if inst.mode == "kabupaten":
        print(
            f"Jaring siap untuk kabupaten {inst.kabupaten_code} (penggabungan batch). "
            f"Data: {db.path}"
        )
    else:
        print(
            f"Jaring siap untuk Desa {inst.desa_name}, Kecamatan {inst.kecamatan_name} "
            f"({inst.desa_code}). Data: {db.path}"
        )
    if code:
        print(f"Akun admin {args.admin.strip().lower()} dibuat.")
        print(f"KODE PEMULIHAN (hanya ditampilkan sekali, catat dan simpan): {code}")
    return 0
