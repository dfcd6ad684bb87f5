"""Return files: the kabupaten tells every village what happened to each of its people.

One workbook per desa (`Balikan` + `Manifest` sheets): per enrollee id and NIK, the status
DITERIMA (accepted, with the KPJ once BPJS issued it), DITOLAK (rejected: why), GANDA
(duplicate: of which desa), DIPERIKSA (may be the same person as one of another desa: the
kabupaten has not decided yet) or DITARIK (withdrawn by the village itself). The village imports it
with `apply_return_file`; the register and reprinted receipts then show status and KPJ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from enrolment import audit
from enrolment.kabupaten.common import (
    MANIFEST_SHEET,
    KabupatenError,
    require_kabupaten,
    safe_name_part,
    write_manifest_workbook,
)
from enrolment.kabupaten.xlsx import canonical_rows, read_sheet, rows_checksum
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.regions import regions
from models.tables import Enrollee, Installation

CTX = "KabupatenReturns"
RETURN_FORMAT = "JARING-BALIKAN"
DATA_SHEET = "Balikan"
HEADERS = ["ID_PESERTA", "NIK", "NAMA", "STATUS", "ALASAN", "GANDA_DENGAN_DESA", "KPJ"]
KINDS = ["text"] * len(HEADERS)
ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN = "DITERIMA", "DITOLAK", "GANDA", "DITARIK"
PENDING = "DIPERIKSA"  # an open conflict: the kabupaten has not decided yet
# How the village stores a status (Enrollee.return_status).
VILLAGE_STATUS = {
    ACCEPTED: "accepted",
    REJECTED: "rejected",
    DUPLICATE: "duplicate",
    PENDING: "pending",
}


def return_rows(session: Session) -> dict[str, list[list[str]]]:
    """{desa code: rows} for every desa with records at the kabupaten."""
    reg = regions()
    records = session.execute(
        text(
            "SELECT enrollee_id, desa_code, nik, nama, status, duplicate_of, kpj, check_reason "
            "FROM kab_record ORDER BY desa_code, seq"
        )
    ).all()
    desa_of = {r[0]: r[1] for r in records}
    other: dict[str, str] = {}
    for a, b in session.execute(
        text("SELECT record_a, record_b FROM kab_conflict WHERE status = 'open'")
    ):
        other.setdefault(a, b)
        other.setdefault(b, a)

    def desa_label(eid: str) -> str:
        code = desa_of.get(eid, "")
        d = reg.desa(code)
        return f"{code} {d.name}" if d else code

    out: dict[str, list[list[str]]] = {}
    for eid, desa, nik, nama, status, dup_of, kpj, reason in records:
        if status == "withdrawn":
            row = [WITHDRAWN, "ditarik oleh desa", "", ""]
        elif status == "duplicate":
            row = [DUPLICATE, "sudah terdaftar lewat desa lain", desa_label(dup_of), ""]
        elif eid in other:
            row = [
                PENDING,
                "mungkin sama dengan peserta desa lain; menunggu keputusan kabupaten",
                desa_label(other[eid]),
                "",
            ]
        elif reason:
            row = [REJECTED, reason, "", ""]
        else:
            row = [ACCEPTED, "", "", kpj]
        out.setdefault(desa, []).append([eid, nik, nama, *row])
    return out


@dataclass(frozen=True)
class ReturnFile:
    desa_code: str
    path: Path
    rows: int


def write_return_files(
    session: Session, folder: Path, *, actor: str, today: date | None = None
) -> list[ReturnFile]:
    inst = require_kabupaten(session)
    reg = regions()
    day = (today or date.today()).isoformat()
    made = []
    for desa_code, rows in return_rows(session).items():
        desa = reg.desa(desa_code)
        desa_name = desa.name if desa else desa_code
        created = audit.now().strftime("%Y-%m-%dT%H:%M:%SZ")
        identity = [RETURN_FORMAT, "1", desa_code, created]
        sha = rows_checksum([*identity, *HEADERS], rows)
        manifest = [
            ["FORMAT", RETURN_FORMAT],
            ["VERSI_FORMAT", "1"],
            ["KODE_KABUPATEN", inst.kabupaten_code],
            ["KODE_DESA", desa_code],
            ["NAMA_DESA", desa_name],
            ["DIBUAT_PADA", created],
            ["JUMLAH_BARIS", str(len(rows))],
            ["SHA256", sha],
        ]
        name = f"{desa_code.replace('.', '')}_{safe_name_part(desa_name)}_balikan_{day}.xlsx"
        path = folder / name
        write_manifest_workbook(
            path, DATA_SHEET, HEADERS, KINDS, rows, manifest, identity=identity, sha=sha
        )
        audit.record(
            session,
            actor,
            "kabupaten.return_file",
            entity="desa",
            entity_id=desa_code,
            detail=f"{len(rows)} baris ke {path}; sha256 {sha}",
        )
        made.append(ReturnFile(desa_code, path, len(rows)))
    session.commit()
    return made


# --- The village side ---------------------------------------------------------------------


@dataclass
class ReturnImport:
    updated: int = 0
    unchanged: int = 0
    unknown: list[str] = field(default_factory=list)  # ids this register does not have
    counts: dict[str, int] = field(default_factory=dict)  # per status in the file
    kpj_new: int = 0  # people whose KPJ number arrived (or changed) with this file


def _bad(text_: str, **params: object) -> KabupatenError:
    return KabupatenError(msg(CTX, text_, **params))


def read_return_file(path: Path) -> tuple[dict[str, str], list[list[str]]]:
    """Manifest and rows of a return file, checked (format, row count, checksum)."""
    from python_calamine import CalamineError

    if not path.is_file():  # calamine would say so in English
        raise _bad(
            QT_TRANSLATE_NOOP("KabupatenReturns", "Berkas {name} tidak ada (flashdisk dicabut?)."),
            name=path.name,
        )
    try:
        manifest_rows = read_sheet(path, MANIFEST_SHEET)
        data = read_sheet(path, DATA_SHEET)
    except (CalamineError, OSError, ValueError, KeyError) as exc:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "KabupatenReturns", "Berkas {name} bukan berkas balikan yang dapat dibaca: {error}"
            ),
            name=path.name,
            error=str(exc),
        ) from exc
    manifest = {str(r[0]): str(r[1]) for r in manifest_rows[1:] if len(r) > 1 and r[0]}
    if manifest.get("FORMAT") != RETURN_FORMAT or manifest.get("VERSI_FORMAT") != "1":
        raise _bad(QT_TRANSLATE_NOOP("KabupatenReturns", "Berkas ini bukan berkas balikan Jaring."))
    if not data or [str(h) for h in data[0][: len(HEADERS)]] != HEADERS:
        raise _bad(QT_TRANSLATE_NOOP("KabupatenReturns", "Kolom berkas balikan tidak dikenal."))
    rows = canonical_rows(data[1:], KINDS)
    identity = [RETURN_FORMAT, "1", manifest.get("KODE_DESA", ""), manifest.get("DIBUAT_PADA", "")]
    if str(len(rows)) != manifest.get("JUMLAH_BARIS") or rows_checksum(
        [*identity, *HEADERS], rows
    ) != manifest.get("SHA256"):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "KabupatenReturns",
                "Isi berkas balikan diubah setelah dibuat (checksum tidak cocok). Minta berkas "
                "baru dari kabupaten.",
            )
        )
    return manifest, rows


def apply_return_file(session: Session, path: Path, actor: str) -> ReturnImport:
    """Village side: records each enrollee's status, reason and KPJ from a return file."""
    inst = session.get(Installation, 1)
    manifest, rows = read_return_file(path)
    if inst is None or inst.mode != "desa" or manifest.get("KODE_DESA") != inst.desa_code:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "KabupatenReturns", "Berkas balikan ini untuk desa {code}, bukan desa ini."
            ),
            code=manifest.get("KODE_DESA", ""),
        )
    result = ReturnImport()
    by_id = {e.id: e for e in session.exec(select(Enrollee))}
    for eid, _nik, _nama, status, reason, dup_desa, kpj in rows:
        result.counts[status] = result.counts.get(status, 0) + 1
        enrollee = by_id.get(eid)
        if enrollee is None:
            result.unknown.append(eid)
            continue
        if status not in VILLAGE_STATUS:
            result.unchanged += 1
            continue
        new = {
            "return_status": VILLAGE_STATUS[status],
            "return_reason": f"{reason} ({dup_desa})" if dup_desa else reason,
            "kpj": kpj or enrollee.kpj,
        }
        changed = False
        for name, value in new.items():
            old = getattr(enrollee, name)
            if old != value:
                audit.record(
                    session,
                    actor,
                    "return.import",
                    entity="enrollee",
                    entity_id=eid,
                    field=name,
                    old=old,
                    new=value,
                    detail=path.name,
                )
                setattr(enrollee, name, value)
                changed = True
                result.kpj_new += name == "kpj"
        if changed:
            # updated_at is left alone: it tells the batch builder about register edits.
            session.add(enrollee)
            result.updated += 1
        else:
            result.unchanged += 1
    audit.record(
        session,
        actor,
        "return.file",
        entity="return",
        entity_id=path.name,
        detail=json.dumps(
            {
                "diperbarui": result.updated,
                "tetap": result.unchanged,
                "tak_dikenal": len(result.unknown),
            }
        ),
    )
    session.commit()
    return result
