"""`python main.py import FILE`: import a village's Excel list without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = (
    "impor daftar peserta dari buku kerja Excel/ODS (mis. daftar RT/RW, kader Posyandu); "
    "baris yang ditahan ditulis ke buku kerja perbaikan"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BERKAS", help="buku kerja .xlsx, .xls, .ods")
    parser.add_argument(
        "--sheet", default=None, metavar="LEMBAR", help="nama lembar (bawaan: lembar pertama)"
    )
    parser.add_argument(
        "--group",
        default=None,
        metavar="KATEGORI",
        help="kelompok bagi baris yang tidak menyebut kelompok, mis. POSYANDU atau 'Kader'",
    )
    parser.add_argument(
        "--header-row",
        type=int,
        default=None,
        metavar="BARIS",
        help="nomor baris judul kolom seperti di Excel (bawaan: dicari sendiri)",
    )
    parser.add_argument(
        "--update-existing",
        action="store_true",
        help="perbarui peserta yang NIK-nya sudah terdaftar (bawaan: dilewati)",
    )


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from datetime import date

    from enrolment.commands.common import CommandFailed, command_database
    from enrolment.importing.header import FIELDS, missing_fields
    from enrolment.importing.plan import HELD, SKIP, UPDATE, WARNING, GroupResolver, ImportOptions
    from enrolment.importing.service import execute, judge, prepare
    from enrolment.installation import active_programme, get_installation

    with command_database(data_dir) as db:
        with db.session() as session:
            inst = get_installation(session)
            programme = active_programme(session)
        if inst is None or not inst.desa_code:
            raise CommandFailed(
                "Jaring belum disiapkan untuk desa. Jalankan dulu: main.py setup ..."
            )
        group = None
        if args.group:
            group = GroupResolver(programme).resolve(args.group)
            if group is None:
                codes = ", ".join(g.code for g in programme.groups)
                raise CommandFailed(f"kelompok '{args.group}' tidak dikenal. Pilihan: {codes}.")
        today = date.today()
        if args.header_row is not None and args.header_row < 1:
            raise CommandFailed("--header-row: nomor baris mulai dari 1, seperti di Excel.")
        header_row = args.header_row - 1 if args.header_row else None
        prepared = prepare(args.file, args.sheet, db.data_dir, header_row=header_row)
        if not prepared.guess.recognised and not prepared.remembered:
            # Without the window nobody can say which column is which.
            raise CommandFailed(
                "judul kolom di lembar ini tidak dikenali (mis. NIK, Nama, Tempat Lahir). Buka "
                "berkas ini sekali lewat jendela Jaring (Impor dari Excel) dan pilih isi setiap "
                "kolom: pemetaannya diingat, lalu perintah ini memakainya."
            )
        missing = missing_fields(prepared.guess.mapping, group_given=group is not None)
        print(
            f"Lembar '{prepared.sheet.name}', judul kolom di baris {prepared.guess.row + 1}"
            + (" (pemetaan kolom yang diingat)" if prepared.remembered else "")
        )
        hidden = [s.name for s in prepared.info.sheets if not s.visible]
        if hidden:
            print(f"Lembar tersembunyi tidak diimpor: {', '.join(hidden)}")
        for header, name in zip(prepared.guess.headers, prepared.guess.mapping, strict=True):
            if header:
                print(f"  {header} -> {FIELDS[name]}")
        if missing:
            labels = ", ".join(FIELDS[m] for m in missing)
            print(f"Perhatian: tidak ada kolom untuk {labels}; baris tanpa isian itu ditahan.")
        options = ImportOptions(update_existing=args.update_existing, default_group=group)
        plan = judge(
            db, prepared, options=options, programme=programme, today=today,
            desa_code=inst.desa_code,
        )  # fmt: skip
        outcome = execute(
            db, prepared, plan, actor=inst.operator_name, programme=programme, today=today
        )
    counts = plan.counts()
    result = outcome.result
    if not plan.rows:
        print(
            "Tidak ada baris data di bawah judul kolom: lembar ini kosong, atau pilih lembar lain."
        )
    print(f"Diimpor: {result.created} peserta baru")
    print(f"  di antaranya dengan peringatan (dikonfirmasi lewat impor): {counts[WARNING]}")
    if counts[UPDATE]:
        print(
            f"Diperbarui: {result.updated} peserta yang sudah terdaftar "
            f"({result.unchanged} lainnya sudah sama)"
        )
        changed = [r for r in plan.rows if r.verdict == UPDATE and r.changes]
        for row in changed[:20]:
            print(f"  baris {row.row}: " + "; ".join(m.render() for m in row.changes))
        if len(changed) > 20:
            print(f"  ... dan {len(changed) - 20} baris lain")
    if counts[SKIP]:
        print(f"Dilewati (sudah terdaftar): {counts[SKIP]}")
    # What the window shows in yellow: said here too, since the import confirms it.
    noted = [
        r for r in plan.rows
        if r.verdict != HELD and any(w.code != "IMPORT_EXISTS" for w in r.warnings)
    ]  # fmt: skip
    if noted:
        print(f"Peringatan dan catatan ({len(noted)} baris):")
        for row in noted[:20]:
            texts = [w.message.render() for w in row.warnings if w.code != "IMPORT_EXISTS"]
            print(f"  baris {row.row}: {' '.join(texts)}")
        if len(noted) > 20:
            print(f"  ... dan {len(noted) - 20} baris lain")
    print(f"Ditahan: {counts[HELD]}")
    for row in plan.held[:20]:
        print(f"  baris {row.row}: {row.reason_text()}")
    if len(plan.held) > 20:
        print(f"  ... dan {len(plan.held) - 20} baris lain")
    if plan.footer_rows:
        print(f"Baris tanda tangan di bawah daftar (bukan data): {plan.footer_rows}")
    if outcome.error_workbook is not None:
        print(f"Baris yang ditahan ada di: {outcome.error_workbook}")
        print("Perbaiki berkas itu lalu impor lagi.")
    return 0
