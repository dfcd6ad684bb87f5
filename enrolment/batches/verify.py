"""Reading and checking a batch file, without the database that made it.

`read_batch` parses a workbook (decrypting it first when it has a password) into a
`ParsedBatch`: the manifest, the columns and the canonical rows. The kabupaten importer reuses
it. `verify_batch` adds the checks — format version, manifest, row count, checksum, desa code,
text cells — and raises `BatchInvalid` naming the first problem.

python-calamine reads (fast, and independent of openpyxl that wrote the file).
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enrolment.batches.format import (
    DATA_SHEET,
    FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIND_CORRECTION,
    KIND_FROM_LABEL,
    KIND_NEW,
    KIND_WITHDRAWAL,
    M_BATCH_NO,
    M_CHANGES_HEADING,
    M_COLUMNS,
    M_CORRECTIONS,
    M_DESA,
    M_FORMAT,
    M_FORMAT_VERSION,
    M_NEW,
    M_ROW_COUNT,
    M_SHA256,
    M_WITHDRAWALS,
    MANIFEST_SHEET,
    REQUIRED_FIELDS,
    Column,
    canonical,
    canonical_for,
    checksum,
)
from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg, os_reason

CTX = "BatchVerify"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file is an OLE container
_DESA_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")
# How to canonicalise a data row of one shape: (column, converter) per non-text cell, and the
# headers of text columns whose cell is not text.
_Plan = tuple[list[tuple[int, Callable[[Any], str]]], list[str]]


class BatchInvalid(UserError, ValueError):
    """The file is not a sound batch; `message` names the problem."""


class BatchLocked(BatchInvalid):
    """The batch is locked with a password and none, or a wrong one, was given.
    `file_sha256` is the hash of the file as stored: the kabupaten knows a file it merged
    before by it, without the password."""

    def __init__(self, message: Message, file_sha256: str = "") -> None:
        super().__init__(message)
        self.file_sha256 = file_sha256


def _invalid(text: str, **params: Any) -> BatchInvalid:
    return BatchInvalid(msg(CTX, text, **params))


@dataclass
class ParsedBatch:
    """A batch file as read: manifest values and canonical data rows (strings)."""

    manifest: dict[str, str]
    columns: tuple[Column, ...]
    canonical_rows: list[list[str]]
    changes: list[tuple[str, str]]  # (enrollee id, label) listed in the manifest
    computed_sha256: str
    # (row number in the sheet, header) of text-column cells that are not text any more.
    non_text_cells: list[tuple[int, str]] = field(default_factory=list)
    file_sha256: str = ""  # of the file as stored (locked or not), see BatchLocked
    _records: list[dict[str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def format_version(self) -> int:
        return int(self.manifest.get(M_FORMAT_VERSION, "0") or 0)

    @property
    def batch_no(self) -> int:
        return int(self.manifest[M_BATCH_NO])

    @property
    def desa_code(self) -> str:
        return self.manifest.get(M_DESA, "")

    @property
    def manifest_sha256(self) -> str:
        return self.manifest.get(M_SHA256, "").strip().lower()

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def records(self) -> list[dict[str, str]]:
        """Rows as {field key: canonical string}; `jenis` is new | correction | withdrawal.

        Built once (the verifier and the kabupaten merge both walk them): the same list each
        call, not to be changed by the caller.
        """
        if self._records is None:
            keys = [c.field for c in self.columns]
            out = []
            for row in self.canonical_rows:
                rec = dict(zip(keys, row, strict=True))
                rec["jenis"] = KIND_FROM_LABEL.get(rec["jenis"], rec["jenis"])
                out.append(rec)
            self._records = out
        return self._records


def is_locked(path: Path) -> bool:
    """Whether the file is a password-locked workbook (so a password must be asked first)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(_OLE_MAGIC)) == _OLE_MAGIC
    except OSError:
        return False


