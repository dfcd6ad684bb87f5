"""The main window's menu bar, and the few actions only the menus call (language, about).

The menus are rebuilt whenever the window builds its workspace: what they offer depends on
the installation (village or kabupaten) and on the account (admin or operator). The entries
call the window's slots, or the village workspace's, directly.

Every text keeps the translation context "MainWindow" it had while these lived in the window
(the self-test and the .ts files know them by it). The context is written out in each call
because pyside6-lupdate extracts only a literal one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.desa import DesaWorkspace
    from ui.main_window import MainWindow

# pyside6-lupdate recognises this name as it does `QCoreApplication.translate`.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Menus:
    """The menus built, and the admin-only entries the tests look at."""

    file: QMenu
    people: QMenu
    settings: QMenu
    help: QMenu
    restore_action: QAction
    log_action: QAction
    purge_action: QAction


def build_menus(window: MainWindow) -> Menus:
    """Replaces the window's menu bar with the menus for its workspace and account."""
    bar = window.menuBar()
    bar.clear()
    desa = window.desa
    add = partial(_add, window)
    file_menu = bar.addMenu(translate("MainWindow", "&Berkas"))
    if desa is not None:
        add(file_menu, translate("MainWindow", "&Impor dari Excel…"), desa.import_excel, "Ctrl+I")
        file_menu.addSeparator()
        add(
            file_menu,
            translate("MainWindow", "Buat &batch untuk kabupaten…"),
            desa.export_batch,
            "Ctrl+E",
        )
        add(
            file_menu, translate("MainWindow", "&Riwayat batch dan berita acara"), desa.show_batches
        )
        add(
            file_menu,
            translate("MainWindow", "Baca berkas ba&likan dari kabupaten…"),
            desa.read_return_file,
        )
        file_menu.addSeparator()
    add(file_menu, translate("MainWindow", "&Cadangkan ke flashdisk…"), window.backup_to_stick)
    restore_action = add(
        file_menu, translate("MainWindow", "&Pulihkan dari cadangan…"), window.restore_backup
    )
    file_menu.addSeparator()
    add(file_menu, translate("MainWindow", "&Keluar"), window.close, QKeySequence.StandardKey.Quit)

    people = bar.addMenu(translate("MainWindow", "&Peserta"))
    if desa is not None:
        _build_desa_people_menu(add, people, desa)
    check_action = add(
        people, translate("MainWindow", "&Periksa nomor tanda terima…"), window.check_receipt
    )
    people.addSeparator()
    log_action = add(people, translate("MainWindow", "&Log aktivitas"), window.show_audit_log)
    purge_action = add(
        people,
        translate("MainWindow", "Hapus &permanen data yang dipilih…"),
        desa.purge_selected if desa is not None else None,
    )
    purge_action.setEnabled(desa is not None)

    settings = bar.addMenu(translate("MainWindow", "Pen&gaturan"))
    desa_action = add(
        settings, translate("MainWindow", "Pengaturan &desa…"), window.change_settings
    )
    desa_action.setEnabled(desa is not None)
    programme_action = add(
        settings,
        translate("MainWindow", "Muat berkas &program dari kabupaten…"),
        window.load_programme_file,
    )
    programme_action.setEnabled(desa is not None)
    add(settings, translate("MainWindow", "&Akun dan keamanan…"), window.manage_accounts)
    # Admin-only actions are refused by the domain anyway; hiding them avoids surprises.
    is_admin = window.account is not None and window.account.role == "admin"
    for action in (desa_action, programme_action, restore_action, log_action, purge_action):
        action.setVisible(is_admin)
    # The village's own work (its register, receipts, settings) has no place at the
    # kabupaten: those entries are left out there rather than shown greyed.
    for action in (check_action, purge_action, desa_action, programme_action):
        if desa is None:
            action.setVisible(False)
    _build_language_menu(window, settings.addMenu(translate("MainWindow", "&Bahasa / Language")))

    help_menu = bar.addMenu(translate("MainWindow", "Bant&uan"))
    add(help_menu, translate("MainWindow", "&Tentang Jaring"), lambda: show_about(window))
    return Menus(file_menu, people, settings, help_menu, restore_action, log_action, purge_action)


def _build_desa_people_menu(
    add: Callable[..., QAction], people: QMenu, desa: DesaWorkspace
) -> None:
    add(
        people,
        translate("MainWindow", "Peserta &baru"),
        desa.new_enrollee,
        QKeySequence.StandardKey.New,
    )
    add(
        people,
        translate("MainWindow", "&Cari peserta"),
        desa.find_enrollee,
        QKeySequence.StandardKey.Find,
    )
    people.addSeparator()
    add(
        people,
        translate("MainWindow", "&Tanda terima (pratinjau dan cetak)…"),
        desa.print_current,
        QKeySequence.StandardKey.Print,
    )
    add(
        people,
        translate("MainWindow", "Cetak tanda terima yang &dipilih ke PDF…"),
        lambda: desa.print_selected("pdf"),
    )
    add(
        people,
        translate("MainWindow", "Cetak tanda terima yang dipilih ke &printer…"),
        lambda: desa.print_selected("printer"),
    )
    people.addSeparator()


def _build_language_menu(window: MainWindow, language: QMenu) -> None:
    from ui.i18n import LANGUAGES, saved_language

    group = QActionGroup(window)
    for code, label in LANGUAGES.items():
        action = QAction(label, window, checkable=True)
        action.setChecked(code == saved_language())
        action.triggered.connect(lambda _=False, c=code: change_language(window, c))
        group.addAction(action)
        language.addAction(action)


def _add(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object] | None,
    shortcut: object = None,
) -> QAction:
    """A menu entry; without a slot it does nothing (an entry shown disabled)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)  # type: ignore[arg-type]
    if slot is not None:
        action.triggered.connect(slot)
    menu.addAction(action)
    return action


# --- actions only the menus call ---------------------------------------------------------
def change_language(window: MainWindow, code: str) -> None:
    from ui.dialogs import inform
    from ui.i18n import save_language

    save_language(code)
    inform(
        window,
        translate("MainWindow", "Bahasa"),
        translate("MainWindow", "Bahasa baru dipakai setelah Jaring dibuka ulang."),
    )


def show_about(window: MainWindow) -> None:
    """The version, the data folder and the programme running."""
    from importlib.metadata import PackageNotFoundError, version

    from ui.dialogs import inform

    try:
        app_version = version("jaring")
    except PackageNotFoundError:
        app_version = "?"
    programme = ""
    if window.ws is not None:
        programme = "\n" + translate(
            "MainWindow", "Program yang berjalan: {name} ({id}) versi {version}"
        ).format(
            name=window.ws.programme.name,
            id=window.ws.programme.id,
            version=window.ws.programme.version,
        )
    inform(
        window,
        translate("MainWindow", "Tentang Jaring"),
        translate(
            "MainWindow",
            "Jaring {version}\nPendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM).\n"
            "Data tersimpan di: {path}",
        ).format(version=app_version, path=str(window.data_dir))
        + programme,
    )
