"""The English translation: complete, placeholder-safe, compiled, and actually used by the UI.

The .ts file is produced by `make update-translations` (pyside6-lupdate) and compiled to .qm by
`make translations`, which `make test` runs first.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.resources import resource_path

TS_FILE = resource_path("i18n", "jaring_en.ts")
QM_FILE = resource_path("i18n", "jaring_en.qm")
HINT = "run `make update-translations` and translate the new texts in resources/i18n/jaring_en.ts"


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool
    where: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.where})"


def _entries(path: Path) -> list[Entry]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS", f"{path} is not a Qt .ts file"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.find("source")
            translation = message.find("translation")
            assert source is not None and translation is not None, f"malformed message in {name}"
            location = message.find("location")
            where = (
                f"{location.get('filename', '?').removeprefix('../../')}:{location.get('line', '?')}"
                if location is not None
                else "?"
            )
            state = translation.get("type")
            found.append(
                Entry(
                    context=name,
                    source=source.text or "",
                    translation=translation.text or "",
                    finished=state not in ("unfinished", "vanished", "obsolete"),
                    where=where,
                )
            )
    return found


def _placeholders(text: str) -> set[str]:
    """The `{name}` / `{name:spec}` fields of a str.format template (raises on stray braces)."""
    return {
        "{" + field + (f":{spec}" if spec else "") + "}"
        for _, field, spec, _ in string.Formatter().parse(text)
        if field is not None
    }


def _mnemonics(text: str) -> int:
    """How many `&` accelerator markers (not `&&`) a text has."""
    return len(re.findall(r"(?<!&)&(?!&)", text))


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return _entries(TS_FILE)


def test_ts_parses_and_covers_all_source_trees(entries: list[Entry]) -> None:
    assert len(entries) > 100
    files = {e.where.split(":")[0] for e in entries}
    for tree in ("ui/", "enrolment/"):
        assert any(f.startswith(tree) for f in files), f"no strings extracted from {tree}; {HINT}"
    contexts = {e.context for e in entries}
    assert {
        "EntryForm", "MainWindow", "DesaWorkspace", "RegisterLabels", "SetupWizard", "Nik", "Validation",
    } <= contexts  # fmt: skip


def test_every_message_is_translated(entries: list[Entry]) -> None:
    missing = [str(e) for e in entries if not e.finished or not e.translation.strip()]
    assert not missing, (
        f"{len(missing)} text(s) have no English translation; {HINT}:\n  " + "\n  ".join(missing)
    )


def test_translations_keep_placeholders_line_breaks_and_accelerators(
    entries: list[Entry],
) -> None:
    problems = []
    for e in entries:
        if not e.translation:
            continue
        try:
            wanted, got = _placeholders(e.source), _placeholders(e.translation)
        except ValueError as exc:
            problems.append(f"{e}: not a valid format template ({exc})")
            continue
        if wanted != got:
            problems.append(f"{e}: placeholders {sorted(wanted)} became {sorted(got)}")
        if e.source.count("\n") != e.translation.count("\n"):
            problems.append(f"{e}: line breaks differ")
        if _mnemonics(e.source) != _mnemonics(e.translation):
            problems.append(f"{e}: the & accelerator marker was lost or doubled")
    assert not problems, "\n".join(problems)


def test_no_duplicate_messages(entries: list[Entry]) -> None:
    seen: set[tuple[str, str]] = set()
    duplicates = []
    for e in entries:
        if (e.context, e.source) in seen:
            duplicates.append(str(e))
        seen.add((e.context, e.source))
    assert not duplicates


@pytest.fixture
def english_translator(qapp: QApplication) -> Iterator[QTranslator]:
    assert QM_FILE.exists(), f"{QM_FILE} is missing: run `make translations`"
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE} does not load"
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_compiled_qm_matches_the_ts(english_translator: QTranslator, entries: list[Entry]) -> None:
    assert QCoreApplication.translate("EntryForm", "&Simpan (Enter)") == "&Save (Enter)"
    assert (
        QCoreApplication.translate("Nik", "NIK wajib diisi (16 angka dari KTP).")
        == "The NIK is required (16 digits from the KTP)."
    )
    stale = [
        str(e)
        for e in entries
        if e.translation and QCoreApplication.translate(e.context, e.source) != e.translation
    ]
    assert not stale, "the .qm is older than the .ts: run `make translations`:\n" + "\n".join(stale)


def test_register_labels_render_in_english(english_translator: QTranslator) -> None:
    # The labels live in plain functions: lupdate sees them only with a literal context.
    from ui.register.labels import record_status_labels, return_status_labels

    assert record_status_labels()["draft"] == "Draft"
    assert return_status_labels()["accepted"] == "Accepted"


def test_domain_message_renders_in_english(english_translator: QTranslator) -> None:
    from ui.errors import tr_message

    message = msg(
        "Nik", QT_TRANSLATE_NOOP("Nik", "NIK harus 16 angka; yang diketik {count} angka."), count=15
    )
    assert tr_message(message) == "The NIK must have 16 digits; 15 digits were typed."
    assert str(message) == "NIK harus 16 angka; yang diketik 15 angka."


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    from ui.i18n import install_translators

    locale = QLocale()
    assert install_translators(qapp, "en"), f"{QM_FILE} is missing: run `make translations`"
    try:
        yield
    finally:
        install_translators(qapp, "id")
        QLocale.setDefault(locale)


def test_setup_wizard_in_english(english_ui: None, qtbot: QtBot) -> None:
    from ui.setup.wizard import SetupWizard

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    titles = [wizard.page(page_id).title() for page_id in wizard.pageIds()]
    assert titles == ["District", "Village", "Officials", "Paper"]
    assert wizard.windowTitle() == "Jaring — Setup"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Next >"


def test_indonesian_is_back_after_switching(
    english_ui: None, qapp: QApplication, qtbot: QtBot
) -> None:
    from ui.i18n import install_translators
    from ui.setup.wizard import SetupWizard

    install_translators(qapp, "id")
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    assert wizard.page(wizard.pageIds()[0]).title() == "Kecamatan"


def test_qt_own_buttons_speak_indonesian(qapp: QApplication, qtbot: QtBot) -> None:
    """Qt ships no Indonesian: standard buttons (Close, Yes/No, Cancel), the error box's
    details button and text-field menus come from resources/i18n/qt/qtbase_id.ts."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from ui.i18n import install_translators

    assert install_translators(qapp, "id")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Tidak", "&Ya", "Batal", "Tutup"]
    message = QMessageBox()
    message.setDetailedText("rincian")
    assert any(b.text() == "Tampilkan Rincian..." for b in message.buttons())
    assert qapp.translate("QLineEdit", "&Paste") == "&Tempel"
