"""The kabupaten commands and rules on a few villages (fast); test_regency.py does the scale."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text
from sqlmodel import select

import main
from enrolment.batches.verify import ParsedBatch
from enrolment.installation import active_programme
from enrolment.kabupaten import merge as merge_module
from enrolment.kabupaten.merge import ALREADY, MERGED, REFUSED, batch_files, merge_files
from enrolment.kabupaten.programme_file import write_next_programme
from enrolment.programme import default_programme, load_programme
from models.database import Database, open_database
from models.tables import Installation, KabBatch, KabRecord

from .regency import Person, _export, _insert, _open_village, _template

MEKAR_JAYA = "36.04.07.2011"


def _people(desa: str, n: int, start: int = 0) -> list[Person]:
    return [
        Person(
            str(uuid.uuid4()),
            desa,
            f"360407{(date(1980, 1, 1) + timedelta(days=start + i)):%d%m%y}0001",
            f"WARGA {start + i}",
            date(1980, 1, 1) + timedelta(days=start + i),
            "POSYANDU",
        )
        for i in range(n)
    ]


@pytest.fixture
def village(tmp_path: Path) -> Database:
    template = _template(tmp_path / "t")
    db = _open_village(template, tmp_path / "desa", MEKAR_JAYA)
    yield db  # type: ignore[misc]
    db.dispose()


def _merge(db: Database, paths: list[Path]) -> list:  # type: ignore[type-arg]
    with db.session() as session:
        programme = active_programme(session)
    return merge_files(db, batch_files(paths), actor="Op", programme=programme)


def test_setup_kabupaten_headless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path), "setup", "--kabupaten", "36.04", "--operator", "Rina"]
    assert main.main(args) == 0
    assert "kabupaten 36.04" in capsys.readouterr().out
    db = open_database(tmp_path)
    with db.session() as session:
        inst = session.get(Installation, 1)
        assert inst is not None and inst.mode == "kabupaten" and inst.desa_code == ""
    db.dispose()
    bad = ["--data-dir", str(tmp_path), "setup", "--kabupaten", "36.99", "--operator", "Rina"]
    assert main.main(bad) == 2
    with pytest.raises(SystemExit):  # exactly one of --desa / --kabupaten
        main.main(["--data-dir", str(tmp_path), "setup", "--operator", "Rina"])


def test_merge_needs_a_kabupaten_installation(
    village: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main.main(["--data-dir", str(village.data_dir), "kabupaten", "merge", str(tmp_path)])
    assert code == 2
    assert "bukan instalasi kabupaten" in capsys.readouterr().out


def test_bad_file_refused_others_merged_late_batch_does_not_overwrite(
    village: Database, kab_db: Database, tmp_path: Path
) -> None:
    programme = default_programme()
    stick = tmp_path / "stick"
    people = _people(MEKAR_JAYA, 4)
    _insert(village, people, 1)
    first = _export(village, programme, stick / "1")
    with village.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE enrollee SET nama = 'WARGA BENAR', status = 'changed', "
            "updated_at = '2025-12-06 00:00:00.000000' WHERE id = ?",
            (people[0].id,),
        )
    second = _export(village, programme, stick / "2")
    junk = stick / "0" / "bukan-batch.xlsx"
    junk.parent.mkdir(parents=True)
    junk.write_text("ini bukan buku kerja", encoding="utf-8")
    (stick / "0" / "~$kunci.xlsx").write_text("lock", encoding="utf-8")

    # Batch 2 (the correction) arrives before batch 1.
    results = _merge(kab_db, [junk, second, first])
    assert [r.outcome for r in results] == [REFUSED, MERGED, MERGED]
    assert "bukan buku kerja" in results[0].message.render()
    assert "lebih lama diabaikan" in results[2].message.render()
    with kab_db.session() as session:
        rec = session.exec(select(KabRecord).where(KabRecord.enrollee_id == people[0].id)).one()
        assert rec.nama == "WARGA BENAR" and rec.last_batch_no == 2
        assert len(session.exec(select(KabRecord)).all()) == 4
    # The folder form skips Excel's lock file; everything is merged already now.
    again = _merge(kab_db, [stick])
    assert sorted(r.outcome for r in again) == [ALREADY, ALREADY, REFUSED]
    with kab_db.session() as session:
        assert len(session.exec(select(KabBatch).where(KabBatch.status == "merged")).all()) == 2


def test_same_batch_number_other_content_is_refused(
    village: Database, kab_db: Database, tmp_path: Path
) -> None:
    programme = default_programme()
    _insert(village, _people(MEKAR_JAYA, 2), 1)
    original = _export(village, programme, tmp_path / "a")
    # A village that restored an old backup makes "batch 1" again with other people.
    with village.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM batch_item")
        conn.exec_driver_sql("DELETE FROM batch")
    _insert(village, _people(MEKAR_JAYA, 1, start=50), 3)
    other = _export(village, programme, tmp_path / "b")
    results = _merge(kab_db, [original, other])
    assert [r.outcome for r in results] == [MERGED, REFUSED]
    assert "isi yang berbeda" in results[1].message.render()


def _three_batches(village: Database, folder: Path) -> list[Path]:
    programme = default_programme()
    paths = []
    for n in range(3):
        _insert(village, _people(MEKAR_JAYA, 2, start=10 * n), 1 + 2 * n)
        paths.append(_export(village, programme, folder / str(n)))
    return paths


class _Stop(Exception):
    pass


def test_cancel_between_files_stops_the_merge_and_the_verifier(
    village: Database, kab_db: Database, tmp_path: Path
) -> None:
    paths = _three_batches(village, tmp_path / "stick")
    with kab_db.session() as session:
        programme = active_programme(session)
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 2:  # cancel after the first file is merged
            raise _Stop

    with pytest.raises(_Stop):
        merge_files(kab_db, paths, actor="Op", programme=programme, check=check)
    with kab_db.session() as session:
        assert [b.batch_no for b in session.exec(select(KabBatch))] == [1]
        assert len(session.exec(select(KabRecord)).all()) == 2
    # The files verified ahead on the worker thread are dropped; the worker is gone.
    assert not [t for t in threading.enumerate() if t.name.startswith("jaring-verify")]
    # Merging again picks up where it stopped.
    results = merge_files(kab_db, paths, actor="Op", programme=programme)
    assert [r.outcome for r in results] == [ALREADY, MERGED, MERGED]


def test_unexpected_verifier_error_reaches_the_caller_in_its_turn(
    village: Database, kab_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _three_batches(village, tmp_path / "stick")
    real = merge_module.verify_batch

    def verify(path: Path, **kwargs: str | None) -> ParsedBatch:
        if path == paths[1]:
            raise RuntimeError("bug in the verifier")
        return real(path, **kwargs)

    monkeypatch.setattr(merge_module, "verify_batch", verify)
    with pytest.raises(RuntimeError, match="bug in the verifier"):
        _merge(kab_db, paths)
    with kab_db.session() as session:
        assert [b.batch_no for b in session.exec(select(KabBatch))] == [1]


def test_headless_kabupaten_round(
    village: Database, kab_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = default_programme()
    people = _people(MEKAR_JAYA, 3)
    _insert(village, people, 1)
    batch = _export(village, programme, tmp_path / "stick")
    kab = ["--data-dir", str(kab_db.data_dir), "kabupaten"]
    kab_db.dispose()
    assert main.main([*kab, "merge", str(batch)]) == 0
    out = capsys.readouterr().out
    assert "digabung: 3 baru" in out and "Terdaftar 3" in out
    assert main.main([*kab, "merge", str(batch)]) == 0
    assert "sudah digabung" in capsys.readouterr().out
    assert main.main([*kab, "report", "--out", str(tmp_path / "rekap.xlsx")]) == 0
    assert main.main([*kab, "export", "--to", str(tmp_path / "bpjs")]) == 0
    assert "3 peserta" in capsys.readouterr().out
    sheet = tmp_path / "kpj.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "KPJ"])
    wb.active.append([people[0].nik, "12345678901"])
    wb.save(sheet)
    assert main.main([*kab, "kpj", str(sheet)]) == 0
    assert "KPJ dicatat: 1 baru" in capsys.readouterr().out
    assert main.main([*kab, "return", "--to", str(tmp_path / "balikan")]) == 0
    returned = next((tmp_path / "balikan").glob("3604072011_MEKAR-JAYA_balikan_*.xlsx"))
    village.dispose()
    desa = ["--data-dir", str(village.data_dir)]
    assert main.main([*desa, "return-import", str(returned)]) == 0
    out = capsys.readouterr().out
    assert "3 peserta diperbarui" in out and "nomor KPJ baru: 1." in out
    with village.session() as session:
        rows = session.execute(text("SELECT id, return_status, kpj FROM enrollee")).all()
    got = {r[0]: (r[1], r[2]) for r in rows}
    assert got[people[0].id] == ("accepted", "12345678901")
    assert got[people[1].id] == ("accepted", "")
    # A missing KPJ sheet is a calm message, not a traceback.
    assert main.main([*kab, "kpj", str(tmp_path / "tidak-ada.xlsx")]) == 2
    assert "tidak-ada.xlsx tidak ada (flashdisk dicabut?)" in capsys.readouterr().out
    from enrolment.kabupaten.common import KabupatenError
    from enrolment.kabupaten.returns import read_return_file

    with pytest.raises(KabupatenError, match="tidak ada \\(flashdisk dicabut\\?\\)"):
        read_return_file(tmp_path / "tidak-ada.xlsx")


def test_edited_return_file_is_refused(
    village: Database, kab_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = default_programme()
    _insert(village, _people(MEKAR_JAYA, 2), 1)
    batch = _export(village, programme, tmp_path / "stick")
    _merge(kab_db, [batch])
    from enrolment.kabupaten.returns import write_return_files

    with kab_db.session() as session:
        made = write_return_files(session, tmp_path / "balikan", actor="Op")
    wb = openpyxl.load_workbook(made[0].path)
    wb["Balikan"]["D2"] = "DITOLAK"
    wb.save(made[0].path)
    village.dispose()
    assert main.main(["--data-dir", str(village.data_dir), "return-import", str(made[0].path)]) == 2
    assert "checksum" in capsys.readouterr().out


def test_programme_file_goes_to_the_village(
    village: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(json.dumps(default_programme().raw))
    raw["desa_quotas"] = {MEKAR_JAYA: {"POSYANDU": 12}}
    written, path = write_next_programme(raw, tmp_path / "stick")
    assert written.version == 2 and path.name == "program_SERANG-PERBUP-59-2025_v002.json"
    assert load_programme(path).quota_for("POSYANDU", MEKAR_JAYA) == (12, True)
    village.dispose()
    desa = ["--data-dir", str(village.data_dir)]
    assert main.main([*desa, "programme-load", str(path)]) == 0
    assert "versi 2" in capsys.readouterr().out
    with village.session() as session:
        assert active_programme(session).version == 2
    village.dispose()
    assert main.main([*desa, "programme-load", str(path)]) == 2  # not newer
    assert "tidak lebih baru" in capsys.readouterr().out
    # The next batch names the programme version it was made under.
    _insert(village, _people(MEKAR_JAYA, 1), 1)
    with village.session() as session:
        current = active_programme(session)
    batch = _export(village, current, tmp_path / "batch")
    from enrolment.batches.verify import verify_batch

    assert verify_batch(batch).manifest["VERSI_PROGRAM"] == "2"


def test_kabupaten_programme_command(
    kab_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kab_db.dispose()
    kab = ["--data-dir", str(kab_db.data_dir), "kabupaten"]
    assert main.main([*kab, "programme", "--to", str(tmp_path / "p")]) == 0
    assert main.main([*kab, "programme", "--to", str(tmp_path / "p")]) == 0
    assert "versi 3" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == [
        "program_SERANG-PERBUP-59-2025_v002.json",
        "program_SERANG-PERBUP-59-2025_v003.json",
    ]


def test_return_file_read_back_wrong_leaves_no_file(
    village: Database, kab_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stick that stores something else than was written: the return file is refused
    before it gets its name (the same check as the master export)."""
    from enrolment.kabupaten import common
    from enrolment.kabupaten.common import KabupatenError
    from enrolment.kabupaten.returns import write_return_files

    programme = default_programme()
    _insert(village, _people(MEKAR_JAYA, 2), 1)
    _merge(kab_db, [_export(village, programme, tmp_path / "stick")])
    real = common.read_sheet
    monkeypatch.setattr(
        common, "read_sheet", lambda path, name: [[*r[:-1], "X"] for r in real(path, name)]
    )
    with kab_db.session() as session, pytest.raises(KabupatenError, match="media rusak"):
        write_return_files(session, tmp_path / "balikan", actor="Op")
    assert list((tmp_path / "balikan").iterdir()) == []


