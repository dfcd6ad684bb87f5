"""Editing the programme at the kabupaten: pure edits on the programme dict, then a new version.

Every edit takes the programme as a dict (the JSON shape of resources/programmes/*.json) and
returns an edited copy, or raises `ProgrammeEditError` saying in Indonesian why not; the input
is never changed. `validate` checks the whole dict the way a village will (`parse_programme`,
the column template, the per-desa quotas). `save_new_version` stores the edited programme as
the next version and makes it the active one; `write_release` writes the active version as the
programme file the villages load from a stick.
"""

from __future__ import annotations

import copy
import errno
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from enrolment import audit
from enrolment.batches.format import FIELDS, REQUIRED_FIELDS, columns_from_template
from enrolment.installation import activate_programme, active_programme_record
from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg, os_reason
from enrolment.programme import Programme, parse_programme
from enrolment.regions import regions
from models.tables import Account

CTX = "ProgrammeEdit"
Data = dict[str, Any]
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_GROUP_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,23}")
MAX_AMOUNT = 100_000_000  # Rupiah; anything above is a typing slip, not a contribution
MAX_QUOTA = 10_000_000


class ProgrammeEditError(UserError, ValueError):
    """An edit of the programme was refused; `message` says why."""


def _refuse(text_: str, **params: Any) -> ProgrammeEditError:
    return ProgrammeEditError(msg(CTX, text_, **params))


def _copy(data: Data) -> Data:
    return copy.deepcopy(data)


def _group_index(data: Data, code: str) -> int:
    for i, group in enumerate(data.get("groups", [])):
        if group.get("code") == code:
            return i
    raise _refuse(QT_TRANSLATE_NOOP("ProgrammeEdit", "Kelompok {code} tidak ada."), code=code)


def _count(value: int, what: Message, limit: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ProgrammeEdit", "{what} harus bilangan bulat dari 0 sampai {limit}."
            ),
            what=what,
            limit=f"{limit:,}".replace(",", "."),
        )
    return value


# --- coverage and contribution -------------------------------------------------------------


def set_coverage(data: Data, start: str, end: str) -> Data:
    """The coverage period, months as YYYY-MM; the end may not come before the start."""
    for month in (start, end):
        if not _MONTH.fullmatch(month):
            raise _refuse(
                QT_TRANSLATE_NOOP("ProgrammeEdit", "Bulan {month} tidak sah (tulis TTTT-BB)."),
                month=month,
            )
    if end < start:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ProgrammeEdit",
                "Periode perlindungan berakhir ({end}) sebelum dimulai ({start}).",
            ),
            start=start,
            end=end,
        )
    out = _copy(data)
    out["coverage"] = {"start": start, "end": end}
    return out


def set_contribution(data: Data, amounts: dict[str, int]) -> Data:
    """Monthly Rupiah per programme (JKK, JKM …): only the programmes the file already has."""
    known = set(data.get("contribution", {}))
    unknown = sorted(set(amounts) - known)
    if unknown:
        raise _refuse(
            QT_TRANSLATE_NOOP("ProgrammeEdit", "Program {names} tidak ada di berkas program."),
            names=", ".join(unknown),
        )
    out = _copy(data)
    for key, value in amounts.items():
        label = msg(CTX, QT_TRANSLATE_NOOP("ProgrammeEdit", "Iuran {name}"), name=key)
        out["contribution"][key] = _count(value, label, MAX_AMOUNT)
    return out


def set_declared_income(data: Data, amount: int) -> Data:
    label = msg(CTX, QT_TRANSLATE_NOOP("ProgrammeEdit", "Upah yang dilaporkan"))
    out = _copy(data)
    out["declared_income"] = _count(amount, label, MAX_AMOUNT)
    return out


def set_stated_total(data: Data, total: int | None) -> Data:
    """The total the kabupaten announced (None: no announced total, the groups' sum counts)."""
    out = _copy(data)
    if total is None:
        out["stated_total"] = None
    else:
        label = msg(CTX, QT_TRANSLATE_NOOP("ProgrammeEdit", "Total kuota program"))
        out["stated_total"] = _count(total, label, MAX_QUOTA)
    return out


