"""What the open window works with: the database, this desa, the operator, the programme."""

from __future__ import annotations

import json
from dataclasses import dataclass

from enrolment.programme import Programme, default_programme, parse_programme
from models.database import Database
from models.db import connect
from models.quick_read import read_active_programme, read_installation


@dataclass
class Workstation:
    db: Database
    mode: str  # "desa" (entry) | "kabupaten" (consolidation)
    desa_code: str
    desa_name: str
    kecamatan_name: str
    operator: str
    sekdes_name: str
    kades_name: str
    paper_size: str
    receipt_copies: int
    receipt_auto_print: bool
    mask_nik: bool  # an admin may turn masking off (issue 7)
    programme: Programme


def load_workstation(db: Database) -> Workstation | None:
    """Reads the installation without the ORM (fast at start-up); None before setup."""
    conn = connect(db.path)
    try:
        inst = read_installation(conn)
        content = read_active_programme(conn)
    finally:
        conn.close()
    if inst is None:
        return None
    programme = parse_programme(json.loads(content)) if content else default_programme()
    return Workstation(
        db=db,
        mode=inst["mode"],
        desa_code=inst["desa_code"],
        desa_name=inst["desa_name"],
        kecamatan_name=inst["kecamatan_name"],
        operator=inst["operator_name"],
        sekdes_name=inst["sekdes_name"],
        kades_name=inst["kades_name"],
        paper_size=inst["paper_size"],
        receipt_copies=int(inst["receipt_copies"]),
        receipt_auto_print=bool(inst.get("receipt_auto_print", 0)),
        mask_nik=bool(inst.get("mask_nik", 1)),
        programme=programme,
    )
