"""Finding the header row and mapping columns to Jaring's fields from the names villages use.

Village sheets often start with a title block ("DAFTAR KETUA RT/RW DESA …", merged across the
columns), sometimes have a row of column numbers (1, 2, 3 …) under the header, and name the
same column a dozen ways. The header is the row among the first ones whose cells match the
most known column names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from enrolment.importing.values import Cell, cell_text
from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg

CTX = "Import"
IGNORE = ""
SCAN_ROWS = 30

# Field → label shown in the mapping table. `ttl` and `rt_rw` are one column holding two.
FIELDS: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("Import", "NIK"),
    "nama": QT_TRANSLATE_NOOP("Import", "Nama"),
    "ttl": QT_TRANSLATE_NOOP("Import", "Tempat/tanggal lahir (satu kolom)"),
    "tempat_lahir": QT_TRANSLATE_NOOP("Import", "Tempat lahir"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("Import", "Tanggal lahir"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("Import", "Jenis kelamin"),
    "alamat": QT_TRANSLATE_NOOP("Import", "Alamat / dusun / kampung"),
    "rt": QT_TRANSLATE_NOOP("Import", "RT"),
    "rw": QT_TRANSLATE_NOOP("Import", "RW"),
    "rt_rw": QT_TRANSLATE_NOOP("Import", "RT/RW (satu kolom)"),
    "no_hp": QT_TRANSLATE_NOOP("Import", "Nomor HP"),
    "kategori": QT_TRANSLATE_NOOP("Import", "Kelompok (kategori)"),
    "jabatan": QT_TRANSLATE_NOOP("Import", "Jabatan"),
    "dok_nomor": QT_TRANSLATE_NOOP("Import", "Nomor SK / dokumen"),
    "dok_tanggal": QT_TRANSLATE_NOOP("Import", "Tanggal SK / dokumen"),
    "nama_ibu": QT_TRANSLATE_NOOP("Import", "Nama ibu kandung"),
    "catatan": QT_TRANSLATE_NOOP("Import", "Catatan"),
    IGNORE: QT_TRANSLATE_NOOP("Import", "(abaikan)"),
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": (
        "nik", "no nik", "nomor nik", "nik ktp", "no ktp", "nomor ktp", "ktp", "no e ktp",
        "nik e ktp", "nomor induk kependudukan", "no induk kependudukan", "nik peserta",
    ),
    "nama": (
        "nama", "nama lengkap", "nama peserta", "nama anggota", "nama kader", "nama pekerja",
        "nama sesuai ktp", "nama lengkap sesuai ktp", "nama ketua", "nama petugas",
    ),
    "ttl": (
        "ttl", "tempat tgl lahir", "tempat tanggal lahir", "tempat tgl lhr", "tmp tgl lahir",
        "tempat dan tanggal lahir", "tempat lahir tanggal lahir", "tempat lahir tgl lahir",
        "tmpt tgl lahir", "tempat tgl lahir ttl",
    ),
    "tempat_lahir": (
        "tempat lahir", "tmp lahir", "tmpt lahir", "tempat lhr", "tmp lhr", "kota lahir",
        "kota kelahiran", "tempat kelahiran", "kabupaten kota lahir",
        "tempat",  # beside a Tgl Lahir column; exact only (see _EXACT_ONLY)
    ),
    "tanggal_lahir": (
        "tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgl lahir dd mm yyyy",
        "tanggal lahir dd mm yyyy", "tgl bln thn lahir", "tanggal bulan tahun lahir",
    ),
    "jenis_kelamin": (
        "jk", "l p", "jenis kelamin", "kelamin", "jns kelamin", "sex", "gender", "lk pr",
        "l pr", "jenis kelamin l p",
    ),
    "alamat": (
        "alamat", "dusun", "kampung", "kp", "alamat lengkap", "alamat rumah", "dusun kampung",
        "kampung dusun", "alamat dusun", "alamat kampung", "blok", "tempat tinggal",
    ),
    "rt": ("rt", "no rt"),
    "rw": ("rw", "no rw"),
    "rt_rw": ("rt rw", "rt dan rw", "no rt rw"),
    "no_hp": (
        "no hp", "nomor hp", "hp", "no telp", "no telepon", "telepon", "telp", "no wa",
        "nomor wa", "wa", "no handphone", "handphone", "nomor telepon", "no hp wa", "kontak",
        "nomor handphone", "no tlp", "tlp",
    ),
    "kategori": (
        "kategori", "kelompok", "kelompok peserta", "segmen", "kategori peserta", "unsur",
        "golongan", "jenis peserta", "kelompok pekerja",
    ),
    "jabatan": ("jabatan", "posisi", "jabatan dalam lembaga", "kedudukan", "tugas"),
    "dok_nomor": ("no sk", "nomor sk", "sk", "no sk pengangkatan", "nomor dokumen"),
    "dok_tanggal": ("tgl sk", "tanggal sk", "tanggal dokumen"),
    "nama_ibu": ("nama ibu", "nama ibu kandung", "ibu kandung"),
    "catatan": ("catatan", "keterangan", "ket"),
    IGNORE: ("no", "no urut", "nomor", "nomor urut", "alasan ditahan", "urut"),
}  # fmt: skip

# Names a sub-header under a merged "TTL" or "RT/RW" header uses.
_SUB_ALIASES = {
    "tempat": "tempat_lahir",
    "tanggal": "tanggal_lahir",
    "tgl": "tanggal_lahir",
}

# Aliases that name a column only on their own: "Tempat Tinggal" is the address and
# "Tempat Tugas" the post, not the place of birth.
_EXACT_ONLY = {"tempat"}

_LOOKUP = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_PREFIXES = sorted(
    ((a, f) for a, f in _LOOKUP.items() if len(a) >= 3 and f != IGNORE and a not in _EXACT_ONLY),
    key=lambda pair: -len(pair[0]),
)
_JUNK = re.compile(r"[^0-9a-z]+")


def normalise_header(value: Cell) -> str:
    """`No. KTP` → `no ktp`; `Tempat/Tgl Lahir` → `tempat tgl lahir`."""
    return " ".join(_JUNK.sub(" ", cell_text(value).lower()).split())


def field_for_header(value: Cell) -> str | None:
    """The field a header names, IGNORE for known non-data columns, None when unknown."""
    text = normalise_header(value)
    if not text:
        return None
    if text in _LOOKUP:
        return _LOOKUP[text]
    if len(text.split()) > 6:
        return None  # a sentence, not a column name
    for alias, name in _PREFIXES:  # "Nama Lengkap (sesuai KTP)", "NIK (16 digit)"
        if text.startswith(alias + " "):
            return name
    return None


@dataclass
class HeaderGuess:
    """Where the header is and what each column holds. Data starts at `data_start`."""

    row: int  # index into the sheet's rows
    headers: list[str]  # as shown, one per column
    mapping: list[str]  # field per column (IGNORE for none)
    data_start: int
    # False when no row looked like a header: the first filled row is taken as one, and the
    # operator maps its columns by hand (the mapping is then remembered for this layout).
    recognised: bool = True

    @property
    def signature(self) -> str:
        """Identifies a layout, to remember a hand-corrected mapping."""
        return layout_signature(self.headers)


def layout_signature(headers: list[str]) -> str:
    """The headers of a layout, as one key (see `HeaderGuess.signature`)."""
    return "|".join(normalise_header(h) for h in headers)


class HeaderNotFound(UserError, ValueError):
    """No row looks like a header; `message` says what was expected."""


def _score(row: list[Cell]) -> int:
    fields = {field_for_header(v) for v in row}
    fields.discard(None)
    fields.discard(IGNORE)
    if not ({"nik", "nama"} & fields):
        return 0
    return len(fields)


def _is_numbering_row(row: list[Cell]) -> bool:
    """A row `1 2 3 4 …` (or `(1) (2) …`) under the header."""
    values = [cell_text(v).strip("() ") for v in row if cell_text(v).strip()]
    return len(values) >= 3 and all(v.isdigit() and int(v) <= 100 for v in values)


def guess_header(rows: list[list[Cell]], width: int, at: int | None = None) -> HeaderGuess:
    """Finds the header row among the first SCAN_ROWS rows and maps its columns; `at` (an
    index into `rows`) is the operator's own choice of header row instead."""
    if at is not None:
        problem = header_row_problem(rows, at)
        if problem is not None:
            raise HeaderNotFound(problem)
        return _header_at(rows, width, at)
    best, best_score = -1, 1
    for index, row in enumerate(rows[:SCAN_ROWS]):
        score = _score(row)
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return _header_at(rows, width, best)
    # Nothing looks like a header: the widest row near the top (a title has a cell or two),
    # its columns to be mapped by hand.
    filled = [(_filled(r), -i) for i, r in enumerate(rows[:SCAN_ROWS]) if not is_data_row(r)]
    widest, at_index = max(filled, default=(0, 0))
    if widest < 2:
        raise header_not_found()
    return _header_at(rows, width, -at_index)


