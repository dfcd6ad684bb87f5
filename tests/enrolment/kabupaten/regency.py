"""A regency's worth of village batches, made by the village export code itself.

Each of the 326 desa gets its own village database (a copy of one migrated, set-up template,
then its installation row pointed at the desa), enrollees by bulk insert, and its batches
through `enrolment.batches.service.export_next_batch` — the real builder, writer and checks.
The quotas of the shipped programme are spread over the villages, so the groups add up to
21,434 people. `plant=True` adds the awkward cases the kabupaten must notice.

Used by tests/enrolment/kabupaten/test_regency.py and benchmarks/bench_kabupaten.py, through
`cached_regency`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from enrolment.batches.service import export_next_batch
from enrolment.installation import SetupAnswers, setup_desa
from enrolment.programme import Programme, default_programme
from enrolment.regions import regions
from models.database import Database, open_database
from models.db import database_path

_COLUMNS = (
    "id, nik, nama, tempat_lahir, tanggal_lahir, jenis_kelamin, alamat, rt, rw, no_hp, kategori, "
    "jabatan, dok_nomor, dok_tanggal, nama_ibu, catatan, status, confirmed_warnings, enrolled_on, "
    "coverage_start, coverage_end, programme_id, programme_version, receipt_year, receipt_seq, "
    "last_batch_no, removed_at, removed_by, removed_reason, withdrawal_batch_no, return_status, "
    "return_reason, kpj, created_at, created_by, updated_at, updated_by"
)
_STAMP = "2025-12-01 02:00:00.000000"
HOSTILE = ['=HYPERLINK("http://contoh.invalid","klik")', "@SUM(1+1)", "-ALI-", "MA'RUF"]


@dataclass
class Person:
    id: str
    desa: str
    nik: str
    nama: str
    born: date
    group: str


@dataclass
class Regency:
    """What was generated, for an independent count."""

    stick: Path  # every batch file handed in (one folder per kecamatan, like a real stick)
    extra: Path  # the planted extra files: the same batch again, an edited copy
    village_dirs: dict[str, Path]
    people: dict[str, Person] = field(default_factory=dict)  # handed in, by id
    withdrawn: set[str] = field(default_factory=set)
    corrected: dict[str, str] = field(default_factory=dict)  # id -> new name
    missing: tuple[str, int] | None = None  # (desa, batch number) not handed in
    same_nik: list[tuple[str, str]] = field(default_factory=list)  # (id a, id b)
    probable: list[tuple[str, str]] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)  # desa that made no batch
    twice: Path | None = None
    edited: Path | None = None
    rows_in_stick: int = 0


def _template(root: Path) -> Path:
    db = open_database(root / "template")
    with db.session() as session:
        setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Sekdes"))
    db.dispose()
    return database_path(root / "template")


def _open_village(template: Path, folder: Path, code: str) -> Database:
    folder.mkdir(parents=True)
    shutil.copyfile(template, database_path(folder))
    db = open_database(folder)
    reg = regions()
    desa = reg.desa(code)
    assert desa is not None
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE installation SET desa_code = ?, desa_name = ?, kecamatan_code = ?, "
            "kecamatan_name = ?",
            (code, desa.name, desa.kecamatan_code, reg.kecamatan_name(desa.kecamatan_code) or ""),
        )
    return db


def _row(p: Person, seq: int, i: int) -> tuple[Any, ...]:
    return (
        p.id, p.nik, p.nama, "SERANG", p.born.isoformat(), "L", "KP. SUKAMAJU",
        f"{1 + i % 9:03d}", "002", "081234567890" if i % 3 else "", p.group, "", "", None, "",
        "", "ready", "[]", "2025-12-01", "2026-01", "2026-12", "serang-perbup-59-2025", 1,
        2025, seq, None, None, "", "", None, "", "", "", _STAMP, "Sekdes", _STAMP, "Sekdes",
    )  # fmt: skip


def _insert(db: Database, people: list[Person], first_seq: int) -> None:
    marks = ", ".join("?" * len(_COLUMNS.split(",")))
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO enrollee ({_COLUMNS}) VALUES ({marks})",
            [_row(p, first_seq + n, first_seq + n) for n, p in enumerate(people)],
        )


def _export(db: Database, programme: Programme, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_next_batch(
        db, programme, actor="Sekdes", folder=folder, today=date(2025, 12, 10)
    ).path


def _nik(kec: str, i: int) -> tuple[str, date]:
    """A unique, structurally valid NIK for person i (birth date and serial from i)."""
    born = date(1962, 1, 1) + timedelta(days=i % 11000)
    return f"3604{kec[-2:]}{born:%d%m%y}{1 + i // 11000:04d}", born


def build_regency(root: Path, *, plant: bool = True, seed: int = 59) -> Regency:
    programme = default_programme()
    reg = regions()
    rnd = random.Random(seed)
    all_desa = sorted(d.code for d in reg.all_desa())
    groups = [g.code for g in programme.groups for _ in range(g.quota)]
    rnd.shuffle(groups)
    silent = all_desa[-2:] if plant else []
    active = [d for d in all_desa if d not in silent]
    per = [len(groups) // len(active)] * len(active)
    for k in range(len(groups) - sum(per)):
        per[k] += 1
    template = _template(root)
    out = Regency(stick=root / "stick", extra=root / "extra", village_dirs={}, silent=silent)
    people_by_desa: dict[str, list[Person]] = {}
    i = 0
    for code, n in zip(active, per, strict=True):
        kec = reg.desa(code).kecamatan_code  # type: ignore[union-attr]
        made = []
        for _ in range(n):
            nik, born = _nik(kec, i)
            nama = HOSTILE[i % len(HOSTILE)] if i % 997 == 5 else f"PESERTA {i:05d}"
            made.append(
                Person(
                    str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                    code,
                    nik,
                    nama,
                    born,
                    groups[i],
                )
            )
            i += 1
        people_by_desa[code] = made
    if plant:
        # The same person enrolled by two villages: desa B's slot takes desa A's NIK, name
        # and birth date (a different record id).
        for k in range(5):
            a = people_by_desa[active[10 + k]][3]
            b = people_by_desa[active[200 + k]][4]
            b.nik, b.nama, b.born = a.nik, a.nama, a.born
            out.same_nik.append((a.id, b.id))
        # Probably the same person: same name and birth date, another NIK.
        for k in range(3):
            a = people_by_desa[active[20 + k]][5]
            b = people_by_desa[active[250 + k]][6]
            b.nama, b.born = a.nama, a.born
            b.nik = b.nik[:6] + f"{a.born:%d%m%y}" + b.nik[12:]
            out.probable.append((a.id, b.id))
    gap_desa, change_desa, twice_desa, edit_desa = (active[30], active[40], active[50], active[60])
    for code in active:
        kec_folder = out.stick / reg.desa(code).kecamatan_code.replace(".", "")  # type: ignore[union-attr]
        folder = root / "villages" / code.replace(".", "")
        db = _open_village(template, folder, code)
        out.village_dirs[code] = folder
        try:
            people = people_by_desa[code]
            first = people if not plant or code != gap_desa else people[:-10]
            _insert(db, first, 1)
            path = _export(db, programme, kec_folder)
            out.people.update((p.id, p) for p in first)
            if plant and code == twice_desa:
                out.twice = out.extra / "lagi" / path.name
                out.twice.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out.twice)
            if plant and code == edit_desa:
                out.edited = out.extra / "excel" / path.name
                out.edited.parent.mkdir(parents=True, exist_ok=True)
                _edit_copy(path, out.edited)
            if plant and code == gap_desa:
                # Batch 2 is lost on the way; batch 3 arrives.
                _insert(db, people[-10:-5], len(first) + 1)
                lost = _export(db, programme, root / "lost")
                _insert(db, people[-5:], len(first) + 6)
                _export(db, programme, kec_folder)
                out.people.update((p.id, p) for p in people[-5:])
                out.missing = (code, 2)
                assert lost.exists()
            if plant and code == change_desa:
                fix, gone = people[0], people[1]
                with db.engine.begin() as conn:
                    conn.exec_driver_sql(
                        "UPDATE enrollee SET nama = ?, status = 'changed', updated_at = ? "
                        "WHERE id = ?",
                        ("PESERTA DIBETULKAN", "2025-12-05 02:00:00.000000", fix.id),
                    )
                    conn.exec_driver_sql(
                        "UPDATE enrollee SET removed_at = ?, removed_by = 'Sekdes', "
                        "removed_reason = 'meninggal dunia' WHERE id = ?",
                        ("2025-12-05 02:00:00.000000", gone.id),
                    )
                _export(db, programme, kec_folder)
                out.corrected[fix.id] = "PESERTA DIBETULKAN"
                out.withdrawn.add(gone.id)
        finally:
            db.dispose()
    out.rows_in_stick = len(out.people) + (2 if plant else 0)
    return out


def _edit_copy(source: Path, target: Path) -> None:
    """Someone opened the batch in Excel and "fixed" a name: the checksum must catch it."""
    import openpyxl

    wb = openpyxl.load_workbook(source)
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("NAMA") + 1)
    cell.value = f"{cell.value} X"
    wb.save(target)


def _source_key(plant: bool) -> str:
    """Changes whenever anything that shapes the generated files changes."""
    root = Path(__file__).resolve().parents[3]
    digest = hashlib.sha256(str(plant).encode())
    sources = [Path(__file__)]
    sources += sorted((root / "enrolment" / "batches").glob("*.py"))
    # The cache holds databases: a schema change must invalidate it too.
    sources += [root / "models" / "migrations.py", root / "models" / "tables.py"]
    sources += sorted((root / "resources" / "programmes").glob("*.json"))
    sources += [root / "resources" / "regions" / "wilayah.json"]
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _moved(path: Path, old: Path, new: Path) -> Path:
    return new / path.relative_to(old)


def cached_regency(*, plant: bool = True) -> Regency:
    """The regency's files, generated once per source version and kept in the system's temp
    folder (making 326 workbooks through the real writer takes minutes on a slow PC). Callers
    must treat the files as read-only: copy a village folder before changing its database."""
    final = Path(tempfile.gettempdir()) / f"jaring-regency-{_source_key(plant)}"
    meta = final / "regency.pickle"
    if not meta.exists():
        build = final.with_name(f"{final.name}.build-{os.getpid()}")
        shutil.rmtree(build, ignore_errors=True)
        made = build_regency(build, plant=plant)
        made.stick, made.extra = _moved(made.stick, build, final), _moved(made.extra, build, final)
        made.village_dirs = {c: _moved(p, build, final) for c, p in made.village_dirs.items()}
        if made.twice:
            made.twice = _moved(made.twice, build, final)
        if made.edited:
            made.edited = _moved(made.edited, build, final)
        (build / "regency.pickle").write_bytes(pickle.dumps(made))
        try:
            os.rename(build, final)
        except OSError:  # another run finished first: use its copy
            shutil.rmtree(build, ignore_errors=True)
    loaded: Regency = pickle.loads(meta.read_bytes())
    return loaded
