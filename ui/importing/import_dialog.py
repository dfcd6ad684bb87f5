"""Impor dari Excel: pick a workbook and sheet, check the column mapping, preview, import.

The dialog lays out and reacts; reading, judging and writing are calls into
`enrolment.importing.service`, each run through `ui.tasks.run_task` so the window never
freezes and the import can be cancelled (a cancelled import changes nothing).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrolment.importing import service
from enrolment.importing.header import header_row_problem
from enrolment.importing.plan import HELD, IMPORT, SKIP, UPDATE, WARNING, ImportOptions, ImportPlan
from enrolment.importing.reader import WorkbookInfo, inspect_workbook
from enrolment.programme import Programme
from models.database import Database
from ui.errors import tr_message
from ui.importing.mapping_panel import MappingPanel
from ui.importing.preview_panel import PreviewPanel
from ui.tasks import Task, TaskContext, run_task


def open_import_dialog(
    parent: QWidget | None, db: Database, actor: str, programme: Programme, desa_code: str
) -> ImportDialog:
    """Opens the import dialog (window-modal, deletes itself when closed)."""
    dialog = ImportDialog(parent, db, actor, programme, desa_code)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    """Emits `imported(ImportOutcome)` after a successful import (refresh the register)."""

    imported = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        actor: str,
        programme: Programme,
        desa_code: str,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._programme, self._desa = db, actor, programme, desa_code
        self._info: WorkbookInfo | None = None
        self._prepared: service.Prepared | None = None
        self._plan: ImportPlan | None = None
        self._task: Task | None = None
        # The file dialog opens where the last list came from, else in Documents.
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        # A Documents folder that does not exist would be offered as a file name instead.
        self._last_folder = documents if documents.is_dir() else Path.home()
        self.setWindowTitle(self.tr("Impor dari Excel"))
        self.resize(1000, 700)
        self._build()
        self._update_buttons()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.pick_button = QPushButton(self.tr("Pilih berkas…"))
        self.pick_button.clicked.connect(self._pick_file)
        self.pick_button.setAutoDefault(False)  # Enter in the preview must not open a file
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.pick_button)
        form.addRow(self.tr("Buku kerja:"), file_row)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._sheet_chosen)
        form.addRow(self.tr("Lembar:"), self.sheet_combo)
        layout.addLayout(form)

        self.mapping_panel = MappingPanel(self._programme)
        self.mapping_panel.changed.connect(self._options_changed)
        self.mapping_panel.header_chosen.connect(self._header_row_chosen)
        # The panel's parts, under the names the dialog's callers and tests use.
        panel = self.mapping_panel
        self.mapping_table, self.mapping_note = panel.table, panel.note
        self.header_spin, self.header_apply = panel.header_spin, panel.header_apply
        self.group_combo, self.skip_radio, self.update_radio = (
            panel.group_combo, panel.skip_radio, panel.update_radio,
        )  # fmt: skip
        layout.addWidget(self.mapping_panel, 2)

        self.preview = PreviewPanel(self._programme)
        self.preview.preview_button.clicked.connect(self._preview)
        self.preview.preview_button.setAutoDefault(False)
        # The panel's parts, under the names the dialog's callers and tests use.
        self.preview_button, self.counts_label = (
            self.preview.preview_button,
            self.preview.counts_label,
        )
        self.show_combo, self.preview_view = self.preview.show_combo, self.preview.view
        self.preview_model = self.preview.model
        layout.addWidget(self.preview, 3)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        self.open_folder_button = QPushButton(self.tr("Buka &folder berkas yang ditahan"))
        self.open_folder_button.clicked.connect(self._open_error_folder)
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.hide()
        summary_row.addWidget(self.open_folder_button)
        layout.addLayout(summary_row)
        self._error_workbook: Path | None = None
        buttons = QDialogButtonBox()
        # Writing to the register takes a click, never a stray Enter: not an accept button
        # (the button box would make the first one the dialog's default when it is shown).
        self.import_button = buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self._import)
        self.import_button.setAutoDefault(False)
        self.import_button.setDefault(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # nor close the dialog and its preview
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.pick_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy and self._info is not None)
        self.preview_button.setEnabled(not busy and self._prepared is not None)
        self.mapping_panel.set_enabled(not busy and self._prepared is not None)
        accepted = held = 0
        if self._plan is not None:
            accepted = sum(1 for r in self._plan.rows if r.verdict in (IMPORT, WARNING, UPDATE))
            held = self._plan.count(HELD)
        # With nothing to import, the held-back rows still go to their workbook for correcting.
        self.import_button.setText(
            self.tr("Impor")
            if accepted or not held
            else self.tr("Simpan {n} baris yang ditahan ke Excel").format(n=held)
        )
        self.import_button.setEnabled(not busy and (accepted > 0 or held > 0))

    def _run(self, work: Any, on_success: Any, title: str, on_cancel: Any = None) -> None:
        def done(result: object) -> None:
            self._task = None
            self._update_buttons()
            on_success(result)

        def failed(exc: BaseException) -> None:
            from ui.errors import show_failure

            self._task = None
            self._update_buttons()
            show_failure(self, exc)

        def cancelled() -> None:
            self._task = None
            self._update_buttons()
            if on_cancel:
                on_cancel()

        self._task = run_task(
            self,
            work,
            on_success=done,
            on_failure=failed,
            on_cancel=cancelled,
            title=title,
        )
        self._update_buttons()

    # --- file and sheet ----------------------------------------------------------------

    def _pick_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar peserta"),
            str(self._last_folder),
            self.tr("Buku kerja (*.xlsx *.xls *.ods);;Semua berkas (*)"),
        )
        if not name:
            return
        path = Path(name)
        self._last_folder = path.parent
        self.file_edit.setText(str(path))
        self._info, self._prepared = None, None
        self._set_plan(None)
        # Nothing said or chosen for the previous file may linger next to this one.
        self.mapping_panel.reset()
        self.preview.reset()
        self.summary_label.clear()
        self._show_error_workbook(None)
        self.sheet_combo.clear()
        self._run(lambda ctx: inspect_workbook(path), self._workbook_opened, self.tr("Membuka…"))

    def _workbook_opened(self, info: WorkbookInfo) -> None:
        self._info = info
        self.sheet_combo.clear()
        for sheet in info.sheets:
            label = (
                sheet.name
                if sheet.visible
                else self.tr("{name} (tersembunyi)").format(name=sheet.name)
            )
            self.sheet_combo.addItem(label, sheet.name)
            if not sheet.visible:  # offered for clarity, never imported
                item = self.sheet_combo.model().item(self.sheet_combo.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        visible = info.visible_sheets
        if visible:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(visible[0]))
        self._update_buttons()
        self._load_sheet(visible[0] if visible else (info.sheets[0].name))

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet_combo.itemData(index)
        if name:
            self._load_sheet(str(name))

    def _load_sheet(self, name: str) -> None:
        info = self._info
        assert info is not None
        self._prepared = None
        self._set_plan(None)

        def work(ctx: TaskContext) -> service.Prepared:
            return service.prepare(info.path, name, self._db.data_dir, info=info, check=ctx.check)

        self._run(work, self._sheet_loaded, self.tr("Membaca lembar…"))

    def _header_row_chosen(self, row: int) -> None:
        """The operator says where the header is (a guess that took a title for it)."""
        prepared = self._prepared
        if prepared is None:
            return
        problem = header_row_problem(prepared.sheet.rows, row)
        if problem is not None:  # said before anything is thrown away
            QMessageBox.information(self, self.tr("Judul kolom"), tr_message(problem))
            return
        self._prepared = None
        self._set_plan(None)

        def work(ctx: TaskContext) -> service.Prepared:
            return service.with_header_row(prepared, row, self._db.data_dir)

        self._run(work, self._sheet_loaded, self.tr("Membaca lembar…"))

    def _sheet_loaded(self, prepared: service.Prepared) -> None:
        self._prepared = prepared
        self.mapping_panel.show_sheet(prepared)
        # Tab goes from the sheet through the columns' drop-downs, in the order they are shown.
        combos = [self.mapping_table.combo(c) for c in range(self.mapping_table.rowCount())]
        for a, b in pairwise([self.sheet_combo, *combos, self.group_combo]):
            self.setTabOrder(a, b)
        self._update_buttons()

    def mapping(self) -> list[str]:
        """The mapping as the operator left it in the table."""
        return self.mapping_panel.mapping()

    def _options(self) -> ImportOptions:
        return self.mapping_panel.options()

    def _options_changed(self) -> None:
        self._set_plan(None)  # any change makes the preview stale

    # --- preview and import ------------------------------------------------------------

    def _set_plan(self, plan: ImportPlan | None) -> None:
        self._plan = plan
        self.preview.set_plan(plan)
        self._update_buttons()

    def _preview(self) -> None:
        prepared = self._prepared
        assert prepared is not None
        mapping, options = self.mapping(), self._options()
        text = self.tr("Memeriksa baris…")

        def work(ctx: TaskContext) -> ImportPlan:
            return service.judge(
                self._db,
                prepared,
                mapping=mapping,
                options=options,
                programme=self._programme,
                today=_today(),
                desa_code=self._desa,
                check=ctx.check,
                progress=lambda done, total: ctx.progress(done, total, text),
            )

        self.summary_label.clear()
        self._run(work, self._set_plan, self.tr("Pratinjau"))

    def _import(self) -> None:
        prepared, plan = self._prepared, self._plan
        assert prepared is not None and plan is not None
        text = self.tr("Menyimpan peserta…")

        def work(ctx: TaskContext) -> service.ImportOutcome:
            return service.execute(
                self._db,
                prepared,
                plan,
                actor=self._actor,
                programme=self._programme,
                today=_today(),
                check=ctx.check,
                progress=lambda done, total: ctx.progress(done, total, text),
            )

        self._run(work, self._imported, self.tr("Mengimpor"), on_cancel=self._import_cancelled)

    def _show_error_workbook(self, path: Path | None) -> None:
        self._error_workbook = path
        self.open_folder_button.setVisible(path is not None)

    def _open_error_folder(self) -> None:
        """The folder of the held-back rows' workbook, in the file manager, file selected
        where the system allows (the secretary corrects it there)."""
        path = self._error_workbook
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            QMessageBox.information(
                self,
                self.tr("Buka folder"),
                self.tr("Folder tidak dapat dibuka dari sini. Berkasnya ada di:\n{path}").format(
                    path=path
                ),
            )

    def _import_cancelled(self) -> None:
        self.summary_label.setText(
            self.tr("Impor dibatalkan. Tidak ada data yang berubah di register.")
        )

    def _imported(self, outcome: service.ImportOutcome) -> None:
        result = outcome.result
        template = self.tr(
            "Diimpor {created} peserta baru ({warned} dengan peringatan yang dikonfirmasi "
            "lewat impor)."
        )
        lines = [template.format(created=result.created, warned=outcome.plan.count(WARNING))]
        if outcome.plan.count(UPDATE):
            lines.append(
                self.tr("Diperbarui {updated}; {same} lainnya sudah sama.").format(
                    updated=result.updated, same=result.unchanged
                )
            )
        if outcome.plan.count(SKIP):
            lines.append(
                self.tr("Dilewati {skip} yang sudah terdaftar.").format(
                    skip=outcome.plan.count(SKIP)
                )
            )
        self._show_error_workbook(outcome.error_workbook)
        if outcome.error_workbook is not None:
            lines.append(
                self.tr(
                    "Ditahan {held} baris; perbaiki di {path} lalu impor berkas itu lagi."
                ).format(held=outcome.plan.count(HELD), path=outcome.error_workbook)
            )
        text = "\n".join(lines)
        self.summary_label.setText(text)
        self._plan = None  # imported: a second click must not import again
        self._update_buttons()
        self.imported.emit(outcome)
        QMessageBox.information(self, self.tr("Impor selesai"), text)


def _today() -> Any:
    from datetime import date

    return date.today()
