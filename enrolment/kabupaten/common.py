"""Small pieces shared by the kabupaten modules: installation check, atomic writes, names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session

from enrolment.kabupaten.xlsx import canonical_rows, read_sheet, rows_checksum, write_sheets
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg, os_reason
from enrolment.safe_files import atomic_file
from models.tables import Installation

CTX = "Kabupaten"
ProgressFn = Callable[[int, int, str], None]


class KabupatenError(UserError, ValueError):
    """A kabupaten action cannot go on; `message` says why."""


def require_kabupaten(session: Session) -> Installation:
    inst = session.get(Installation, 1)
    if inst is None or inst.mode != "kabupaten":
        raise KabupatenError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Kabupaten",
                    "Instalasi ini bukan instalasi kabupaten. Siapkan dulu: "
                    "python main.py setup --kabupaten 36.04 --operator NAMA",
                ),
            )
        )
    return inst


def name_key(nama: str) -> str:
    """Upper case, spaces collapsed: how names are compared for probable duplicates."""
    return " ".join(nama.upper().split())


def safe_name_part(text: str, limit: int = 40) -> str:
    """A FAT32/Windows-safe piece of a file name: A-Z, 0-9 and '-'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Z0-9]+", "-", plain.upper()).strip("-")[:limit] or "X"


def write_error(exc: OSError, path: Path) -> KabupatenError:
    return KabupatenError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Kabupaten", "Berkas {path} tidak dapat ditulis: {error}. Tidak ada yang berubah."
            ),
            path=str(path),
            error=os_reason(exc),
        )
    )


MANIFEST_SHEET = "Manifest"


def write_manifest_workbook(
    path: Path,
    data_sheet: str,
    headers: list[str],
    kinds: list[str],
    rows: Sequence[Sequence[str]],
    manifest: list[list[str]],
    *,
    identity: list[str],
    sha: str,
) -> None:
    """Writes a data sheet and its Manifest sheet whole. Before the file gets its name the data
    is read back and its checksum compared with `sha`, so a damaged stick is found now, not at
    the other end. A full or removed stick becomes a KabupatenError; nothing half-written stays.
    """

    def verify(tmp: Path) -> None:
        back = canonical_rows(read_sheet(tmp, data_sheet)[1:], kinds)
        if rows_checksum([*identity, *headers], back) != sha:
            raise KabupatenError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Kabupaten",
                        "Berkas yang tertulis tidak sama dengan data (media rusak?). "
                        "Tidak ada berkas yang dibuat.",
                    ),
                )
            )

    try:
        with atomic_file(path, verify) as fh:
            write_sheets(
                fh,
                [
                    (data_sheet, headers, kinds, rows),
                    (MANIFEST_SHEET, ["KUNCI", "NILAI"], ["text", "text"], manifest),
                ],
            )
    except OSError as exc:
        raise write_error(exc, path) from exc


IN_CHUNK = 400  # SQLite parameters per IN (...) list


def rows_in(cur: Any, sql: str, values: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of `sql` for all `values`, asked a chunk at a time: `{marks}` in `sql` is where
    the `?` placeholders of the IN (...) list go. `cur` is a plain DB-API cursor."""
    for i in range(0, len(values), IN_CHUNK):
        part = list(values[i : i + IN_CHUNK])
        yield from cur.execute(sql.format(marks=",".join("?" * len(part))), part)
