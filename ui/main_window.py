"""The main window: paints at once, then opens the data and builds the desa workspace.

Nothing heavy happens before the first paint: the database is migrated and read with plain
sqlite3 right after, and the ORM is imported only when something is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

if TYPE_CHECKING:
    from ui.workstation import Workstation


class MainWindow(QMainWindow):
    """`ready` fires once the register shows its data (used by the start-up benchmark)."""

    ready = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.ws: Workstation | None = None
        self._closed = False
        self._on_first_paint: Callable[[], object] | None = None
        self.setWindowTitle("Jaring")
        self.resize(1100, 720)
        placeholder = QLabel(self.tr("Membuka data…"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)

    # --- opening -------------------------------------------------------------------------
    def open_after_first_paint(self, on_failure: Callable[[], None]) -> None:
        """Opens the data once the window has been painted, so the operator sees Jaring at
        once; `on_failure` runs when the data cannot be opened (or setup was cancelled)."""
        self._on_first_paint = lambda: None if self.open_data() else on_failure()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._on_first_paint is not None:
            callback, self._on_first_paint = self._on_first_paint, None
            QTimer.singleShot(0, callback)
        return super().event(event)

    def open_data(self) -> bool:
        """Migrates and loads the database; runs the setup wizard on first use."""
        from models.database import open_database
        from models.db import DatabaseError
        from ui.dialogs import warn
        from ui.workstation import load_workstation

        try:
            db = open_database(self.data_dir)
        except DatabaseError as exc:
            warn(self, self.tr("Data tidak dapat dibuka"), exc.reason)
            return False
        ws = load_workstation(db)
        if ws is None:
            if not self._run_setup(db, None):
                return False
            ws = load_workstation(db)
            assert ws is not None
        self._build(ws)
        return True

    def _run_setup(self, db: object, ws: Workstation | None) -> bool:
        from enrolment.installation import setup_desa
        from enrolment.messages import UserError
        from models.database import Database
        from ui.dialogs import warn
        from ui.errors import tr_message
        from ui.setup.wizard import CurrentSettings, SetupWizard

        assert isinstance(db, Database)
        current = None
        if ws is not None:
            current = CurrentSettings(
                desa_code=ws.desa_code, operator_name=ws.operator, sekdes_name=ws.sekdes_name,
                kades_name=ws.kades_name, paper_size=ws.paper_size, receipt_copies=ws.receipt_copies,
            )  # fmt: skip
        while True:
            wizard = SetupWizard(current, self)
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                return False
            try:
                with db.session() as session:
                    setup_desa(session, wizard.answers())
                return True
            except UserError as exc:
                warn(self, self.tr("Penyiapan belum berhasil"), tr_message(exc.message))

    def _build(self, ws: Workstation) -> None:
        from ui.register.dashboard import Dashboard
        from ui.register.entry_form import EntryForm
        from ui.register.register_view import RegisterView

        old = self.centralWidget()
        if isinstance(old, QTabWidget):
            self._teardown()
        self.ws = ws
        self.entry = EntryForm(ws)
        self.register = RegisterView(ws)
        self.dashboard = Dashboard(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry, self.tr("&1 Pendaftaran"))
        self.tabs.addTab(self.register, self.tr("&2 Daftar peserta"))
        self.tabs.addTab(self.dashboard, self.tr("&3 Ringkasan"))
        self.setCentralWidget(self.tabs)
        self._audit_view: QWidget | None = None
        self._batch_view: QWidget | None = None
        self.setWindowTitle(self.tr("Jaring — Desa {desa}").format(desa=ws.desa_name))
        self.entry.saved.connect(self._after_change)
        self.entry.created.connect(self._after_create)
        self.entry.print_requested.connect(self.preview_receipt)
        self.register.edit_requested.connect(self.edit_enrollee)
        self.register.remove_requested.connect(self.remove_enrollee)
        self.register.mark_ready_requested.connect(self.mark_ready)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Desa {desa}, Kec. {kec} · Operator: {op} · {basis} (versi {version}) · Data: {path}").format(
                desa=ws.desa_name, kec=ws.kecamatan_name, op=ws.operator, basis=ws.programme.legal_basis,
                version=ws.programme.version, path=str(ws.db.path),
            )
        )  # fmt: skip
        self.ready.emit()
        # Counts for the dashboard and the quota line come right after the first paint.
        QTimer.singleShot(0, self._after_change)
        QTimer.singleShot(0, self._offer_draft)

    def _offer_draft(self) -> None:
        """A form that was being typed when the power went is offered back."""
        from enrolment.drafts import clear_form_draft, load_form_draft
        from ui.dialogs import ask

        assert self.ws is not None
        draft = load_form_draft(self.ws.db.data_dir)
        if not draft:
            return
        name = str(draft.get("nama") or draft.get("nik") or "")
        if ask(
            self, self.tr("Isian belum tersimpan"),
            self.tr("Ada isian formulir yang belum tersimpan ({name}), mungkin karena listrik padam. Kembalikan?").format(
                name=name or "—"),
            self.tr("Kembalikan"), self.tr("Buang"),
        ):  # fmt: skip
            self.tabs.setCurrentWidget(self.entry)
            self.entry.restore_draft(draft)
        else:
            clear_form_draft(self.ws.db.data_dir)

    def _teardown(self) -> None:
        self.register.close_connection()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        self._add(file_menu, self.tr("&Impor dari Excel…"), self.import_excel, "Ctrl+I")
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Buat &batch untuk kabupaten…"), self.export_batch, "Ctrl+E")
        self._add(file_menu, self.tr("&Riwayat batch dan berita acara"), self.show_batches)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Cadangkan ke flashdisk…"), self.backup_to_stick)
        self._add(file_menu, self.tr("&Pulihkan dari cadangan…"), self.restore_backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        people = bar.addMenu(self.tr("&Peserta"))
        new_action = QAction(self.tr("Peserta &baru"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_enrollee)
        find_action = QAction(self.tr("&Cari peserta"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.find_enrollee)
        people.addAction(new_action)
        people.addAction(find_action)
        people.addSeparator()
        self._add(
            people,
            self.tr("&Tanda terima (pratinjau dan cetak)…"),
            self.print_current,
            QKeySequence.StandardKey.Print,
        )
        self._add(
            people,
            self.tr("Cetak tanda terima yang &dipilih ke PDF…"),
            lambda: self.print_selected("pdf"),
        )
        self._add(
            people,
            self.tr("Cetak tanda terima yang dipilih ke &printer…"),
            lambda: self.print_selected("printer"),
        )
        self._add(people, self.tr("&Periksa nomor tanda terima…"), self.check_receipt)
        people.addSeparator()
        self._add(people, self.tr("&Log aktivitas"), self.show_audit_log)

        settings = bar.addMenu(self.tr("Pen&gaturan"))
        desa_action = QAction(self.tr("Pengaturan &desa…"), self)
        desa_action.triggered.connect(self.change_settings)
        settings.addAction(desa_action)
        language = settings.addMenu(self.tr("&Bahasa / Language"))
        group = QActionGroup(self)
        from ui.i18n import LANGUAGES, saved_language

        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(code == saved_language())
            action.triggered.connect(lambda _=False, c=code: self.change_language(c))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("Bant&uan"))
        about = QAction(self.tr("&Tentang Jaring"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        self.menu_file, self.menu_people, self.menu_settings, self.menu_help = (
            file_menu,
            people,
            settings,
            help_menu,
        )

    def _add(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # --- actions ---------------------------------------------------------------------------
    def import_excel(self) -> None:
        from ui.importing import open_import_dialog

        assert self.ws is not None
        dialog = open_import_dialog(
            self, self.ws.db, self.ws.operator, self.ws.programme, self.ws.desa_code
        )
        dialog.imported.connect(self._after_change)

    def export_batch(self) -> None:
        from ui.batches import open_export_dialog

        assert self.ws is not None
        dialog = open_export_dialog(self, self.ws.db, self.ws.operator, self.ws.programme)
        dialog.exported.connect(self._after_export)

    def _after_export(self, batch_no: int) -> None:
        self._after_change()
        if self._batch_view is not None:
            self._batch_view.refresh()  # type: ignore[attr-defined]

    def show_batches(self) -> None:
        from ui.batches import BatchHistoryWidget

        assert self.ws is not None
        if self._batch_view is None:
            self._batch_view = BatchHistoryWidget(self.ws.db, self.ws.operator)
            self.tabs.addTab(self._batch_view, self.tr("Riwayat &batch"))
        else:
            self._batch_view.refresh()  # type: ignore[attr-defined]
        self.tabs.setCurrentWidget(self._batch_view)

    def backup_to_stick(self) -> None:
        from ui.backup.backup_dialogs import backup_to_stick

        assert self.ws is not None
        backup_to_stick(self, self.ws.db, self.ws.operator)

    def restore_backup(self) -> None:
        from ui.backup.backup_dialogs import restore_from_file

        assert self.ws is not None
        restore_from_file(self, self.ws.db, self.ws.operator, on_restored=lambda _r: self._reload())

    def _reload(self) -> None:
        """After a restore: everything is read again from the restored database."""
        from ui.workstation import load_workstation

        assert self.ws is not None
        ws = load_workstation(self.ws.db)
        if ws is not None:
            self._build(ws)

    def preview_receipt(self, enrollee_id: str) -> None:
        from ui.printing.receipt_dialogs import preview_receipt

        assert self.ws is not None
        preview_receipt(self, self.ws.db, enrollee_id, self.ws.operator)

    def print_current(self) -> None:
        """Ctrl+P: the receipt of the record just saved, or of the one selected in the register."""
        if self.tabs.currentWidget() is self.register:
            ids = self.register.selected_ids()
            if ids:
                self.preview_receipt(ids[0])
                return
        last = self.entry.last_saved_id()
        if last:
            self.preview_receipt(last)
        else:
            self.statusBar().showMessage(
                self.tr("Simpan data peserta dulu, atau pilih peserta di Daftar peserta."), 6000
            )

    def print_selected(self, mode: str) -> None:
        from ui.printing.receipt_dialogs import print_receipts

        assert self.ws is not None
        ids = self.register.selected_ids()
        if not ids:
            self.tabs.setCurrentWidget(self.register)
            self.statusBar().showMessage(
                self.tr("Pilih dulu peserta di Daftar peserta (Ctrl+A untuk semua yang tampil)."),
                6000,
            )
            return
        print_receipts(self, self.ws.db, ids, self.ws.operator, mode=mode)

    def check_receipt(self) -> None:
        from ui.printing.receipt_dialogs import open_receipt_check_dialog

        assert self.ws is not None
        open_receipt_check_dialog(self, self.ws.db)

    def show_audit_log(self) -> None:
        from ui.audit.audit_view import AuditLogWidget

        assert self.ws is not None
        if self._audit_view is None:
            self._audit_view = AuditLogWidget(self.ws.db, self.ws.operator)
            self.tabs.addTab(self._audit_view, self.tr("&4 Log aktivitas"))
        else:
            self._audit_view.refresh()  # type: ignore[attr-defined]
        self.tabs.setCurrentWidget(self._audit_view)

    def _after_create(self, enrollee_id: str) -> None:
        from ui.printing.receipt_dialogs import receipt_after_save

        assert self.ws is not None
        receipt_after_save(self, self.ws.db, enrollee_id, self.ws.operator)

    def new_enrollee(self) -> None:
        self.tabs.setCurrentWidget(self.entry)
        if self.entry.is_dirty():
            self.entry.nik.setFocus()
            return
        self.entry.start_new()

    def find_enrollee(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.focus_search()

    def edit_enrollee(self, enrollee_id: str) -> None:
        from ui.dialogs import ask

        if self.entry.is_dirty() and not ask(
            self, self.tr("Isian belum disimpan"),
            self.tr("Formulir masih berisi data yang belum disimpan. Tinggalkan dan buka data lain?"),
            self.tr("Ya, tinggalkan"), self.tr("Kembali"),
        ):  # fmt: skip
            self.tabs.setCurrentWidget(self.entry)
            return
        self.entry.load(enrollee_id)
        self.tabs.setCurrentWidget(self.entry)

    def remove_enrollee(self, enrollee_id: str) -> None:
        from enrolment.messages import UserError
        from enrolment.register import get_enrollee, remove_enrollee
        from ui.dialogs import ask, ask_text, warn
        from ui.errors import tr_message

        assert self.ws is not None
        with self.ws.db.session() as session:
            record = get_enrollee(session, enrollee_id)
        if record is None:
            return
        reason = ask_text(
            self, self.tr("Hapus peserta"),
            self.tr("Alasan menghapus {name} dari daftar (wajib, tercatat):").format(name=record.nama),
        )  # fmt: skip
        if reason is None:
            return
        if not reason.strip():
            warn(self, self.tr("Hapus peserta"), self.tr("Alasan wajib diisi. Data tidak dihapus."))
            return
        note = ""
        if record.last_batch_no:
            note = self.tr(
                "\n\nData ini sudah diserahkan (batch {n}); batch berikutnya membawa penarikannya."
            ).format(n=record.last_batch_no)
        if not ask(
            self, self.tr("Hapus peserta"),
            self.tr("Hapus {name} dari daftar? Data disembunyikan, tidak dimusnahkan, dan tercatat di log.").format(
                name=record.nama) + note,
            self.tr("Hapus"), self.tr("Batal"), danger=True,
        ):  # fmt: skip
            return
        try:
            with self.ws.db.session() as session:
                remove_enrollee(session, enrollee_id, reason=reason, actor=self.ws.operator)
        except UserError as exc:
            warn(self, self.tr("Hapus peserta"), tr_message(exc.message))
        self._after_change()

    def mark_ready(self, ids: list[str]) -> None:
        from enrolment.register import set_ready

        assert self.ws is not None
        with self.ws.db.session() as session:
            changed = set_ready(session, ids, ready=True, actor=self.ws.operator)
        self.statusBar().showMessage(
            self.tr("{n} data ditandai siap diserahkan.").format(n=changed), 5000
        )
        self._after_change()

    def change_settings(self) -> None:
        from ui.workstation import load_workstation

        assert self.ws is not None
        if self._run_setup(self.ws.db, self.ws):
            ws = load_workstation(self.ws.db)
            assert ws is not None
            self._build(ws)

    def change_language(self, code: str) -> None:
        from ui.dialogs import inform
        from ui.i18n import save_language

        save_language(code)
        inform(self, self.tr("Bahasa"), self.tr("Bahasa baru dipakai setelah Jaring dibuka ulang."))

    def about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from ui.dialogs import inform

        try:
            app_version = version("jaring")
        except PackageNotFoundError:
            app_version = "?"
        inform(
            self, self.tr("Tentang Jaring"),
            self.tr("Jaring {version}\nPendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM).\n"
                    "Data tersimpan di: {path}").format(version=app_version, path=str(self.data_dir)),
        )  # fmt: skip

    def _after_change(self, *_: object) -> None:
        if self._closed:  # a deferred refresh may arrive after the window closed
            return
        self.register.refresh()
        self.entry.set_counts(self.dashboard.refresh())

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.dialogs import ask
        from ui.tasks import wait_for_all_tasks

        if self.ws is not None and self.entry.is_dirty() and not ask(
            self, self.tr("Keluar"), self.tr("Formulir masih berisi data yang belum disimpan. Keluar juga?"),
            self.tr("Keluar"), self.tr("Kembali"),
        ):  # fmt: skip
            event.ignore()
            return
        wait_for_all_tasks()
        self._closed = True
        if self.ws is not None:
            self._teardown()
            self._backup_on_close()
            self.ws.db.dispose()
        event.accept()

    def _backup_on_close(self) -> None:
        import logging

        from enrolment.backups import REASON_CLOSE, make_backup
        from enrolment.messages import UserError

        assert self.ws is not None
        try:
            make_backup(self.ws.db, REASON_CLOSE, self.ws.operator)
        except (OSError, UserError) as exc:  # never keep the window from closing
            logging.getLogger("jaring").warning("backup on close failed: %s", exc)


def current_window() -> QWidget | None:
    return QApplication.activeWindow()
