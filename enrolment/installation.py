"""Setting up an installation (first run) and loading the programme it runs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from enrolment import audit
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.permissions import require_admin_once_accounts_exist
from enrolment.programme import Programme, default_programme, load_programme, parse_programme
from enrolment.regions import normalise_code, regions
from models.tables import Account, Installation, ProgrammeGroup, ProgrammeRecord

CTX = "Installation"
PAPER_SIZES = ("A4", "F4")


class SetupError(UserError, ValueError):
    """A installation rule refused the input; `message` says why."""


@dataclass
class SetupAnswers:
    desa_code: str
    operator_name: str
    sekdes_name: str = ""
    kades_name: str = ""
    paper_size: str = "A4"
    receipt_copies: int = 2
    receipt_auto_print: bool = False


def get_installation(session: Session) -> Installation | None:
    return session.get(Installation, 1)


def change_setting(
    session: Session, inst: Installation, name: str, value: object, *, actor: str
) -> bool:
    """Sets one installation setting; a change is audited (`settings.change`, old → new).
    Returns whether it changed. The caller commits."""
    old = getattr(inst, name)
    if old == value:
        return False
    audit.record(
        session,
        actor,
        "settings.change",
        entity="installation",
        entity_id="1",
        field=name,
        old=old,
        new=value,
    )
    setattr(inst, name, value)
    session.add(inst)
    return True


def setup_desa(
    session: Session, answers: SetupAnswers, *, by: Account | None = None
) -> Installation:
    """Creates or updates this installation as a desa workstation (one transaction).

    Once the installation has accounts, `by` must be an active admin (PermissionDenied
    otherwise); the first-run setup, before any account exists, needs none.
    """
    require_admin_once_accounts_exist(session, by)
    reg = regions()
    desa = reg.desa(normalise_code(answers.desa_code))
    if desa is None:
        raise SetupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Installation", "Kode desa {code} tidak ada di {kabupaten}."),
                code=answers.desa_code,
                kabupaten=reg.kabupaten_name,
            )
        )
    operator = " ".join(answers.operator_name.split())
    if not operator:
        raise SetupError(msg(CTX, QT_TRANSLATE_NOOP("Installation", "Nama operator wajib diisi.")))
    if answers.paper_size not in PAPER_SIZES:
        raise SetupError(
            msg(CTX, QT_TRANSLATE_NOOP("Installation", "Ukuran kertas harus A4 atau F4."))
        )
    if answers.receipt_copies not in (1, 2):
        raise SetupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Installation", "Jumlah salinan tanda terima harus 1 atau 2."),
            )
        )
    stamp = audit.now()
    # The audit log names who made the change: the admin when one is logged in, else (first
    # run, no accounts yet) the operator named in the answers.
    actor = by.display_name if by is not None else operator
    inst = get_installation(session)
    fresh = inst is None
    if inst is None:
        inst = Installation(
            kabupaten_code=reg.kabupaten_code,
            operator_name=operator,
            created_at=stamp,
            updated_at=stamp,
        )
    changes = {
        "mode": "desa",
        "kabupaten_code": reg.kabupaten_code,
        "kecamatan_code": desa.kecamatan_code,
        "kecamatan_name": reg.kecamatan_name(desa.kecamatan_code) or "",
        "desa_code": desa.code,
        "desa_name": desa.name,
        "operator_name": operator,
        "sekdes_name": " ".join(answers.sekdes_name.split()),
        "kades_name": " ".join(answers.kades_name.split()),
        "paper_size": answers.paper_size,
        "receipt_copies": answers.receipt_copies,
        "receipt_auto_print": bool(answers.receipt_auto_print),
    }
    for name, value in changes.items():
        if fresh:
            setattr(inst, name, value)
        else:
            change_setting(session, inst, name, value, actor=actor)
    inst.updated_at = stamp
    session.add(inst)
    if fresh:
        audit.record(
            session,
            actor,
            "setup",
            entity="installation",
            entity_id="1",
            detail=f"desa {desa.code} {desa.name}",
        )
    if active_programme_record(session) is None:
        activate_programme(session, default_programme(), actor=actor, by=by)
    session.commit()
    return inst


def setup_kabupaten(
    session: Session, kabupaten_code: str, operator_name: str, *, by: Account | None = None
) -> Installation:
    """Sets this installation up as the kabupaten office (consolidation, not entry).

    Like `setup_desa`: once accounts exist only an admin (`by`) may change the installation.
    """
    require_admin_once_accounts_exist(session, by)
    reg = regions()
    code = kabupaten_code.strip()
    if code not in (reg.kabupaten_code, reg.kabupaten_code.replace(".", "")):
        raise SetupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Installation", "Kode kabupaten {code} tidak dikenal (yang dikenal: {known})."
                ),
                code=kabupaten_code,
                known=reg.kabupaten_code,
            )
        )
    operator = " ".join(operator_name.split())
    if not operator:
        raise SetupError(msg(CTX, QT_TRANSLATE_NOOP("Installation", "Nama operator wajib diisi.")))
    stamp = audit.now()
    inst = get_installation(session)
    old_mode = None if inst is None else inst.mode
    if inst is None:
        inst = Installation(
            kabupaten_code=reg.kabupaten_code,
            operator_name=operator,
            created_at=stamp,
            updated_at=stamp,
        )
    changes = {
        "mode": "kabupaten",
        "kabupaten_code": reg.kabupaten_code,
        "kecamatan_code": "",
        "kecamatan_name": "",
        "desa_code": "",
        "desa_name": "",
        "operator_name": operator,
    }
    for name, value in changes.items():
        setattr(inst, name, value)
    inst.updated_at = stamp
    session.add(inst)
    audit.record(
        session,
        operator,
        "setup",
        entity="installation",
        entity_id="1",
        old=old_mode,
        new="kabupaten",
        detail=f"kabupaten {reg.kabupaten_code} {reg.kabupaten_name}",
    )
    if active_programme_record(session) is None:
        activate_programme(session, default_programme(), actor=operator)
    session.commit()
    return inst


def active_programme_record(session: Session) -> ProgrammeRecord | None:
    return session.exec(select(ProgrammeRecord).where(ProgrammeRecord.active == True)).first()  # noqa: E712


def active_programme(session: Session) -> Programme:
    """The programme this installation runs (the shipped default until another is loaded)."""
    record = active_programme_record(session)
    if record is None:
        return default_programme()
    return parse_programme(json.loads(record.content))


def activate_programme(
    session: Session, programme: Programme, *, actor: str, by: Account | None = None
) -> ProgrammeRecord:
    """Stores a programme and makes it the active one (in the caller's transaction).

    Once the installation has accounts, `by` must be an active admin (PermissionDenied).
    """
    require_admin_once_accounts_exist(session, by)
    for old in session.exec(select(ProgrammeRecord).where(ProgrammeRecord.active == True)):  # noqa: E712
        old.active = False
        session.add(old)
    record = ProgrammeRecord(
        programme_id=programme.id,
        version=programme.version,
        name=programme.name,
        content=json.dumps(programme.raw, ensure_ascii=False, sort_keys=True),
        active=True,
        loaded_at=audit.now(),
    )
    session.add(record)
    session.flush()
    assert record.seq is not None
    for order, group in enumerate(programme.groups):
        session.add(
            ProgrammeGroup(
                programme_seq=record.seq,
                code=group.code,
                name=group.name,
                quota=group.quota,
                sort_order=order,
            )
        )
    audit.record(
        session,
        actor,
        "programme.activate",
        entity="programme",
        entity_id=programme.id,
        new=programme.version,
        detail=programme.name,
    )
    return record


def load_programme_update(
    session: Session, path: Path, *, actor: str, by: Account | None = None
) -> Programme:
    """The village loads the programme file the kabupaten wrote (from a stick): checked,
    refused unless newer than the running version of the same programme, then activated
    (audited by `activate_programme`) and committed."""
    programme = load_programme(path)
    current = active_programme(session)
    if current.id == programme.id and programme.version <= current.version:
        raise SetupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Installation",
                    "Program {id} versi {version} tidak lebih baru dari versi yang berjalan "
                    "({current}).",
                ),
                id=programme.id,
                version=programme.version,
                current=current.version,
            )
        )
    activate_programme(session, programme, actor=actor, by=by)
    session.commit()
    return programme
