"""Finding a person in the kabupaten's register: a village calls about someone by NIK or name.

Digits look up the start of a NIK (or a whole KPJ number); letters look for the name anywhere
in it, and eleven letters and digits also for a whole KPJ number (older cards have letters). Each hit says where the person stands: registered, withdrawn, set aside as a duplicate
(of which desa), held back for a data problem, or waiting on an open conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from enrolment.kabupaten.conflicts import open_conflict_ids
from enrolment.regions import regions

LIMIT = 200
MIN_NAME = 2  # letters before a name search starts (one letter matches half the register)
KPJ_LENGTH = 11


@dataclass(frozen=True)
class Found:
    enrollee_id: str
    nik: str
    nama: str
    tanggal_lahir: str  # YYYY-MM-DD
    desa_code: str
    desa_name: str
    kategori: str
    status: str  # active | withdrawn | duplicate
    duplicate_of_desa: str  # desa name of the record kept, for a duplicate
    check_reason: str  # why the kabupaten holds it back ("" = none)
    open_conflict: bool
    kpj: str
    last_batch_no: int


def find_people(session: Session, query: str, limit: int = LIMIT) -> list[Found]:
    """The records matching `query` (by name), at most `limit`."""
    term = " ".join(query.split()).upper()
    compact = term.replace(" ", "").replace(".", "")
    name = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if compact.isdigit():
        where = "r.nik LIKE :prefix OR r.kpj = :whole"
        params = {"prefix": f"{compact}%", "whole": compact}
    elif len(compact) == KPJ_LENGTH and compact.isalnum():
        # Older KPJ numbers have letters: a whole one is looked up too.
        where = "r.kpj = :whole OR r.name_key LIKE :name ESCAPE '\\'"
        params = {"whole": compact, "name": f"%{name}%"}
    elif len(term) >= MIN_NAME:
        where, params = "r.name_key LIKE :name ESCAPE '\\'", {"name": f"%{name}%"}
    else:
        return []
    rows = session.execute(
        text(
            "SELECT r.enrollee_id, r.nik, r.nama, r.tanggal_lahir, r.desa_code, r.kategori, "
            "r.status, COALESCE(k.desa_code, ''), r.check_reason, r.kpj, r.last_batch_no "
            "FROM kab_record r LEFT JOIN kab_record k ON k.enrollee_id = r.duplicate_of "
            f"WHERE {where} ORDER BY r.nama, r.seq LIMIT :limit"
        ),
        {**params, "limit": limit},
    ).all()
    blocked = open_conflict_ids(session) if rows else set()
    reg = regions()

    def name_of(code: str) -> str:
        desa = reg.desa(code)
        return desa.name if desa else code

    return [
        Found(
            enrollee_id=eid,
            nik=nik,
            nama=nama,
            tanggal_lahir=born,
            desa_code=desa,
            desa_name=name_of(desa),
            kategori=group,
            status=status,
            duplicate_of_desa=name_of(kept_desa) if kept_desa else "",
            check_reason=reason or "",
            open_conflict=eid in blocked,
            kpj=kpj or "",
            last_batch_no=int(batch),
        )
        for eid, nik, nama, born, desa, group, status, kept_desa, reason, kpj, batch in rows
    ]
