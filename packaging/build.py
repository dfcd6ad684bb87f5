"""Builds Jaring with PyInstaller for the operating system it runs on, and prints the size.

    python packaging/build.py                  # dist/jaring/ (one folder; the installer's input)
    python packaging/build.py --onefile        # dist/portable/ (one file + `portable`, for a stick)
    python packaging/build.py --self-test      # then run the built program's --self-test
    python packaging/build.py --installer      # Windows: then run Inno Setup on jaring.iss

`make package` and `make package-selftest` call this. Works the same on Windows (run it with
the project's Python; no make needed there).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import buildinfo

ROOT = buildinfo.ROOT
DIST = ROOT / "dist"
PORTABLE = DIST / "portable"  # the one-file build, with its `portable` marker: copy to a stick
WORK = ROOT / "build"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def built_program(onefile: bool) -> Path:
    """The executable the build makes (for --self-test, the console one on Windows)."""
    if onefile:
        return PORTABLE / f"{buildinfo.EXE_NAME}{EXE_SUFFIX}"
    name = f"{buildinfo.EXE_NAME}-cmd" if sys.platform == "win32" else buildinfo.EXE_NAME
    return DIST / buildinfo.EXE_NAME / f"{name}{EXE_SUFFIX}"


def build(onefile: bool) -> Path:
    variant = "onefile" if onefile else "onedir"
    env = dict(os.environ, JARING_BUILD=variant)
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(PORTABLE if onefile else DIST),
            "--workpath",
            str(WORK / variant),
            str(ROOT / "packaging" / "jaring.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    output = built_program(True) if onefile else DIST / buildinfo.EXE_NAME
    if onefile:
        (PORTABLE / "portable").write_bytes(b"")  # see main.portable_data_dir
    print(
        f"Jaring {buildinfo.read_version()} ({variant}) dibangun dalam "
        f"{time.monotonic() - started:.0f} s: {output}, ukuran "
        f"{buildinfo.human_size(buildinfo.tree_size(output))}"
    )
    return output


def self_test(onefile: bool) -> int:
    program = built_program(onefile)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    code = subprocess.run([str(program), "--self-test"], env=env).returncode
    print(f"--self-test {program.name}: kode keluar {code} ({time.monotonic() - started:.1f} s)")
    return code


def installer() -> int:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if sys.platform != "win32" or iscc is None:
        print("Inno Setup (iscc) hanya ada di Windows; lihat docs/panduan-it-kabupaten.md.")
        return 1
    version = buildinfo.read_version()
    script = ROOT / "packaging" / "jaring.iss"
    return subprocess.run([iscc, f"/DAppVersion={version}", str(script)], cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one file instead of a folder")
    parser.add_argument("--self-test", action="store_true", help="run the built --self-test")
    parser.add_argument("--installer", action="store_true", help="Windows: build the installer")
    args = parser.parse_args()
    build(args.onefile)
    if args.self_test and (code := self_test(args.onefile)):
        return code
    if args.installer:
        return installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
