"""The dashboard numbers: enrolled vs quota per kecamatan, desa and group; villages that
handed in nothing yet; the programme-total check. Also its Excel export.

"Enrolled" counts records that are active at the kabupaten: not withdrawn by their village and
not set aside as a duplicate of another record. "Ready" further excludes records with an open
conflict or a data problem: these are what the master export hands to BPJS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from enrolment import audit
from enrolment.kabupaten.common import require_kabupaten, write_error
from enrolment.kabupaten.conflicts import open_conflict_ids, open_conflicts_count
from enrolment.kabupaten.ledger import silent_desa
from enrolment.messages import Message
from enrolment.programme import Programme
from enrolment.regions import Desa, regions
from enrolment.safe_files import atomic_file


@dataclass
class RecapRow:
    code: str
    name: str
    enrolled: int = 0
    ready: int = 0
    quota: int | None = None
    per_group: dict[str, int] = field(default_factory=dict)
    parent: str = ""
    # Enrolled in what the quota covers: a desa quota may name only some groups (the others
    # fall under the kabupaten's group quota), so 56 people against a BPD quota of 3 is not
    # 1867% — only the BPD members count against it.
    covered: int = 0

    @property
    def percent(self) -> float | None:
        return None if not self.quota else 100.0 * self.covered / self.quota


@dataclass
class Recap:
    kecamatan: list[RecapRow]
    desa: list[RecapRow]
    groups: list[RecapRow]
    silent: list[Desa]
    enrolled: int
    ready: int
    withdrawn: int
    duplicates: int
    open_conflicts: int
    rejected: int
    quota_sum: int
    stated_total: int | None
    mismatch: Message | None


def build_recap(session: Session, programme: Programme) -> Recap:
    inst = require_kabupaten(session)
    reg = regions()
    blocked = open_conflict_ids(session)
    rows = session.execute(
        text(
            "SELECT enrollee_id, desa_code, kecamatan_code, kategori, status, check_reason "
            "FROM kab_record"
        )
    ).all()
    kec: dict[str, RecapRow] = {
        k.code: RecapRow(k.code, k.name) for k in reg.kecamatan_of(inst.kabupaten_code)
    }
    desa: dict[str, RecapRow] = {}
    groups: dict[str, RecapRow] = {
        g.code: RecapRow(g.code, g.name, quota=g.quota) for g in programme.groups
    }
    counts = {"withdrawn": 0, "duplicate": 0, "rejected": 0, "enrolled": 0, "ready": 0}
    for eid, desa_code, kec_code, group, status, reason in rows:
        if status != "active":
            counts[status] = counts.get(status, 0) + 1
            continue
        ready = eid not in blocked and not reason
        counts["enrolled"] += 1
        counts["ready"] += ready
        counts["rejected"] += bool(reason)
        d = desa.get(desa_code)
        if d is None:
            known = reg.desa(desa_code)
            d = desa[desa_code] = RecapRow(
                desa_code, known.name if known else desa_code, parent=kec_code
            )
        k = kec.setdefault(kec_code, RecapRow(kec_code, reg.kecamatan_name(kec_code) or kec_code))
        g = groups.setdefault(group, RecapRow(group, group, quota=0))
        for row in (d, k, g):
            row.enrolled += 1
            row.ready += ready
            row.per_group[group] = row.per_group.get(group, 0) + 1
        g.covered += 1
        if group in programme.desa_quotas.get(desa_code, ()):
            d.covered += 1
            k.covered += 1
    for code, row in desa.items():
        own = programme.desa_quotas.get(code)
        row.quota = sum(own.values()) if own else None
    for k_row in kec.values():
        quotas = [
            q
            for c, per in programme.desa_quotas.items()
            if c.startswith(k_row.code + ".")
            for q in per.values()
        ]
        k_row.quota = sum(quotas) if quotas else None
    return Recap(
        kecamatan=sorted(kec.values(), key=lambda r: r.code),
        desa=sorted(desa.values(), key=lambda r: r.code),
        groups=list(groups.values()),
        silent=silent_desa(session, inst.kabupaten_code),
        enrolled=counts["enrolled"],
        ready=counts["ready"],
        withdrawn=counts["withdrawn"],
        duplicates=counts["duplicate"],
        open_conflicts=open_conflicts_count(session),
        rejected=counts["rejected"],
        quota_sum=programme.quota_sum,
        stated_total=programme.stated_total,
        mismatch=programme.total_mismatch(),
    )


def _text(ws: Any, row: int, col: int, value: str) -> None:
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type, cell.number_format = "s", "@"


def _table(ws: Any, headers: list[str], rows: list[list[Any]], text_cols: int) -> None:
    from openpyxl.styles import Font

    for c, h in enumerate(headers, 1):
        _text(ws, 1, c, h)
        ws.cell(row=1, column=c).font = Font(bold=True)
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = max(12, len(h) + 2)
    for r, values in enumerate(rows, 2):
        for c, v in enumerate(values, 1):
            if c <= text_cols or isinstance(v, str):
                _text(ws, r, c, str(v))
            elif v is not None:
                ws.cell(row=r, column=c).value = v
    ws.freeze_panes = "A2"


def export_recap(session: Session, programme: Programme, path: Path, *, actor: str) -> Recap:
    """Writes the recap workbook (whole or not at all) and logs it."""
    from openpyxl import Workbook

    recap = build_recap(session, programme)
    group_codes = [g.code for g in recap.groups]
    wb = Workbook()
    ws: Any = wb.active
    ws.title = "Kecamatan"
    per = [f"{c}" for c in group_codes]
    _table(
        ws,
        ["KODE_KECAMATAN", "KECAMATAN", "TERDAFTAR", "SIAP_BPJS", "KUOTA", *per],
        [
            [
                r.code,
                r.name,
                r.enrolled,
                r.ready,
                r.quota,
                *(r.per_group.get(g, 0) for g in group_codes),
            ]
            for r in recap.kecamatan
        ],
        2,
    )
    _table(
        wb.create_sheet("Desa"),
        ["KODE_DESA", "DESA", "KODE_KECAMATAN", "TERDAFTAR", "SIAP_BPJS", "KUOTA", *per],
        [
            [
                r.code,
                r.name,
                r.parent,
                r.enrolled,
                r.ready,
                r.quota,
                *(r.per_group.get(g, 0) for g in group_codes),
            ]
            for r in recap.desa
        ],
        3,
    )
    _table(
        wb.create_sheet("Kelompok"),
        ["KODE_KELOMPOK", "KELOMPOK", "TERDAFTAR", "SIAP_BPJS", "KUOTA", "PERSEN"],
        [
            [r.code, r.name, r.enrolled, r.ready, r.quota, round(r.percent or 0.0, 1)]
            for r in recap.groups
        ],
        2,
    )
    _table(
        wb.create_sheet("Belum Menyerahkan"),
        ["KODE_DESA", "DESA", "KODE_KECAMATAN", "KECAMATAN"],
        [
            [d.code, d.name, d.kecamatan_code, regions().kecamatan_name(d.kecamatan_code) or ""]
            for d in recap.silent
        ],
        4,
    )
    check: list[list[Any]] = [
        ["Terdaftar (aktif)", recap.enrolled],
        ["Siap diserahkan ke BPJS", recap.ready],
        ["Konflik terbuka", recap.open_conflicts],
        ["Data bermasalah", recap.rejected],
        ["Ditarik desa", recap.withdrawn],
        ["Ganda (disisihkan)", recap.duplicates],
        ["Jumlah kuota per kelompok", recap.quota_sum],
        ["Total yang diumumkan", recap.stated_total],
        ["Catatan", recap.mismatch.render() if recap.mismatch else "Total sesuai."],
        ["Desa belum menyerahkan", len(recap.silent)],
    ]
    _table(wb.create_sheet("Cek Total"), ["URAIAN", "NILAI"], check, 1)
    try:
        with atomic_file(path) as fh:
            wb.save(fh)
    except OSError as exc:
        raise write_error(exc, path) from exc
    audit.record(
        session,
        actor,
        "kabupaten.report",
        entity="recap",
        detail=f"rekap ke {path}: {recap.enrolled} terdaftar, {recap.ready} siap",
    )
    session.commit()
    return recap
