"""Every line a receipt shows, decided here so the Qt renderer only lays out."""

from __future__ import annotations

from dataclasses import dataclass

from enrolment.dates import long_date, month_label, rupiah
from enrolment.nik import mask_nik
from enrolment.programme import Programme
from enrolment.receipts.numbering import ReceiptNumber
from enrolment.receipts.qr import build_payload
from models.tables import Enrollee, Installation

PROGRAMME_NAMES = {"JKK": "Jaminan Kecelakaan Kerja", "JKM": "Jaminan Kematian"}
COPY_LABELS = ("Lembar untuk peserta", "Lembar arsip desa")


@dataclass(frozen=True)
class ReceiptContent:
    """A receipt as text. `print_no` 1 is the original; later prints carry `reprint_label`."""

    kop: tuple[str, ...]
    title: str
    subtitle: str
    number: str
    batch_line: str
    rows: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    place_date: str
    giver_title: str
    giver_role: str
    giver_name: str
    receiver_title: str
    receiver_role: str
    receiver_name: str
    qr_payload: str
    print_no: int
    reprint_label: str
    copies: int  # 1 or 2 per sheet
    paper: str  # "A4" | "F4"
    nama: str
    masked_nik: str

    def copy_label(self, index: int) -> str:
        """The label of copy `index` (0 = worker, 1 = village archive) on a two-copy sheet."""
        return COPY_LABELS[index] if self.copies == 2 else ""


def receipt_number(enrollee: Enrollee, desa_code: str) -> ReceiptNumber:
    return ReceiptNumber.of(desa_code, enrollee.receipt_year, enrollee.receipt_seq)


def _address(e: Enrollee, inst: Installation) -> str:
    parts = [e.alamat] if e.alamat else []
    if e.rt or e.rw:
        parts.append(f"RT {e.rt or '-'}/RW {e.rw or '-'}")
    parts.append(f"Desa {inst.desa_name}, Kec. {inst.kecamatan_name}")
    return ", ".join(parts)


def _documents(e: Enrollee) -> str:
    if not e.dok_nomor:
        return "-"
    if e.dok_tanggal:
        return f"Nomor {e.dok_nomor}, tanggal {long_date(e.dok_tanggal, weekday=False)}"
    return f"Nomor {e.dok_nomor}"


RETURN_WORDS = {
    "accepted": "Diterima oleh kabupaten",
    "rejected": "Ditolak oleh kabupaten",
    "duplicate": "Ganda",
    "pending": "Masih diperiksa kabupaten",
}


def _return_row(e: Enrollee) -> tuple[tuple[str, str], ...]:
    """What the kabupaten's return file said, once the village has read it (else no row)."""
    if not e.return_status:
        return ()
    word = RETURN_WORDS.get(e.return_status, e.return_status)
    if e.return_status == "pending" or not e.return_reason:
        # Still being checked: the paper the worker keeps does not name the other village.
        return (("Hasil pemeriksaan", word),)
    return (("Hasil pemeriksaan", f"{word}: {e.return_reason}"),)


def build_content(
    enrollee: Enrollee,
    inst: Installation,
    programme: Programme,
    *,
    print_no: int = 1,
) -> ReceiptContent:
    """The receipt of one enrollee as printed for the `print_no`-th time."""
    number = receipt_number(enrollee, inst.desa_code)
    group = programme.group(enrollee.kategori)
    group_text = group.name if group else enrollee.kategori
    if enrollee.jabatan:
        group_text += f" ({enrollee.jabatan})"
    programmes = " dan ".join(
        f"{p} ({PROGRAMME_NAMES[p]})" if p in PROGRAMME_NAMES else p for p in programme.programmes
    )
    coverage = f"{month_label(enrollee.coverage_start)} s.d. {month_label(enrollee.coverage_end)}"
    kpj = enrollee.kpj or "kartu peserta menyusul dari BPJS Ketenagakerjaan, melalui desa"
    if enrollee.return_status in ("rejected", "duplicate") and not enrollee.kpj:
        kpj = "-"  # no card follows through this village: the result row says why
    rows = (
        ("Nama", enrollee.nama),
        ("NIK", mask_nik(enrollee.nik)),
        (
            "Tempat, tgl. lahir",
            f"{enrollee.tempat_lahir}, {long_date(enrollee.tanggal_lahir, weekday=False)}",
        ),
        ("Alamat", _address(enrollee, inst)),
        ("Kelompok", group_text),
        ("Program", programmes),
        (
            "Iuran",
            f"{rupiah(programme.monthly_contribution)} per bulan, dibayar dari "
            f"{programme.paid_by} berdasarkan {programme.legal_basis}",
        ),
        ("Masa perlindungan", coverage),
        ("Nomor KPJ", kpj),
        *_return_row(enrollee),
        ("Dokumen diterima", _documents(enrollee)),
    )
    notes = (
        f"Data pribadi di atas diterima oleh Pemerintah Desa {inst.desa_name} dan diteruskan "
        f"kepada Pemerintah {programme.kabupaten_name} serta BPJS Ketenagakerjaan hanya untuk "
        f"pendaftaran program ini. Simpan tanda terima ini sebagai bukti.",
    )
    batch_line = f"Nomor kiriman data: {enrollee.last_batch_no}" if enrollee.last_batch_no else ""
    return ReceiptContent(
        kop=(
            f"PEMERINTAH {programme.kabupaten_name.upper()}",
            f"KECAMATAN {inst.kecamatan_name.upper()}",
            f"DESA {inst.desa_name.upper()}",
        ),
        title="TANDA TERIMA PENDAFTARAN PESERTA",
        subtitle=f"{programme.name} (BPJS Ketenagakerjaan)",
        number=number.text,
        batch_line=batch_line,
        rows=rows,
        notes=notes,
        place_date=f"{inst.desa_name}, {long_date(enrollee.enrolled_on)}",
        giver_title="Yang Menyerahkan,",
        giver_role="Peserta",
        giver_name=enrollee.nama,
        receiver_title="Yang Menerima,",
        receiver_role=f"Sekretaris Desa {inst.desa_name}",
        receiver_name=inst.sekdes_name,
        qr_payload=build_payload(number, enrollee.nik, enrollee.enrolled_on),
        print_no=print_no,
        reprint_label=f"SALINAN ke-{print_no - 1}" if print_no > 1 else "",
        copies=2 if inst.receipt_copies == 2 else 1,
        paper="F4" if inst.paper_size == "F4" else "A4",
        nama=enrollee.nama,
        masked_nik=mask_nik(enrollee.nik),
    )
