"""First-run setup (and later changes): kecamatan → desa → names → paper."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from enrolment.installation import SetupAnswers
from enrolment.regions import regions
from ui.setup.picker import SearchablePicker


@dataclass
class CurrentSettings:
    """What an existing installation holds, to prefill the wizard when settings change."""

    desa_code: str = ""
    operator_name: str = ""
    sekdes_name: str = ""
    kades_name: str = ""
    paper_size: str = "A4"
    receipt_copies: int = 2
    receipt_auto_print: bool = False
    kabupaten: bool = False


class _KecamatanPage(QWizardPage):
    def __init__(self, current: CurrentSettings) -> None:
        super().__init__()
        self.setTitle(self.tr("Kecamatan"))
        self.setSubTitle(
            self.tr("Ketik sebagian nama kecamatan, pilih dengan panah, lalu tekan Enter.")
        )
        reg = regions()
        self.picker = SearchablePicker(self.tr("Cari kecamatan…"))
        items = [(k.code, f"{k.name}  ({k.code})") for k in reg.kecamatan_of(reg.kabupaten_code)]
        self.picker.set_items(items, select=current.desa_code.rsplit(".", 1)[0] or None)
        # The kabupaten office runs the same program for consolidation: no desa to pick.
        self.kabupaten = QCheckBox(
            self.tr("Ini komputer &kantor kabupaten (menggabungkan batch dari desa), bukan desa")
        )
        self.kabupaten.setChecked(current.kabupaten)
        self.kabupaten.toggled.connect(self._kabupaten_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kabupaten: {name}").format(name=reg.kabupaten_name)))
        layout.addWidget(self.kabupaten)
        layout.addWidget(self.picker)
        self._kabupaten_toggled(current.kabupaten)
        self.picker.changed.connect(self.completeChanged)
        self.picker.activated.connect(lambda: self.wizard().next())
        self.setFocusProxy(self.picker)

    def _kabupaten_toggled(self, on: bool) -> None:
        self.picker.setEnabled(not on)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.kabupaten.isChecked() or self.picker.current_code() is not None

    def nextId(self) -> int:
        # Kabupaten: straight to the officials page (no desa, no receipts to print).
        return SetupWizard.PEOPLE if self.kabupaten.isChecked() else SetupWizard.DESA


class _DesaPage(QWizardPage):
    def __init__(self, current: CurrentSettings, kecamatan: _KecamatanPage) -> None:
        super().__init__()
        self._kecamatan = kecamatan
        self._initial = current.desa_code
        self.setTitle(self.tr("Desa"))
        self.setSubTitle(self.tr("Pilih desa tempat Jaring ini dipakai."))
        self.picker = SearchablePicker(self.tr("Cari desa…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self.picker.changed.connect(self.completeChanged)
        self.picker.activated.connect(lambda: self.wizard().next())
        self.setFocusProxy(self.picker)

    def initializePage(self) -> None:
        code = self._kecamatan.picker.current_code() or ""
        items = [
            (d.code, f"{d.name}  ({d.code}, kode pos {d.postal_code})")
            for d in regions().desa_of(code)
        ]
        self.picker.set_items(items, select=self._initial or None)
        self.picker.setFocus()

    def isComplete(self) -> bool:
        return self.picker.current_code() is not None


class _PeoplePage(QWizardPage):
    def __init__(self, current: CurrentSettings) -> None:
        super().__init__()
        self.setTitle(self.tr("Petugas"))
        self.setSubTitle(
            self.tr(
                "Nama operator tercatat pada setiap perubahan data. Nama Sekdes dan Kades dicetak pada dokumen."
            )
        )
        self.operator = QLineEdit(current.operator_name)
        self.sekdes = QLineEdit(current.sekdes_name)
        self.kades = QLineEdit(current.kades_name)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama &operator:"), self.operator)
        form.addRow(self.tr("Nama &Sekretaris Desa:"), self.sekdes)
        form.addRow(self.tr("Nama &Kepala Desa:"), self.kades)
        self.operator.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.operator.text().strip())

    def nextId(self) -> int:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and wizard.is_kabupaten():
            return -1  # finish
        return SetupWizard.PAPER


class _PaperPage(QWizardPage):
    def __init__(self, current: CurrentSettings) -> None:
        super().__init__()
        self.setTitle(self.tr("Kertas"))
        self.setSubTitle(self.tr("Ukuran kertas untuk tanda terima dan berita acara."))
        self.a4 = QRadioButton(self.tr("A4 (210 × 297 mm)"))
        self.f4 = QRadioButton(self.tr("F4 / folio (215 × 330 mm)"))
        (self.f4 if current.paper_size == "F4" else self.a4).setChecked(True)
        self.one = QRadioButton(self.tr("1 salinan per lembar"))
        self.two = QRadioButton(self.tr("2 salinan per lembar (untuk peserta dan arsip desa)"))
        (self.one if current.receipt_copies == 1 else self.two).setChecked(True)
        self.auto_print = QCheckBox(
            self.tr("Cetak tanda terima &otomatis setiap kali peserta baru disimpan")
        )
        self.auto_print.setChecked(current.receipt_auto_print)
        paper, copies = QButtonGroup(self), QButtonGroup(self)
        for b in (self.a4, self.f4):
            paper.addButton(b)
        for b in (self.one, self.two):
            copies.addButton(b)
        layout = QVBoxLayout(self)
        for widget in (
            self.a4, self.f4, QLabel(self.tr("Tanda terima:")), self.one, self.two, self.auto_print,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch()


class SetupWizard(QWizard):
    """Collects SetupAnswers; the caller saves them through enrolment.installation."""

    KECAMATAN, DESA, PEOPLE, PAPER = range(4)

    def __init__(
        self, current: CurrentSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        current = current or CurrentSettings()
        first_run = not current.desa_code
        self.setWindowTitle(
            self.tr("Jaring — Penyiapan") if first_run else self.tr("Jaring — Pengaturan desa")
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.kecamatan = _KecamatanPage(current)
        self.desa = _DesaPage(current, self.kecamatan)
        self.people = _PeoplePage(current)
        self.paper = _PaperPage(current)
        for page_id, page in enumerate((self.kecamatan, self.desa, self.people, self.paper)):
            self.setPage(page_id, page)
        self.resize(620, 480)

    def is_kabupaten(self) -> bool:
        return self.kecamatan.kabupaten.isChecked()

    def answers(self) -> SetupAnswers:
        return SetupAnswers(
            desa_code=self.desa.picker.current_code() or "",
            operator_name=self.people.operator.text(),
            sekdes_name=self.people.sekdes.text(),
            kades_name=self.people.kades.text(),
            paper_size="F4" if self.paper.f4.isChecked() else "A4",
            receipt_copies=1 if self.paper.one.isChecked() else 2,
            receipt_auto_print=self.paper.auto_print.isChecked(),
        )
