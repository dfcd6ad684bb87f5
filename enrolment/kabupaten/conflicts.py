"""The conflict list: the same NIK from two records (two villages, or twice in one), and
probable duplicates (same name and birth date, different NIK). A record with an open conflict
never goes to BPJS; the operator resolves each: keep A, keep B, or both are different people.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from enrolment import audit
from enrolment.kabupaten.common import IN_CHUNK, rows_in
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from models.tables import KabConflict, KabRecord

CTX = "KabupatenConflicts"
SAME_NIK, PROBABLE = "same_nik", "probable"
KEEP_A, KEEP_B, DISTINCT = "keep_a", "keep_b", "distinct"


class ConflictError(UserError, ValueError):
    """A conflict cannot be resolved like that; `message` says why."""


@dataclass(frozen=True)
class ConflictView:
    """A conflict with both records, for the side-by-side screen."""

    conflict: KabConflict
    a: KabRecord
    b: KabRecord

    def fields(self, record: KabRecord) -> dict[str, str]:
        data: dict[str, str] = json.loads(record.data)
        return data


def _pairs(groups: dict[Any, list[tuple[int, str, str]]]) -> list[tuple[str, str, str]]:
    out = []
    for members in groups.values():
        members.sort()
        for i, (_s, a, nik_a) in enumerate(members):
            for _t, b, nik_b in members[i + 1 :]:
                out.append((a, b, nik_a if nik_a == nik_b else ""))
    return out


def detect_conflicts(session: Session, touched: Sequence[tuple[str, str, str]]) -> int:
    """Adds conflicts involving the records just merged; returns how many are new.

    `touched`: (NIK, `common.name_key` of the name, birth date) of each active record merged.
    SQLite first finds the NIKs and (name, birth date) pairs held by more than one active
    record — nearly always none — and only those groups are then read. (`+status` keeps the
    planner on the NIK and name indexes rather than the status index.)
    """
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    niks = sorted({nik for nik, _key, _born in touched})
    wanted = {(key, born) for _nik, key, born in touched}
    names = sorted({key for key, _born in wanted})
    shared_niks = [
        nik
        for (nik,) in rows_in(
            cur,
            "SELECT nik FROM kab_record WHERE nik IN ({marks}) AND +status = 'active' "
            "GROUP BY nik HAVING COUNT(*) > 1",
            niks,
        )
    ]
    shared_people = {
        (key, born)
        for key, born in rows_in(
            cur,
            "SELECT name_key, tanggal_lahir FROM kab_record "
            "WHERE name_key IN ({marks}) AND +status = 'active' "
            "GROUP BY name_key, tanggal_lahir HAVING COUNT(*) > 1",
            names,
        )
        if (key, born) in wanted
    }
    by_nik: dict[Any, list[tuple[int, str, str]]] = {}
    for seq, eid, nik in rows_in(
        cur,
        "SELECT seq, enrollee_id, nik FROM kab_record WHERE nik IN ({marks}) AND +status = 'active'",
        shared_niks,
    ):
        by_nik.setdefault(nik, []).append((seq, eid, nik))
    by_person: dict[Any, list[tuple[int, str, str]]] = {}
    for seq, eid, nik, key, born in rows_in(
        cur,
        "SELECT seq, enrollee_id, nik, name_key, tanggal_lahir FROM kab_record "
        "WHERE name_key IN ({marks}) AND +status = 'active'",
        sorted({key for key, _born in shared_people}),
    ):
        if (key, born) in shared_people:
            by_person.setdefault((key, born), []).append((seq, eid, nik))
    stamp = audit.now().isoformat(sep=" ")
    rows = [(SAME_NIK, a, b, nik, stamp) for a, b, nik in _pairs(by_nik)]
    rows += [(PROBABLE, a, b, "", stamp) for a, b, nik in _pairs(by_person) if not nik]
    if not rows:  # most batches bring none
        cur.close()
        return 0
    raw = session.connection().connection.driver_connection
    assert raw is not None
    before: int = raw.total_changes
    cur.executemany(
        "INSERT OR IGNORE INTO kab_conflict (kind, record_a, record_b, nik, status, resolution, "
        "resolved_by, resolved_at, created_at) VALUES (?, ?, ?, ?, 'open', '', '', NULL, ?)",
        rows,
    )
    added: int = raw.total_changes - before
    cur.close()
    return added


def resolve_withdrawn(
    session: Session, ids: Sequence[str], *, actor: str, resolution: str = "withdrawn"
) -> None:
    """A withdrawn record ends its open conflicts: there is nothing left to decide."""
    stamp = audit.now()
    for i in range(0, len(ids), IN_CHUNK):
        part = list(ids[i : i + IN_CHUNK])
        params = {f"p{n}": v for n, v in enumerate(part)}
        names = ",".join(f":p{n}" for n in range(len(part)))
        session.execute(
            text(
                "UPDATE kab_conflict SET status = 'resolved', resolution = :res, "
                "resolved_by = :actor, resolved_at = :at WHERE status = 'open' AND "
                f"(record_a IN ({names}) OR record_b IN ({names}))"
            ),
            {"actor": actor, "res": resolution, "at": stamp.isoformat(sep=" "), **params},
        )


def open_conflicts(session: Session) -> list[ConflictView]:
    conflicts = session.exec(
        select(KabConflict).where(KabConflict.status == "open").order_by(KabConflict.seq)  # type: ignore[arg-type]
    ).all()
    ids = {c.record_a for c in conflicts} | {c.record_b for c in conflicts}
    records: dict[str, KabRecord] = {}
    id_list = sorted(ids)
    for i in range(0, len(id_list), IN_CHUNK):
        for r in session.exec(
            select(KabRecord).where(KabRecord.enrollee_id.in_(id_list[i : i + IN_CHUNK]))  # type: ignore[attr-defined]
        ):
            records[r.enrollee_id] = r
    return [ConflictView(c, records[c.record_a], records[c.record_b]) for c in conflicts]


def open_conflict_ids(session: Session) -> set[str]:
    """Every record id with an open conflict (these do not go to BPJS)."""
    rows = session.execute(
        text("SELECT record_a, record_b FROM kab_conflict WHERE status = 'open'")
    ).all()
    return {r[0] for r in rows} | {r[1] for r in rows}


def resolve_conflict(session: Session, seq: int, resolution: str, *, actor: str) -> KabConflict:
    """keep_a / keep_b: the other record becomes a duplicate of the kept one (it goes back to
    its village as `duplicate`); distinct: both are different people and both stay (only for
    probable duplicates: one NIK is one person)."""
    conflict = session.get(KabConflict, seq)
    if conflict is None or conflict.status != "open":
        raise ConflictError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenConflicts", "Konflik {no} tidak ada atau sudah selesai."
                ),
                no=seq,
            )
        )
    if resolution not in (KEEP_A, KEEP_B, DISTINCT):
        raise ConflictError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("KabupatenConflicts", "Keputusan {what!r} tidak dikenal."),
                what=resolution,
            )
        )
    if resolution == DISTINCT and conflict.kind == SAME_NIK:
        raise ConflictError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenConflicts",
                    "Dua orang tidak mungkin memiliki NIK yang sama. Pertahankan salah satu: "
                    "yang lain kembali ke desanya sebagai GANDA, dan desa dapat memperbaiki "
                    "NIK-nya lalu mengirim koreksi.",
                ),
            )
        )
    stamp = audit.now()
    if resolution != DISTINCT:
        kept, lost = (
            (conflict.record_a, conflict.record_b)
            if resolution == KEEP_A
            else (conflict.record_b, conflict.record_a)
        )
        loser = session.exec(select(KabRecord).where(KabRecord.enrollee_id == lost)).one()
        audit.record(
            session,
            actor,
            "kabupaten.duplicate",
            entity="kab_record",
            entity_id=lost,
            field="status",
            old=loser.status,
            new="duplicate",
            detail=f"sama dengan {kept}",
        )
        loser.status, loser.duplicate_of, loser.updated_at = "duplicate", kept, stamp
        session.add(loser)
        # The loser's other open conflicts are moot now.
        resolve_withdrawn(session, [lost], actor=actor, resolution="duplicate")
    conflict.status, conflict.resolution = "resolved", resolution
    conflict.resolved_by, conflict.resolved_at = actor, stamp
    session.add(conflict)
    audit.record(
        session,
        actor,
        "kabupaten.conflict.resolve",
        entity="kab_conflict",
        entity_id=str(seq),
        new=resolution,
        detail=f"{conflict.kind}: {conflict.record_a} / {conflict.record_b}",
    )
    session.commit()
    return conflict


def open_conflicts_count(session: Session) -> int:
    return int(
        session.execute(text("SELECT count(*) FROM kab_conflict WHERE status = 'open'")).scalar()
        or 0
    )
