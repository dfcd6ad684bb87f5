"""The kabupaten at regency scale: 326 villages' batches made by the village export code,
with the planted cases, merged; the dashboard's numbers against an independent count."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import openpyxl
from sqlmodel import select

from enrolment.batches.format import FIELDS
from enrolment.installation import active_programme
from enrolment.kabupaten.conflicts import DISTINCT, KEEP_A, open_conflicts, resolve_conflict
from enrolment.kabupaten.kpj import apply_kpj_sheet
from enrolment.kabupaten.ledger import gaps, silent_desa
from enrolment.kabupaten.master_export import export_master
from enrolment.kabupaten.merge import ALREADY, MERGED, REFUSED, batch_files, merge_files
from enrolment.kabupaten.recap import build_recap, export_recap
from enrolment.kabupaten.returns import apply_return_file, write_return_files
from enrolment.kabupaten.xlsx import read_sheet
from enrolment.programme import parse_programme
from enrolment.regions import regions
from models.database import Database, open_database
from models.tables import AuditEntry, Enrollee, KabBatch, KabRecord

from .regency import Regency

BPJS_TEMPLATE = [
    "id",
    "jenis",
    {"field": "nik", "header": "NOMOR KTP"},
    {"field": "nama", "header": "NAMA LENGKAP"},
    "tanggal_lahir",
    "jenis_kelamin",
    "kode_desa",
    "nama_desa",
    "kategori",
    "iuran",
    "kpj",
]


def _merge(db: Database, paths: list[Path]) -> list:  # type: ignore[type-arg]
    with db.session() as session:
        programme = active_programme(session)
    return merge_files(db, batch_files(paths), actor="Operator Kabupaten", programme=programme)


def test_regency_merge_dashboard_export_returns(
    regency: Regency, kab_db: Database, tmp_path: Path
) -> None:
    assert regency.twice and regency.edited and regency.missing
    # The edited copy first (refused), then the whole stick, then the same batch again.
    results = _merge(kab_db, [regency.edited, regency.stick, regency.twice])
    outcomes = Counter(r.outcome for r in results)
    assert outcomes[REFUSED] == 1 and outcomes[ALREADY] == 1
    refused = next(r for r in results if r.outcome == REFUSED)
    assert refused.path == regency.edited and "Checksum" in refused.message.render()
    again = next(r for r in results if r.outcome == ALREADY)
    assert "sudah digabung" in again.message.render()
    assert sum(r.rows for r in results if r.outcome == MERGED) == regency.rows_in_stick

    with kab_db.session() as session:
        programme = active_programme(session)
        # Gaps: the lost batch 2 of one desa.
        found = gaps(session)
        desa_code, missing_no = regency.missing
        assert [(g.desa_code, g.missing) for g in found] == [(desa_code, (missing_no,))]
        name = regions().desa(desa_code).name  # type: ignore[union-attr]
        assert found[0].message().render() == f"Desa {name}: batch 2 belum diterima"
        assert [d.code for d in silent_desa(session, "36.04")] == regency.silent
        ledger = session.exec(select(KabBatch)).all()
        assert sum(b.status == "refused" for b in ledger) == 1

        # Correction and withdrawal applied by id.
        records = {r.enrollee_id: r for r in session.exec(select(KabRecord))}
        for eid, new_name in regency.corrected.items():
            assert records[eid].nama == new_name and records[eid].status == "active"
        for eid in regency.withdrawn:
            assert records[eid].status == "withdrawn"

        # Conflicts: exactly the planted ones.
        views = open_conflicts(session)
        pairs = {(v.conflict.kind, v.a.enrollee_id, v.b.enrollee_id) for v in views}
        expected = {("same_nik", a, b) for a, b in regency.same_nik}
        expected |= {("probable", a, b) for a, b in regency.probable}
        assert pairs == expected

        # Dashboard numbers against an independent count of what the villages handed in.
        active = {i: p for i, p in regency.people.items() if i not in regency.withdrawn}
        in_conflict = {i for pair in regency.same_nik + regency.probable for i in pair}
        recap = build_recap(session, programme)
        assert recap.enrolled == len(active)
        assert recap.ready == len(active) - len(in_conflict)
        assert recap.withdrawn == len(regency.withdrawn)
        assert recap.open_conflicts == len(expected)
        assert [d.code for d in recap.silent] == regency.silent
        by_desa = Counter(p.desa for p in active.values())
        assert {r.code: r.enrolled for r in recap.desa} == dict(by_desa)
        by_kec = Counter(p.desa.rsplit(".", 1)[0] for p in active.values())
        assert {r.code: r.enrolled for r in recap.kecamatan if r.enrolled} == dict(by_kec)
        by_group = Counter(p.group for p in active.values())
        assert {r.code: r.enrolled for r in recap.groups} == {
            g.code: by_group.get(g.code, 0) for g in programme.groups
        }
        by_desa_group = Counter((p.desa, p.group) for p in active.values())
        assert {(r.code, g): n for r in recap.desa for g, n in r.per_group.items()} == dict(
            by_desa_group
        )
        assert recap.quota_sum == 21434 and recap.mismatch is not None

        # Recap workbook: numbers as on screen.
        report = export_recap(session, programme, tmp_path / "rekap.xlsx", actor="Operator")
        wb = openpyxl.load_workbook(tmp_path / "rekap.xlsx")
        desa_sheet = {row[0]: row[3] for row in wb["Desa"].iter_rows(min_row=2, values_only=True)}
        assert desa_sheet == dict(by_desa)
        assert wb["Desa"]["A2"].data_type == "s"
        assert report.enrolled == len(active)

        # Nothing with an open conflict goes to BPJS.
        # The column layout BPJS asked for, from the programme file (no code change).
        bpjs = parse_programme({**programme.raw, "column_template": BPJS_TEMPLATE})
        master = export_master(session, bpjs, tmp_path / "bpjs", actor="Operator")
        assert master.rows == recap.ready and master.held_back == len(in_conflict)
        data = read_sheet(master.path, "Data")
        header = data[0]
        assert header == [
            e["header"] if isinstance(e, dict) else FIELDS[e].header
            for e in BPJS_TEMPLATE
            if e != "jenis"
        ]
        nik_col, name_col = header.index("NOMOR KTP"), header.index("NAMA LENGKAP")
        niks = [row[nik_col] for row in data[1:]]
        assert len(niks) == master.rows
        assert all(isinstance(n, str) and len(n) == 16 for n in niks)
        blocked_niks = {active[i].nik for i in in_conflict}
        assert not blocked_niks & set(niks)
        assert '=HYPERLINK("http://contoh.invalid","klik")' in {row[name_col] for row in data}
        ws = openpyxl.load_workbook(master.path, read_only=True)["Data"]
        for row in ws.iter_rows(min_row=2, max_row=50):
            assert row[nik_col].data_type == "s" and row[nik_col].number_format == "@"

        # Resolve: the same-NIK pairs keep the first village; the probable ones are different.
        for v in open_conflicts(session):
            resolve_conflict(
                session,
                v.conflict.seq,
                KEEP_A if v.conflict.kind == "same_nik" else DISTINCT,
                actor="Operator",
            )
        recap2 = build_recap(session, programme)
        assert recap2.open_conflicts == 0
        assert recap2.duplicates == len(regency.same_nik)
        assert recap2.enrolled == recap2.ready == len(active) - len(regency.same_nik)

    # KPJ numbers from BPJS, then return files; the village of the correction imports its own.
    change_desa = regency.people[next(iter(regency.corrected))].desa
    village_people = [p for p in active.values() if p.desa == change_desa]
    kpj_sheet = tmp_path / "kpj-bpjs.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Laporan kepesertaan BPJS Ketenagakerjaan"])
    ws.append(["NO", "NIK", "NAMA", "NO KPJ"])
    for n, p in enumerate(village_people, 1):
        ws.append([n, p.nik, p.nama, f"{25000000000 + n:011d}"])
        ws.cell(row=ws.max_row, column=2).data_type = "s"
        ws.cell(row=ws.max_row, column=4).data_type = "s"
    ws.append([99, 3604051203900001, "ANGKA", "25000009999"])  # a NIK Excel made a number
    wb.save(kpj_sheet)
    with kab_db.session() as session:
        kpj = apply_kpj_sheet(session, kpj_sheet, actor="Operator")
        assert kpj.assigned == len(village_people) and kpj.damaged == [len(village_people) + 3]
        made = write_return_files(session, tmp_path / "balikan", actor="Operator")
    assert len(made) == len(regency.village_dirs)
    dup_desa = {regency.people[b].desa for _a, b in regency.same_nik}
    for f in made:
        if f.desa_code in dup_desa:
            statuses = [
                r[3]
                for r in openpyxl.load_workbook(f.path)["Balikan"].iter_rows(
                    min_row=2, values_only=True
                )
            ]
            assert "GANDA" in statuses

    copy = tmp_path / "village"
    shutil.copytree(regency.village_dirs[change_desa], copy)  # the cached files stay as made
    village = open_database(copy)
    try:
        ret = next(f for f in made if f.desa_code == change_desa)
        with village.session() as session:
            result = apply_return_file(session, ret.path, "Sekdes")
            assert result.updated == len(village_people) and not result.unknown
            rows = {e.id: e for e in session.exec(select(Enrollee))}
            for n, p in enumerate(village_people, 1):
                assert rows[p.id].return_status == "accepted"
                assert rows[p.id].kpj == f"{25000000000 + n:011d}"
            audit_rows = session.exec(
                select(AuditEntry).where(AuditEntry.action == "return.import")
            ).all()
            assert len(audit_rows) >= 2 * len(village_people)
    finally:
        village.dispose()
