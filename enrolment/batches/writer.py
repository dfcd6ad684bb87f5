"""Writing a batch workbook onto a stick: whole, checked, or not at all.

The workbook is streamed with openpyxl's write-only mode under a temporary name in the
destination folder, flushed and fsync'ed to the device, read back with python-calamine and
compared cell by cell with the snapshot, and only then renamed to its final name. Any failure
(stick full, pulled out, read-back differs) removes the temporary file and raises
`BatchWriteError`; nothing under the final name is ever partial.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, Any

from enrolment.batches.builder import BatchContent
from enrolment.batches.format import (
    DATA_SHEET,
    FORMAT_NAME,
    KIND_CORRECTION,
    KIND_LABELS,
    KIND_NEW,
    KIND_WITHDRAWAL,
    M_APP_VERSION,
    M_BATCH_NO,
    M_CHANGES_HEADING,
    M_COLUMNS,
    M_CORRECTIONS,
    M_COVERAGE,
    M_CREATED_AT,
    M_DESA,
    M_DESA_NAME,
    M_FORMAT,
    M_FORMAT_VERSION,
    M_KABUPATEN,
    M_KECAMATAN,
    M_KECAMATAN_NAME,
    M_NEW,
    M_OPERATOR,
    M_PROGRAMME_ID,
    M_PROGRAMME_VERSION,
    M_ROW_COUNT,
    M_SHA256,
    M_WITHDRAWALS,
    MANIFEST_SHEET,
    SUMMARY_SHEET,
)
from enrolment.batches.naming import temp_name
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg, os_reason
from enrolment.safe_files import fsync_dir

CTX = "BatchWriter"
ProgressFn = Callable[[int, int], None]
TEXT_FORMAT = "@"
DATE_FORMAT = "DD-MM-YYYY"  # day first, as Indonesian offices read dates
_PROGRESS_EVERY = 500
_CHUNK = 1 << 20


class BatchWriteError(UserError):
    """The batch file could not be written whole; nothing was left under the final name."""


def manifest_values(content: BatchContent, sha256: str) -> list[tuple[str, Any, str]]:
    """(key, value, Indonesian label) rows of the manifest sheet, in order."""
    kinds = content.kinds()
    return [
        (M_FORMAT, FORMAT_NAME, "Format berkas"),
        (M_FORMAT_VERSION, content.format_version, "Versi format"),
        (M_APP_VERSION, content.app_version, "Versi aplikasi Jaring"),
        (M_PROGRAMME_ID, content.programme_id, "Program"),
        (M_PROGRAMME_VERSION, content.programme_version, "Versi berkas program"),
        (M_KABUPATEN, content.kabupaten_code, "Kode kabupaten"),
        (M_KECAMATAN, content.kecamatan_code, "Kode kecamatan"),
        (M_KECAMATAN_NAME, content.kecamatan_name, "Kecamatan"),
        (M_DESA, content.desa_code, "Kode desa (Kemendagri)"),
        (M_DESA_NAME, content.desa_name, "Desa"),
        (M_BATCH_NO, content.batch_no, "Nomor batch"),
        (M_CREATED_AT, content.created_at, "Dibuat (UTC)"),
        (M_OPERATOR, content.operator, "Operator"),
        (M_ROW_COUNT, len(content.rows), "Jumlah baris data"),
        (M_NEW, kinds.count(KIND_NEW), "Peserta baru"),
        (M_CORRECTIONS, kinds.count(KIND_CORRECTION), "Koreksi"),
        (M_WITHDRAWALS, kinds.count(KIND_WITHDRAWAL), "Penarikan"),
        (M_COVERAGE, f"{content.coverage_start}/{content.coverage_end}", "Periode perlindungan"),
        (M_COLUMNS, ",".join(c.field for c in content.columns), "Isi kolom lembar Data"),
        (M_SHA256, sha256, "SHA-256 isi lembar Data (lihat docs/batch-format.md)"),
    ]


def render_workbook(
    content: BatchContent, out: IO[bytes], progress: ProgressFn | None = None
) -> str:
    """Streams the workbook of `content` into `out`; returns its SHA-256."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sha256 = content.sha256()
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    total = len(content.rows)

    # --- Data: one row per enrollee; the first sheet, so Excel opens on it.
    ws: Any = wb.create_sheet(DATA_SHEET)
    last_col = get_column_letter(len(content.columns))
    kinds = [c.spec.kind for c in content.columns]
    formats = [{"text": TEXT_FORMAT, "date": DATE_FORMAT}.get(kind, "0") for kind in kinds]
    for i, column in enumerate(content.columns, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = column.spec.width
        # The column's own format: what an operator types later into an empty cell of a
        # text column (a KPJ, say) stays text too.
        dim.number_format = formats[i - 1]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last_col}{total + 1}"
    ws.append([_text_cell(ws, h, bold) for h in content.headers])

    # One styled cell per column, reused row after row: write-only mode serialises a row as
    # soon as it is appended, so the cells are free again. Rows are handed to the sheet's
    # writer as ready cells (replacing `_values_to_row`, which would try each cell as a value
    # first); this keeps styled text cells as cheap as bare values (benchmarks/bench_batch.py).
    cells = []
    for column_no, number_format in enumerate(formats, 1):
        cell = WriteOnlyCell(ws)
        cell.number_format = number_format
        cell.column = column_no
        cells.append(cell)

    def ready_cells(row: list[Any], row_idx: int) -> Any:
        for cell in row:
            cell.row = row_idx
            yield cell

    ws._values_to_row = ready_cells
    to_date = date.fromisoformat
    columns = list(zip(cells, kinds, strict=True))
    for n, row in enumerate(content.rows, 1):
        present = []
        for (cell, kind), value in zip(columns, row, strict=True):
            if value is None:
                continue  # empty: the column's format applies
            if kind == "text":
                # Assigning the private value with type "s" keeps `=HYPERLINK(...)`, `@SUM`,
                # `+62…` and `-ALI-` literal text: openpyxl would make "=…" a formula.
                cell._value, cell.data_type = value, "s"
            elif kind == "date":
                cell._value, cell.data_type = to_date(value), "d"
            else:
                cell._value, cell.data_type = value, "n"
            present.append(cell)
        ws.append(present)
        if progress is not None and n % _PROGRESS_EVERY == 0:
            progress(n, total)

    # --- Summary: counts per group, contribution per month, coverage period.
    _write_summary(wb.create_sheet(SUMMARY_SHEET), content, bold)

    # --- Manifest: what this file is, and the checksum.
    mf: Any = wb.create_sheet(MANIFEST_SHEET)
    mf.column_dimensions["A"].width = 24
    mf.column_dimensions["B"].width = 68
    mf.column_dimensions["C"].width = 44
    for key, value, label in manifest_values(content, sha256):
        cell_value = value if isinstance(value, int) else str(value)
        mf.append([_text_cell(mf, key, bold), _text_or_number(mf, cell_value), label])
    mf.append([])
    mf.append([_text_cell(mf, M_CHANGES_HEADING, bold), "Keterangan"])
    for enrollee_id, kind in content.changes():
        mf.append([_text_cell(mf, enrollee_id), _text_cell(mf, KIND_LABELS[kind])])

    wb.save(out)
    if progress is not None:
        progress(total, total)
    return sha256


