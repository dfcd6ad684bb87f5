"""The receipt PDF, read back with poppler's tools: text, page size, fonts, and the QR."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from enrolment.installation import SetupAnswers, setup_desa
from enrolment.programme import Programme
from enrolment.receipts.content import ReceiptContent
from enrolment.receipts.printlog import prepare_job, record_prints
from enrolment.receipts.qr import nik_matches, parse_payload
from models.database import Database
from tests.receipts_support import enrol, enrol_many
from ui.printing.output import write_pdf

MM = 72 / 25.4


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (.ci/run does) to check PDFs")
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        [tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def media_boxes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        [tool("pdfinfo"), "-box", "-f", "1", "-l", "9999", str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    boxes = re.findall(r"Page\s+\d+\s+MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out)
    return [(float(x2) - float(x1), float(y2) - float(y1)) for x1, y1, x2, y2 in boxes]


def make_pdf(db: Database, ids: list[str], path: Path) -> tuple[Path, list[ReceiptContent]]:
    with db.session() as s:
        job = prepare_job(s, ids)
    write_pdf(path, job)
    return path, list(job.contents)


def test_pdf_text_holds_the_receipt(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    e = enrol(installed_db, programme, nama="Siti Aminah")
    path, (content,) = make_pdf(installed_db, [e.id], tmp_path / "r.pdf")
    text = pdf_text(path)
    assert text.count("SITI AMINAH") >= 4  # name row and signature, on both copies
    assert text.count("3604••••••••0001") == 2
    assert "3604071203900001" not in text
    assert text.count(content.number) == 2
    assert content.number.startswith("3604072011-2025-000001-")
    assert text.count("Mekar Jaya, Rabu, 10 Desember 2025") == 2
    assert "Lembar untuk peserta" in text and "Lembar arsip desa" in text
    assert "PEMERINTAH KABUPATEN SERANG" in text and "DESA MEKAR JAYA" in text
    assert "Rp 16.800 per bulan" in text
    assert "Yang Menyerahkan" in text and "Yang Menerima" in text and "SEKDES" in text
    assert "SALINAN" not in text
    assert media_boxes(path) == [pytest.approx((210 * MM, 297 * MM), abs=0.5)]
    assert not list(tmp_path.glob("*.part"))


def test_reprint_says_salinan_with_count(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    e = enrol(installed_db, programme)
    for _ in range(2):
        with installed_db.session() as s:
            job = prepare_job(s, [e.id])
            record_prints(s, job, actor="Operator Uji", kind="pdf")
    path, _ = make_pdf(installed_db, [e.id], tmp_path / "r.pdf")
    assert pdf_text(path).count("SALINAN ke-2") == 2


def test_f4_single_copy_page_and_bundled_font(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    with installed_db.session() as s:
        setup_desa(
            s,
            SetupAnswers(
                desa_code="36.04.07.2011",
                operator_name="Operator Uji",
                paper_size="F4",
                receipt_copies=1,
            ),
        )
    people = enrol_many(installed_db, programme, 3)
    path, contents = make_pdf(installed_db, [p.id for p in people], tmp_path / "f4.pdf")
    boxes = media_boxes(path)
    assert len(boxes) == 3
    for box in boxes:
        assert box == pytest.approx((215 * MM, 330 * MM), abs=0.5)
    text = pdf_text(path)
    assert "Lembar" not in text
    for c in contents:
        assert text.count(c.number) == 1
    fonts = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, check=True, text=True
    ).stdout
    assert "DejaVuSerif" in fonts and "DejaVuSerif-Bold" in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def test_qr_on_the_page_decodes_to_the_receipt(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    import zxingcpp

    e = enrol(installed_db, programme)
    path, (content,) = make_pdf(installed_db, [e.id], tmp_path / "r.pdf")
    subprocess.run(
        [
            tool("pdftoppm"),
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            str(path),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(image)
    texts = sorted(b.text for b in found)
    assert texts == [content.qr_payload, content.qr_payload]  # one per copy
    qr = parse_payload(texts[0])
    assert qr.number.text == content.number
    assert qr.issued == e.enrolled_on
    assert nik_matches(qr, e.nik)


def test_bundled_font_loads_from_resources(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    from enrolment.resources import resource_path
    from ui.printing.receipt_renderer import FONT_FILES, font_family

    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        assert font_id >= 0, name
        assert QFontDatabase.applicationFontFamilies(font_id) == ["DejaVu Serif"]
    assert font_family() == "DejaVu Serif"
    assert resource_path("fonts", "LICENSE-DejaVu.txt").is_file()


def test_printer_path_uses_the_same_layout(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    # A QPrinter in PDF mode goes through print_job exactly as a paper printer would
    # (full-page origin, our page layout) without needing a printer on the test machine.
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.output import print_job

    people = enrol_many(installed_db, programme, 2)
    with installed_db.session() as s:
        job = prepare_job(s, [p.id for p in people])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    done: list[int] = []
    print_job(printer, job, progress=lambda n, total: done.append(n))
    assert done[-1] == 2
    assert (
        media_boxes(tmp_path / "printer.pdf") == [pytest.approx((210 * MM, 297 * MM), abs=0.5)] * 2
    )
    text = pdf_text(tmp_path / "printer.pdf")
    for c in job.contents:
        assert text.count(c.number) == 2


def test_cancelled_pdf_leaves_nothing_behind(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    people = enrol_many(installed_db, programme, 3)
    with installed_db.session() as s:
        job = prepare_job(s, [p.id for p in people])
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # stands in for ui.tasks.Cancelled

    out = tmp_path / "keluar"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_pdf(out / "batal.pdf", job, check=check)
    assert list(out.iterdir()) == []


def test_reprint_after_the_return_file_shows_result_and_kpj_on_one_page(
    qapp: object, installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    from sqlmodel import select

    from models.tables import Enrollee

    e = enrol(installed_db, programme, nama="Siti Aminah")
    with installed_db.session() as s:
        record = s.exec(select(Enrollee).where(Enrollee.id == e.id)).one()
        record.return_status, record.kpj = "duplicate", ""
        record.return_reason = "sudah terdaftar lewat desa lain (36.04.07.2005 Argawana)"
        s.add(record)
        s.commit()
    path, _ = make_pdf(installed_db, [e.id], tmp_path / "r.pdf")
    text = " ".join(pdf_text(path).split())
    assert text.count("Hasil pemeriksaan") == 2
    assert text.count("Ganda: sudah terdaftar lewat desa lain") == 2
    assert "kartu peserta menyusul" not in text  # no card follows for a duplicate
    assert "Argawana" in text
    assert len(media_boxes(path)) == 1  # both copies still on one sheet
