"""OpenDocument (.ods) lists are read through the same path (python-calamine)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from enrolment.importing.plan import IMPORT, ImportOptions
from enrolment.importing.service import judge, prepare
from enrolment.programme import Programme
from models.database import Database


def make_ods(path: Path, rows: list[list[str]]) -> None:
    cells = []
    for row in rows:
        tds = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        cells.append(f"<table:table-row>{tds}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        + "".join(cells)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{ns}" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def test_ods_list(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    path = tmp_path / "daftar.ods"
    make_ods(
        path,
        [
            ["NIK", "Nama", "Tempat Lahir", "L/P", "Kategori"],
            ["3604071203900001", "Budi", "Serang", "L", "Kader"],
        ],
    )
    prepared = prepare(path, None, installed_db.data_dir)
    assert prepared.info.kind == "ods"
    plan = judge(
        installed_db,
        prepared,
        options=ImportOptions(),
        programme=programme,
        today=today,
        desa_code=None,
    )
    assert [r.verdict for r in plan.rows] == [IMPORT]
    assert plan.rows[0].data.kategori == "POSYANDU"