# --- groups --------------------------------------------------------------------------------


def add_group(data: Data, code: str, name: str, quota: int = 0) -> Data:
    """A new group. Codes are stable keys in every batch: A-Z, 0-9 and _, unique."""
    code = code.strip().upper()
    name = " ".join(name.split())
    if not _GROUP_CODE.fullmatch(code):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ProgrammeEdit",
                "Kode kelompok {code} tidak sah: pakai huruf besar, angka dan _ (maks. 24), "
                "diawali huruf.",
            ),
            code=code or "''",
        )
    if any(g.get("code") == code for g in data.get("groups", [])):
        raise _refuse(
            QT_TRANSLATE_NOOP("ProgrammeEdit", "Kode kelompok {code} sudah dipakai."), code=code
        )
    if not name:
        raise _refuse(QT_TRANSLATE_NOOP("ProgrammeEdit", "Nama kelompok wajib diisi."))
    label = msg(CTX, QT_TRANSLATE_NOOP("ProgrammeEdit", "Kuota kelompok {code}"), code=code)
    out = _copy(data)
    out["groups"].append(
        {"code": code, "name": name, "quota": _count(quota, label, MAX_QUOTA), "aliases": [name]}
    )
    return out


def rename_group(data: Data, code: str, name: str) -> Data:
    """A new display name; the code stays (batches and records carry the code). The new
    name is added to the aliases so imported sheets with it still match."""
    name = " ".join(name.split())
    if not name:
        raise _refuse(QT_TRANSLATE_NOOP("ProgrammeEdit", "Nama kelompok wajib diisi."))
    out = _copy(data)
    group = out["groups"][_group_index(out, code)]
    group["name"] = name
    aliases = list(group.get("aliases", []))
    if name not in aliases:
        aliases.append(name)
    group["aliases"] = aliases
    return out


def set_group_quota(data: Data, code: str, quota: int) -> Data:
    label = msg(CTX, QT_TRANSLATE_NOOP("ProgrammeEdit", "Kuota kelompok {code}"), code=code)
    out = _copy(data)
    out["groups"][_group_index(out, code)]["quota"] = _count(quota, label, MAX_QUOTA)
    return out


def remove_group(data: Data, code: str, in_use: int) -> Data:
    """Removes a group no record uses (`in_use` = records of that group in the register);
    its per-desa quotas go with it."""
    index = _group_index(data, code)
    if in_use:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ProgrammeEdit",
                "Kelompok {code} tidak dapat dihapus: {n} peserta sudah terdaftar di kelompok "
                "ini. Ganti saja namanya atau jadikan kuotanya 0.",
            ),
            code=code,
            n=in_use,
        )
    if len(data["groups"]) == 1:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ProgrammeEdit", "Kelompok terakhir tidak dapat dihapus: program perlu kelompok."
            )
        )
    out = _copy(data)
    del out["groups"][index]
    for desa, quotas in list(out.get("desa_quotas", {}).items()):
        quotas.pop(code, None)
        if not quotas:
            del out["desa_quotas"][desa]
    return out


def group_usage(session: Session) -> dict[str, int]:
    """Records per group code in this installation's register (kabupaten and village)."""
    usage: dict[str, int] = {}
    for sql in (
        "SELECT kategori, COUNT(*) FROM kab_record GROUP BY kategori",
        "SELECT kategori, COUNT(*) FROM enrollee GROUP BY kategori",
    ):
        for code, n in session.execute(text(sql)):
            usage[str(code)] = usage.get(str(code), 0) + int(n)
    return usage


# --- quotas per desa -----------------------------------------------------------------------


