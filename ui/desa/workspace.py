"""The village workspace: the entry form, the register and the summary, with their actions.

The main window keeps the life cycle (data, login, lock, menus) and calls into this widget;
status-bar messages go out through `status_message`, which the window connects to its bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.desa.record_actions import RecordActions
from ui.desa.return_file import ReturnFileReader
from ui.register.dashboard import Dashboard
from ui.register.entry_form import EntryForm
from ui.register.register_view import RegisterView
from ui.workstation import Workstation

if TYPE_CHECKING:
    from models.tables import Account
    from ui.audit.audit_view import AuditLogWidget
    from ui.batches import BatchHistoryWidget


class DesaWorkspace(QTabWidget):
    """Tabs: Pendaftaran, Daftar peserta, Ringkasan; Log aktivitas and Riwayat batch on demand.

    `account` is the logged-in account: the permanent purge needs it (admins only).
    """

    status_message = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(
        self, ws: Workstation, parent: QWidget | None = None, *, account: Account | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.account = ws, account
        self._closed = False
        self.entry = EntryForm(ws)
        self.register = RegisterView(ws)
        self.dashboard = Dashboard(ws)
        self.addTab(self.entry, self.tr("&1 Pendaftaran"))
        self.addTab(self.register, self.tr("&2 Daftar peserta"))
        self.addTab(self.dashboard, self.tr("&3 Ringkasan"))
        self.audit_view: AuditLogWidget | None = None
        self.batch_view: BatchHistoryWidget | None = None
        self.records = RecordActions(self)
        self.returns = ReturnFileReader(self)
        self.entry.saved.connect(self.refresh)
        self.entry.created.connect(self._after_create)
        self.entry.print_requested.connect(self.preview_receipt)
        self.register.edit_requested.connect(self.edit_enrollee)
        self.register.remove_requested.connect(self.remove_enrollee)
        self.register.mark_ready_requested.connect(self.mark_ready)

    def start(self) -> None:
        """Right after the first paint: the counts for the dashboard and the quota line, then
        the offer of a form left unsaved."""
        QTimer.singleShot(0, self, self.refresh)
        QTimer.singleShot(0, self, self._offer_draft)

    def _offer_draft(self) -> None:
        """A form that was being typed when the power went is offered back."""
        from enrolment.drafts import clear_form_draft, load_form_draft
        from ui.dialogs import ask

        draft = load_form_draft(self.ws.db.data_dir)
        if not draft:
            return
        name = str(draft.get("nama") or draft.get("nik") or "")
        if ask(
            self, self.tr("Isian belum tersimpan"),
            self.tr("Ada isian formulir yang belum tersimpan ({name}), mungkin karena listrik padam. Kembalikan?").format(
                name=name or "—"),
            self.tr("Kembalikan"), self.tr("Buang"), yes_is_safe=True,
        ):  # fmt: skip
            self.setCurrentWidget(self.entry)
            self.entry.restore_draft(draft)
        else:
            clear_form_draft(self.ws.db.data_dir)

    # --- the people ------------------------------------------------------------------------
    def new_enrollee(self) -> None:
        self.setCurrentWidget(self.entry)
        if self.entry.is_dirty():
            self.entry.nik.setFocus()
            return
        self.entry.start_new()

    def find_enrollee(self) -> None:
        self.setCurrentWidget(self.register)
        self.register.focus_search()

    def edit_enrollee(self, enrollee_id: str) -> None:
        from ui.dialogs import ask

        if self.entry.is_dirty() and not ask(
            self, self.tr("Isian belum disimpan"),
            self.tr("Formulir masih berisi data yang belum disimpan. Tinggalkan dan buka data lain?"),
            self.tr("Ya, tinggalkan"), self.tr("Kembali"),
        ):  # fmt: skip
            self.setCurrentWidget(self.entry)
            return
        self.entry.load(enrollee_id)
        self.setCurrentWidget(self.entry)

    def remove_enrollee(self, enrollee_id: str) -> None:
        self.records.remove(enrollee_id)

    def purge_selected(self) -> None:
        self.records.purge_selected()

    def mark_ready(self, ids: list[str]) -> None:
        self.records.mark_ready(ids)

    # --- receipts --------------------------------------------------------------------------
    def preview_receipt(self, enrollee_id: str) -> None:
        from ui.printing.receipt_dialogs import preview_receipt

        preview_receipt(self, self.ws.db, enrollee_id, self.ws.operator)

    def print_current(self) -> None:
        """Ctrl+P: the receipt of the record just saved, or of the one selected in the register."""
        if self.currentWidget() is self.register:
            ids = self.register.selected_ids()
            if ids:
                self.preview_receipt(ids[0])
                return
        last = self.entry.last_saved_id()
        if last:
            self.preview_receipt(last)
        else:
            self.status_message.emit(
                self.tr("Simpan data peserta dulu, atau pilih peserta di Daftar peserta."), 6000
            )

    def print_selected(self, mode: str) -> None:
        from ui.printing.receipt_dialogs import print_receipts

        ids = self.register.selected_ids()
        if not ids:
            self.setCurrentWidget(self.register)
            self.status_message.emit(
                self.tr("Pilih dulu peserta di Daftar peserta (Ctrl+A untuk semua yang tampil)."),
                6000,
            )
            return
        print_receipts(self, self.ws.db, ids, self.ws.operator, mode=mode)

    def _after_create(self, enrollee_id: str) -> None:
        from ui.printing.receipt_dialogs import receipt_after_save

        receipt_after_save(self, self.ws.db, enrollee_id, self.ws.operator)

    # --- files and history -----------------------------------------------------------------
    def import_excel(self) -> None:
        from ui.importing import open_import_dialog

        dialog = open_import_dialog(
            self, self.ws.db, self.ws.operator, self.ws.programme, self.ws.desa_code
        )
        dialog.imported.connect(self.refresh)

    def export_batch(self) -> None:
        from ui.batches import open_export_dialog

        dialog = open_export_dialog(self, self.ws.db, self.ws.operator, self.ws.programme)
        dialog.exported.connect(self._after_export)

    def _after_export(self, batch_no: int) -> None:
        self.refresh()
        if self.batch_view is not None:
            self.batch_view.refresh()

    def show_batches(self) -> None:
        from ui.batches import BatchHistoryWidget

        if self.batch_view is None:
            self.batch_view = BatchHistoryWidget(self.ws.db, self.ws.operator)
            self.addTab(self.batch_view, self.tr("Riwayat &batch"))
        else:
            self.batch_view.refresh()
        self.setCurrentWidget(self.batch_view)

    def read_return_file(self) -> None:
        self.returns.read()

    def show_audit_log(self) -> None:
        from ui.audit.audit_view import show_audit_tab

        self.audit_view = show_audit_tab(
            self, self.ws.db, self.ws.operator, self.tr("&4 Log aktivitas")
        )

    # --- refresh and closing ---------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """After a change: the register, the dashboard and the form's quota line."""
        if self._closed:  # a deferred refresh may arrive after closing
            return
        self.register.refresh()
        self.entry.set_counts(self.dashboard.refresh())

    def confirm_close(self) -> bool:
        """For the main window's closeEvent: False when the user chose to keep the form."""
        from ui.dialogs import ask

        return not self.entry.is_dirty() or ask(
            self, self.tr("Keluar"), self.tr("Formulir masih berisi data yang belum disimpan. Keluar juga?"),
            self.tr("Keluar"), self.tr("Kembali"),
        )  # fmt: skip

    def close_connection(self) -> None:
        """The window is closing or building a new workspace: let go of the register's
        read connection; refreshes still queued do nothing."""
        self._closed = True
        self.register.close_connection()
