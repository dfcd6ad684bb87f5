"""`jaring --self-test`: a short end-to-end check of an installed program.

Run after installing or copying Jaring (and by CI on the frozen bundle) to see that the
bundled files are there and that the main paths work: set up a desa, save a worker, print a
receipt, write a password-locked batch and verify it as the kabupaten does. It works in a temporary data folder and never touches real data.

Each step is a small function that takes the shared `SelfTestState`, does one thing, and
returns a short detail for its "OK" line; it raises to fail. The steps that need Qt (the
receipt PDF) live in `ui/selftest.py`, which puts the whole list together and runs it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from enrolment.messages import UserError
from models.database import Database

DESA = "36.04.07.2011"  # Mekar Jaya, Bojonegara: a desa every build's region list has
OPERATOR = "Uji Mandiri"
# A made-up worker of that kecamatan (the NIK's first six digits are 36.04.07).
WORKER_NIK = "3604071203900001"
WORKER_NAME = "Budi Uji Mandiri"


class SelfTestFailure(Exception):
    """A step found something wrong; the text says what (in Indonesian)."""


@dataclass
class SelfTestState:
    """What the steps hand on to each other."""

    folder: Path  # the temporary data folder
    db: Database | None = None
    enrollee_id: str | None = None
    receipt_number: str = ""
    files: dict[str, Path] = field(default_factory=dict)

    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure("basis data belum dibuka (langkah penyiapan gagal)")
        return self.db

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()
            self.db = None


StepFn = Callable[[SelfTestState], str]


@dataclass(frozen=True)
class Step:
    name: str  # Indonesian, shown after OK/GAGAL
    run: StepFn


# -- Qt-free steps -------------------------------------------------------------------------


def check_resources(state: SelfTestState) -> str:
    """The bundled programme file, region list and receipt fonts are present and readable."""
    from enrolment.programme import default_programme
    from enrolment.regions import regions
    from enrolment.resources import resource_path, resources_dir

    programme = default_programme()
    desa = regions().desa(DESA)
    if desa is None:
        raise SelfTestFailure(f"desa {DESA} tidak ada di daftar wilayah")
    fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
    if not fonts:
        raise SelfTestFailure(f"tidak ada huruf (font) di {resource_path('fonts')}")
    return f"{programme.id}, {desa.name}, {len(fonts)} font di {resources_dir()}"


def setup(state: SelfTestState) -> str:
    """A new database in the temporary folder, set up for the test desa."""
    from enrolment.installation import SetupAnswers, setup_desa
    from models.database import open_database

    state.db = open_database(state.folder / "data")
    with state.db.session() as session:
        inst = setup_desa(
            session,
            SetupAnswers(
                desa_code=DESA,
                operator_name=OPERATOR,
                sekdes_name="SEKDES UJI",
                kades_name="KADES UJI",
            ),
        )
        return f"Desa {inst.desa_name}, Kecamatan {inst.kecamatan_name}"


def save_worker(state: SelfTestState) -> str:
    """One worker saved through the register, exactly as the entry form does."""
    from enrolment.installation import active_programme
    from enrolment.receipts.content import receipt_number
    from enrolment.register import save_enrollee
    from enrolment.validation import EnrolleeInput

    with state.database().session() as session:
        programme = active_programme(session)
        data = EnrolleeInput(
            nik=WORKER_NIK,
            nama=WORKER_NAME,
            tempat_lahir="Serang",
            tanggal_lahir=date(1990, 3, 12),
            jenis_kelamin="L",
            kategori="RT_RW",
            alamat="Kp. Mekar Sari",
            rt="001",
            rw="002",
        )
        outcome = save_enrollee(
            session, data, actor=OPERATOR, programme=programme, today=date.today(), desa_code=DESA
        )
        if not outcome.saved and outcome.unconfirmed:
            # Doubts the operator would confirm (e.g. the quota): confirm them as she would.
            codes = [w.code for w in outcome.unconfirmed]
            outcome = save_enrollee(
                session,
                data,
                actor=OPERATOR,
                programme=programme,
                today=date.today(),
                desa_code=DESA,
                confirmed=codes,
            )
        if not outcome.saved or outcome.enrollee is None:
            problems = [f"{k}: {m.render()}" for k, m in outcome.errors.items()]
            problems += [w.message.render() for w in outcome.unconfirmed]
            raise SelfTestFailure("peserta tidak tersimpan: " + "; ".join(problems))
        state.enrollee_id = outcome.enrollee.id
        state.receipt_number = receipt_number(outcome.enrollee, DESA).text
        return f"{outcome.enrollee.nama}, tanda terima {state.receipt_number}"


def check_receipt_number(state: SelfTestState) -> str:
    """The receipt number is recognised by the register's own checker."""
    from enrolment.receipts.check import check_receipt

    with state.database().session() as session:
        result = check_receipt(session, state.receipt_number)
    if not result.ok:
        raise SelfTestFailure("; ".join(p.render() for p in result.problems) or "tidak cocok")
    return state.receipt_number


