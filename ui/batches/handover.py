"""The berita acara serah terima data: one printable sheet per batch, A4 or F4.

Laid out as rich text (QTextDocument) so it prints the same on a printer and into a PDF.
"""

from __future__ import annotations

import html
from datetime import UTC, date

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from enrolment.batches.builder import BatchContent
from enrolment.batches.format import KIND_CORRECTION, KIND_NEW, KIND_WITHDRAWAL
from enrolment.dates import long_date
from models.tables import Batch, Installation

MARGIN_MM = 20  # survives printers that cannot print near the edge


def page_size(paper: str) -> QPageSize:
    """A4, or F4 (215 × 330 mm) — not Qt's Folio, which is 210 × 330 mm."""
    if paper == "F4":
        # ExactMatch: the default fuzzy match snaps to US Fanfold German Legal (215.9 mm).
        return QPageSize(
            QSizeF(215, 330),
            QPageSize.Unit.Millimeter,
            "F4",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QPageSize(QPageSize.PageSizeId.A4)


def setup_page(device: QPagedPaintDevice, paper: str) -> None:
    device.setPageLayout(
        QPageLayout(
            page_size(paper),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handover", text)


def handover_date(batch: Batch) -> date:
    created = batch.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return created.astimezone().date()  # the village's local day


def handover_html(batch: Batch, content: BatchContent, inst: Installation) -> str:
    e = html.escape
    day = handover_date(batch)
    counts = content.counts()
    names = dict(content.groups)
    codes = [c for c, _ in content.groups if c in counts] + sorted(set(counts) - set(names))
    rows = []
    totals = [0, 0, 0]
    for code in codes:
        per = counts[code]
        values = [per[KIND_NEW], per[KIND_CORRECTION], per[KIND_WITHDRAWAL]]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        cells = "".join(f"<td align='right'>{v}</td>" for v in values)
        rows.append(f"<tr><td>{e(names.get(code, code))}</td>{cells}</tr>")
    total_cells = "".join(f"<td align='right'><b>{v}</b></td>" for v in totals)
    rows.append(f"<tr><td><b>{e(_tr('Jumlah'))}</b></td>{total_cells}</tr>")
    sha = " ".join(batch.sha256[i : i + 8] for i in range(0, len(batch.sha256), 8))
    intro = _tr(
        "Pada hari ini, {date}, Pemerintah Desa {desa}, Kecamatan {kecamatan}, menyerahkan data "
        "peserta perlindungan jaminan sosial ketenagakerjaan (JKK dan JKM) kepada Pemerintah "
        "Kabupaten dalam bentuk berkas elektronik dengan rincian sebagai berikut."
    ).format(date=e(long_date(day)), desa=e(inst.desa_name), kecamatan=e(inst.kecamatan_name))
    closing = _tr(
        "Keutuhan berkas dapat diperiksa dengan checksum SHA-256 di atas. Data pribadi dalam "
        "berkas ini dilindungi menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi."
    )
    sekdes = e(inst.sekdes_name) or "…………………………………"
    details = [
        (_tr("Nomor batch"), f"{batch.batch_no:03d}"),
        (_tr("Kode desa"), e(inst.desa_code)),
        (_tr("Nama berkas"), e(batch.file_name)),
        (_tr("Jumlah baris"), str(batch.row_count)),
        (_tr("Periode perlindungan"), e(f"{content.coverage_start} s.d. {content.coverage_end}")),
        (_tr("Program"), e(f"{content.programme_id} (versi {content.programme_version})")),
        ("SHA-256", f"<span style='font-family:monospace'>{sha}</span>"),
    ]
    detail_rows = "".join(f"<tr><td width='32%'>{k}</td><td>: {v}</td></tr>" for k, v in details)
    return f"""
<html><body style="font-size:11pt">
<p align="center"><b style="font-size:14pt">{e(_tr("BERITA ACARA SERAH TERIMA DATA"))}</b><br/>
{e(_tr("Peserta Jaminan Sosial Ketenagakerjaan Pekerja Rentan"))}<br/>
{e(_tr("Nomor batch"))} {batch.batch_no:03d} — {e(_tr("Desa"))} {e(inst.desa_name)}</p>
<p>{intro}</p>
<table cellspacing="0" cellpadding="3">{detail_rows}</table>
<p></p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th align="left">{e(_tr("Kelompok"))}</th><th>{e(_tr("Baru"))}</th>
<th>{e(_tr("Koreksi"))}</th><th>{e(_tr("Penarikan"))}</th></tr>
{"".join(rows)}
</table>
<p>{closing}</p>
<p align="right">{e(inst.desa_name)}, {e(long_date(day, weekday=False))}</p>
<table width="100%" cellpadding="4"><tr>
<td width="50%" align="center">{e(_tr("Yang Menyerahkan,"))}<br/>
{e(_tr("Sekretaris Desa"))} {e(inst.desa_name)}<br/><br/><br/><br/><br/>
<u>{sekdes}</u></td>
<td width="50%" align="center">{e(_tr("Yang Menerima,"))}<br/>
{e(_tr("Petugas Kabupaten"))}<br/><br/><br/><br/><br/>
…………………………………<br/>{e(_tr("NIP."))} ……………………</td>
</tr></table>
</body></html>"""


def render_handover(
    device: QPagedPaintDevice, batch: Batch, content: BatchContent, inst: Installation
) -> None:
    """Prints the sheet onto a printer or a QPdfWriter (GUI thread: it paints)."""
    setup_page(device, inst.paper_size)
    doc = QTextDocument()
    doc.setHtml(handover_html(batch, content, inst))
    doc.print_(device)
