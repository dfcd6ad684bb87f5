"""`jaring --self-test`: the Qt steps (receipt PDF, its QR code, the log file) and the runner.

The Qt-free steps and the step runner are in `enrolment/selftest.py`. Qt runs offscreen here,
so the self-test works without a display (CI, a remote shell on the PC).
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from enrolment.selftest import (
    QT_FREE_HEAD,
    QT_FREE_TAIL,
    SelfTestFailure,
    SelfTestState,
    Step,
    run_steps,
)

# A4 at 150 dpi is enough for the QR reader (the tests read the printed PDF at that size).
QR_CHECK_DPI = 150


def receipt_pdf(state: SelfTestState) -> str:
    """The worker's receipt written to a PDF the way the Print menu does (and logged)."""
    from PySide6.QtGui import QFontDatabase

    from enrolment.receipts.printlog import prepare_job, record_prints
    from enrolment.resources import resource_path
    from ui.printing.output import write_pdf
    from ui.printing.receipt_renderer import FONT_FILES

    if state.enrollee_id is None:
        raise SelfTestFailure("tidak ada peserta untuk dicetak (langkah simpan gagal)")
    for name in FONT_FILES:  # the renderer would quietly fall back to a system font
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
            raise SelfTestFailure(f"huruf tanda terima {name} tidak dapat dimuat")
    path = state.folder / "tanda-terima-uji.pdf"
    with state.database().session() as session:
        job = prepare_job(session, [state.enrollee_id])
        write_pdf(path, job)  # checks the PDF's head and tail itself
        record_prints(session, job, actor="Uji Mandiri", kind="pdf", destination=path.name)
    state.files["receipt_pdf"] = path
    return f"{path.name}, {path.stat().st_size // 1024} KB"


def receipt_qr(state: SelfTestState) -> str:
    """The receipt's QR code, painted as on paper, reads back to the saved worker."""
    import zxingcpp
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from enrolment.receipts.check import check_receipt
    from enrolment.receipts.printlog import prepare_job
    from ui.printing.receipt_renderer import ReceiptPainter, page_size

    if state.enrollee_id is None:
        raise SelfTestFailure("tidak ada peserta (langkah simpan gagal)")
    with state.database().session() as session:
        job = prepare_job(session, [state.enrollee_id])
    size = page_size(job.paper).sizePixels(QR_CHECK_DPI)
    image = QImage(size, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(QR_CHECK_DPI / 0.0254))
    image.setDotsPerMeterY(round(QR_CHECK_DPI / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        ReceiptPainter(painter, job.paper).paint_sheet(job.contents[0])
    finally:
        painter.end()
    texts = {code.text for code in zxingcpp.read_barcodes(image)}
    if texts != {job.contents[0].qr_payload}:
        raise SelfTestFailure(f"kode QR tidak terbaca dengan benar ({len(texts)} kode terbaca)")
    with state.database().session() as session:
        result = check_receipt(session, texts.pop())
    if not result.ok:
        raise SelfTestFailure("; ".join(p.render() for p in result.problems) or "tidak cocok")
    return "terbaca dan cocok dengan register"


def log_file(state: SelfTestState) -> str:
    """The rotating log file can be written in the data folder."""
    from ui.app import LOG_DIRNAME, setup_logging

    data = state.database().path.parent
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(data)
    try:
        logging.getLogger("jaring.selftest").info("self-test: log file works")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)  # Windows cannot delete an open file with the folder
            handler.close()
    path = data / LOG_DIRNAME / "jaring.log"
    if "self-test: log file works" not in path.read_text(encoding="utf-8"):
        raise SelfTestFailure(f"log tidak tertulis di {path}")
    return str(Path(LOG_DIRNAME) / path.name)


def translations(state: SelfTestState) -> str:
    """Every offered language other than Indonesian (the source) loads its .qm file."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import LANGUAGES, install_translators

    app = QCoreApplication.instance()
    assert app is not None
    try:
        for code in LANGUAGES:
            if code == "id":
                continue
            if not install_translators(app, code):
                raise SelfTestFailure(f"berkas terjemahan jaring_{code}.qm tidak ada")
            if QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas":
                raise SelfTestFailure(f"terjemahan {code} termuat tetapi tidak berlaku")
    finally:
        install_translators(app, "id")
    return ", ".join(name for code, name in LANGUAGES.items() if code != "id")


QT_STEPS: tuple[Step, ...] = (
    Step("terjemahan", translations),
    Step("tanda terima PDF", receipt_pdf),
    Step("kode QR tanda terima", receipt_qr),
)


def all_steps() -> list[Step]:
    return [*QT_FREE_HEAD, *QT_STEPS, *QT_FREE_TAIL, Step("berkas log", log_file)]


def run_self_test() -> int:
    """Runs every step in a temporary data folder; prints one line a step; 0 when all pass."""
    from PySide6.QtGui import QGuiApplication

    # Fonts and QPdfWriter need a GUI application; offscreen needs no display. Keep `app`
    # referenced until the end.
    app = QGuiApplication.instance() or QGuiApplication(["jaring", "-platform", "offscreen"])
    with tempfile.TemporaryDirectory(prefix="jaring-uji-") as tmp:
        state = SelfTestState(folder=Path(tmp))
        try:
            failed = run_steps(all_steps(), state, sys.stdout, sys.stderr)
        finally:
            state.close()
    del app
    if failed:
        print(f"Uji mandiri GAGAL pada: {', '.join(failed)}", flush=True)
        return 1
    print("Uji mandiri selesai: semua langkah OK.", flush=True)
    return 0
