"""The PyInstaller spec's helpers: version, Windows version resource, data list, filters."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import buildinfo  # noqa: E402


def test_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        expected = tomllib.load(fh)["project"]["version"]
    assert buildinfo.read_version() == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 1)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("1.0.0+local.7", (1, 0, 0, 0)),
    ],
)
def test_version_tuple(text: str, numbers: tuple[int, ...]) -> None:
    assert buildinfo.version_tuple(text) == numbers


def test_version_tuple_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        buildinfo.version_tuple("abc")


def test_windows_version_resource_parses(tmp_path: Path) -> None:
    """PyInstaller evaluates the file as a Python expression over its versioninfo classes
    (which need pefile, a Windows-only install): evaluate it over stand-ins here."""

    def record(kind: str) -> object:
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    namespace = {n: record(n) for n in (*names, "VarFileInfo", "VarStruct")}
    path = buildinfo.write_version_file(tmp_path, "1.4.2")
    kind, _, info = eval(path.read_text(encoding="utf-8"), {"__builtins__": {}}, namespace)
    assert kind == "VSVersionInfo"
    ffi = info["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 4, 2, 0)
    (_, (tables,), _) = info["kids"][0]
    (_, (lang, strings), _) = tables[0]
    assert lang == "040904B0"
    values = {s[1][0]: s[1][1] for s in strings}
    assert values["ProductVersion"] == values["FileVersion"] == "1.4.2"
    assert values["OriginalFilename"] == "jaring.exe"
    assert values["ProductName"] == "Jaring"


def test_resource_datas_mirror_resources_folder() -> None:
    datas = buildinfo.resource_datas()
    files = {Path(src).relative_to(ROOT / "resources") for src, _ in datas}
    on_disk = {
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts" and not p.name.startswith(".")
    }
    assert files == on_disk
    for src, dest in datas:  # the bundle folder mirrors the source folder, in / form
        assert dest == Path(src).parent.relative_to(ROOT).as_posix()
        assert "\\" not in dest
    assert any(src.endswith("wilayah.json") for src, _ in datas)
    assert any(src.endswith("jaring.ico") for src, _ in datas)


def test_translation_without_compiled_file_stops_the_build(tmp_path: Path) -> None:
    i18n = tmp_path / "resources" / "i18n"
    i18n.mkdir(parents=True)
    (i18n / "jaring_en.ts").write_text("<TS/>", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"jaring_en\.qm"):
        buildinfo.resource_datas(tmp_path)
    (i18n / "jaring_en.qm").write_bytes(b"qm")
    assert buildinfo.resource_datas(tmp_path) == [(str(i18n / "jaring_en.qm"), "resources/i18n")]


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6\\Qt6Pdf.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6\\Qt6Network.dll",
    ],
)
def test_unused_qt_binaries_are_dropped(dest: str) -> None:
    assert not buildinfo.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6\\Qt6PrintSupport.dll",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ],
)
def test_needed_qt_binaries_stay(dest: str) -> None:
    assert buildinfo.keep_binary(dest)


def test_only_english_qt_translation_stays() -> None:
    assert buildinfo.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not buildinfo.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not buildinfo.keep_data("PySide6\\translations\\qt_help_zh_CN.qm")
    assert buildinfo.keep_data("resources/i18n/jaring_en.qm")
    assert buildinfo.keep_data("resources/regions/wilayah.json")


def test_program_never_imports_what_the_build_leaves_out() -> None:
    """The build excludes dev-only packages and unused stdlib parts; an import of one of them
    in the program would work from source and fail only in the frozen build."""
    import ast

    left_out = set(buildinfo.DEV_ONLY) | set(buildinfo.UNUSED_STDLIB)
    files = [ROOT / "main.py"] + [
        p for pkg in ("enrolment", "models", "ui") for p in (ROOT / pkg).rglob("*.py")
    ]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            found += [(path.name, n) for n in names if n.split(".")[0] in left_out]
    assert len(files) > 50 and found == []
