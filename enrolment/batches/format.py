"""The batch file format: sheets, columns, canonical cell strings and the checksum.

Everything here is pure (no database, no files) so that the village writer, the verifier and
the kabupaten importer agree on one definition. docs/batch-format.md describes the same rules
for people; keep the two in step and bump FORMAT_VERSION on any change a reader would notice.

The checksum is taken over *canonical strings* of cell values rather than over file bytes:
Excel rewrites the whole file on save (shared strings, styles, zip layout) but keeps every
value, and each reader returns values in its own shape (openpyxl: int and datetime;
python-calamine: float and date). `canonical()` maps all of those shapes to one string.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "BatchFormat"
FORMAT_NAME = "JARING-BATCH"
FORMAT_VERSION = 1

DATA_SHEET = "Data"
SUMMARY_SHEET = "Ringkasan"
MANIFEST_SHEET = "Manifest"

# Row kinds: what the kabupaten does with a row.
KIND_NEW, KIND_CORRECTION, KIND_WITHDRAWAL = "new", "correction", "withdrawal"
KINDS = (KIND_NEW, KIND_CORRECTION, KIND_WITHDRAWAL)
# How a kind is written in the data sheet (Indonesian, stable: part of the format).
KIND_LABELS = {KIND_NEW: "BARU", KIND_CORRECTION: "KOREKSI", KIND_WITHDRAWAL: "TARIK"}
KIND_FROM_LABEL = {label: kind for kind, label in KIND_LABELS.items()}

# Cell-level separators of the checksum input: ASCII unit and record separators never occur
# in register text (validation strips control characters), so the encoding is unambiguous.
_UNIT, _RECORD = "\x1f", "\x1e"
_EXCEL_EPOCH = datetime(1899, 12, 30)


class BatchFormatError(UserError, ValueError):
    """A column template (or a file) does not follow the batch format; `message` says why."""


@dataclass(frozen=True)
class FieldSpec:
    """A field a data-sheet column can carry. `kind` decides the cell type."""

    key: str
    header: str  # default header (the programme's column template may rename it)
    kind: str = "text"  # text | date | int
    width: int = 16


# Every field a batch can carry. Keys are part of the format; headers are only defaults.
FIELDS: dict[str, FieldSpec] = {
    f.key: f
    for f in (
        FieldSpec("id", "ID_PESERTA", width=38),
        FieldSpec("jenis", "JENIS_DATA", width=11),
        FieldSpec("nik", "NIK", width=19),
        FieldSpec("nama", "NAMA", width=30),
        FieldSpec("tempat_lahir", "TEMPAT_LAHIR", width=18),
        FieldSpec("tanggal_lahir", "TANGGAL_LAHIR", "date", 14),
        FieldSpec("jenis_kelamin", "JENIS_KELAMIN", width=8),
        FieldSpec("alamat", "ALAMAT", width=30),
        FieldSpec("rt", "RT", width=6),
        FieldSpec("rw", "RW", width=6),
        FieldSpec("kode_desa", "KODE_DESA", width=15),
        FieldSpec("nama_desa", "NAMA_DESA", width=18),
        FieldSpec("kode_kecamatan", "KODE_KECAMATAN", width=12),
        FieldSpec("nama_kecamatan", "NAMA_KECAMATAN", width=18),
        FieldSpec("kode_kabupaten", "KODE_KABUPATEN", width=10),
        FieldSpec("no_hp", "NO_HP", width=16),
        FieldSpec("kategori", "KODE_KELOMPOK", width=14),
        FieldSpec("nama_kategori", "KELOMPOK", width=26),
        FieldSpec("jabatan", "JABATAN", width=20),
        FieldSpec("nama_ibu", "NAMA_IBU_KANDUNG", width=24),
        FieldSpec("dok_nomor", "NOMOR_SK", width=20),
        FieldSpec("dok_tanggal", "TANGGAL_SK", "date", 14),
        FieldSpec("program", "PROGRAM", width=10),
        FieldSpec("upah", "UPAH_DILAPORKAN", "int", 14),
        FieldSpec("iuran", "IURAN_BULANAN", "int", 13),
        FieldSpec("periode_mulai", "PERIODE_MULAI", width=11),
        FieldSpec("periode_selesai", "PERIODE_SELESAI", width=11),
        FieldSpec("tanggal_daftar", "TANGGAL_DAFTAR", "date", 14),
        FieldSpec("no_tanda_terima", "NO_TANDA_TERIMA", width=26),
        FieldSpec("kpj", "KPJ", width=13),
        FieldSpec("alasan_tarik", "ALASAN_PENARIKAN", width=30),
    )
}
# Without these a row cannot be applied by the kabupaten, whatever the template says.
REQUIRED_FIELDS = ("id", "jenis", "nik", "nama", "tanggal_lahir", "kategori", "kode_desa")
DEFAULT_TEMPLATE: tuple[str, ...] = tuple(FIELDS)


@dataclass(frozen=True)
class Column:
    field: str
    header: str

    @property
    def spec(self) -> FieldSpec:
        return FIELDS[self.field]


def _template_error(detail: str) -> BatchFormatError:
    return BatchFormatError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "BatchFormat", "Templat kolom di berkas program tidak sah: {detail}."
            ),
            detail=detail,
        )
    )


def default_columns() -> tuple[Column, ...]:
    return tuple(Column(key, FIELDS[key].header) for key in DEFAULT_TEMPLATE)


def columns_from_template(template: Any) -> tuple[Column, ...]:
    """The data-sheet columns from a programme's optional `column_template`.

    The template is a list of `{"field": key, "header": text}` (header optional). A kabupaten
    re-maps the columns to what BPJS asks for by editing the programme file, never the code.
    """
    if template is None:
        return default_columns()
    if not isinstance(template, list) or not template:
        raise _template_error("harus berupa daftar kolom")
    columns: list[Column] = []
    for entry in template:
        if isinstance(entry, str):
            entry = {"field": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("field"), str):
            raise _template_error(f"entri {entry!r} tidak punya 'field'")
        key = entry["field"]
        if key not in FIELDS:
            raise _template_error(f"field {key!r} tidak dikenal")
        header = entry.get("header", FIELDS[key].header)
        if not isinstance(header, str) or not header.strip():
            raise _template_error(f"judul kolom untuk {key!r} kosong")
        columns.append(Column(key, header.strip()))
    keys = [c.field for c in columns]
    if len(set(keys)) != len(keys):
        raise _template_error("ada field yang muncul dua kali")
    headers = [c.header for c in columns]
    if len(set(headers)) != len(headers):
        raise _template_error("ada judul kolom yang sama")
    missing = [k for k in REQUIRED_FIELDS if k not in keys]
    if missing:
        raise _template_error("field wajib tidak ada: " + ", ".join(missing))
    return tuple(columns)


def canonical(value: Any) -> str:
    """The one string a cell value stands for, whichever reader produced it.

    - empty (None or "") → ""
    - text → itself, unchanged (no trimming: a trailing space is data)
    - bool → "TRUE" / "FALSE"
    - a whole number, int or float (calamine returns 16800.0) → "16800"
    - another float → repr (never produced by Jaring)
    - a date, or a datetime at midnight → "YYYY-MM-DD"; another datetime → ISO to the second
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):  # calamine's shape for a bare time; never written
        return str(value)
    return str(value)


