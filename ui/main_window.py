"""The main window: paints at once, then opens the data and builds the desa workspace.

Nothing heavy happens before the first paint: the database is migrated and read with plain
sqlite3 right after, and the ORM is imported only when something is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

if TYPE_CHECKING:
    from enrolment.kabupaten.returns import ReturnImport
    from enrolment.programme import Programme
    from models.database import Database
    from models.tables import Account
    from ui.accounts.idle_lock import IdleLock
    from ui.workstation import Workstation


class MainWindow(QMainWindow):
    """`ready` fires once the register shows its data (used by the start-up benchmark)."""

    ready = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.ws: Workstation | None = None
        self._closed = False
        self.account: Account | None = None
        self.idle: IdleLock | None = None
        self._skip_close_question = False
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
        account = self._log_in(db)
        if account is None:
            return False
        self._build(replace(ws, operator=account.display_name))
        self._start_idle_lock()
        return True

    def _log_in(self, db: Database, username: str = "") -> Account | None:
        """The login at start (or after the idle lock); on a database without accounts the
        first admin is created instead (issue 7: the setup creates an admin)."""
        from enrolment.permissions import has_accounts
        from ui.accounts.create_admin import create_admin_dialog
        from ui.accounts.login_dialog import ask_login

        with db.session() as session:
            exists = has_accounts(session)
        account = ask_login(self, db, username) if exists else create_admin_dialog(self, db)
        self.account = account
        return account

    def _start_idle_lock(self) -> None:
        from enrolment.accounts import idle_lock_minutes
        from ui.accounts.idle_lock import IdleLock

        assert self.ws is not None
        with self.ws.db.session() as session:
            minutes = idle_lock_minutes(session)
        if self.idle is None:
            self.idle = IdleLock(minutes, self)
            self.idle.locked.connect(self._lock)
        else:
            self.idle.set_minutes(minutes)
        self.idle.start()

    def _lock(self) -> None:
        """Idle too long: log out, hide the data, ask for a login again."""
        from enrolment.accounts import log_out

        assert self.ws is not None and self.account is not None
        with self.ws.db.session() as session:
            log_out(session, self.account, idle=True)
        previous = self.account
        self.centralWidget().hide()
        account = self._log_in(self.ws.db, previous.username)
        if account is None:
            self._skip_close_question = True
            self.close()
            return
        self.centralWidget().show()
        if account.id != previous.id:
            self._build(replace(self.ws, operator=account.display_name))
        self._start_idle_lock()

    def _run_setup(self, db: object, ws: Workstation | None) -> bool:
        from enrolment.installation import setup_desa, setup_kabupaten
        from enrolment.messages import UserError
        from enrolment.regions import regions
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
                receipt_auto_print=ws.receipt_auto_print, kabupaten=ws.mode == "kabupaten",
            )  # fmt: skip
        while True:
            wizard = SetupWizard(current, self)
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                return False
            try:
                with db.session() as session:
                    if wizard.is_kabupaten():
                        setup_kabupaten(
                            session, regions().kabupaten_code, wizard.answers().operator_name,
                            by=self.account,
                        )  # fmt: skip
                    else:
                        setup_desa(session, wizard.answers(), by=self.account)
                return True
            except UserError as exc:
                warn(self, self.tr("Penyiapan belum berhasil"), tr_message(exc.message))

    def _build(self, ws: Workstation) -> None:
        from ui.register.dashboard import Dashboard
        from ui.register.entry_form import EntryForm
        from ui.register.register_view import RegisterView

        if self._is_desa():
            self._teardown()
        if ws.mode == "kabupaten":
            self._build_kabupaten(ws)
            return
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

    def _is_desa(self) -> bool:
        return self.ws is not None and self.ws.mode == "desa"

    def _is_kabupaten(self) -> bool:
        return self.ws is not None and self.ws.mode == "kabupaten"

    def _build_kabupaten(self, ws: Workstation) -> None:
        """The kabupaten office: the consolidation screens instead of the entry form."""
        from ui.kabupaten import KabupatenWorkspace

        self.ws = ws
        self.tabs = KabupatenWorkspace(ws.db, ws.operator, ws.programme, account=self.account)
        self.tabs.programme_changed.connect(
            lambda programme: self._kabupaten_status(replace(ws, programme=programme))
        )
        self.setCentralWidget(self.tabs)
        self._audit_view = None
        self._batch_view = None
        self.setWindowTitle(
            self.tr("Jaring — {kab} (penggabungan batch)").format(kab=ws.programme.kabupaten_name)
        )
        self._build_menus()
        self._kabupaten_status(ws)
        self.ready.emit()

    def _kabupaten_status(self, ws: Workstation) -> None:
        self.ws = ws
        self.statusBar().showMessage(
            self.tr("Kantor kabupaten · Operator: {op} · {basis} (versi {version}) · Data: {path}").format(
                op=ws.operator, basis=ws.programme.legal_basis, version=ws.programme.version, path=str(ws.db.path)
            )
        )  # fmt: skip

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
        desa = self._is_desa()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        if desa:
            self._add(file_menu, self.tr("&Impor dari Excel…"), self.import_excel, "Ctrl+I")
            file_menu.addSeparator()
            self._add(
                file_menu, self.tr("Buat &batch untuk kabupaten…"), self.export_batch, "Ctrl+E"
            )
            self._add(file_menu, self.tr("&Riwayat batch dan berita acara"), self.show_batches)
            self._add(
                file_menu, self.tr("Baca berkas ba&likan dari kabupaten…"), self.read_return_file
            )
            file_menu.addSeparator()
        self._add(file_menu, self.tr("&Cadangkan ke flashdisk…"), self.backup_to_stick)
        self._restore_action = self._add(
            file_menu, self.tr("&Pulihkan dari cadangan…"), self.restore_backup
        )
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit)

        people = bar.addMenu(self.tr("&Peserta"))
        if desa:
            self._build_desa_people_menu(people)
        self._add(people, self.tr("&Periksa nomor tanda terima…"), self.check_receipt)
        people.addSeparator()
        self._log_action = self._add(people, self.tr("&Log aktivitas"), self.show_audit_log)
        self._purge_action = self._add(
            people, self.tr("Hapus &permanen data yang dipilih…"), self.purge_selected
        )
        self._purge_action.setEnabled(desa)

        settings = bar.addMenu(self.tr("Pen&gaturan"))
        desa_action = self._add(settings, self.tr("Pengaturan &desa…"), self.change_settings)
        desa_action.setEnabled(desa)
        programme_action = self._add(
            settings, self.tr("Muat berkas &program dari kabupaten…"), self.load_programme_file
        )
        programme_action.setEnabled(desa)
        self._add(settings, self.tr("&Akun dan keamanan…"), self.manage_accounts)
        # Admin-only actions are refused by the domain anyway; hiding them avoids surprises.
        is_admin = self.account is not None and self.account.role == "admin"
        for action in (
            desa_action, programme_action, self._restore_action, self._log_action, self._purge_action,
        ):  # fmt: skip
            action.setVisible(is_admin)
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
        self._add(help_menu, self.tr("&Tentang Jaring"), self.about)
        self.menu_file, self.menu_people, self.menu_settings, self.menu_help = (
            file_menu, people, settings, help_menu,
        )  # fmt: skip

    def _build_desa_people_menu(self, people: QMenu) -> None:
        self._add(people, self.tr("Peserta &baru"), self.new_enrollee, QKeySequence.StandardKey.New)
        self._add(
            people, self.tr("&Cari peserta"), self.find_enrollee, QKeySequence.StandardKey.Find
        )
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
        people.addSeparator()

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
        restore_from_file(
            self,
            self.ws.db,
            self.ws.operator,
            on_restored=lambda _r: self._after_restore(),
            by=self.account,
        )

    def _after_restore(self) -> None:
        """After a restore everything, accounts included, comes from the restored database:
        read it again and ask for a login (or a first admin) again."""
        from ui.workstation import load_workstation

        assert self.ws is not None
        ws = load_workstation(self.ws.db)
        account = self._log_in(self.ws.db) if ws is not None else None
        if ws is None or account is None:
            self._skip_close_question = True
            self.close()
            return
        self._build(replace(ws, operator=account.display_name))
        self._start_idle_lock()

    def manage_accounts(self) -> None:
        from ui.accounts.accounts_dialog import AccountsDialog

        assert self.ws is not None and self.account is not None
        dialog = AccountsDialog(self.ws.db, self.account, self)
        dialog.settings_changed.connect(self._security_changed)
        dialog.exec()

    def _security_changed(self) -> None:
        from ui.workstation import load_workstation

        assert self.ws is not None
        ws = load_workstation(self.ws.db)
        if ws is not None:
            self._build(replace(ws, operator=self.ws.operator))
        self._start_idle_lock()

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

    def purge_selected(self) -> None:
        """Admin: overwrite the personal data of a removed record after the retention period
        (UU PDP deletion on request). Shown under the status filter "Dihapus"."""
        from enrolment.dates import short_date
        from enrolment.messages import UserError
        from enrolment.privacy import purge_enrollee, purge_status
        from enrolment.register import get_enrollee
        from ui.dialogs import ask, ask_text, warn
        from ui.errors import tr_message

        assert self.ws is not None
        ids = self.register.selected_ids()
        if not ids or self.account is None:
            self.tabs.setCurrentWidget(self.register)
            self.statusBar().showMessage(
                self.tr('Pilih data di Daftar peserta dengan status "Dihapus" lebih dulu.'), 6000
            )
            return
        with self.ws.db.session() as session:
            record = get_enrollee(session, ids[0])
            status = purge_status(session, record) if record else None
        if record is None or status is None or not status.allowed:
            when = status.earliest.astimezone().date() if status and status.earliest else None
            warn(
                self, self.tr("Hapus permanen"),
                self.tr("Data ini belum dapat dihapus permanen: hanya data yang sudah dihapus dan "
                        "melewati masa simpan ({when}).").format(when=short_date(when) if when else "—"),
            )  # fmt: skip
            return
        reason = ask_text(
            self, self.tr("Hapus permanen"),
            self.tr("Dasar penghapusan (mis. permintaan tertulis, nomor surat). Jangan tulis nama orangnya:"),
        )  # fmt: skip
        if not reason or not reason.strip():
            return
        if not ask(
            self, self.tr("Hapus permanen"),
            self.tr("Data pribadi {name} akan ditimpa dan tidak dapat dikembalikan. Lanjutkan?").format(
                name=record.nama),
            self.tr("Hapus permanen"), self.tr("Batal"), danger=True,
        ):  # fmt: skip
            return
        try:
            with self.ws.db.session() as session:
                purge_enrollee(session, record.id, by=self.account, reason=reason)
        except UserError as exc:
            warn(self, self.tr("Hapus permanen"), tr_message(exc.message))
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

    def load_programme_file(self) -> None:
        """The village loads the programme file the kabupaten wrote (e.g. from a stick)."""
        from PySide6.QtWidgets import QFileDialog

        from ui.dialogs import inform
        from ui.tasks import TaskContext, run_task
        from ui.workstation import load_workstation

        assert self.ws is not None
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Berkas program dari kabupaten"), "", self.tr("Berkas program (*.json)")
        )
        if not name:
            return
        db, actor, account = self.ws.db, self.ws.operator, self.account

        def work(ctx: TaskContext) -> Programme:
            from enrolment.installation import load_programme_update

            with db.session() as session:
                return load_programme_update(session, Path(name), actor=actor, by=account)

        def done(programme: Programme) -> None:
            ws = load_workstation(db)
            assert ws is not None
            self._build(replace(ws, operator=actor))
            inform(
                self, self.tr("Program"),
                self.tr("Program {name} versi {version} kini berjalan. Batch berikutnya mencatat versi ini.").format(
                    name=programme.name, version=programme.version
                ),
            )  # fmt: skip

        self._task = run_task(self, work, on_success=done, title=self.tr("Memuat berkas program…"))

    def read_return_file(self) -> None:
        """The village reads the kabupaten's return file: status and KPJ per person."""
        from PySide6.QtWidgets import QFileDialog

        from ui.dialogs import inform
        from ui.tasks import TaskContext, run_task

        assert self.ws is not None
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Berkas balikan dari kabupaten"), "", self.tr("Berkas balikan (*.xlsx)")
        )
        if not name:
            return
        db, actor = self.ws.db, self.ws.operator

        def work(ctx: TaskContext) -> ReturnImport:
            from enrolment.kabupaten.returns import apply_return_file

            with db.session() as session:
                return apply_return_file(session, Path(name), actor)

        def done(result: ReturnImport) -> None:
            from enrolment.kabupaten.returns import ACCEPTED, DUPLICATE, REJECTED, WITHDRAWN

            self._after_change()
            lines = [
                self.tr("{n} peserta diperbarui, {same} tetap.").format(
                    n=result.updated, same=result.unchanged
                ),
                self.tr("Diterima {a}, ditolak {r}, ganda {d}, ditarik {w}.").format(
                    a=result.counts.get(ACCEPTED, 0), r=result.counts.get(REJECTED, 0),
                    d=result.counts.get(DUPLICATE, 0), w=result.counts.get(WITHDRAWN, 0),
                ),
            ]  # fmt: skip
            if result.unknown:
                lines.append(
                    self.tr(
                        "{n} peserta dalam berkas tidak ada di register desa ini (mungkin sudah "
                        "dihapus permanen)."
                    ).format(n=len(result.unknown))
                )
            lines.append(
                self.tr(
                    "Lihat kolom Hasil kabupaten dan No KPJ di Daftar peserta; tanda terima yang "
                    "dicetak ulang memuat hasil dan KPJ."
                )
            )
            self.tabs.setCurrentWidget(self.register)
            inform(self, self.tr("Berkas balikan dibaca"), "\n".join(lines))

        self._task = run_task(self, work, on_success=done, title=self.tr("Membaca berkas balikan…"))

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
        programme = ""
        if self.ws is not None:
            programme = "\n" + self.tr("Program yang berjalan: {name} ({id}) versi {version}").format(
                name=self.ws.programme.name, id=self.ws.programme.id, version=self.ws.programme.version
            )  # fmt: skip
        inform(
            self, self.tr("Tentang Jaring"),
            self.tr("Jaring {version}\nPendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM).\n"
                    "Data tersimpan di: {path}").format(version=app_version, path=str(self.data_dir))
            + programme,
        )  # fmt: skip

    def _after_change(self, *_: object) -> None:
        if self._closed or not self._is_desa():  # a deferred refresh may arrive after closing
            return
        self.register.refresh()
        self.entry.set_counts(self.dashboard.refresh())

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.dialogs import ask
        from ui.tasks import wait_for_all_tasks

        if not self._skip_close_question and self._is_desa() and self.entry.is_dirty() and not ask(
            self, self.tr("Keluar"), self.tr("Formulir masih berisi data yang belum disimpan. Keluar juga?"),
            self.tr("Keluar"), self.tr("Kembali"),
        ):  # fmt: skip
            event.ignore()
            return
        if not self._skip_close_question and self._is_kabupaten() and not self.tabs.confirm_close():
            event.ignore()
            return
        if self.idle is not None:
            self.idle.stop()
        wait_for_all_tasks()
        self._closed = True
        if self._is_desa():
            self._teardown()
        if self.ws is not None:
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
