"""What the entry form says beside a field while the operator types: under the NIK, what its
structure tells (and the birth date and sex it fills in); beside the group, its quota line."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from enrolment.dates import short_date
from enrolment.nik import check_nik
from ui.errors import tr_message
from ui.register.form_rows import ERROR_STYLE, OK_STYLE, WARNING_STYLE

if TYPE_CHECKING:
    from ui.register.entry_form import EntryForm


class NikHint(QObject):
    """The line under the NIK. A structurally valid NIK fills birth date and sex, unless the
    operator typed them (what was filled in automatically may be replaced again)."""

    def __init__(self, form: EntryForm) -> None:
        super().__init__(form)
        self._form = form
        self.label = QLabel()
        self.label.setWordWrap(True)
        self._auto_birth = ""
        self._auto_sex = ""
        form.nik.textChanged.connect(self._changed)

    def reset(self) -> None:
        self._auto_birth = self._auto_sex = ""
        self.label.clear()

    def _changed(self, text: str) -> None:
        form = self._form
        form.errors["nik"].hide()
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) < 16:
            self.label.setStyleSheet("")
            self.label.setText(self.tr("{n}/16 angka").format(n=len(digits)) if digits else "")
            return
        result = check_nik(text, date.today())
        if result.info is None:
            self.label.setStyleSheet(ERROR_STYLE)
            self.label.setText(tr_message(result.error) if result.error else "")
            return
        info = result.info
        birth_text = short_date(info.birth_date)
        if not form.tanggal_lahir.text().strip() or form.tanggal_lahir.text() == self._auto_birth:
            form.tanggal_lahir.setText(birth_text)
            self._auto_birth = birth_text
        current_sex = form.jenis_kelamin.currentData() or ""
        if not current_sex or current_sex == self._auto_sex:
            form.jenis_kelamin.setCurrentIndex(form.jenis_kelamin.findData(info.sex))
            self._auto_sex = info.sex
        sex_text = self.tr("laki-laki") if info.sex == "L" else self.tr("perempuan")
        lines = [
            self.tr("Struktur NIK benar: lahir {birth}, {sex}. (Pemeriksaan ini tidak membuktikan NIK terdaftar di Dukcapil.)")
            .format(birth=birth_text, sex=sex_text)
        ]  # fmt: skip
        lines += ["⚠ " + tr_message(w.message) for w in result.warnings]
        self.label.setStyleSheet(WARNING_STYLE if result.warnings else OK_STYLE)
        self.label.setText("\n".join(lines))


class QuotaHint(QObject):
    """The line beside the group: enrolled here against the quota that applies."""

    def __init__(self, form: EntryForm) -> None:
        super().__init__(form)
        self._form = form
        self.label = QLabel()
        form.kategori.currentIndexChanged.connect(self.update)

    def update(self) -> None:
        form = self._form
        code = form.kategori.currentData() or ""
        if not code:
            self.label.clear()
            return
        quota, own = form.ws.programme.quota_for(code, form.ws.desa_code)
        enrolled = form.counts.get(code, 0)
        scope = self.tr("kuota desa") if own else self.tr("kuota kabupaten")
        text = self.tr("Terdaftar di desa ini: {enrolled} — {scope}: {quota}").format(
            enrolled=enrolled, scope=scope, quota=f"{quota:,}".replace(",", ".")
        )
        over = enrolled >= quota
        self.label.setStyleSheet(WARNING_STYLE if over else "")
        self.label.setText(text + (self.tr(" — kuota sudah penuh") if over else ""))