def _open_bytes(path: Path, password: str | None) -> tuple[bytes, str]:
    """The workbook's bytes (decrypted when locked) and the SHA-256 of the file as stored."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP("BatchVerify", "Berkas tidak dapat dibaca: {error}"),
            error=os_reason(exc),
        ) from exc
    stored = hashlib.sha256(data).hexdigest()
    if not data.startswith(_OLE_MAGIC):
        return data, stored
    if not password:
        raise BatchLocked(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BatchVerify",
                    "Berkas ini dikunci kata sandi oleh desa. Minta kata sandinya ke desa (lewat "
                    "telepon), lalu buka lagi dengan kata sandi itu.",
                ),
            ),
            stored,
        )
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    out = io.BytesIO()
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        office.decrypt(out)
    except InvalidKeyError as exc:
        raise BatchLocked(
            msg(CTX, QT_TRANSLATE_NOOP("BatchVerify", "Kata sandi salah.")), stored
        ) from exc
    except (DecryptionError, FileFormatError, ValueError, OSError) as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP("BatchVerify", "Berkas terenkripsi tidak dapat dibuka: {error}"),
            error=str(exc),
        ) from exc
    return out.getvalue(), stored


def _sheets(data: bytes) -> tuple[list[list[Any]], list[list[Any]]]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = wb.sheet_names
        missing = [n for n in (DATA_SHEET, MANIFEST_SHEET) if n not in names]
        if missing:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "BatchVerify",
                    "Lembar {sheets} tidak ada: ini bukan berkas batch Jaring, atau lembarnya "
                    "diganti nama.",
                ),
                sheets=", ".join(missing),
            )
        data_rows = wb.get_sheet_by_name(DATA_SHEET).to_python(skip_empty_area=False)
        manifest_rows = wb.get_sheet_by_name(MANIFEST_SHEET).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify", "Berkas bukan buku kerja Excel yang dapat dibaca: {error}"
            ),
            error=str(exc),
        ) from exc
    return data_rows, manifest_rows


def _parse_manifest(rows: list[list[Any]]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    manifest: dict[str, str] = {}
    changes: list[tuple[str, str]] = []
    in_changes = False
    for row in rows:
        key = canonical(row[0]).strip() if row else ""
        value = canonical(row[1]) if len(row) > 1 else ""
        if not key:
            continue
        if key == M_CHANGES_HEADING:
            in_changes = True
        elif in_changes:
            changes.append((key, value))
        else:
            manifest[key] = value
    return manifest, changes


def _canonical_body(
    body: list[list[Any]], columns: tuple[Column, ...]
) -> tuple[list[list[str]], list[tuple[int, str]]]:
    """Canonical string rows of the data sheet, and the text cells that are not text.

    Rows are handled by their tuple of cell types: a file's rows nearly all share one (text
    everywhere but the date and number columns), so the per-cell decisions — which cells need
    converting, which text-column cells are not text — are made once per shape, and a row
    costs one `map(type, …)` plus the few conversions (21,434 rows × 31 cells at a kabupaten).
    """
    width = len(columns)
    rows: list[list[str]] = []
    non_text: list[tuple[int, str]] = []
    plans: dict[tuple[type, ...], _Plan] = {}
    for n, values in enumerate(body, 2):
        if len(values) > width and any(canonical(v) != "" for v in values[width:]):
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "BatchVerify", "Baris {row} lembar Data berisi sel di luar kolom batch."
                ),
                row=n,
            )
        row = values[:width]
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        shape = tuple(map(type, row))
        plan = plans.get(shape)
        if plan is None:
            plan = plans[shape] = _plan(shape, columns)
        convert, not_text = plan
        for i, to_text in convert:
            row[i] = to_text(row[i])
        for header in not_text:
            non_text.append((n, header))
        rows.append(row)
    return rows, non_text


def _plan(shape: tuple[type, ...], columns: tuple[Column, ...]) -> _Plan:
    """For one row shape: (column, converter) of the cells that are not `str` yet, and the
    headers of text columns holding something other than text or an empty cell."""
    convert: list[tuple[int, Callable[[Any], str]]] = []
    not_text: list[str] = []
    for i, (kind, column) in enumerate(zip(shape, columns, strict=True)):
        if kind is str:
            continue
        convert.append((i, canonical_for(kind, date_column=column.spec.kind == "date")))
        if column.spec.kind == "text" and kind is not type(None):
            not_text.append(column.header)
    return convert, not_text


def read_batch(path: Path, *, password: str | None = None) -> ParsedBatch:
    """Parses a batch file. Raises BatchInvalid when it cannot be read as a batch at all."""
    data, file_sha256 = _open_bytes(path, password)
    data_rows, manifest_rows = _sheets(data)
    manifest, changes = _parse_manifest(manifest_rows)
    if manifest.get(M_FORMAT) != FORMAT_NAME:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify", "Lembar Manifest tidak menyebut format {name}: bukan batch Jaring."
            ),
            name=FORMAT_NAME,
        )
    version = manifest.get(M_FORMAT_VERSION, "")
    if not version.isdigit():
        raise _invalid(
            QT_TRANSLATE_NOOP("BatchVerify", "Versi format {version!r} di manifest tidak sah."),
            version=version,
        )
    if int(version) > FORMAT_VERSION:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify",
                "Berkas memakai format versi {version}; versi Jaring ini hanya mengenal sampai "
                "versi {supported}. Pasang Jaring terbaru.",
            ),
            version=version,
            supported=FORMAT_VERSION,
        )
    for key in (M_BATCH_NO, M_DESA, M_SHA256, M_COLUMNS, M_ROW_COUNT):
        if not manifest.get(key):
            raise _invalid(
                QT_TRANSLATE_NOOP("BatchVerify", "Manifest tidak berisi {key}."), key=key
            )
    for key in (M_BATCH_NO, M_ROW_COUNT):
        if not manifest[key].isdigit():
            raise _invalid(
                QT_TRANSLATE_NOOP("BatchVerify", "Nilai {key} di manifest bukan angka."), key=key
            )
    keys = [k.strip() for k in manifest[M_COLUMNS].split(",")]
    unknown = [k for k in keys if k not in FIELDS]
    missing = [k for k in REQUIRED_FIELDS if k not in keys]
    if unknown or missing or len(set(keys)) != len(keys):
        raise _invalid(
            QT_TRANSLATE_NOOP("BatchVerify", "Daftar kolom di manifest tidak sah: {columns}"),
            columns=manifest[M_COLUMNS],
        )
    if not data_rows:
        raise _invalid(QT_TRANSLATE_NOOP("BatchVerify", "Lembar Data kosong."))
    header_cells = data_rows[0]
    headers = [
        canonical(header_cells[i]) if i < len(header_cells) else "" for i in range(len(keys))
    ]
    columns = tuple(Column(k, h) for k, h in zip(keys, headers, strict=True))
    body = data_rows[1:]
    while body and all(canonical(v) == "" for v in body[-1]):
        body.pop()  # readers differ in how many empty rows they return at the end
    rows, non_text = _canonical_body(body, columns)
    computed = checksum(manifest[M_DESA], int(manifest[M_BATCH_NO]), headers, rows)
    return ParsedBatch(manifest, columns, rows, changes, computed, non_text, file_sha256)


def verify_batch(path: Path, *, password: str | None = None) -> ParsedBatch:
    """Reads and checks a batch; raises BatchInvalid naming the first problem found."""
    parsed = read_batch(path, password=password)
    manifest = parsed.manifest
    if not _DESA_CODE.fullmatch(parsed.desa_code):
        raise _invalid(
            QT_TRANSLATE_NOOP("BatchVerify", "Kode desa {code!r} di manifest tidak sah."),
            code=parsed.desa_code,
        )
    expected_rows = int(manifest[M_ROW_COUNT])
    if len(parsed.canonical_rows) != expected_rows:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify",
                "Jumlah baris data {found} tidak sama dengan manifest ({expected}): ada baris yang "
                "ditambah atau dihapus.",
            ),
            found=len(parsed.canonical_rows),
            expected=expected_rows,
        )
    if parsed.computed_sha256 != parsed.manifest_sha256:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify",
                "Checksum SHA-256 tidak cocok: isi lembar Data diubah setelah diekspor (atau "
                "manifest berasal dari batch lain). Minta desa mengirim ulang batch ini.",
            )
        )
    if parsed.non_text_cells:
        row, header = parsed.non_text_cells[0]
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "BatchVerify",
                "Baris {row}, kolom {column} bukan sel teks lagi (diubah menjadi angka?). "
                "Berkas telah diubah setelah diekspor.",
            ),
            row=row,
            column=header,
        )
    records = parsed.records()
    ids = [r["id"] for r in records]
    for n, rec in enumerate(records, 2):
        if rec["jenis"] not in (KIND_NEW, KIND_CORRECTION, KIND_WITHDRAWAL):
            raise _invalid(
                QT_TRANSLATE_NOOP("BatchVerify", "Baris {row}: jenis data {kind!r} tidak dikenal."),
                row=n,
                kind=rec["jenis"],
            )
        if rec["kode_desa"] != parsed.desa_code:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "BatchVerify", "Baris {row}: kode desa {code} berbeda dari manifest ({desa})."
                ),
                row=n,
                code=rec["kode_desa"],
                desa=parsed.desa_code,
            )
        try:
            uuid.UUID(rec["id"])
        except ValueError as exc:
            raise _invalid(
                QT_TRANSLATE_NOOP("BatchVerify", "Baris {row}: ID peserta {id!r} tidak sah."),
                row=n,
                id=rec["id"],
            ) from exc
    if len(set(ids)) != len(ids):
        raise _invalid(QT_TRANSLATE_NOOP("BatchVerify", "Ada ID peserta yang muncul dua kali."))
    kinds = [r["jenis"] for r in records]
    for key, kind in (
        (M_NEW, KIND_NEW),
        (M_CORRECTIONS, KIND_CORRECTION),
        (M_WITHDRAWALS, KIND_WITHDRAWAL),
    ):
        if manifest.get(key, "") != str(kinds.count(kind)):
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "BatchVerify", "Jumlah {key} di manifest tidak sesuai dengan lembar Data."
                ),
                key=key,
            )
    return parsed