def set_desa_quota(data: Data, desa_code: str, group_code: str, quota: int | None) -> Data:
    """The desa's own quota for a group; None removes it (the kabupaten's quota applies)."""
    reg = regions()
    if reg.desa(desa_code) is None or not desa_code.startswith(str(data["kabupaten"]["code"])):
        raise _refuse(
            QT_TRANSLATE_NOOP("ProgrammeEdit", "Desa {code} tidak ada di kabupaten ini."),
            code=desa_code,
        )
    _group_index(data, group_code)
    out = _copy(data)
    quotas = out.setdefault("desa_quotas", {})
    if quota is None:
        if desa_code in quotas:
            quotas[desa_code].pop(group_code, None)
            if not quotas[desa_code]:
                del quotas[desa_code]
        return out
    label = msg(
        CTX,
        QT_TRANSLATE_NOOP("ProgrammeEdit", "Kuota desa {desa} kelompok {group}"),
        desa=desa_code,
        group=group_code,
    )
    quotas.setdefault(desa_code, {})[group_code] = _count(quota, label, MAX_QUOTA)
    return out


@dataclass(frozen=True)
class GroupCheck:
    code: str
    name: str
    quota: int  # the kabupaten's quota for the group
    desa_sum: int  # the sum of the desa quotas set for the group


@dataclass(frozen=True)
class QuotaCheck:
    groups: tuple[GroupCheck, ...]
    programme_total: int  # the announced total, else the sum of the groups
    desa_total: int
    desa_count: int  # desa with an own quota

    def messages(self) -> list[Message]:
        """Plain sentences for each disagreement (empty when all agree)."""
        out: list[Message] = []
        if self.desa_count and self.desa_total != self.programme_total:
            out.append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "ProgrammeEdit",
                        "Jumlah kuota desa ({desa}) berbeda dari total program ({total}); "
                        "selisih {diff}.",
                    ),
                    desa=_thousands(self.desa_total),
                    total=_thousands(self.programme_total),
                    diff=_thousands(abs(self.desa_total - self.programme_total)),
                )
            )
        for g in self.groups:
            if g.desa_sum > g.quota:
                out.append(
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "ProgrammeEdit",
                            "Kuota desa kelompok {name} berjumlah {sum}, melebihi kuota "
                            "kelompok ({quota}).",
                        ),
                        name=g.name,
                        sum=_thousands(g.desa_sum),
                        quota=_thousands(g.quota),
                    )
                )
        return out


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def quota_check(data: Data) -> QuotaCheck:
    """Sums of the desa quotas against the group quotas and the programme total."""
    quotas: dict[str, dict[str, int]] = data.get("desa_quotas", {})
    groups = tuple(
        GroupCheck(
            str(g["code"]),
            str(g["name"]),
            int(g["quota"]),
            sum(int(per.get(g["code"], 0)) for per in quotas.values()),
        )
        for g in data.get("groups", [])
    )
    group_sum = sum(g.quota for g in groups)
    stated = data.get("stated_total")
    return QuotaCheck(
        groups=groups,
        programme_total=group_sum if stated is None else int(stated),
        desa_total=sum(sum(int(q) for q in per.values()) for per in quotas.values()),
        desa_count=sum(1 for per in quotas.values() if per),
    )


# --- column template -----------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateRow:
    field: str
    header: str
    used: bool
    required: bool


def template_rows(data: Data) -> list[TemplateRow]:
    """Every field a column can carry: the template's columns in order, then the rest."""
    columns = columns_from_template(data.get("column_template"))
    rows = [TemplateRow(c.field, c.header, True, c.field in REQUIRED_FIELDS) for c in columns]
    used = {c.field for c in columns}
    rows += [
        TemplateRow(key, spec.header, False, key in REQUIRED_FIELDS)
        for key, spec in FIELDS.items()
        if key not in used
    ]
    return rows


def set_column_template(data: Data, columns: list[tuple[str, str]]) -> Data:
    """The column order and titles of the batch and the master export, as (field, header)."""
    template = [{"field": f, "header": h.strip()} for f, h in columns]
    columns_from_template(template)  # refuses unknown/duplicate/missing fields, empty titles
    out = _copy(data)
    out["column_template"] = template
    return out


# --- the whole programme -------------------------------------------------------------------


