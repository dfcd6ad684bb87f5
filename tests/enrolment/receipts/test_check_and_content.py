from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from enrolment.installation import active_programme, get_installation
from enrolment.programme import Programme
from enrolment.receipts.check import check_receipt
from enrolment.receipts.content import build_content, receipt_number
from enrolment.receipts.printlog import (
    next_print_numbers,
    prepare_job,
    record_prints,
    select_ids,
)
from enrolment.receipts.qr import build_payload
from enrolment.register import remove_enrollee
from models.database import Database
from models.tables import AuditEntry, ReceiptPrint
from tests.receipts_support import enrol


def test_content_lines(installed_db: Database, programme: Programme) -> None:
    e = enrol(installed_db, programme)
    with installed_db.session() as s:
        inst = get_installation(s)
        assert inst is not None
        c = build_content(e, inst, active_programme(s))
    assert c.kop == ("PEMERINTAH KABUPATEN SERANG", "KECAMATAN BOJONEGARA", "DESA MEKAR JAYA")
    assert c.number == receipt_number(e, "36.04.07.2011").text
    assert c.number.startswith("3604072011-2025-000001-")
    rows = dict(c.rows)
    assert rows["Nama"] == "BUDI SANTOSO"
    assert rows["NIK"] == "3604••••••••0001"
    assert rows["Tempat, tgl. lahir"].endswith("12 Maret 1990")
    assert "Rp 16.800 per bulan" in rows["Iuran"]
    assert "APBD" in rows["Iuran"] and "Nomor 59 Tahun 2025" in rows["Iuran"]
    assert "JKK" in rows["Program"] and "JKM" in rows["Program"]
    assert rows["Masa perlindungan"] == "Januari 2026 s.d. Desember 2026"
    assert "RT 001/RW 002" in rows["Alamat"]
    assert c.place_date == "Mekar Jaya, Rabu, 10 Desember 2025"
    assert c.receiver_name == "SEKDES"
    assert c.copies == 2 and c.paper == "A4"
    assert c.reprint_label == "" and c.batch_line == ""
    assert "3604071203900001" not in repr(c)  # the full NIK is nowhere on the receipt


def test_print_numbers_and_log(installed_db: Database, programme: Programme) -> None:
    e = enrol(installed_db, programme)
    with installed_db.session() as s:
        job = prepare_job(s, [e.id])
        assert job.contents[0].print_no == 1
        record_prints(s, job, actor="Operator Uji", kind="pdf", destination="a.pdf")
        assert next_print_numbers(s, [e.id]) == {e.id: 2}
        again = prepare_job(s, [e.id])
        assert again.contents[0].reprint_label == "SALINAN ke-1"
        record_prints(s, again, actor="Operator Uji", kind="printer")
        assert [p.copy_no for p in s.exec(select(ReceiptPrint))] == [1, 2]
        audits = s.exec(select(AuditEntry).where(AuditEntry.action == "receipt.print")).all()
        assert len(audits) == 2 and "SALINAN ke-1" in audits[1].detail


def test_select_by_nik_batch_all(installed_db: Database, programme: Programme) -> None:
    a = enrol(installed_db, programme)
    b = enrol(installed_db, programme, nik="3604071203900002", nama="Siti")
    with installed_db.session() as s:
        rec = s.get(type(b), b.seq)
        assert rec is not None
        rec.last_batch_no = 3
        s.add(rec)
        s.commit()
        assert select_ids(s, nik=a.nik) == [a.id]
        assert select_ids(s, batch=3) == [b.id]
        assert select_ids(s, everyone=True) == [a.id, b.id]
        assert select_ids(s) == []
        job = prepare_job(s, [b.id])
        assert job.contents[0].batch_line == "Nomor kiriman data: 3"


def test_check_by_number_and_qr(installed_db: Database, programme: Programme) -> None:
    e = enrol(installed_db, programme)
    number = receipt_number(e, "36.04.07.2011")
    with installed_db.session() as s:
        ok = check_receipt(s, number.text)
        assert ok.ok and ok.enrollee is not None and ok.enrollee.id == e.id
        qr = check_receipt(s, build_payload(number, e.nik, e.enrolled_on))
        assert qr.ok, [str(p) for p in qr.problems]
        assert any("Sidik NIK pada QR cocok" in str(f) for f in qr.facts)
        # Same number, someone else's NIK: the hash does not match.
        forged = check_receipt(s, build_payload(number, "3604071203900009", e.enrolled_on))
        assert not forged.ok and "tidak cocok" in str(forged.problems[0])
        wrong = check_receipt(s, number.text[:-2] + ("00" if number.check != "00" else "01"))
        assert not wrong.ok and "Angka pemeriksa" in str(wrong.problems[0])
        other = check_receipt(s, "3604052001-2025-000001-" + _check("36040520012025000001"))
        assert not other.ok and "desa lain" in str(other.problems[0])
        missing = check_receipt(s, "3604072011-2025-000099-" + _check("36040720112025000099"))
        assert not missing.ok and "tidak ada" in str(missing.problems[0])
    with installed_db.session() as s:
        remove_enrollee(s, e.id, reason="pindah domisili", actor="Operator Uji")
        gone = check_receipt(s, number.text)
        assert not gone.ok and "dihapus" in str(gone.problems[0])


def _check(payload: str) -> str:
    from enrolment.receipts.numbering import mod97_check

    return mod97_check(payload)


def test_setup_command_sets_automatic_printing(tmp_path: Path) -> None:
    import main
    from enrolment.receipts.printlog import auto_print_enabled
    from models.database import open_database

    args = ["--data-dir", str(tmp_path), "setup", "--desa", "36.04.07.2011", "--operator", "A"]
    assert main.main(args) == 0
    db = open_database(tmp_path)
    with db.session() as s:
        assert not auto_print_enabled(s)
    db.dispose()
    assert main.main([*args, "--cetak-otomatis"]) == 0
    db = open_database(tmp_path)
    with db.session() as s:
        assert auto_print_enabled(s)
    db.dispose()


def test_receipt_of_a_record_still_checked_names_no_other_village(
    installed_db: Database, programme: Programme
) -> None:
    e = enrol(installed_db, programme)
    e.return_status = "pending"
    e.return_reason = "mungkin sama dengan peserta desa lain (36.04.05.2001 Kramatwatu)"
    with installed_db.session() as s:
        inst = get_installation(s)
        assert inst is not None
        rows = dict(build_content(e, inst, active_programme(s)).rows)
    assert rows["Hasil pemeriksaan"] == "Masih diperiksa kabupaten"
    assert "Kramatwatu" not in repr(rows)
