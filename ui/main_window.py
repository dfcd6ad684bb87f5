"""The main window: paints at once, then opens the data and builds the workspace.

The window owns the life cycle (open the data, log in, idle lock, setup, backup and restore,
accounts, settings, programme, closing); `ui.menus` builds its menus. The work itself happens
in the workspace it shows: `ui.desa.DesaWorkspace` in a village,
`ui.kabupaten.KabupatenWorkspace` in the kabupaten office. Nothing heavy happens before the
first paint: the database is migrated and read with plain sqlite3 right after, and the ORM is
imported only when something is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from ui.menus import build_menus

if TYPE_CHECKING:
    from enrolment.programme import Programme
    from models.database import Database
    from models.tables import Account
    from ui.accounts.idle_lock import IdleLock
    from ui.desa import DesaWorkspace
    from ui.kabupaten import KabupatenWorkspace
    from ui.workstation import Workstation


class MainWindow(QMainWindow):
    """`ready` fires once the register shows its data (used by the start-up benchmark)."""

    ready = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.ws: Workstation | None = None
        # The workspace shown (`tabs`); `desa` is the same widget in a village, else None.
        self.tabs: DesaWorkspace | KabupatenWorkspace | None = None
        self.desa: DesaWorkspace | None = None
        self.account: Account | None = None
        self.idle: IdleLock | None = None
        self._skip_close_question = False
        self._on_first_paint: Callable[[], object] | None = None
        # Where and as whom Jaring runs: the status line's resting text, back after each
        # passing message (a hint shown for a few seconds must not erase it for good).
        self._status_info = ""
        self.statusBar().messageChanged.connect(self._restore_status_info)
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

    def _log_in(self, db: Database, username: str = "", note: str = "") -> Account | None:
        """The login at start (or after the idle lock); on a database without accounts the
        first admin is created instead (issue 7: the setup creates an admin)."""
        from models.db import connect
        from models.quick_read import has_accounts
        from ui.accounts.login_dialog import ask_login

        # Plain sqlite3: the login shows without waiting for the ORM, which loads meanwhile.
        conn = connect(db.path, read_only=True)
        try:
            exists = has_accounts(conn)
        finally:
            conn.close()
        if exists:
            account = ask_login(self, db, username, note)
        else:
            from ui.accounts.create_admin import create_admin_dialog

            account = create_admin_dialog(self, db)
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
        note = self.tr(
            "Layar dikunci karena Jaring tidak dipakai beberapa menit. Isian yang sedang diketik "
            "tetap ada. Masuk lagi untuk melanjutkan."
        )
        account = self._log_in(self.ws.db, previous.username, note)
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
        from ui.desa import DesaWorkspace

        if self.desa is not None:
            self.desa.close_connection()
            self.desa = None
        if ws.mode == "kabupaten":
            self._build_kabupaten(ws)
            return
        self.ws = ws
        self.desa = self.tabs = DesaWorkspace(ws, account=self.account)
        self.desa.status_message.connect(self.statusBar().showMessage)
        self.setCentralWidget(self.tabs)
        self.setWindowTitle(self.tr("Jaring — Desa {desa}").format(desa=ws.desa_name))
        self._build_menus()
        self._show_status_info(
            self.tr("Desa {desa}, Kec. {kec} · Operator: {op} · {basis} (versi {version}) · Data: {path}").format(
                desa=ws.desa_name, kec=ws.kecamatan_name, op=ws.operator, basis=ws.programme.legal_basis,
                version=ws.programme.version, path=str(ws.db.path),
            )
        )  # fmt: skip
        self.ready.emit()
        self.desa.start()  # the counts and the draft offer come right after the first paint

    def _build_kabupaten(self, ws: Workstation) -> None:
        """The kabupaten office: the consolidation screens instead of the entry form."""
        from ui.kabupaten import KabupatenWorkspace

        self.ws = ws
        self.tabs = KabupatenWorkspace(ws.db, ws.operator, ws.programme, account=self.account)
        self.tabs.programme_changed.connect(
            lambda programme: self._kabupaten_status(replace(ws, programme=programme))
        )
        self.setCentralWidget(self.tabs)
        self.setWindowTitle(
            self.tr("Jaring — {kab} (penggabungan batch)").format(kab=ws.programme.kabupaten_name)
        )
        self._build_menus()
        self._kabupaten_status(ws)
        self.ready.emit()

    def _kabupaten_status(self, ws: Workstation) -> None:
        self.ws = ws
        self._show_status_info(
            self.tr("Kantor kabupaten · Operator: {op} · {basis} (versi {version}) · Data: {path}").format(
                op=ws.operator, basis=ws.programme.legal_basis, version=ws.programme.version, path=str(ws.db.path)
            )
        )  # fmt: skip

    def _show_status_info(self, text: str) -> None:
        self._status_info = text
        self.statusBar().showMessage(text)

    def _restore_status_info(self, message: str) -> None:
        if not message and self._status_info:
            self.statusBar().showMessage(self._status_info)

    def _build_menus(self) -> None:
        menus = build_menus(self)
        self.menu_file, self.menu_people = menus.file, menus.people
        self.menu_settings, self.menu_help = menus.settings, menus.help
        self._restore_action, self._log_action = menus.restore_action, menus.log_action
        self._purge_action = menus.purge_action

    # --- actions ---------------------------------------------------------------------------
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

    def check_receipt(self) -> None:
        from ui.printing.receipt_dialogs import open_receipt_check_dialog

        assert self.ws is not None
        open_receipt_check_dialog(self, self.ws.db)

    def show_audit_log(self) -> None:
        """The audit log as a tab of the workspace (both installation modes offer it)."""
        from ui.audit.audit_view import show_audit_tab

        assert self.ws is not None and self.tabs is not None
        if self.desa is not None:
            self.desa.show_audit_log()
        else:
            show_audit_tab(self.tabs, self.ws.db, self.ws.operator, self.tr("&4 Log aktivitas"))

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

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.tasks import wait_for_all_tasks

        # Each workspace asks about its own unsaved work (the form, the programme editor).
        if (
            not self._skip_close_question
            and self.tabs is not None
            and not self.tabs.confirm_close()
        ):
            event.ignore()
            return
        if self.idle is not None:
            self.idle.stop()
        wait_for_all_tasks()
        if self.desa is not None:
            self.desa.close_connection()
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
