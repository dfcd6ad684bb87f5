"""The entry form, keyboard-first: Tab follows the paper form, Enter saves, Esc cancels.

Rules are not decided here: the form collects text, asks `enrolment.register.save_enrollee`,
and shows what comes back — errors beside their fields, warnings in a confirmation dialog.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enrolment.dates import parse_date_text, short_date
from enrolment.validation import EnrolleeInput
from ui.dialogs import ask
from ui.errors import tr_message
from ui.register.form_draft import FormDraft
from ui.register.form_hints import NikHint, QuotaHint
from ui.register.form_rows import ERROR_STYLE, OK_STYLE, WARNING_STYLE, ErrorRows
from ui.register.labels import return_summary
from ui.workstation import Workstation


class EntryForm(QWidget):
    """Emits `saved(enrollee_id)` after a record was committed."""

    saved = Signal(str)
    created = Signal(str)  # a NEW record was saved (not an edit)
    print_requested = Signal(str)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._editing_id: str | None = None
        self._last_saved_id: str | None = None
        self._clean: dict[str, str] = {}

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        # What the kabupaten said about the record being edited (from its return file).
        self.return_info = QLabel()
        self.return_info.setWordWrap(True)
        self.return_info.setVisible(False)
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka sesuai KTP"))
        self.nik.setMaxLength(24)
        self.nama = QLineEdit()
        self.nama.setPlaceholderText(self.tr("sesuai KTP"))
        self.tempat_lahir = QLineEdit()
        self.tanggal_lahir = QLineEdit()
        self.tanggal_lahir.setPlaceholderText(self.tr("hh-bb-tttt, terisi otomatis dari NIK"))
        self.jenis_kelamin = QComboBox()
        self.jenis_kelamin.addItem("", "")
        self.jenis_kelamin.addItem(self.tr("L — Laki-laki"), "L")
        self.jenis_kelamin.addItem(self.tr("P — Perempuan"), "P")
        self.alamat = QLineEdit()
        self.alamat.setPlaceholderText(self.tr("kampung / dusun"))
        self.rt = QLineEdit()
        self.rt.setMaxLength(3)
        self.rt.setFixedWidth(60)
        self.rw = QLineEdit()
        self.rw.setMaxLength(3)
        self.rw.setFixedWidth(60)
        self.no_hp = QLineEdit()
        self.no_hp.setPlaceholderText("08…")
        self.kategori = QComboBox()
        self.kategori.addItem(self.tr("— pilih kelompok —"), "")
        for g in ws.programme.groups:
            self.kategori.addItem(g.name, g.code)
        self.counts: dict[str, int] = {}
        self.nik_hint = NikHint(self)
        self.quota_hint = QuotaHint(self)
        # The hint lines, under the names the form's callers and tests know.
        self.nik_info, self.quota_info = self.nik_hint.label, self.quota_hint.label
        self.jabatan = QLineEdit()
        self.jabatan.setPlaceholderText(self.tr("mis. Ketua RT 003, kader Posyandu Melati"))
        self.dok_nomor = QLineEdit()
        self.dok_nomor.setPlaceholderText(self.tr("nomor SK / surat keterangan (boleh kosong)"))
        self.dok_tanggal = QLineEdit()
        self.dok_tanggal.setPlaceholderText(self.tr("hh-bb-tttt (boleh kosong)"))
        self.nama_ibu = QLineEdit()
        self.catatan = QLineEdit()
        self.ready = QCheckBox(
            self.tr("Siap diserahkan ke kabupaten (hapus centang untuk menyimpan sebagai draf)")
        )
        self.ready.setChecked(True)

        rows = ErrorRows()
        self.errors = rows.errors
        row = rows.add

        rtrw = QWidget()
        rtrw_layout = QHBoxLayout(rtrw)
        rtrw_layout.setContentsMargins(0, 0, 0, 0)
        rtrw_layout.addWidget(self.rt)
        rtrw_layout.addWidget(QLabel(self.tr("RW")))
        rtrw_layout.addWidget(self.rw)
        rtrw_layout.addStretch()

        row(self.tr("&NIK:"), "nik", self.nik, self.nik_info)
        row(self.tr("Nama &lengkap:"), "nama", self.nama)
        row(self.tr("&Tempat lahir:"), "tempat_lahir", self.tempat_lahir)
        row(self.tr("Tanggal l&ahir:"), "tanggal_lahir", self.tanggal_lahir)
        row(self.tr("&Jenis kelamin:"), "jenis_kelamin", self.jenis_kelamin)
        row(self.tr("Alamat / &dusun:"), "alamat", self.alamat)
        row(self.tr("&RT:"), "rt", rtrw)
        self.errors["rw"] = self.errors["rt"]
        row(self.tr("No &HP:"), "no_hp", self.no_hp)
        row(self.tr("&Kelompok:"), "kategori", self.kategori, self.quota_info)
        row(self.tr("Jabatan / pek&erjaan:"), "jabatan", self.jabatan)
        row(self.tr("No. d&okumen pengesahan:"), "dok_nomor", self.dok_nomor)
        row(self.tr("Tanggal dokumen:"), "dok_tanggal", self.dok_tanggal)
        row(self.tr("Nama &ibu kandung:"), "nama_ibu", self.nama_ibu)
        row(self.tr("&Catatan:"), "catatan", self.catatan)
        rows.layout.addRow("", self.ready)
        # Mother's maiden name is collected only when the programme asks for it (DOMAIN.md).
        rows.set_row_visible("nama_ibu", ws.programme.asks_mother_name)

        self.save_button = QPushButton(self.tr("&Simpan (Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal (Esc)"))
        self.print_button = QPushButton(self.tr("Cetak tanda terima terakhir (Ctrl+P)"))
        self.print_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.title)
        inner_layout.addWidget(self.return_info)
        inner_layout.addLayout(rows.layout)
        inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        order = [
            self.nik, self.nama, self.tempat_lahir, self.tanggal_lahir, self.jenis_kelamin,
            self.alamat, self.rt, self.rw, self.no_hp, self.kategori, self.jabatan, self.dok_nomor,
            self.dok_tanggal, self.nama_ibu, self.catatan, self.ready, self.save_button,
            self.cancel_button, self.print_button,
        ]  # fmt: skip
        for a, b in pairwise(order):
            self.setTabOrder(a, b)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self._print_last)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self,
                activated=self._enter,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        # What is being typed is kept in a draft file, so a power cut loses nothing.
        self.draft = FormDraft(self, ws.db.data_dir)
        self.draft.save_failed.connect(self._draft_not_saved)
        self.start_new()

    @property
    def ws(self) -> Workstation:
        return self._ws

    def _enter(self) -> None:
        """Enter saves from anywhere in the form, except on another button: there it presses
        that button (Enter on "Batal" cancels, as the button says)."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.save_button:
            focus.click()
            return
        self.save()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc reaches here from any field (line edits pass it on to their parent).
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    # --- public --------------------------------------------------------------------------
    def set_counts(self, counts: dict[str, int]) -> None:
        """Enrolled per group (for the quota line); the window passes fresh counts."""
        self.counts = counts
        self.quota_hint.update()

    def start_new(self) -> None:
        self._editing_id = None
        self.title.setText(self.tr("Pendaftaran peserta baru"))
        self._clear_fields()
        self.nik.setFocus()

    def load(self, enrollee_id: str) -> None:
        """Opens an existing record for editing."""
        from enrolment.register import get_enrollee

        with self._ws.db.session() as session:
            record = get_enrollee(session, enrollee_id)
        if record is None:
            return
        self._clear_fields()
        self._editing_id = record.id
        self.title.setText(self.tr("Mengubah data: {name}").format(name=record.nama))
        self.nik.setText(record.nik)
        self.nama.setText(record.nama)
        self.tempat_lahir.setText(record.tempat_lahir)
        self.tanggal_lahir.setText(short_date(record.tanggal_lahir))
        self.jenis_kelamin.setCurrentIndex(
            max(0, self.jenis_kelamin.findData(record.jenis_kelamin))
        )
        self.alamat.setText(record.alamat)
        self.rt.setText(record.rt)
        self.rw.setText(record.rw)
        self.no_hp.setText(record.no_hp)
        self.kategori.setCurrentIndex(max(0, self.kategori.findData(record.kategori)))
        self.jabatan.setText(record.jabatan)
        self.dok_nomor.setText(record.dok_nomor)
        self.dok_tanggal.setText(short_date(record.dok_tanggal) if record.dok_tanggal else "")
        self.nama_ibu.setText(record.nama_ibu)
        self.catatan.setText(record.catatan)
        self.ready.setChecked(record.status != "draft")
        self.ready.setEnabled(record.status in ("draft", "ready"))
        summary = return_summary(record.return_status, record.return_reason, record.kpj)
        self.return_info.setText(summary)
        self.return_info.setStyleSheet(
            "color: #a61b1b;" if record.return_status in ("rejected", "duplicate") else ""
        )
        self.return_info.setVisible(bool(summary))
        self._clean = self.draft.payload()
        self.nama.setFocus()

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded (or from empty, for a new one):
        merely opening a record to look at it is not an unsaved change."""
        return self.draft.payload() != self._clean

    def input_values(self) -> EnrolleeInput:
        return EnrolleeInput(
            nik=self.nik.text(),
            nama=self.nama.text(),
            tempat_lahir=self.tempat_lahir.text(),
            tanggal_lahir=parse_date_text(self.tanggal_lahir.text()),
            jenis_kelamin=self.jenis_kelamin.currentData() or "",
            alamat=self.alamat.text(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            no_hp=self.no_hp.text(),
            kategori=self.kategori.currentData() or "",
            jabatan=self.jabatan.text(),
            dok_nomor=self.dok_nomor.text(),
            dok_tanggal=parse_date_text(self.dok_tanggal.text()),
            nama_ibu=self.nama_ibu.text(),
            catatan=self.catatan.text(),
        )

    # --- actions -------------------------------------------------------------------------
    def save(self, confirmed: frozenset[str] = frozenset()) -> bool:
        """Validates and saves; returns True when the record was committed."""
        from enrolment.register import save_enrollee

        for label in self.errors.values():
            label.hide()
        data = self.input_values()
        bad_dates = self._unparseable_dates()
        if bad_dates:
            for name in bad_dates:
                self._show_error(
                    name, self.tr("Tanggal tidak dikenali. Tulis hh-bb-tttt, mis. 12-03-1990.")
                )
            self._focus_field(bad_dates[0])
            return False
        with self._ws.db.session() as session:
            outcome = save_enrollee(
                session, data, actor=self._ws.operator, programme=self._ws.programme,
                today=date.today(), desa_code=self._ws.desa_code, confirmed=confirmed,
                enrollee_id=self._editing_id, ready=self.ready.isChecked(),
            )  # fmt: skip
        if outcome.duplicate_of is not None:
            self._show_error("nik", tr_message(outcome.errors["nik"]))
            existing = outcome.duplicate_of
            self._not_saved(
                self.tr("Belum tersimpan: NIK ini sudah terdaftar atas nama {name}.").format(
                    name=existing.nama
                )
            )
            if ask(self, self.tr("NIK sudah terdaftar"),
                   self.tr("NIK ini sudah terdaftar atas nama {name}. Buka data tersebut untuk diperiksa?")
                   .format(name=existing.nama),
                   self.tr("Buka data itu"), self.tr("Kembali")):  # fmt: skip
                self.load(existing.id)
            return False
        if outcome.errors:
            for name, message in outcome.errors.items():
                self._show_error(name, tr_message(message))
            self._focus_field(next(iter(outcome.errors)))
            self._not_saved(self.tr("Belum tersimpan: perbaiki isian yang ditandai merah."))
            return False
        if outcome.unconfirmed:
            lines = "\n\n".join("• " + tr_message(w.message) for w in outcome.unconfirmed)
            question = self.tr(
                "Periksa hal berikut sebelum menyimpan:\n\n{lines}\n\nSudah dicek dengan KTP/dokumen?"
            ).format(lines=lines)
            if ask(self, self.tr("Perlu konfirmasi"), question,
                   self.tr("Sudah dicek, simpan"), self.tr("Kembali memperbaiki")):  # fmt: skip
                return self.save(confirmed | {w.code for w in outcome.unconfirmed})
            self._focus_field(outcome.unconfirmed[0].field)
            self._not_saved(
                self.tr("Belum tersimpan: periksa lagi hal yang ditanyakan, lalu simpan.")
            )
            return False
        assert outcome.enrollee is not None
        record = outcome.enrollee
        was_new = self._editing_id is None
        self._last_saved_id = record.id
        self.print_button.setEnabled(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr(
                "Tersimpan: {name} ({group}). Tekan Ctrl+P untuk mencetak tanda terima."
            ).format(name=record.nama, group=self._group_name(record.kategori))
        )
        self.start_new()
        self.draft.clear()
        self.saved.emit(record.id)
        if was_new:
            self.created.emit(record.id)
        return True

    def cancel(self) -> None:
        if self.is_dirty() and not ask(
            self, self.tr("Batalkan isian?"),
            self.tr("Isian yang belum disimpan akan hilang. Batalkan?"),
            self.tr("Ya, batalkan"), self.tr("Lanjut mengisi"),
        ):  # fmt: skip
            return
        self.status.clear()
        self.start_new()
        self.draft.clear()

    def last_saved_id(self) -> str | None:
        return self._last_saved_id

    def editing_id(self) -> str | None:
        """The record open for editing; None while a new one is typed."""
        return self._editing_id

    # --- draft after a power cut ------------------------------------------------------------
    def restore_draft(self, payload: dict[str, object]) -> None:
        """Puts a saved draft back into the form (the operator then checks and saves it)."""
        self.draft.restore(payload)
        self.status.setStyleSheet(WARNING_STYLE)
        self.status.setText(
            self.tr(
                "Isian yang belum tersimpan dikembalikan. Periksa lalu tekan Enter untuk menyimpan."
            )
        )

    def _draft_not_saved(self, reason: str) -> None:
        self.status.setStyleSheet(WARNING_STYLE)
        self.status.setText(
            self.tr("Cadangan isian tidak dapat disimpan ({error}). Simpan data segera.").format(
                error=reason
            )
        )

    # --- helpers -------------------------------------------------------------------------
    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.nik, self.nama, self.tempat_lahir, self.tanggal_lahir, self.alamat, self.rt,
            self.rw, self.no_hp, self.jabatan, self.dok_nomor, self.dok_tanggal, self.nama_ibu,
            self.catatan,
        ]  # fmt: skip

    def _clear_fields(self) -> None:
        for w in self._line_edits():
            w.clear()
        self.jenis_kelamin.setCurrentIndex(0)
        self.kategori.setCurrentIndex(0)
        self.ready.setChecked(True)
        self.ready.setEnabled(True)
        self.nik_hint.reset()
        for label in self.errors.values():
            label.hide()
        self.return_info.clear()
        self.return_info.hide()
        self._clean = self.draft.payload()

    def _unparseable_dates(self) -> list[str]:
        bad = []
        for name, widget in (
            ("tanggal_lahir", self.tanggal_lahir),
            ("dok_tanggal", self.dok_tanggal),
        ):
            if widget.text().strip() and parse_date_text(widget.text()) is None:
                bad.append(name)
        return bad

    def _not_saved(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _show_error(self, name: str, text: str) -> None:
        label = self.errors.get(name)
        if name == "nik" and text == self.nik_info.text():
            return  # the live check under the NIK already says it
        if label is not None:
            label.setText(text)
            label.show()

    def _focus_field(self, name: str) -> None:
        widget = getattr(self, name, None)
        if isinstance(widget, QWidget):
            QTimer.singleShot(0, widget.setFocus)

    def _group_name(self, code: str) -> str:
        group = self._ws.programme.group(code)
        return group.name if group else code

    def _print_last(self) -> None:
        if self._last_saved_id:
            self.print_requested.emit(self._last_saved_id)
