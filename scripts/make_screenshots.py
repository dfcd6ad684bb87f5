"""Takes the user guide's screenshots (docs/img/*.png) from the real program.

    make screenshots                            # under Xvfb when it is installed
    .venv/bin/python scripts/make_screenshots.py --offscreen

With no display, the script starts itself again under `xvfb-run` (Debian: apt-get install
xvfb) so Qt draws through a real X server (QT_QPA_PLATFORM=xcb); without xvfb-run, or with
--offscreen, Qt's offscreen platform draws the same widgets. Each picture is the window's
own drawing (QWidget.grab), so no window manager is needed. The data is made up: a desa set
up in a temporary folder and a few dozen invented workers.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "img"
SAMPLE_WORKBOOK = ROOT / "tests" / "fixtures" / "importing" / "village-list-ttl.xlsx"
DESA = "36.04.07.2011"
MAX_BYTES = 150_000
WINDOWS_DOCUMENTS = "C:\\Users\\Desa\\Documents\\"
WINDOWS_DATA = "C:\\Users\\Desa\\AppData\\Roaming\\Jaring\\jaring.sqlite"

# Invented people (name, sex, birth date, group, RT, RW, role).
PEOPLE = [
    ("Siti Aminah", "P", date(1978, 4, 2), "POSYANDU", "001", "001", "Kader Posyandu Melati"),
    ("Ahmad Fauzi", "L", date(1969, 11, 23), "RT_RW", "002", "001", "Ketua RT 002"),
    ("Nur Hasanah", "P", date(1985, 7, 15), "POSYANDU", "003", "001", "Kader Posyandu Melati"),
    ("Jajang Sukarna", "L", date(1972, 1, 9), "NELAYAN", "001", "002", "Nelayan"),
    ("Enah Rohaenah", "P", date(1981, 9, 30), "USAHA", "004", "002", "Warung sembako"),
    ("Dedi Supriadi", "L", date(1975, 5, 5), "RT_RW", "005", "002", "Ketua RW 002"),
    ("Ujang Rahmat", "L", date(1990, 12, 1), "POKTAN", "002", "003", "Anggota Poktan Sri Rejeki"),
    ("Ustadz Mahmud", "L", date(1966, 3, 18), "GURU_NGAJI", "001", "003", "Guru ngaji"),
    ("Siti Rohmah", "P", date(1988, 8, 8), "POSYANDU", "003", "003", "Kader Posyandu Mawar"),
    ("Wawan Setiawan", "L", date(1983, 2, 14), "BPD", "002", "004", "Anggota BPD"),
    ("Imas Masitoh", "P", date(1979, 6, 21), "POSYANDU", "001", "004", "Kader Posyandu Mawar"),
    ("Karta Wijaya", "L", date(1970, 10, 10), "NELAYAN", "004", "004", "Nelayan"),
    ("Lilis Suryani", "P", date(1992, 4, 27), "USAHA", "002", "005", "Penjahit"),
    ("Rudi Hartono", "L", date(1987, 7, 3), "BALAWISTA", "003", "005", "Anggota Balawista"),
    ("Siti Maryam", "P", date(1974, 1, 31), "GURU_NGAJI", "001", "005", "Guru ngaji"),
]


def nik_for(i: int, sex: str, born: date) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"360407{day:02d}{born.month:02d}{born.year % 100:02d}{i + 1:04d}"


def reexec_under_xvfb() -> int | None:
    """Runs this script again under xvfb-run when there is no display; None = go on here."""
    if os.environ.get("DISPLAY") or os.environ.get("JARING_SCREENSHOTS_CHILD"):
        return None
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        return None
    env = dict(os.environ, JARING_SCREENSHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    command = [xvfb_run, "-a", "-s", "-screen 0 1280x1024x24", sys.executable, *sys.argv]
    return subprocess.run(command, env=env).returncode


def make_data(folder: Path) -> Path:
    from enrolment.installation import SetupAnswers, active_programme, setup_desa
    from enrolment.register import save_enrollee
    from enrolment.validation import EnrolleeInput
    from models.database import open_database

    db = open_database(folder)
    try:
        with db.session() as session:
            setup_desa(
                session,
                SetupAnswers(
                    desa_code=DESA,
                    operator_name="Rina Marlina",
                    sekdes_name="H. SUHERMAN",
                    kades_name="DRS. ASEP SAEPUDIN",
                ),
            )
        for i, (name, sex, born, group, rt, rw, role) in enumerate(PEOPLE):
            with db.session() as session:
                outcome = save_enrollee(
                    session,
                    EnrolleeInput(
                        nik=nik_for(i, sex, born),
                        nama=name,
                        tempat_lahir="Serang",
                        tanggal_lahir=born,
                        jenis_kelamin=sex,
                        alamat="Kp. Mekar Sari",
                        rt=rt,
                        rw=rw,
                        kategori=group,
                        jabatan=role,
                    ),
                    actor="Rina Marlina",
                    programme=active_programme(session),
                    today=date.today(),
                    desa_code=DESA,
                    confirmed=("PROBABLE_DUPLICATE", "QUOTA_EXCEEDED"),
                    ready=i % 5 != 4,
                )
                if not outcome.saved:
                    raise SystemExit(f"contoh peserta {name} tidak tersimpan: {outcome}")
    finally:
        db.dispose()
    return folder


ADMIN, ADMIN_PASSWORD = "rina", "contoh-sandi-1"


def admin_screens(app: object, data: Path) -> None:
    """The first-admin dialog, filled in (not accepted: the sample admin is made directly),
    then that admin on the sample data."""
    from PySide6.QtTest import QTest

    from enrolment.accounts import create_first_admin
    from models.database import open_database
    from ui.accounts.create_admin import CreateAdminDialog

    db = open_database(data)
    try:
        dialog = CreateAdminDialog(db)
        dialog.username.setText(ADMIN)
        QTest.keyClicks(dialog.password, ADMIN_PASSWORD)
        QTest.keyClicks(dialog.repeat, ADMIN_PASSWORD)
        dialog.resize(520, dialog.sizeHint().height())
        dialog.show()
        dialog.repeat.setFocus()
        settle(app)
        save(dialog, "02a-akun-admin.png")
        dialog.close()
        with db.session() as session:
            create_first_admin(session, ADMIN, "Rina Marlina", ADMIN_PASSWORD)
    finally:
        db.dispose()


def log_in_when_asked(app: object) -> None:
    """Plays the secretary at the login: takes the picture, types the password, Enter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def watch() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ != "LoginDialog":
            QTimer.singleShot(5, watch)
            return
        dialog.username.setText(ADMIN)  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.password, ADMIN_PASSWORD)  # type: ignore[attr-defined]
        settle(app)
        save(dialog, "02b-masuk.png")
        dialog.try_login()  # type: ignore[attr-defined]

    QTimer.singleShot(0, watch)


