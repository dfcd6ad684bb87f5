"""Issue 8 target: the frozen build (dist/jaring, `make package`) starts at least as fast as
the program run from source, and how big the bundle is.

Both are started the same way, as the user starts them (`jaring --data-dir D` and
`python main.py --data-dir D`), on the same set-up register, offscreen. The frozen program
cannot be given instrumenting code, so the first paint is read from Qt's own logging: the
"qt.widgets.painting" category reports when the main window's first frame is flushed. The
time is taken on the parent's clock when that line arrives; the process is then ended.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
import buildinfo

ROOT = buildinfo.ROOT
EXE = ".exe" if sys.platform == "win32" else ""
BUNDLE = ROOT / "dist" / buildinfo.EXE_NAME
FROZEN = BUNDLE / f"{buildinfo.EXE_NAME}{EXE}"
RUNS = 5
FIRST_FRAME = "Flushing QRegion"  # QWidgetRepaintManager's log line for a flushed frame
TIMEOUT_S = 60


def _env() -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.widgets.painting=true",
        QT_MESSAGE_PATTERN="%{category} %{message}",
    )


def first_paint(command: list[str]) -> float:
    """Seconds from starting `command` until the main window's first frame is flushed."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env()
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if FIRST_FRAME in line and "of MainWindow" in line:
                return time.perf_counter() - started
            if time.perf_counter() - started > TIMEOUT_S:
                break
        raise RuntimeError(f"no first paint from {command[0]}")
    finally:
        proc.kill()
        proc.wait()


def run(report) -> None:  # type: ignore[no-untyped-def]
    if not FROZEN.exists():
        report("bundel beku: belum dibangun (make package)", 0, "-", "-", True)
        return
    size = buildinfo.tree_size(BUNDLE)
    report(f"ukuran bundel {BUNDLE.name}/ ({sys.platform})", size / 1e6, "MB", "(dilaporkan)", True)

    with tempfile.TemporaryDirectory(prefix="jaring-bench-pkg-") as tmp:
        # One desa set up by this very source tree (the first paint comes before the register
        # is read, so no people are needed), copied afresh for every run: a killed process
        # leaves its WAL behind.
        source = [sys.executable, str(ROOT / "main.py")]
        frozen = [str(FROZEN)]
        register = Path(tmp) / "desa"
        subprocess.run(
            [*source, "--data-dir", str(register), "setup", "--desa", "36.04.07.2011",
             "--operator", "Bench"],
            check=True, capture_output=True, env=_env(),
        )  # fmt: skip

        def data_dir(i: int) -> str:
            target = Path(tmp) / f"d{i}"
            shutil.copytree(register, target, ignore=shutil.ignore_patterns("cadangan"))
            return str(target)

        first_paint([*source, "--data-dir", data_dir(0)])  # warm the disk cache for both
        first_paint([*frozen, "--data-dir", data_dir(1)])
        src, frz = [], []
        for i in range(RUNS):
            src.append(first_paint([*source, "--data-dir", data_dir(10 + i)]))
            frz.append(first_paint([*frozen, "--data-dir", data_dir(20 + i)]))
    s, f = statistics.median(src), statistics.median(frz)
    report("dari sumber (python main.py): cat pertama", s, "s", "(pembanding)", True)
    report("bundel beku (dist/jaring): cat pertama", f, "s", f"<= {s:.2f} s (sumber)", f <= s)
