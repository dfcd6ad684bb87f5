"""The middle of the import dialog: where the header is, what each column holds, and the
options for rows without a group and for people already registered. It says what the guess
found and which fields no column provides yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrolment.importing import service
from enrolment.importing.header import FIELDS, missing_fields
from enrolment.importing.plan import ImportOptions
from enrolment.programme import Programme
from ui.importing.mapping_table import MappingTable


class MappingPanel(QGroupBox):
    """Emits `changed` when the mapping or an option changes (the preview is stale then) and
    `header_chosen(row)` (0-based) when the operator says where the header is."""

    changed = Signal()
    header_chosen = Signal(int)

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kolom di berkas dan isinya di Jaring"), parent)
        layout = QVBoxLayout(self)
        header_row = QHBoxLayout()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 30)
        header_label = QLabel(self.tr("Judul &kolom ada di baris:"))
        header_label.setBuddy(self.header_spin)
        self.header_apply = QPushButton(self.tr("Pakai baris ini"))
        self.header_apply.setAutoDefault(False)
        self.header_apply.clicked.connect(
            lambda: self.header_chosen.emit(self.header_spin.value() - 1)
        )
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_spin)
        header_row.addWidget(self.header_apply)
        header_row.addStretch(1)
        layout.addLayout(header_row)
        self.table = MappingTable()
        self.table.changed.connect(self._changed)
        layout.addWidget(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        options = QFormLayout()
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(sesuai kolom Kategori/Jabatan)"), None)
        for group in programme.groups:
            self.group_combo.addItem(group.name, group.code)
        self.group_combo.currentIndexChanged.connect(self._changed)
        options.addRow(self.tr("Kelompok bila tidak tertulis:"), self.group_combo)
        existing_row = QHBoxLayout()
        self.skip_radio = QRadioButton(self.tr("lewati"))
        self.update_radio = QRadioButton(self.tr("perbarui dengan isi daftar"))
        self.skip_radio.setChecked(True)
        self._existing = QButtonGroup(self)
        for button in (self.skip_radio, self.update_radio):
            self._existing.addButton(button)
            existing_row.addWidget(button)
        existing_row.addStretch(1)
        self.skip_radio.toggled.connect(self._changed)
        options.addRow(self.tr("NIK yang sudah terdaftar:"), existing_row)
        layout.addLayout(options)
        self._prepared: service.Prepared | None = None
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """The header row can be chosen once a sheet is read (and not while work runs)."""
        self.header_spin.setEnabled(enabled)
        self.header_apply.setEnabled(enabled)

    def reset(self) -> None:
        """A new file: nothing chosen for the last one stays."""
        self._prepared = None
        self.table.setRowCount(0)
        self.group_combo.setCurrentIndex(0)
        self.skip_radio.setChecked(True)
        self.note.clear()

    def show_sheet(self, prepared: service.Prepared) -> None:
        self._prepared = prepared
        guess = prepared.guess
        self.header_spin.setMaximum(max(1, min(30, len(prepared.sheet.rows))))
        self.header_spin.setValue(guess.row + 1)
        self.table.show_columns(guess.headers, prepared.sheet.rows, guess.data_start, guess.mapping)
        self._update_note()

    def mapping(self) -> list[str]:
        return self.table.mapping()

    def options(self) -> ImportOptions:
        group = self.group_combo.currentData()
        return ImportOptions(
            update_existing=self.update_radio.isChecked(),
            default_group=str(group) if group else None,
        )

    def _changed(self, *_args: object) -> None:
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        if self._prepared is None:
            self.note.clear()
            return
        guess = self._prepared.guess
        if guess.recognised:
            found = self.tr("Judul kolom ditemukan di baris {row}; data mulai baris {start}.")
        else:
            found = self.tr(
                "Judul kolom tidak dikenali: baris {row} dianggap judul, data mulai baris "
                "{start}. Pilih isi setiap kolom di bawah (pilihan ini diingat)."
            )
        parts = [found.format(row=guess.row + 1, start=guess.data_start + 1)]
        if self._prepared.remembered:
            parts.append(self.tr("Pemetaan kolom diambil dari impor sebelumnya."))
        missing = missing_fields(
            self.mapping(), group_given=self.options().default_group is not None
        )
        if missing:
            labels = ", ".join(QCoreApplication.translate("Import", FIELDS[m]) for m in missing)
            if self.update_radio.isChecked():
                text = self.tr(
                    "Belum ada kolom untuk: {fields}. Yang sudah terdaftar tetap memakai isian "
                    "register; orang baru tanpa isian itu akan ditahan."
                )
            else:
                text = self.tr(
                    "Belum ada kolom untuk: {fields}. Orang baru tanpa isian itu akan ditahan; "
                    "yang sudah terdaftar dilewati."
                )
            parts.append(text.format(fields=labels))
        self.note.setText(" ".join(parts))
