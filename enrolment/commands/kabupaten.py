"""`python main.py kabupaten ...`: the kabupaten's work without the window.

merge PATH...            verify and merge batch files (files, folders or a whole stick)
status                   ledger, gaps, conflicts, totals
conflicts [--resolve N --keep a|b|berbeda]   list or resolve conflicts
report --out FILE.xlsx   the recap workbook
export --to DIR          the master workbook for BPJS
return --to DIR          one return file per desa
kpj FILE.xlsx            KPJ numbers from the sheet BPJS sends back
programme --to DIR [--from FILE.json]   write the next programme version for the villages
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

# --keep choice → (resolution, what the operator is told)
KEEP_CHOICES = {
    "a": ("keep_a", "A dipertahankan, B ditandai ganda"),
    "b": ("keep_b", "B dipertahankan, A ditandai ganda"),
    "berbeda": ("distinct", "keduanya orang berbeda, keduanya tetap"),
}
HELP = "kerja kabupaten: gabung batch desa, rekap, ekspor BPJS, berkas balikan, KPJ"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--operator", metavar="NAMA", default="", help="nama operator (bawaan: dari instalasi)"
    )
    parser.add_argument(
        "--pengguna",
        default="",
        metavar="NAMA",
        help=(
            "akun admin untuk tindakan khusus admin (programme) bila Jaring memakai akun; kata "
            "sandinya ditanyakan, tanpa terminal dibaca dari stdin"
        ),
    )
    sub = parser.add_subparsers(dest="action", metavar="TINDAKAN", required=True)
    merge = sub.add_parser(
        "merge",
        help="periksa dan gabungkan berkas batch (berkas/folder)",
        description="Memeriksa lalu menggabungkan berkas batch desa: berkas, folder, atau "
        "seluruh flashdisk.",
    )
    merge.add_argument(
        "paths", nargs="+", type=Path, metavar="BERKAS_ATAU_FOLDER", help="berkas .xlsx atau folder"
    )
    merge.add_argument(
        "--password",
        action="store_true",
        help="tanyakan kata sandi setiap batch yang dikunci desa (tanpa terminal: satu baris "
        "stdin per berkas terkunci, urut nama)",
    )
    sub.add_parser(
        "status",
        help="buku batch, batch yang belum diterima, konflik, jumlah",
        description="Menampilkan buku batch, batch yang belum diterima, konflik, dan jumlah.",
    )
    conflicts = sub.add_parser(
        "conflicts",
        help="daftar konflik, atau putuskan satu konflik",
        description="Tanpa pilihan: daftar konflik terbuka. Dengan --resolve N --keep: "
        "memutuskan konflik nomor N.",
    )
    conflicts.add_argument("--resolve", type=int, metavar="NOMOR", help="nomor konflik")
    conflicts.add_argument(
        "--keep",
        choices=tuple(KEEP_CHOICES),
        help="a: pertahankan A, b: pertahankan B, berbeda: keduanya orang berbeda (hanya untuk "
        "nama dan tanggal lahir sama, bukan NIK sama)",
    )
    report = sub.add_parser(
        "report",
        help="rekap ke Excel",
        description="Menulis rekap (per kecamatan, desa, kelompok) ke buku kerja Excel.",
    )
    report.add_argument(
        "--out", required=True, type=Path, metavar="BERKAS.xlsx", help="berkas rekap yang ditulis"
    )
    export = sub.add_parser(
        "export",
        help="berkas induk untuk BPJS Ketenagakerjaan",
        description="Menulis berkas induk semua peserta yang siap untuk BPJS Ketenagakerjaan.",
    )
    export.add_argument(
        "--to", required=True, type=Path, metavar="FOLDER", help="folder tujuan, mis. flashdisk"
    )
    ret = sub.add_parser(
        "return",
        help="berkas balikan untuk setiap desa",
        description="Menulis satu berkas balikan (hasil dan KPJ per peserta) untuk setiap desa.",
    )
    ret.add_argument("--to", required=True, type=Path, metavar="FOLDER", help="folder tujuan")
    kpj = sub.add_parser(
        "kpj",
        help="baca nomor KPJ dari lembar kiriman BPJS",
        description="Membaca nomor KPJ dari lembar BPJS (kolom NIK dan kolom KPJ).",
    )
    kpj.add_argument("file", type=Path, metavar="BERKAS.xlsx", help="lembar dari BPJS")
    prog = sub.add_parser(
        "programme",
        help="tulis berkas program versi berikutnya untuk desa",
        description="Menulis berkas program versi berikutnya untuk desa (perlu akun admin).",
    )
    prog.add_argument(
        "--to", required=True, type=Path, metavar="FOLDER", help="folder tujuan, mis. flashdisk"
    )
    prog.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="BERKAS.json",
        help="berkas program yang sudah diubah (JSON)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from enrolment.commands.common import command_database

    with command_database(data_dir) as db:
        return _ACTIONS[args.action](args, db)


def _context(db: Any, args: argparse.Namespace) -> tuple[Any, str]:
    from enrolment.installation import active_programme
    from enrolment.kabupaten.common import require_kabupaten

    with db.session() as session:
        inst = require_kabupaten(session)
        return active_programme(session), args.operator or inst.operator_name


def _merge(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.merge import REFUSED, batch_files, merge_files

    programme, actor = _context(db, args)
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"Tidak ada: {p}")
    files = batch_files([p for p in args.paths if p.exists()])
    if not files:
        print("Tidak ada berkas batch (.xlsx) yang ditemukan.")
        return 2
    passwords = {}
    if args.password:
        from enrolment.batches.verify import is_locked
        from enrolment.commands.common import read_password

        for path in files:
            if is_locked(path):
                passwords[path] = read_password(confirm=False, prompt=f"Kata sandi {path.name}: ")
    results = merge_files(db, files, actor=actor, programme=programme, passwords=passwords)
    for r in results:
        print(r.line())
    if any(r.locked for r in results) and not args.password:
        print("Ada batch yang dikunci kata sandi: ulangi dengan --password untuk mengisinya.")
    refused = sum(r.outcome == REFUSED for r in results)
    merged = sum(r.outcome == "merged" for r in results)
    print(
        f"Selesai: {merged} digabung, {len(results) - merged - refused} sudah pernah, "
        f"{refused} ditolak."
    )
    _print_status(db, programme)
    return 1 if refused or missing else 0


def _print_status(db: Any, programme: Any) -> None:
    from enrolment.kabupaten.ledger import gaps
    from enrolment.kabupaten.recap import build_recap

    with db.session() as session:
        for gap in gaps(session):
            print(gap.message().render())
        recap = build_recap(session, programme)
    print(
        f"Terdaftar {recap.enrolled}, siap ke BPJS {recap.ready}, konflik terbuka "
        f"{recap.open_conflicts}, data bermasalah {recap.rejected}, ditarik {recap.withdrawn}, "
        f"ganda {recap.duplicates}; desa belum menyerahkan: {len(recap.silent)}."
    )


def _status(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.ledger import ledger

    programme, _actor = _context(db, args)
    with db.session() as session:
        for b in reversed(ledger(session)):
            state = "digabung" if b.status == "merged" else f"DITOLAK ({b.reason})"
            print(
                f"{b.received_at:%d-%m-%Y %H:%M} {b.desa_code} {b.desa_name} "
                f"batch {b.batch_no}: {state} [{b.file_name}]"
            )
    _print_status(db, programme)
    return 0


def _conflicts(args: argparse.Namespace, db: Any) -> int:
    from enrolment.commands.common import CommandFailed
    from enrolment.kabupaten.conflicts import open_conflicts, resolve_conflict
    from enrolment.regions import regions

    programme, actor = _context(db, args)
    if args.resolve is not None:
        if not args.keep:
            raise CommandFailed("sebutkan --keep a, b, atau berbeda.")
        keep, said = KEEP_CHOICES[args.keep]
        with db.session() as session:
            resolve_conflict(session, args.resolve, keep, actor=actor)
        print(f"Konflik {args.resolve} diputuskan: {said}.")
        return 0
    with db.session() as session:
        views = open_conflicts(session)
    reg = regions()
    for v in views:
        same_nik = v.conflict.kind == "same_nik"
        kind = "NIK sama" if same_nik else "nama dan tanggal lahir sama"
        choices = "a atau b" if same_nik else "a, b, atau berbeda"
        print(f"[{v.conflict.seq}] {kind} (putuskan dengan --keep {choices})")
        for label, r in (("A", v.a), ("B", v.b)):
            desa = reg.desa(r.desa_code)
            group = programme.group(r.kategori)
            print(
                f"   {label}: Desa {desa.name if desa else r.desa_code} ({r.desa_code}), "
                f"NIK {r.nik}, {r.nama}, lahir {r.tanggal_lahir}, "
                f"{group.name if group else r.kategori}"
            )
    print(f"{len(views)} konflik terbuka.")
    return 0


def _report(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.recap import export_recap

    programme, actor = _context(db, args)
    with db.session() as session:
        recap = export_recap(session, programme, args.out, actor=actor)
    print(f"Rekap ditulis ke {args.out}: {recap.enrolled} terdaftar, {recap.ready} siap ke BPJS.")
    return 0


def _export(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.master_export import export_master

    programme, actor = _context(db, args)
    with db.session() as session:
        result = export_master(session, programme, args.to, actor=actor)
    print(
        f"Berkas induk BPJS: {result.path} ({result.rows} peserta; {result.held_back} ditahan "
        "karena konflik atau data bermasalah)."
    )
    return 0


def _return(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.returns import write_return_files

    _programme, actor = _context(db, args)
    with db.session() as session:
        made = write_return_files(session, args.to, actor=actor)
    for f in made:
        print(f"{f.desa_code}: {f.path.name} ({f.rows} baris)")
    print(f"{len(made)} berkas balikan ditulis ke {args.to}.")
    return 0


def _kpj(args: argparse.Namespace, db: Any) -> int:
    from enrolment.kabupaten.kpj import apply_kpj_sheet

    _programme, actor = _context(db, args)
    with db.session() as session:
        r = apply_kpj_sheet(session, args.file, actor=actor)
    print(
        f"KPJ dicatat: {r.assigned - r.replaced} baru, {r.replaced} diganti, "
        f"{r.unchanged} sudah ada."
    )
    if r.unknown_nik:
        print(f"{len(r.unknown_nik)} NIK tidak dikenal: {', '.join(r.unknown_nik[:10])}")
    if r.damaged:
        print(
            f"{len(r.damaged)} baris NIK-nya berupa angka (rusak oleh Excel): "
            f"baris {_row_list(r.damaged)}"
        )
    if r.bad_kpj:
        print(
            f"{len(r.bad_kpj)} baris dengan KPJ tidak sah (bukan 11 huruf/angka): "
            f"baris {_row_list(r.bad_kpj)}"
        )
    return 0


def _row_list(rows: list[int], limit: int = 10) -> str:
    """'7, 9, 12' (and '… dan N lagi' past `limit`), not Python's list syntax."""
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown + (f" … dan {len(rows) - limit} lagi" if len(rows) > limit else "")


