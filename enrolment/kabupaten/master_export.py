"""The master export for BPJS: one workbook of every record ready to hand on.

Ready: active at the kabupaten (not withdrawn, not set aside as a duplicate), no open conflict
and no data problem. Columns follow the programme's column template (docs/batch-format.md)
without the batch-only `jenis` column; cells follow the batch rules (text stays text, nothing
becomes a formula). The file is written whole, read back and checked before it gets its name,
and the export is logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from enrolment import audit
from enrolment.batches.format import Column, columns_from_template
from enrolment.kabupaten.common import (
    CTX,
    KabupatenError,
    require_kabupaten,
    write_manifest_workbook,
)
from enrolment.kabupaten.conflicts import open_conflict_ids
from enrolment.kabupaten.xlsx import rows_checksum
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.programme import Programme

MASTER_FORMAT = "JARING-MASTER-BPJS"
DATA_SHEET = "Data"


@dataclass(frozen=True)
class MasterResult:
    path: Path
    rows: int
    held_back: int  # active records left out (open conflict or data problem)
    sha256: str


def master_columns(programme: Programme) -> tuple[Column, ...]:
    columns = columns_from_template(programme.raw.get("column_template"))
    return tuple(c for c in columns if c.field != "jenis")


def ready_rows(session: Session, columns: tuple[Column, ...]) -> tuple[list[list[str]], int]:
    """Canonical rows of the records ready for BPJS (by desa, then entry), and how many
    active records were held back."""
    blocked = open_conflict_ids(session)
    out: list[list[str]] = []
    held = 0
    for eid, data, kpj, reason in session.execute(
        text(
            "SELECT enrollee_id, data, kpj, check_reason FROM kab_record "
            "WHERE status = 'active' ORDER BY desa_code, seq"
        )
    ):
        if eid in blocked or reason:
            held += 1
            continue
        rec = json.loads(data)
        if kpj:
            rec["kpj"] = kpj
        out.append([rec.get(c.field, "") for c in columns])
    return out, held


def export_master(
    session: Session, programme: Programme, folder: Path, *, actor: str
) -> MasterResult:
    inst = require_kabupaten(session)
    columns = master_columns(programme)
    rows, held = ready_rows(session, columns)
    if not rows:
        raise KabupatenError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Kabupaten", "Belum ada peserta yang siap diserahkan ke BPJS (tanpa konflik)."
                ),
            )
        )
    kinds = [c.spec.kind for c in columns]
    headers = [c.header for c in columns]
    stamp = audit.now()
    identity = [MASTER_FORMAT, "1", inst.kabupaten_code, stamp.strftime("%Y-%m-%dT%H:%M:%SZ")]
    sha = rows_checksum([*identity, *headers], rows)
    manifest = [
        ["FORMAT", MASTER_FORMAT],
        ["VERSI_FORMAT", "1"],
        ["KODE_KABUPATEN", inst.kabupaten_code],
        ["ID_PROGRAM", programme.id],
        ["VERSI_PROGRAM", str(programme.version)],
        ["DIBUAT_PADA", identity[3]],
        ["OPERATOR", actor],
        ["JUMLAH_BARIS", str(len(rows))],
        ["KOLOM", ",".join(c.field for c in columns)],
        ["SHA256", sha],
    ]
    name = f"{inst.kabupaten_code.replace('.', '')}_MASTER-BPJS_{stamp:%Y-%m-%d_%H%M%S}.xlsx"
    path = folder / name

    write_manifest_workbook(
        path, DATA_SHEET, headers, kinds, rows, manifest, identity=identity, sha=sha
    )
    audit.record(
        session,
        actor,
        "kabupaten.master_export",
        entity="master",
        entity_id=name,
        detail=f"{len(rows)} peserta ke {path}; {held} ditahan; sha256 {sha}",
    )
    session.commit()
    return MasterResult(path, len(rows), held, sha)