def _header_at(rows: list[list[Cell]], width: int, index: int) -> HeaderGuess:
    header_row = list(rows[index]) + [None] * (width - len(rows[index]))
    headers = [cell_text(v).strip() for v in header_row]
    mapping = [field_for_header(v) or IGNORE for v in header_row]
    data_start = index + 1
    if data_start < len(rows):
        data_start = _apply_sub_header(rows[data_start], headers, mapping, data_start)
    while data_start < len(rows) and _is_numbering_row(rows[data_start]):
        data_start += 1
    # Recognised as the guess would (two fields and more); fewer are mapped all the same.
    recognised = _score(rows[index]) > 1
    return HeaderGuess(index, headers, _dedupe(mapping), data_start, recognised=recognised)


def header_row_problem(rows: list[list[Cell]], at: int) -> Message | None:
    """Why row `at` (0-based) cannot be the header the operator chose, or None."""
    if not 0 <= at < len(rows) or _filled(rows[at]) == 0:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Baris {row} kosong atau di luar lembar (lembar ini {rows} baris): pilih "
                "baris yang berisi judul kolom.",
            ),
            row=at + 1,
            rows=len(rows),
        )
    if is_data_row(rows[at]):  # that person would be lost, their data kept as column titles
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Baris {row} berisi data peserta (NIK atau tanggal), bukan judul kolom: "
                "pilih baris judulnya.",
            ),
            row=at + 1,
        )
    return None


