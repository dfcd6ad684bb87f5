"""Old Excel 97-2003 (.xls) lists are read through the same path (python-calamine).

The fixture village-list-old-excel.xls was written once with xlwt 1.3.0 (not a dependency):
a merged title row, the header on row 3, NIKs as text, as numbers (one intact, one that may
have lost its last digit) and with spaces, and birth dates as Excel dates and as text.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from enrolment.importing.plan import HELD, IMPORT, WARNING, ImportOptions
from enrolment.importing.service import execute, judge, prepare
from enrolment.programme import Programme
from models.database import Database

FIXTURE = Path(__file__).parents[2] / "fixtures" / "importing" / "village-list-old-excel.xls"


def test_xls_list_reaches_the_same_verdicts(
    installed_db: Database, programme: Programme, today: date, tmp_path: Path
) -> None:
    source = tmp_path / FIXTURE.name  # the held-back rows' workbook is written beside it
    shutil.copyfile(FIXTURE, source)
    prepared = prepare(source, None, installed_db.data_dir)
    assert prepared.info.kind == "xls"
    plan = judge(
        installed_db,
        prepared,
        options=ImportOptions(),
        programme=programme,
        today=today,
        desa_code=None,
    )
    assert plan.sheet == "Data RT RW"
    by_name = {r.data.nama: r for r in plan.rows}
    assert [r.row for r in plan.rows] == [4, 5, 6, 7]  # header found under the title
    ahmad, siti, dedi, jajang = (by_name[n] for n in ("AHMAD FAUZI", "SITI ROHMAH",
                                                       "DEDI SUPRIADI", "JAJANG SUKARNA"))  # fmt: skip
    assert ahmad.verdict == IMPORT and ahmad.data.tanggal_lahir == date(1990, 3, 12)
    # A number whose last digit is not 0 is intact: kept as text, with a note.
    assert siti.verdict == WARNING and siti.data.nik == "3604075505850003"
    assert siti.data.tanggal_lahir == date(1985, 5, 15)
    # Ending in 0 it may have lost its 16th digit: held back until checked against the KTP.
    assert dedi.verdict == HELD and dedi.nik_damaged
    assert jajang.verdict == IMPORT and jajang.data.nik == "3604072209750004"
    assert jajang.data.tanggal_lahir == date(1975, 9, 22)
    outcome = execute(installed_db, prepared, plan, actor="Uji", programme=programme, today=today)
    assert outcome.result.created == 3
    assert len(list(tmp_path.glob("*-ditahan-*.xlsx"))) == 1  # the held row, to correct