def test_same_nik_conflict_cannot_be_called_two_people(
    tmp_path: Path, kab_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    template = _template(tmp_path / "t")
    mekar = _open_village(template, tmp_path / "a", MEKAR_JAYA)
    other = _open_village(template, tmp_path / "b", "36.04.07.2001")
    person = _people(MEKAR_JAYA, 1)[0]
    _insert(mekar, [person], 1)
    _insert(other, [replace(person, id=str(uuid.uuid4()), desa="36.04.07.2001")], 1)
    programme = default_programme()
    batches = [
        _export(mekar, programme, tmp_path / "s1"),
        _export(other, programme, tmp_path / "s2"),
    ]
    mekar.dispose()
    other.dispose()
    _merge(kab_db, batches)
    kab_db.dispose()
    kab = ["--data-dir", str(kab_db.data_dir), "kabupaten"]
    assert main.main([*kab, "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "NIK sama (putuskan dengan --keep a atau b)" in out
    assert "Desa Mekar Jaya (36.04.07.2011)" in out and "Kader Posyandu" in out
    seq = out.split("[", 1)[1].split("]", 1)[0]

    def statuses(folder: Path) -> list[str]:
        assert main.main([*kab, "return", "--to", str(folder)]) == 0
        found = []
        for path in sorted(folder.glob("*.xlsx")):
            sheet = openpyxl.load_workbook(path)["Balikan"]
            found += [
                f"{path.name[:10]} {r[3]}" for r in sheet.iter_rows(min_row=2, values_only=True)
            ]
        return found

    # Undecided, both villages hear "still being checked", not a final "duplicate".
    assert statuses(tmp_path / "r1") == ["3604072001 DIPERIKSA", "3604072011 DIPERIKSA"]
    assert main.main([*kab, "conflicts", "--resolve", seq, "--keep", "berbeda"]) == 2
    assert "tidak mungkin memiliki NIK yang sama" in capsys.readouterr().out
    assert main.main([*kab, "conflicts", "--resolve", seq, "--keep", "a"]) == 0
    assert "A dipertahankan, B ditandai ganda" in capsys.readouterr().out
    assert sorted(statuses(tmp_path / "r2")) == ["3604072001 GANDA", "3604072011 DITERIMA"]


def test_programme_command_asks_for_the_admin_before_writing(
    kab_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from enrolment.accounts import create_first_admin

    with kab_db.session() as session:
        create_first_admin(session, "admin", "Admin Kabupaten", "rahasia-123")
    kab_db.dispose()
    kab = ["--data-dir", str(kab_db.data_dir), "kabupaten"]
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main.main([*kab, "programme", "--to", str(stick)]) == 2
    assert "--pengguna" in capsys.readouterr().out
    assert list(stick.iterdir()) == []  # no file for the villages without the admin
    monkeypatch.setattr("sys.stdin", io.StringIO("rahasia-123\n"))
    assert main.main([*kab, "--pengguna", "admin", "programme", "--to", str(stick)]) == 0
    assert [p.name for p in stick.iterdir()] == ["program_SERANG-PERBUP-59-2025_v002.json"]


def test_desa_quota_for_some_groups_counts_only_those_groups(
    village: Database, kab_db: Database, tmp_path: Path
) -> None:
    from dataclasses import replace

    from enrolment.kabupaten.recap import build_recap
    from enrolment.programme import parse_programme

    posyandu = _people(MEKAR_JAYA, 3)
    bpd = replace(_people(MEKAR_JAYA, 1, start=40)[0], group="BPD")
    _insert(village, [*posyandu, bpd], 1)
    _merge(kab_db, [_export(village, default_programme(), tmp_path / "stick")])
    raw = json.loads(json.dumps(default_programme().raw))
    raw["desa_quotas"] = {MEKAR_JAYA: {"BPD": 4}}  # the other groups: the kabupaten quota
    with kab_db.session() as session:
        recap = build_recap(session, parse_programme(raw))
    (desa,) = recap.desa
    assert (desa.enrolled, desa.quota, desa.covered) == (4, 4, 1)
    assert desa.percent == 25.0  # one BPD member of four, not 4 people of 4
    (kec,) = [k for k in recap.kecamatan if k.code == "36.04.07"]
    assert kec.percent == 25.0
    assert next(g for g in recap.groups if g.code == "POSYANDU").covered == 3


def test_kpj_sheet_takes_numbers_excel_made_and_counts_replacements(
    village: Database, kab_db: Database, tmp_path: Path
) -> None:
    from enrolment.kabupaten.kpj import apply_kpj_sheet

    people = _people(MEKAR_JAYA, 3)
    _insert(village, people, 1)
    _merge(kab_db, [_export(village, default_programme(), tmp_path / "stick")])

    def sheet(rows: list[list[object]]) -> Path:
        wb = openpyxl.Workbook()
        wb.active.append(["NIK", "NO KPJ"])
        for row in rows:
            wb.active.append(row)
            wb.active.cell(row=wb.active.max_row, column=1).data_type = "s"
        path = tmp_path / f"kpj-{len(list(tmp_path.glob('kpj-*')))}.xlsx"
        wb.save(path)
        return path

    first = sheet(
        [
            [people[0].nik, "25000000001"],
            [people[1].nik, 25000000002],  # Excel made it a number: 11 digits, still exact
            [people[2].nik, 2500000003],  # a number that lost its leading zero
        ]
    )
    with kab_db.session() as session:
        r = apply_kpj_sheet(session, first, actor="Op")
        assert (r.assigned, r.replaced, r.bad_kpj) == (2, 0, [4])
        kpj = dict(session.execute(text("SELECT nik, kpj FROM kab_record")).all())
        assert kpj[people[1].nik] == "25000000002"
        r = apply_kpj_sheet(session, sheet([[people[0].nik, "25000000009"]]), actor="Op")
        assert (r.assigned, r.replaced, r.unchanged) == (1, 1, 0)


def test_locked_batch_asks_for_its_password_and_is_not_lost(
    village: Database,
    kab_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from enrolment.batches.service import export_next_batch
    from enrolment.kabupaten.ledger import gaps

    _insert(village, _people(MEKAR_JAYA, 2), 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    locked = export_next_batch(
        village, default_programme(), actor="Sekdes", folder=stick, password="rahasia desa",
        today=date(2025, 12, 10),
    ).path  # fmt: skip
    (result,) = _merge(kab_db, [locked])
    assert result.outcome == REFUSED and result.locked
    assert (result.desa_code, result.batch_no) == (MEKAR_JAYA, 1)  # from the file's name
    assert "Minta kata sandinya ke desa" in result.message.render()
    with kab_db.session() as session:
        (entry,) = session.exec(select(KabBatch)).all()
        assert (entry.desa_code, entry.desa_name, entry.batch_no) == (MEKAR_JAYA, "Mekar Jaya", 1)
        assert "menurut nama berkas" in entry.reason
        # A refused last batch is still missing: it is listed, not forgotten.
        assert [g.message().render() for g in gaps(session)] == [
            "Desa Mekar Jaya: batch 1 belum diterima"
        ]
    kab_db.dispose()
    kab = ["--data-dir", str(kab_db.data_dir), "kabupaten"]
    assert main.main([*kab, "merge", str(stick)]) == 1
    assert "ulangi dengan --password" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("keliru\n"))
    assert main.main([*kab, "merge", "--password", str(stick)]) == 1
    assert "Kata sandi salah" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("rahasia desa\n"))
    assert main.main([*kab, "merge", "--password", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "digabung: 2 baru" in out and "belum diterima" not in out

    # Handed in again (the same locked file on the stick): known by its bytes, no password
    # asked, and the ledger does not grow.
    db = open_database(kab_db.data_dir)
    with db.session() as session:
        entries = len(session.exec(select(KabBatch)).all())
    (again,) = _merge(db, [locked])
    assert again.outcome == ALREADY and not again.locked
    assert "Batch 1 Desa Mekar Jaya sudah digabung" in again.message.render()
    with db.session() as session:
        ledger = session.exec(select(KabBatch).order_by(KabBatch.seq)).all()  # type: ignore[arg-type]
    db.dispose()
    assert len(ledger) == entries
    assert ledger[-1].status == "merged" and ledger[-1].file_sha256 == ledger[0].file_sha256
    assert len(ledger[0].file_sha256) == 64
