"""The programme a kabupaten runs: groups with quotas, contribution, coverage period.

A programme is data (a JSON file under `resources/programmes/`, later one a kabupaten sends on
a stick), never code. `load_programme` checks the file and raises `ProgrammeError` with a
message the operator can act on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from enrolment.resources import resource_path

CTX = "Programme"
FORMAT_VERSION = 1
DEFAULT_PROGRAMME = "serang-perbup-59-2025.json"
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class ProgrammeError(UserError, ValueError):
    """A programme rule refused the input; `message` says why."""


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    quota: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Programme:
    id: str
    version: int
    name: str
    kabupaten_code: str
    kabupaten_name: str
    legal_basis: str
    paid_by: str
    programmes: tuple[str, ...]
    declared_income: int
    contribution: dict[str, int]
    coverage_start: str  # YYYY-MM
    coverage_end: str
    stated_total: int | None
    max_age_exclusive: int
    min_age: int | None
    asks_mother_name: bool
    groups: tuple[Group, ...]
    notes: str = ""
    # Optional per-desa quotas {desa_code: {group_code: quota}} set by the kabupaten.
    desa_quotas: dict[str, dict[str, int]] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def monthly_contribution(self) -> int:
        """Rupiah per worker per month (JKK + JKM)."""
        return sum(self.contribution.values())

    @property
    def quota_sum(self) -> int:
        return sum(g.quota for g in self.groups)

    def group(self, code: str) -> Group | None:
        return self._groups_by_code.get(code)

    @cached_property
    def _groups_by_code(self) -> dict[str, Group]:
        # Looked up once per row by the importer and the merge: a dict, built on first use.
        return {g.code: g for g in self.groups}

    def quota_for(self, group_code: str, desa_code: str | None = None) -> tuple[int, bool]:
        """The quota that applies and whether it is the desa's own (else the kabupaten's)."""
        if desa_code and group_code in self.desa_quotas.get(desa_code, {}):
            return self.desa_quotas[desa_code][group_code], True
        group = self.group(group_code)
        return (group.quota if group else 0), False

    def total_mismatch(self) -> Message | None:
        """Says so plainly when the stated total disagrees with the sum of the groups."""
        if self.stated_total is None or self.stated_total == self.quota_sum:
            return None
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Programme",
                "Total kuota yang diumumkan ({stated}) berbeda dari jumlah kuota per kelompok "
                "({sum}); selisih {diff}.",
            ),
            stated=_thousands(self.stated_total),
            sum=_thousands(self.quota_sum),
            diff=_thousands(abs(self.stated_total - self.quota_sum)),
        )


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _bad(detail: str) -> ProgrammeError:
    return ProgrammeError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Programme", "Berkas program tidak sah: {detail}."),
            detail=detail,
        )
    )


def parse_programme(data: Any) -> Programme:
    """Builds a Programme from decoded JSON, refusing anything incomplete or inconsistent."""
    if not isinstance(data, dict):
        raise _bad("isi bukan objek JSON")
    if data.get("format") != FORMAT_VERSION:
        raise _bad(f"versi format {data.get('format')!r} tidak dikenal")
    try:
        groups = tuple(
            Group(str(g["code"]), str(g["name"]), int(g["quota"]), tuple(g.get("aliases", ())))
            for g in data["groups"]
        )
        coverage = data["coverage"]
        programme = Programme(
            id=str(data["id"]),
            version=int(data["version"]),
            name=str(data["name"]),
            kabupaten_code=str(data["kabupaten"]["code"]),
            kabupaten_name=str(data["kabupaten"]["name"]),
            legal_basis=str(data["legal_basis"]),
            paid_by=str(data["paid_by"]),
            programmes=tuple(str(p) for p in data["programmes"]),
            declared_income=int(data["declared_income"]),
            contribution={str(k): int(v) for k, v in data["contribution"].items()},
            coverage_start=str(coverage["start"]),
            coverage_end=str(coverage["end"]),
            stated_total=None if data.get("stated_total") is None else int(data["stated_total"]),
            max_age_exclusive=int(data["max_age_exclusive"]),
            min_age=None if data.get("min_age") is None else int(data["min_age"]),
            asks_mother_name=bool(data.get("asks_mother_name", False)),
            groups=groups,
            notes=str(data.get("notes", "")),
            desa_quotas={
                str(desa): {str(g): int(q) for g, q in quotas.items()}
                for desa, quotas in data.get("desa_quotas", {}).items()
            },
            raw=data,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _bad(f"bagian {exc} hilang atau salah") from exc
    if not groups:
        raise _bad("tidak ada kelompok peserta")
    codes = [g.code for g in groups]
    if len(set(codes)) != len(codes):
        raise _bad("kode kelompok ganda")
    if any(g.quota < 0 for g in groups):
        raise _bad("kuota negatif")
    for month in (programme.coverage_start, programme.coverage_end):
        if not _MONTH.fullmatch(month):
            raise _bad(f"bulan {month!r} bukan YYYY-MM")
    if programme.coverage_end < programme.coverage_start:
        raise _bad("periode berakhir sebelum dimulai")
    return programme


def load_programme(path: Path) -> Programme:
    """Reads and checks a programme file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProgrammeError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Programme", "Berkas program {name} tidak dapat dibaca: {error}"),
                name=path.name,
                error=str(exc),
            )
        ) from exc
    return parse_programme(data)


def default_programme() -> Programme:
    """Kabupaten Serang's Perbup 59/2025 programme, as shipped."""
    return load_programme(resource_path("programmes", DEFAULT_PROGRAMME))