def header_not_found() -> HeaderNotFound:
    return HeaderNotFound(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Baris judul kolom tidak ditemukan di {rows} baris pertama. Lembar harus "
                "punya satu baris judul dengan sedikitnya kolom NIK atau Nama dan satu "
                "kolom lain (mis. Tempat Lahir, L/P, Alamat).",
            ),
            rows=SCAN_ROWS,
        )
    )


def is_data_row(row: list[Cell]) -> bool:
    """A row with a date or a NIK-long number in it is a person's, never the header."""
    for value in row:
        if isinstance(value, (date, datetime)):
            return True
        if sum(ch.isdigit() for ch in cell_text(value)) >= 15:
            return True
    return False


def _filled(row: list[Cell]) -> int:
    return sum(1 for v in row if cell_text(v).strip())


def _apply_sub_header(row: list[Cell], headers: list[str], mapping: list[str], at: int) -> int:
    """A second header row under merged cells (`TTL` over `Tempat` | `Tanggal`)."""
    if "nik" in mapping and mapping.index("nik") < len(row) and row[mapping.index("nik")]:
        return at  # a data row: it has a NIK
    used = False
    for col, value in enumerate(row[: len(mapping)]):
        text = normalise_header(value)
        name = _SUB_ALIASES.get(text) or _LOOKUP.get(text)
        if name and (not headers[col] or mapping[col] in ("ttl", "rt_rw")):
            if mapping[col] == "rt_rw" and name not in ("rt", "rw"):
                continue
            headers[col] = f"{headers[col]} {cell_text(value).strip()}".strip()
            mapping[col] = name
            used = True
    return at + 1 if used else at


def _dedupe(mapping: list[str]) -> list[str]:
    """Each field once, except the address, whose parts (dusun, kampung) are joined."""
    seen: set[str] = set()
    result = []
    for name in mapping:
        if name and name != "alamat" and name in seen:
            result.append(IGNORE)
            continue
        seen.add(name)
        result.append(name)
    return result


def missing_fields(mapping: list[str], *, group_given: bool) -> list[str]:
    """Fields every row needs that no column provides (labels of FIELDS)."""
    present = set(mapping)
    missing = []
    if "nik" not in present:
        missing.append("nik")
    if "nama" not in present:
        missing.append("nama")
    if not ({"tempat_lahir", "ttl"} & present):
        missing.append("tempat_lahir")
    if "jenis_kelamin" not in present:
        missing.append("jenis_kelamin")
    if not group_given and not ({"kategori", "jabatan"} & present):
        missing.append("kategori")
    return missing
