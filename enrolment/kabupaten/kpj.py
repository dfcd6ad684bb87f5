"""KPJ numbers from the sheet BPJS sends back: matched on NIK to the records handed on.

The sheet's layout is BPJS's, not ours: the header row is found by its texts (a cell `NIK`,
a cell containing `KPJ`) within the first rows. A NIK that arrives as a number has been through
Excel's 15-digit rounding and is reported as damaged, never matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from enrolment import audit
from enrolment.kabupaten.common import CTX, KabupatenError, require_kabupaten
from enrolment.kabupaten.xlsx import read_sheet
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from models.tables import KabRecord

_KPJ = re.compile(r"[0-9A-Z]{11}")
_HEADER_ROWS = 10


@dataclass
class KpjResult:
    assigned: int = 0  # records given a KPJ, new or replacing another
    replaced: int = 0  # of those, records whose earlier KPJ changed
    unchanged: int = 0
    unknown_nik: list[str] = field(default_factory=list)
    damaged: list[int] = field(default_factory=list)  # sheet row numbers
    bad_kpj: list[int] = field(default_factory=list)


def _find_columns(rows: list[list[Any]]) -> tuple[int, int, int]:
    for r, row in enumerate(rows[:_HEADER_ROWS]):
        texts = [str(v).strip().upper() if v is not None else "" for v in row]
        nik = next((i for i, t in enumerate(texts) if t in ("NIK", "NO_KTP", "NOMOR KTP")), -1)
        kpj = next((i for i, t in enumerate(texts) if "KPJ" in t), -1)
        if nik >= 0 and kpj >= 0:
            return r, nik, kpj
    raise KabupatenError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Kabupaten", "Lembar KPJ harus punya kolom berjudul NIK dan kolom berjudul KPJ."
            ),
        )
    )


def _kpj_text(value: Any) -> str:
    """The KPJ as text. Excel often turns an all-digit KPJ into a number: an 11-digit number
    is still exact (far below 2^53), so it is taken; a shorter one lost its leading zeros."""
    if isinstance(value, str):
        return "".join(value.split()).upper()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    if isinstance(value, float) and not value.is_integer():
        return ""
    return str(int(value))


def apply_kpj_sheet(session: Session, path: Path, *, actor: str) -> KpjResult:
    """Reads the first sheet of `path` and stores each KPJ on the active record with its NIK."""
    from python_calamine import CalamineError, CalamineWorkbook

    require_kabupaten(session)
    if not path.is_file():  # calamine would say so in English
        raise KabupatenError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Kabupaten", "Lembar KPJ {name} tidak ada (flashdisk dicabut?)."),
                name=path.name,
            )
        )
    try:
        wb = CalamineWorkbook.from_path(str(path))
        rows = read_sheet(path, wb.sheet_names[0])
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        raise KabupatenError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Kabupaten", "Lembar KPJ {name} tidak dapat dibaca: {error}"),
                name=path.name,
                error=str(exc),
            )
        ) from exc
    head, i_nik, i_kpj = _find_columns(rows)
    records: dict[str, list[KabRecord]] = {}
    for rec in session.exec(select(KabRecord).where(KabRecord.status == "active")):
        records.setdefault(rec.nik, []).append(rec)
    result = KpjResult()
    for n, row in enumerate(rows[head + 1 :], head + 2):
        nik_v = row[i_nik] if i_nik < len(row) else None
        kpj_v = row[i_kpj] if i_kpj < len(row) else None
        if nik_v in (None, "") and kpj_v in (None, ""):
            continue
        if not isinstance(nik_v, str):
            result.damaged.append(n)  # a number: Excel may have zeroed the 16th digit
            continue
        nik = "".join(nik_v.split())
        kpj = _kpj_text(kpj_v)
        if not _KPJ.fullmatch(kpj):
            result.bad_kpj.append(n)
            continue
        matches = records.get(nik)
        if not matches:
            result.unknown_nik.append(nik)
            continue
        for rec in matches:
            if rec.kpj == kpj:
                result.unchanged += 1
                continue
            audit.record(
                session,
                actor,
                "kabupaten.kpj",
                entity="kab_record",
                entity_id=rec.enrollee_id,
                field="kpj",
                old=rec.kpj,
                new=kpj,
                detail=path.name,
            )
            result.replaced += bool(rec.kpj)
            rec.kpj, rec.updated_at = kpj, audit.now()
            session.add(rec)
            result.assigned += 1
    session.commit()
    return result
