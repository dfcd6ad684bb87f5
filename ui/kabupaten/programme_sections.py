"""The editable sections of the Program tab: general terms, groups, quotas per desa, columns.

Each section shows part of the programme dict it is given and turns a user edit into one call
of `enrolment.kabupaten.programme_edit`; the section hands the edited dict to `apply`
(the Program tab), which keeps it or shows the refusal and makes the section show the
unchanged dict again. Sections never decide a rule themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrolment.kabupaten import programme_edit as edit
from enrolment.regions import regions
from ui import dialogs
from ui.errors import tr_message

Data = dict[str, Any]
Apply = Callable[[Callable[[Data], Data]], None]  # the tab applies an edit to its dict
_ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _FIXED | Qt.ItemFlag.ItemIsEditable


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _item(value: Any, *, editable: bool = False, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(_EDITABLE if editable else _FIXED)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _parse_count(text: str) -> int | None:
    """A typed number ('1.250' or '1250'); None for an empty cell; -1 for garbage (refused
    by the domain with its message)."""
    clean = text.strip().replace(".", "")
    if not clean:
        return None
    return int(clean) if clean.isdigit() else -1


class GeneralSection(QWidget):
    """Coverage period, contribution per programme, declared income, announced total."""

    def __init__(self, apply: Apply) -> None:
        super().__init__()
        self._apply = apply
        self.start = QDateEdit()
        self.end = QDateEdit()
        for box in (self.start, self.end):
            box.setDisplayFormat("MM/yyyy")  # months: the coverage runs from month to month
            box.setCalendarPopup(False)
        self.income = self._money()
        self.total = QSpinBox()
        self.total.setRange(0, edit.MAX_QUOTA)
        self.total.setGroupSeparatorShown(True)
        self.total.setSpecialValueText(self.tr("(tidak diumumkan)"))
        self.total.setLocale(_ID)
        self.total.setMinimumWidth(200)
        self.monthly = QLabel()
        self.amounts: dict[str, QSpinBox] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(self.tr("Perlindungan &mulai (bulan/tahun):"), self.start)
        self.form.addRow(self.tr("Perlindungan &berakhir (bulan/tahun):"), self.end)
        self.form.addRow(self.tr("&Upah yang dilaporkan per bulan:"), self.income)
        self._amount_row = self.form.rowCount()
        self.form.addRow(self.tr("Iuran per pekerja per bulan:"), self.monthly)
        self.form.addRow(self.tr("T&otal kuota yang diumumkan:"), self.total)
        self.start.editingFinished.connect(self._coverage)
        self.end.editingFinished.connect(self._coverage)
        self.income.editingFinished.connect(
            lambda: self._apply(lambda d: edit.set_declared_income(d, self.income.value()))
        )
        self.total.editingFinished.connect(
            lambda: self._apply(lambda d: edit.set_stated_total(d, self.total.value() or None))
        )

    @staticmethod
    def _money() -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, edit.MAX_AMOUNT)
        box.setPrefix("Rp ")
        box.setGroupSeparatorShown(True)
        box.setLocale(_ID)  # 1.000.000 as Indonesian offices write it, whatever Windows says
        box.setMinimumWidth(200)
        return box

    def _coverage(self) -> None:
        start = self.start.date().toString("yyyy-MM")
        end = self.end.date().toString("yyyy-MM")
        self._apply(lambda d: edit.set_coverage(d, start, end))

    def show_data(self, data: Data) -> None:
        self.start.setDate(QDate.fromString(data["coverage"]["start"] + "-01", "yyyy-MM-dd"))
        self.end.setDate(QDate.fromString(data["coverage"]["end"] + "-01", "yyyy-MM-dd"))
        self.income.setValue(int(data["declared_income"]))
        self.total.setValue(int(data.get("stated_total") or 0))
        contribution: dict[str, int] = data["contribution"]
        if list(self.amounts) != list(contribution):
            for box in self.amounts.values():
                self.form.removeRow(box)
            self.amounts = {}
            for i, key in enumerate(contribution):
                box = self._money()
                box.editingFinished.connect(lambda k=key, b=box: self._amount(k, b))
                self.form.insertRow(
                    self._amount_row + i, self.tr("Iuran {name} per bulan:").format(name=key), box
                )
                self.amounts[key] = box
        for key, box in self.amounts.items():
            box.setValue(int(contribution[key]))
        self.monthly.setText(f"Rp {_thousands(sum(int(v) for v in contribution.values()))}")

    def _amount(self, key: str, box: QSpinBox) -> None:
        self._apply(lambda d: edit.set_contribution(d, {key: box.value()}))


class GroupsSection(QWidget):
    """The groups: name and quota editable; add; remove when no record uses the group."""

    CODE, NAME, QUOTA, USED = range(4)

    def __init__(self, apply: Apply) -> None:
        super().__init__()
        self._apply = apply
        self._loading = False
        self.usage: dict[str, int] = {}
        self.table = _table(
            [self.tr("Kode"), self.tr("Nama kelompok"), self.tr("Kuota"), self.tr("Terdaftar")]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            self.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.add_button = QPushButton(self.tr("&Tambah kelompok…"))
        self.remove_button = QPushButton(self.tr("&Hapus kelompok"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Kode kelompok tercatat di setiap batch dan tidak dapat diubah. Kelompok yang "
                    "sudah dipakai peserta tidak dapat dihapus."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.table.itemChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def show_data(self, data: Data) -> None:
        self._loading = True
        groups = data["groups"]
        self.table.setRowCount(len(groups))
        for r, g in enumerate(groups):
            self.table.setItem(r, self.CODE, _item(g["code"]))
            self.table.setItem(r, self.NAME, _item(g["name"], editable=True))
            self.table.setItem(r, self.QUOTA, _item(g["quota"], editable=True, number=True))
            self.table.setItem(r, self.USED, _item(self.usage.get(g["code"], 0), number=True))
        self._loading = False
        check = edit.quota_check(data)
        group_sum = sum(g.quota for g in check.groups)
        text = self.tr("Jumlah kuota per kelompok: {sum}. Total program: {total}.").format(
            sum=_thousands(group_sum), total=_thousands(check.programme_total)
        )
        if group_sum != check.programme_total:
            text += " " + self.tr("Selisih {diff}.").format(
                diff=_thousands(abs(group_sum - check.programme_total))
            )
        self.summary.setText(text)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        code = self.table.item(item.row(), self.CODE).text()
        value = item.text()
        if item.column() == self.NAME:
            self._apply(lambda d: edit.rename_group(d, code, value))
        elif item.column() == self.QUOTA:
            quota = _parse_count(value)
            self._apply(lambda d: edit.set_group_quota(d, code, -1 if quota is None else quota))

    def add(self) -> None:
        code = dialogs.ask_text(
            self,
            self.tr("Tambah kelompok"),
            self.tr("Kode kelompok baru (huruf besar, angka, _), misalnya PEKERJA_SOSIAL:"),
        )
        if not code:
            return
        name = dialogs.ask_text(
            self, self.tr("Tambah kelompok"), self.tr("Nama kelompok {code}:").format(code=code)
        )
        if name is None:
            return
        self._apply(lambda d: edit.add_group(d, code, name))

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = self.table.item(row, self.CODE).text()
        used = self.usage.get(code, 0)
        self._apply(lambda d: edit.remove_group(d, code, used))


class DesaQuotaSection(QWidget):
    """All desa of the kabupaten by kecamatan, one editable quota column per group, with the
    sums checked against the group quotas and the programme total as the user types."""

    CODE, NAME = 0, 1

    def __init__(self, apply: Apply) -> None:
        super().__init__()
        self._apply = apply
        self._loading = False
        self._groups: list[str] = []
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = _table([])
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Isi kuota desa per kelompok. Sel kosong: desa memakai kuota kabupaten untuk "
                    "kelompok itu. Baris tebal adalah jumlah per kecamatan."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check)
        self.table.itemChanged.connect(self._changed)

    def show_data(self, data: Data) -> None:
        self._loading = True
        reg = regions()
        groups = data["groups"]
        self._groups = [g["code"] for g in groups]
        quotas: dict[str, dict[str, int]] = data.get("desa_quotas", {})
        headers = [self.tr("Kode"), self.tr("Kecamatan / desa")]
        headers += [g["name"] for g in groups] + [self.tr("Jumlah")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows: list[tuple[str, str, bool]] = []  # code, name, is kecamatan
        kab_code = str(data["kabupaten"]["code"])
        for kec in sorted(reg.kecamatan_of(kab_code), key=lambda k: k.code):
            rows.append((kec.code, kec.name, True))
            rows += [(d.code, d.name, False) for d in sorted(reg.desa_of(kec.code), key=_code)]
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        shade = QBrush(QColor(235, 235, 235))
        for r, (code, name, is_kec) in enumerate(rows):
            self.table.setItem(r, self.CODE, _item(code))
            self.table.setItem(r, self.NAME, _item(name if is_kec else "   " + name))
            for c, group in enumerate(self._groups, start=2):
                own = None if is_kec else quotas.get(code, {}).get(group)
                self.table.setItem(r, c, _item(own, editable=not is_kec, number=True))
            self.table.setItem(r, len(headers) - 1, _item("", number=True))
            if is_kec:
                for c in range(len(headers)):
                    self.table.item(r, c).setFont(bold)
                    self.table.item(r, c).setBackground(shade)
        self._sums(data)
        self._loading = False

    def _sums(self, data: Data) -> None:
        """Row totals, kecamatan subtotals and the check line."""
        quotas: dict[str, dict[str, int]] = data.get("desa_quotas", {})
        last = self.table.columnCount() - 1
        kec_row = -1
        kec_sums: dict[int, list[int]] = {}
        for r in range(self.table.rowCount()):
            code = self.table.item(r, self.CODE).text()
            if code.count(".") == 2:
                kec_row = r
                kec_sums[r] = [0] * (len(self._groups) + 1)
                continue
            per = quotas.get(code, {})
            values = [int(per.get(g, 0)) for g in self._groups]
            self.table.item(r, last).setText(_thousands(sum(values)) if per else "")
            for i, v in enumerate([*values, sum(values)]):
                kec_sums[kec_row][i] += v
        for r, sums in kec_sums.items():
            for i, v in enumerate(sums):
                self.table.item(r, 2 + i).setText(_thousands(v) if v else "")
        check = edit.quota_check(data)
        lines = [
            self.tr(
                "Jumlah kuota desa: {desa} dari total program {total} ({n} desa punya kuota "
                "sendiri)."
            ).format(
                desa=_thousands(check.desa_total),
                total=_thousands(check.programme_total),
                n=check.desa_count,
            )
        ]
        lines += [
            self.tr("{name}: {sum} dari {quota}").format(
                name=g.name, sum=_thousands(g.desa_sum), quota=_thousands(g.quota)
            )
            for g in check.groups
            if g.desa_sum
        ]
        problems = [tr_message(m) for m in check.messages()]
        self.check.setText("\n".join(lines + problems))
        self.check.setStyleSheet("color: #a40000;" if problems else "")

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not 2 <= item.column() < 2 + len(self._groups):
            return
        desa = self.table.item(item.row(), self.CODE).text()
        group = self._groups[item.column() - 2]
        quota = _parse_count(item.text())
        self._apply(lambda d: edit.set_desa_quota(d, desa, group, quota))

    def update_sums(self, data: Data) -> None:
        """After a successful cell edit: only the sums change (no rebuild of 355 rows)."""
        self._loading = True
        self._sums(data)
        self._loading = False


def _code(desa: Any) -> str:
    return str(desa.code)


class ColumnsSection(QWidget):
    """The column template of the batch and the master export: used, order, titles."""

    USED, FIELD, HEADER = range(3)

    def __init__(self, apply: Apply) -> None:
        super().__init__()
        self._apply = apply
        self._loading = False
        self._required: set[str] = set()
        self.table = _table([self.tr("Dipakai"), self.tr("Data"), self.tr("Judul kolom")])
        self.table.horizontalHeader().setSectionResizeMode(
            self.HEADER, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self.tr("Geser &naik (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Geser t&urun (Alt+↓)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Urutan dan judul kolom berlaku untuk batch desa dan berkas induk BPJS. Kolom "
                "wajib (tercentang abu-abu) tidak dapat dilepas."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._changed)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))

    def show_data(self, data: Data) -> None:
        self._loading = True
        rows = edit.template_rows(data)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            used = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable
            if not row.required:
                flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            used.setFlags(flags)
            used.setCheckState(Qt.CheckState.Checked if row.used else Qt.CheckState.Unchecked)
            self.table.setItem(r, self.USED, used)
            self.table.setItem(r, self.FIELD, _item(row.field))
            self.table.setItem(r, self.HEADER, _item(row.header, editable=True))
        self._loading = False

    def template(self, order: list[int] | None = None) -> list[tuple[str, str]]:
        rows = order if order is not None else list(range(self.table.rowCount()))
        return [
            (self.table.item(r, self.FIELD).text(), self.table.item(r, self.HEADER).text())
            for r in rows
            if self.table.item(r, self.USED).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            columns = self.template()
            self._apply(lambda d: edit.set_column_template(d, columns))

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        order = list(range(self.table.rowCount()))
        order[row], order[target] = order[target], order[row]
        columns = self.template(order)
        field = self.table.item(row, self.FIELD).text()
        self._apply(lambda d: edit.set_column_template(d, columns))
        # The tab shows the edited template on the next turn of the event loop; after that,
        # select the moved row again so Alt+Up/Down can be pressed repeatedly.
        QTimer.singleShot(0, lambda: self._select(field))

    def _select(self, field: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, self.FIELD).text() == field:
                self.table.setCurrentCell(r, self.HEADER)