BATCH_PASSWORD = "uji-mandiri-2025"


def write_batch(state: SelfTestState) -> str:
    """The next batch for the kabupaten, locked with a password, onto a "stick" folder."""
    from enrolment.batches.service import export_next_batch
    from enrolment.installation import active_programme

    db = state.database()
    with db.session() as session:
        programme = active_programme(session)
    stick = state.folder / "flashdisk"
    stick.mkdir(exist_ok=True)
    result = export_next_batch(
        db, programme, actor=OPERATOR, folder=stick, password=BATCH_PASSWORD
    )  # the writer reads the file back before it is named
    state.files["batch"] = result.path
    return f"{result.path.name}, {result.path.stat().st_size // 1024} KB"


def verify_written_batch(state: SelfTestState) -> str:
    """The batch file checks out as the kabupaten checks it: manifest, rows, SHA-256."""
    from enrolment.batches.verify import verify_batch

    path = state.files.get("batch")
    if path is None:
        raise SelfTestFailure("tidak ada berkas batch (langkah batch gagal)")
    parsed = verify_batch(path, password=BATCH_PASSWORD)
    if parsed.desa_code != DESA or len(parsed.canonical_rows) != 1:
        raise SelfTestFailure(
            f"isi batch tidak sesuai: desa {parsed.desa_code}, {len(parsed.canonical_rows)} baris"
        )
    return f"batch {parsed.batch_no}, {len(parsed.canonical_rows)} baris, SHA-256 cocok"


QT_FREE_HEAD: tuple[Step, ...] = (
    Step("berkas program, wilayah dan font", check_resources),
    Step(f"penyiapan desa {DESA}", setup),
    Step("simpan peserta", save_worker),
    Step("nomor tanda terima", check_receipt_number),
)
QT_FREE_TAIL: tuple[Step, ...] = (
    Step("batch ke kabupaten (berkas terkunci)", write_batch),
    Step("periksa batch", verify_written_batch),
)


# -- running -------------------------------------------------------------------------------


def describe(exc: BaseException) -> str:
    """What went wrong, in a line: the calm message of a UserError, else the exception."""
    if isinstance(exc, UserError):
        return exc.message.render()
    if isinstance(exc, SelfTestFailure):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def run_steps(steps: Sequence[Step], state: SelfTestState, out: TextIO, err: TextIO) -> list[str]:
    """Runs `steps` in order, one line each; stops at the first failure (the later steps
    depend on the earlier ones) and returns the names of the failed step (none = passed)."""
    for i, step in enumerate(steps):
        try:
            detail = step.run(state)
        except Exception as exc:
            print(f"GAGAL {step.name}: {describe(exc)}", file=out, flush=True)
            if not isinstance(exc, UserError | SelfTestFailure):
                traceback.print_exception(exc, file=err)
            for later in steps[i + 1 :]:
                print(f"LEWAT {later.name}", file=out, flush=True)
            return [step.name]
        print(f"OK {step.name}: {detail}" if detail else f"OK {step.name}", file=out, flush=True)
    return []
