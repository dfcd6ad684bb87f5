"""Konflik: two records that may be the same person, side by side, and the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from enrolment.dates import short_date
from enrolment.kabupaten.conflicts import DISTINCT, KEEP_A, KEEP_B, SAME_NIK
from ui import dialogs
from ui.kabupaten.tables import fill_table, read_only_table
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace

DIFFERS = QColor("#fff0b3")  # light amber behind a row where A and B disagree


def desa_label(code: str) -> str:
    """`Mekar Jaya, Kec. Petir (36.04.07.2011)`; the bare code if the region is unknown."""
    from enrolment.regions import regions

    reg = regions()
    desa = reg.desa(code)
    if desa is None:
        return code
    kec = reg.kecamatan_name(desa.kecamatan_code)
    return f"{desa.name}, Kec. {kec} ({code})" if kec else f"{desa.name} ({code})"


def desa_name(code: str) -> str:
    from enrolment.regions import regions

    desa = regions().desa(code)
    return desa.name if desa else code


class ConflictTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self._views: list[Any] = []
        self.list = QListWidget()
        # Long entries wrap instead of being cut off; the splitter lets the user widen the list.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.side = read_only_table(["", self.tr("Catatan A"), self.tr("Catatan B")])
        self.side.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_a = QPushButton(self.tr("Pertahankan A"))
        self.keep_b = QPushButton(self.tr("Pertahankan B"))
        self.distinct = QPushButton(self.tr("Keduanya orang berbeda"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for b in (self.keep_a, self.keep_b, self.distinct):
            buttons.addWidget(b)
        buttons.addStretch()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.side, 1)
        column.addWidget(self.explain)
        column.addLayout(buttons)
        column.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._show)
        self.keep_a.clicked.connect(lambda: self.resolve(KEEP_A))
        self.keep_b.clicked.connect(lambda: self.resolve(KEEP_B))
        self.distinct.clicked.connect(lambda: self.resolve(DISTINCT))

    def show_data(self, views: list[Any]) -> None:
        self._views = views
        self.list.clear()
        for v in views:
            kind = self.tr("NIK sama") if v.conflict.kind == SAME_NIK else self.tr("Mungkin ganda")
            short = f"{kind}: {v.a.nama} — {desa_name(v.a.desa_code)} / {desa_name(v.b.desa_code)}"
            item = QListWidgetItem(short)
            item.setToolTip(
                self.tr("{kind}\nA: {a_name}, {a_desa}\nB: {b_name}, {b_desa}").format(
                    kind=self.tr("NIK sama")
                    if v.conflict.kind == SAME_NIK
                    else self.tr("Nama dan tanggal lahir sama, NIK berbeda"),
                    a_name=v.a.nama,
                    a_desa=desa_label(v.a.desa_code),
                    b_name=v.b.nama,
                    b_desa=desa_label(v.b.desa_code),
                )
            )
            self.list.addItem(item)
        for b in (self.keep_a, self.keep_b, self.distinct):
            b.setEnabled(bool(views))
        if views:
            self.list.setCurrentRow(0)  # _show then disables "distinct" for a same NIK
        else:
            self.side.setRowCount(0)
            self.explain.setText(self.tr("Tidak ada konflik terbuka."))
            self.distinct.setToolTip("")

    def _current(self) -> Any:
        row = self.list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._views):
            return
        v = self._views[row]
        rows = self.compare(v)
        fill_table(self.side, [list(r) for r in rows])
        for r, (_label, a, b) in enumerate(rows):
            if a != b:
                for c in range(3):
                    item = self.side.item(r, c)
                    item.setBackground(DIFFERS)
                    item.setForeground(QColor("black"))  # readable on amber in a dark theme
                    item.setToolTip(self.tr("A dan B berbeda di sini"))
                font = self.side.item(r, 0).font()
                font.setBold(True)
                self.side.item(r, 0).setFont(font)
        self.side.resizeRowsToContents()
        same_nik = v.conflict.kind == SAME_NIK
        self.distinct.setEnabled(not same_nik)
        self.distinct.setToolTip(
            self.tr(
                "Tidak tersedia untuk NIK yang sama: satu NIK hanya dimiliki satu orang. Pilih "
                "catatan yang dipertahankan."
            )
            if same_nik
            else self.tr("Keduanya tetap terdaftar sebagai dua orang; konflik ditutup.")
        )
        lines = [
            self.tr(
                "Pertahankan A: catatan B ditandai ganda dan dikembalikan ke desanya sebagai "
                "GANDA; A tetap terdaftar."
            ),
            self.tr(
                "Pertahankan B: catatan A ditandai ganda dan dikembalikan ke desanya sebagai "
                "GANDA; B tetap terdaftar."
            ),
            self.tr(
                "Keduanya orang berbeda: tidak tersedia, karena satu NIK hanya dimiliki satu orang."
            )
            if same_nik
            else self.tr("Keduanya orang berbeda: keduanya tetap terdaftar; konflik ditutup."),
        ]
        self.explain.setText("\n".join(lines))

    def compare(self, v: Any) -> list[tuple[str, str, str]]:
        """The side-by-side rows: (label, A, B), in the words of the village's form."""
        a, b = v.fields(v.a), v.fields(v.b)
        programme = self._ws.programme

        def born(data: dict[str, str], record: Any) -> str:
            from datetime import date

            text = data.get("tanggal_lahir") or record.tanggal_lahir
            try:
                return short_date(date.fromisoformat(text))
            except ValueError:
                return text

        def sex(data: dict[str, str], _record: Any) -> str:
            code = data.get("jenis_kelamin", "")
            return {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(code, code)

        def rt_rw(data: dict[str, str], _record: Any) -> str:
            rt, rw = data.get("rt", ""), data.get("rw", "")
            return f"{rt}/{rw}" if rt or rw else ""

        def group(data: dict[str, str], record: Any) -> str:
            code = data.get("kategori") or record.kategori
            known = programme.group(code)
            return known.name if known else data.get("nama_kategori") or code

        def batch(_data: dict[str, str], record: Any) -> str:
            if record.first_batch_no == record.last_batch_no:
                return str(record.last_batch_no)
            return self.tr("{first} (terakhir diubah di batch {last})").format(
                first=record.first_batch_no, last=record.last_batch_no
            )

        def field(key: str) -> Any:
            return lambda data, _record: data.get(key, "")

        rows: list[tuple[str, Any]] = [
            (self.tr("Nama"), lambda data, record: data.get("nama") or record.nama),
            (self.tr("NIK"), lambda data, record: data.get("nik") or record.nik),
            (self.tr("Tempat lahir"), field("tempat_lahir")),
            (self.tr("Tanggal lahir"), born),
            (self.tr("Jenis kelamin"), sex),
            (self.tr("Alamat"), field("alamat")),
            (self.tr("RT/RW"), rt_rw),
            (self.tr("No HP"), field("no_hp")),
            (self.tr("Kelompok"), group),
            (self.tr("Jabatan"), field("jabatan")),
            (self.tr("Nama ibu"), field("nama_ibu")),
            (self.tr("No. dokumen"), field("dok_nomor")),
            (self.tr("Desa"), lambda _data, record: desa_label(record.desa_code)),
            (self.tr("Batch"), batch),
        ]
        return [(label, get(a, v.a), get(b, v.b)) for label, get in rows]

    def _who(self, record: Any) -> str:
        return self.tr("{name} (Desa {desa})").format(
            name=record.nama, desa=desa_name(record.desa_code)
        )

    def _consequence(self, v: Any, resolution: str) -> str:
        """What the decision does, in the operator's words (asked before, said after)."""
        if resolution == DISTINCT:
            return self.tr(
                "A — {a} — dan B — {b} — dicatat sebagai dua orang berbeda; keduanya tetap "
                "terdaftar."
            ).format(a=self._who(v.a), b=self._who(v.b))
        kept, lost = ("A", "B") if resolution == KEEP_A else ("B", "A")
        kept_rec, lost_rec = (v.a, v.b) if resolution == KEEP_A else (v.b, v.a)
        return self.tr(
            "{lost} — {lost_who} — ditandai ganda dan dikembalikan ke desanya sebagai GANDA; "
            "{kept} — {kept_who} — tetap terdaftar."
        ).format(lost=lost, lost_who=self._who(lost_rec), kept=kept, kept_who=self._who(kept_rec))

    def resolve(self, resolution: str) -> None:
        v = self._current()
        if v is None:
            return
        if resolution == DISTINCT and v.conflict.kind == SAME_NIK:
            return  # the button is disabled: two people cannot share one NIK
        consequence = self._consequence(v, resolution)
        titles = {
            KEEP_A: self.tr("Pertahankan A"),
            KEEP_B: self.tr("Pertahankan B"),
            DISTINCT: self.tr("Keduanya orang berbeda"),
        }
        yes = {
            KEEP_A: self.tr("Tandai B ganda"),
            KEEP_B: self.tr("Tandai A ganda"),
            DISTINCT: self.tr("Ya, dua orang berbeda"),
        }
        if not dialogs.ask(
            self,
            titles[resolution],
            consequence + "\n\n" + self.tr("Keputusan ini dicatat di log audit. Lanjutkan?"),
            yes[resolution],
            self.tr("Kembali"),
            danger=True,
        ):
            return
        seq = v.conflict.seq
        db, actor = self._ws.db, self._ws.actor
        self.status.clear()

        def work(ctx: TaskContext) -> None:
            from enrolment.kabupaten.conflicts import resolve_conflict

            with db.session() as session:
                resolve_conflict(session, seq, resolution, actor=actor)

        def done(_result: Any) -> None:
            self.status.setText(self.tr("Keputusan disimpan: {what}").format(what=consequence))
            self._ws.changed.emit()

        self._ws.run(work, done, self.tr("Menyimpan keputusan…"))