def _programme_file(args: argparse.Namespace, db: Any) -> int:
    import json

    from enrolment.commands.common import log_in
    from enrolment.installation import activate_programme, active_programme_record
    from enrolment.kabupaten.programme_file import write_next_programme
    from enrolment.permissions import require_admin_once_accounts_exist
    from enrolment.programme import load_programme

    programme, actor = _context(db, args)
    account = log_in(db, args.pengguna)
    if account is not None:
        actor = account.display_name
    with db.session() as session:
        # Refused before anything is written: no file for the villages without the admin.
        require_admin_once_accounts_exist(session, account)
        record = active_programme_record(session)
        current = programme.raw if record is None else json.loads(record.content)
    source = dict(load_programme(args.source).raw) if args.source else dict(current)
    # Versions only go up, whatever version the edited file says.
    source["version"] = max(int(source["version"]), int(current["version"]))
    written, path = write_next_programme(source, args.to)
    with db.session() as session:
        activate_programme(session, written, actor=actor, by=account)
        session.commit()
    print(f"Berkas program versi {written.version} ditulis: {path}")
    return 0


_ACTIONS = {
    "merge": _merge,
    "status": _status,
    "conflicts": _conflicts,
    "report": _report,
    "export": _export,
    "return": _return,
    "kpj": _kpj,
    "programme": _programme_file,
}