def validate(data: Data) -> Programme:
    """The programme as a village would load it; refuses what a village would refuse."""
    programme = parse_programme(data)
    columns_from_template(data.get("column_template"))
    codes = {g.code for g in programme.groups}
    reg = regions()
    for desa, quotas in programme.desa_quotas.items():
        if reg.desa(desa) is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("ProgrammeEdit", "Desa {code} tidak ada di kabupaten ini."),
                code=desa,
            )
        for group in quotas:
            if group not in codes:
                raise _refuse(
                    QT_TRANSLATE_NOOP("ProgrammeEdit", "Kelompok {code} tidak ada."), code=group
                )
    return programme


def changes(old: Data, new: Data) -> list[str]:
    """Which top-level parts differ (for the audit entry)."""
    keys = sorted((set(old) | set(new)) - {"version"})
    return [k for k in keys if old.get(k) != new.get(k)]


def save_new_version(
    session: Session, data: Data, *, actor: str, by: Account | None = None
) -> Programme:
    """Validates `data`, stores it as the active version + 1 and activates it, with an audit
    entry naming what changed (in the caller's session; committed here)."""
    record = active_programme_record(session)
    current: Data = {} if record is None else _loads(record.content)
    if record is not None and not changes(current, data):
        raise _refuse(QT_TRANSLATE_NOOP("ProgrammeEdit", "Tidak ada perubahan untuk disimpan."))
    out = _copy(data)
    # Versions only go up, whatever the edited dict says.
    out["version"] = max(int(data.get("version", 0)), int(current.get("version", 0))) + 1
    programme = validate(out)
    activate_programme(session, programme, actor=actor, by=by)
    audit.record(
        session,
        actor,
        "programme.edit",
        entity="programme",
        entity_id=programme.id,
        old=current.get("version"),
        new=programme.version,
        detail="diubah: " + ", ".join(changes(current, out)),
    )
    session.commit()
    return programme


def _loads(content: str) -> Data:
    import json

    loaded: Data = json.loads(content)
    return loaded


def write_release(session: Session, folder: Path, *, actor: str) -> tuple[Programme, Path]:
    """Writes the active programme, at its own version, as the file the villages load; whole
    and checked (see `write_programme_file`), and logged."""
    from enrolment.kabupaten.common import KabupatenError
    from enrolment.kabupaten.programme_file import release_path, write_programme_file

    record = active_programme_record(session)
    if record is None:
        raise _refuse(QT_TRANSLATE_NOOP("ProgrammeEdit", "Belum ada program yang berjalan."))
    data = _loads(record.content)
    path = release_path(data, folder)
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder tidak ada", str(folder))
        programme = write_programme_file(data, path, bump=False)
    except (OSError, KabupatenError) as exc:
        cause = exc if isinstance(exc, OSError) else exc.__cause__
        raise _write_refused(cause, path) from exc
    audit.record(
        session,
        actor,
        "programme.write",
        entity="programme",
        entity_id=programme.id,
        new=programme.version,
        detail=str(path),
    )
    session.commit()
    return programme, path


def _write_refused(cause: BaseException | None, path: Path) -> ProgrammeEditError:
    code = cause.errno if isinstance(cause, OSError) else None
    if code == errno.ENOSPC:
        text_ = QT_TRANSLATE_NOOP(
            "ProgrammeEdit",
            "Flashdisk atau disk tujuan penuh: berkas program {name} tidak ditulis. Kosongkan "
            "sebagian isinya lalu coba lagi.",
        )
    elif code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        text_ = QT_TRANSLATE_NOOP(
            "ProgrammeEdit",
            "Folder tujuan tidak dapat dipakai (flashdisk dicabut?): berkas program {name} tidak "
            "ditulis. Pasang lagi flashdisk lalu coba lagi.",
        )
    else:
        text_ = QT_TRANSLATE_NOOP(
            "ProgrammeEdit", "Berkas program {name} tidak dapat ditulis: {error}."
        )
    error = os_reason(cause) if cause is not None else ""
    return _refuse(text_, name=path.name, error=error)