def _float_text(value: float) -> str:
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return repr(value)


def canonical_for(kind: type, *, date_column: bool) -> Callable[[Any], str]:
    """`canonical` (`canonical_date` in a date column) for values of exactly type `kind`.

    The same strings, without the type tests: for readers that convert many cells of a
    known type (the batch verifier decides once per row shape).
    """
    if kind is date:
        return date.isoformat  # a date is a date in any column
    if kind is float and not date_column:
        return _float_text
    return canonical_date if date_column else canonical


def canonical_date(value: Any) -> str:
    """Like `canonical`, but a bare number in a date column is an Excel serial date.

    A reader that does not see the date format (or a sheet re-saved with the format lost)
    still yields the same day.
    """
    if isinstance(value, float | int) and not isinstance(value, bool):
        return (_EXCEL_EPOCH + timedelta(days=float(value))).date().isoformat()
    return canonical(value)


def canonical_row(values: Sequence[Any], columns: Sequence[Column]) -> list[str]:
    """Canonical strings of one data row, padded to the columns with empty cells."""
    out: list[str] = []
    for i, column in enumerate(columns):
        value = values[i] if i < len(values) else None
        out.append(canonical_date(value) if column.spec.kind == "date" else canonical(value))
    return out


def checksum(
    desa_code: str, batch_no: int, headers: Sequence[str], rows: Iterable[Sequence[str]]
) -> str:
    """SHA-256 (hex) of a batch's identity, header row and canonical data rows, in order.

    Input (UTF-8): `JARING-BATCH␟<format version>␟<desa code>␟<batch no>␞`, then the header
    row and every data row, cells joined by ␟ (U+001F) and each row ended by ␞ (U+001E).
    The identity is included so that a data sheet pasted under another batch's manifest fails.
    """
    digest = hashlib.sha256()
    head = _UNIT.join((FORMAT_NAME, str(FORMAT_VERSION), desa_code, str(batch_no)))
    digest.update((head + _RECORD).encode("utf-8"))
    digest.update((_UNIT.join(headers) + _RECORD).encode("utf-8"))
    for row in rows:
        digest.update((_UNIT.join(row) + _RECORD).encode("utf-8"))
    return digest.hexdigest()


# Manifest keys (column A of the manifest sheet), in the order they are written.
M_FORMAT = "FORMAT"
M_FORMAT_VERSION = "VERSI_FORMAT"
M_APP_VERSION = "VERSI_APLIKASI"
M_PROGRAMME_ID = "ID_PROGRAM"
M_PROGRAMME_VERSION = "VERSI_PROGRAM"
M_KABUPATEN = "KODE_KABUPATEN"
M_KECAMATAN = "KODE_KECAMATAN"
M_KECAMATAN_NAME = "NAMA_KECAMATAN"
M_DESA = "KODE_DESA"
M_DESA_NAME = "NAMA_DESA"
M_BATCH_NO = "NOMOR_BATCH"
M_CREATED_AT = "DIBUAT_PADA"
M_OPERATOR = "OPERATOR"
M_ROW_COUNT = "JUMLAH_BARIS"
M_NEW = "JUMLAH_BARU"
M_CORRECTIONS = "JUMLAH_KOREKSI"
M_WITHDRAWALS = "JUMLAH_PENARIKAN"
M_COVERAGE = "PERIODE_PERLINDUNGAN"
M_COLUMNS = "KOLOM"
M_SHA256 = "SHA256"
MANIFEST_KEYS = (
    M_FORMAT, M_FORMAT_VERSION, M_APP_VERSION, M_PROGRAMME_ID, M_PROGRAMME_VERSION, M_KABUPATEN,
    M_KECAMATAN, M_KECAMATAN_NAME, M_DESA, M_DESA_NAME, M_BATCH_NO, M_CREATED_AT, M_OPERATOR,
    M_ROW_COUNT, M_NEW, M_CORRECTIONS, M_WITHDRAWALS, M_COVERAGE, M_COLUMNS, M_SHA256,
)  # fmt: skip
# Heading of the list of corrections and withdrawals under the key/value block.
M_CHANGES_HEADING = "KOREKSI_DAN_PENARIKAN"