def save(widget: object, name: str) -> None:
    """The widget's own drawing, as a small PNG (palette colours when that is enough)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    path = OUT / name
    image.save(str(path), "PNG", 0)
    if path.stat().st_size > MAX_BYTES:
        # UI pictures have few colours; a 256-colour palette keeps them sharp and small.
        image.convertToFormat(QImage.Format.Format_Indexed8).save(str(path), "PNG", 0)
    print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, "
          f"{path.stat().st_size // 1024} KB")  # fmt: skip


def settle(app: object, until: Callable[[], bool] | None = None, ms: int = 20000) -> None:
    """Lets Qt run (timers, background tasks' results) until `until()` holds."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.tasks import wait_for_all_tasks

    assert isinstance(app, QApplication)
    deadline = QDeadlineTimer(ms)
    while True:
        wait_for_all_tasks(200)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is None or until() or deadline.hasExpired():
            break
    for _ in range(5):
        app.processEvents()


def take_all(data: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    from ui.app import create_application
    from ui.backup import backup_dialogs
    from ui.batches import export_dialog
    from ui.batches.drives import Destination
    from ui.errors import show_bug
    from ui.importing import ImportDialog
    from ui.main_window import MainWindow
    from ui.printing.receipt_dialogs import preview_receipt
    from ui.setup.wizard import SetupWizard

    app = create_application(["jaring"])
    logging.getLogger().addHandler(logging.NullHandler())  # the sample error needs no echo
    OUT.mkdir(parents=True, exist_ok=True)

    wizard = SetupWizard()
    wizard.resize(760, 520)
    wizard.show()
    QTest.keyClicks(wizard.kecamatan.picker.filter, "bojone")
    settle(app)
    save(wizard, "01-penyiapan-kecamatan.png")
    wizard.next()
    QTest.keyClicks(wizard.desa.picker.filter, "mekar")
    settle(app)
    save(wizard, "02-penyiapan-desa.png")
    wizard.close()
    admin_screens(app, data)

    window = MainWindow(data)
    window.resize(1100, 760)
    window.show()
    settle(app)
    log_in_when_asked(app)
    if not window.open_data():
        raise SystemExit("data contoh tidak dapat dibuka")
    settle(app)
    # The status line names the data file; show where it is on a village PC, not /tmp.
    status = window.statusBar().currentMessage()
    window.statusBar().showMessage(status.replace(str(data / "jaring.sqlite"), WINDOWS_DATA))

    desa = window.desa  # the village workspace: form, register, summary
    assert desa is not None
    form = desa.entry
    window.tabs.setCurrentWidget(form)
    form.start_new()
    QTest.keyClicks(form.nik, "3604076705830016")
    QTest.keyClicks(form.nama, "Yayah Rukoyah")
    QTest.keyClicks(form.tempat_lahir, "Serang")
    QTest.keyClicks(form.alamat, "Kp. Pasir Gede")
    QTest.keyClicks(form.rt, "002")
    QTest.keyClicks(form.rw, "003")
    QTest.keyClicks(form.no_hp, "081234567890")
    form.kategori.setCurrentIndex(form.kategori.findData("POSYANDU"))
    QTest.keyClicks(form.jabatan, "Kader Posyandu Mawar")
    settle(app)
    save(window, "03-formulir-pendaftaran.png")
    form.start_new()

    register = desa.register
    window.tabs.setCurrentWidget(register)
    QTest.keyClicks(register.search, "siti")
    settle(app)
    register.table.selectRow(0)
    settle(app)
    save(window, "04-daftar-peserta-cari.png")
    register.search.clear()

    window.tabs.setCurrentWidget(desa.dashboard)
    settle(app)
    save(window, "05-ringkasan.png")

    ids = register.selected_ids() or [register.model.enrollee_id(0)]
    assert window.ws is not None
    dialog = preview_receipt(window, window.ws.db, ids[0], window.ws.operator)
    assert dialog is not None
    dialog.resize(640, 860)
    settle(app)
    save(dialog, "06-pratinjau-tanda-terima.png")
    dialog.close()

    workbook = data.parent / "Daftar RT RW Mekar Jaya.xlsx"
    shutil.copyfile(SAMPLE_WORKBOOK, workbook)
    QFileDialog.getOpenFileName = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: (str(workbook), "")
    )
    importer = ImportDialog(window, window.ws.db, window.ws.operator, window.ws.programme, DESA)
    importer.resize(1000, 720)
    importer.show()
    importer.pick_button.click()
    settle(app, lambda: importer.mapping_table.rowCount() > 0)
    importer.preview_button.click()
    settle(app, lambda: importer.preview_model.rowCount() > 0)
    importer.file_edit.setText(WINDOWS_DOCUMENTS + workbook.name)  # as on a village PC
    save(importer, "07-impor-excel.png")
    importer.close()

    # The batch for the kabupaten, to a stick as a village PC lists it (this machine has none).
    export_dialog.removable_drives = lambda: [
        Destination(Path("E:/"), "FLASHDISK (E:\\) — 7,2 GB kosong", True, 7_200_000_000)
    ]
    exporter = export_dialog.ExportDialog(
        window.ws.db, window.ws.operator, window.ws.programme, window
    )
    exporter.resize(620, 480)
    exporter.show()
    settle(app, lambda: exporter.table.rowCount() > 0)
    save(exporter, "08-batch-kabupaten.png")
    exporter.close()

    # The stick list as a village PC shows it (this machine has no stick).
    label = QCoreApplication.translate("BackupDialogs", "{name} ({path}), {free} MB bebas")
    backup_dialogs.stick_folders = lambda: [
        (label.format(name="FLASHDISK", path="E:\\", free=7412), Path("E:/"))
    ]
    backup = backup_dialogs.BackupToStickDialog(window)
    backup.resize(560, 420)
    backup.show()
    settle(app)
    save(backup, "09-cadangan-flashdisk.png")
    backup.close()

    # The dialog every unexpected error shows (ui/errors.show_bug is modal: grab it from a
    # timer while it waits, then close it).
    def grab_modal() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(100, grab_modal)
            return
        save(box, "10-kesalahan.png")
        box.close()

    QTimer.singleShot(300, grab_modal)
    try:
        raise RuntimeError("contoh kesalahan untuk panduan")
    except RuntimeError as exc:
        show_bug(window, exc)

    desa.entry.start_new()
    window.close()
    settle(app)
    QApplication.processEvents()
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt offscreen")
    args = parser.parse_args()
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        code = reexec_under_xvfb()
        if code is not None:
            return code
        if not os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="jaring-layar-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # the UI language setting: Indonesian
        take_all(make_data(Path(tmp) / "data"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