def _text_cell(ws: Any, value: str, font: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws)
    cell._value, cell.data_type = value, "s"
    cell.number_format = TEXT_FORMAT
    if font is not None:
        cell.font = font
    return cell


def _text_or_number(ws: Any, value: str | int) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, int):
        return WriteOnlyCell(ws, value)
    return _text_cell(ws, value)


def _write_summary(ws: Any, content: BatchContent, bold: Any) -> None:
    from enrolment.dates import month_label, rupiah

    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 34
    for letter in "CDE":
        ws.column_dimensions[letter].width = 11
    ws.column_dimensions["F"].width = 24
    fee = content.monthly_contribution
    ws.append([_text_cell(ws, f"Batch {content.batch_no} — Desa {content.desa_name}", bold)])
    ws.append(
        [
            "Periode perlindungan",
            f"{month_label(content.coverage_start)} – {month_label(content.coverage_end)}",
        ]
    )
    ws.append(["Iuran per peserta per bulan", rupiah(fee)])
    ws.append([])
    ws.append([_text_cell(ws, h, bold) for h in SUMMARY_HEADERS])
    counts = content.counts()
    names = dict(content.groups)
    codes = [code for code, _ in content.groups] + sorted(set(counts) - set(names))
    totals = [0, 0, 0]
    for code in codes:
        per = counts.get(code, {})
        row = [per.get(KIND_NEW, 0), per.get(KIND_CORRECTION, 0), per.get(KIND_WITHDRAWAL, 0)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        # Contribution of the people this batch adds; corrections were counted in the batch
        # that first carried them, withdrawals leave the programme.
        ws.append([_text_cell(ws, code), _text_cell(ws, names.get(code, code)), *row, row[0] * fee])
    ws.append([_text_cell(ws, "JUMLAH", bold), "", *totals, totals[0] * fee])


SUMMARY_HEADERS = ("KODE_KELOMPOK", "KELOMPOK", "BARU", "KOREKSI", "TARIK", "IURAN_BARU_PER_BULAN")


def write_batch_file(
    content: BatchContent,
    folder: Path,
    file_name: str,
    *,
    password: str | None = None,
    progress: ProgressFn | None = None,
) -> Path:
    """Writes, checks and renames the batch file; returns its final path.

    With a password the workbook is encrypted (ECMA-376 agile, the scheme Excel uses) so Excel
    asks for the password on opening. The password is used here and forgotten.
    """
    final = folder / file_name
    tmp = folder / temp_name(file_name, secrets.token_hex(4))
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder tujuan tidak ada", str(folder))
        # The workbook is built in memory (a few MB even for the whole kabupaten quota), so
        # a failing stick interrupts a plain byte copy, never openpyxl half-way through.
        payload = io.BytesIO()
        render_workbook(content, payload, progress)
        if password:
            plain, payload = payload, io.BytesIO()
            plain.seek(0)
            _encrypt(plain, payload, password)
        with _create(tmp) as fh:
            with payload.getbuffer() as view:
                for start in range(0, len(view), _CHUNK):
                    fh.write(view[start : start + _CHUNK])
            fh.flush()
            os.fsync(fh.fileno())
        _check_written(tmp, content, password)
        os.replace(tmp, final)
        fsync_dir(folder)
    except UserError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise _write_error(exc, folder) from exc
    except BaseException:
        _discard(tmp)
        raise
    return final


def _create(path: Path) -> IO[bytes]:
    """Opens a new file for writing (a seam for tests that simulate a failing stick)."""
    return path.open("xb")


def _encrypt(plain: IO[bytes], out: IO[bytes], password: str) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    OOXMLFile(plain).encrypt(password, out)


def _check_written(path: Path, content: BatchContent, password: str | None) -> None:
    """Reads the file back from the device and compares every cell with the snapshot."""
    from enrolment.batches.verify import BatchInvalid, read_batch

    try:
        parsed = read_batch(path, password=password)
    except BatchInvalid as exc:
        raise BatchWriteError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BatchWriter",
                    "Berkas yang tertulis tidak dapat dibaca kembali ({problem}). Flashdisk "
                    "mungkin rusak: coba flashdisk lain.",
                ),
                problem=exc.message.render(),
            )
        ) from exc
    # The checksum covers every canonical cell, so equal checksums mean equal cells.
    if (
        parsed.manifest_sha256 != content.sha256()
        or parsed.computed_sha256 != content.sha256()
        or len(parsed.canonical_rows) != len(content.rows)
        or parsed.non_text_cells
    ):
        raise BatchWriteError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BatchWriter",
                    "Isi berkas yang tertulis berbeda dari basis data. Flashdisk mungkin rusak: "
                    "coba flashdisk lain.",
                ),
            )
        )


def _discard(tmp: Path) -> None:
    # The stick may be gone; nothing was renamed, so nothing is under the final name anyway.
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _write_error(exc: OSError, folder: Path) -> BatchWriteError:
    if exc.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP(
            "BatchWriter",
            "Flashdisk atau folder {folder} penuh. Kosongkan tempat atau pilih tujuan lain. "
            "Tidak ada data yang ditandai terkirim.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QT_TRANSLATE_NOOP(
            "BatchWriter",
            "Tidak diizinkan menulis ke {folder} (flashdisk terkunci atau hanya-baca?). "
            "Tidak ada data yang ditandai terkirim.",
        )
    elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        text = QT_TRANSLATE_NOOP(
            "BatchWriter",
            "Tujuan {folder} tidak dapat ditulis: flashdisk mungkin tercabut. Pasang lagi lalu "
            "ulangi. Tidak ada data yang ditandai terkirim.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "BatchWriter",
            "Gagal menulis ke {folder}: {error}. Tidak ada data yang ditandai terkirim.",
        )
    return BatchWriteError(msg(CTX, text, folder=str(folder), error=os_reason(exc)))
