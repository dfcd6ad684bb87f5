"""Issue 2 target: cold start. The main window paints within 1.5× the time a bare PySide6
window with one table view takes, and the register shows its data within 0.6 s of the start.
Both are measured from the parent's clock, in fresh processes, in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import make_register

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1100, 720)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("paint", time.time(), flush=True); QTimer.singleShot(0, app.quit); o.removeEventFilter(self)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

JARING = r"""
import sys, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import create_application
from ui.main_window import MainWindow
app = create_application([])
w = MainWindow(Path(sys.argv[1]))
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("paint", time.time(), flush=True); o.removeEventFilter(self)
        return False
f = F(); w.installEventFilter(f)
def ready():
    if w.desa.register.model.rowCount():
        print("data", time.time(), flush=True)
    QTimer.singleShot(0, app.quit)
w.ready.connect(ready)
w.open_after_first_paint(app.quit)  # exactly what ui.app.run_gui does
w.show()
app.exec()
"""


def _measure(code: str, *args: str) -> dict[str, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    marks = {}
    for line in out.stdout.splitlines():
        name, stamp = line.split()
        marks[name] = float(stamp) - started
    return marks


def run(report) -> None:  # type: ignore[no-untyped-def]
    data_dir = make_register(21434)
    _measure(BARE)  # warm the disk cache for both
    _measure(JARING, str(data_dir), str(ROOT))
    bare, paint, data = [], [], []
    for _ in range(5):
        bare.append(_measure(BARE)["paint"])
        marks = _measure(JARING, str(data_dir), str(ROOT))
        paint.append(marks["paint"])
        data.append(marks["data"])
    b, p, d = statistics.median(bare), statistics.median(paint), statistics.median(data)
    report("jendela kosong PySide6 + tabel: cat pertama", b, "s", "(pembanding)", True)
    report("Jaring: cat pertama jendela utama", p, "s", f"<= {1.5 * b:.2f} s (1,5x)", p <= 1.5 * b)
    report("Jaring: register menampilkan data (21.434 peserta)", d, "s", "< 0,6 s", d < 0.6)
