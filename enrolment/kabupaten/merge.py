"""Merging village batch files into the kabupaten register.

Each file is verified first (format version, manifest, checksum, desa code) by the village's
own verifier, and merged in its own transaction: a damaged or edited file is refused with the
reason and the others go on. The ledger makes a (desa, batch number) merge once; the same
batch again is a no-op that says so. How the rows are applied: enrolment/kabupaten/apply.py.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from enrolment import audit
from enrolment.batches.format import KIND_CORRECTION, KIND_NEW, KIND_WITHDRAWAL, M_KABUPATEN
from enrolment.batches.verify import BatchInvalid, BatchLocked, ParsedBatch, verify_batch
from enrolment.kabupaten.apply import STALE, PreparedBatch, apply_rows, prepare
from enrolment.kabupaten.common import ProgressFn, require_kabupaten
from enrolment.kabupaten.ledger import add_entry, desa_name
from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.programme import Programme
from enrolment.regions import regions
from models.database import Database
from models.tables import KabBatch

CTX = "KabupatenMerge"
MERGED, ALREADY, REFUSED = "merged", "already", "refused"
_AHEAD = 2  # files verified ahead of the one being written
Verified = PreparedBatch | BatchInvalid


@dataclass(frozen=True)
class FileResult:
    """What happened to one file; `message` is the Indonesian result line."""

    path: Path
    outcome: str  # merged | already | refused
    message: Message
    desa_code: str = ""
    batch_no: int = 0
    rows: int = 0
    conflicts: int = 0
    locked: bool = False  # refused for want of the right password: ask for it, then retry

    def line(self) -> str:
        return f"{self.path.name}: {self.message.render()}"


def batch_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the .xlsx files under the folders named (a whole stick), in order.

    Inside folders, Excel's lock files (`~$…`) and anything not .xlsx (such as the temporary
    file of an interrupted write) are skipped; a file named explicitly is always tried.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = [
                f
                for f in sorted(path.rglob("*"))
                if f.is_file() and f.suffix.lower() == ".xlsx" and not f.name.startswith("~$")
            ]
        else:
            found = [path]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def merge_files(
    db: Database,
    paths: Sequence[Path],
    *,
    actor: str,
    programme: Programme,
    today: date | None = None,
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
    passwords: Mapping[Path, str] | None = None,
) -> list[FileResult]:
    """Merges every file, each on its own, in order; returns one result per file.

    `passwords` opens batches the village locked; a locked file without (the right) one is
    refused with `locked` set, so the caller can ask for the password and try it again."""
    with db.session() as session:
        kabupaten_code = require_kabupaten(session).kabupaten_code
    results: list[FileResult] = []
    # One session for the run; every file still commits (or is refused) on its own.
    with (
        contextlib.closing(_verified_in_turn(paths, programme, today, passwords or {})) as verified,
        db.session() as session,
    ):
        for n, (path, outcome) in enumerate(verified):
            if check is not None:
                check()
            if progress is not None:
                progress(n, len(paths), path.name)
            results.append(
                _merge_verified(session, path, outcome, actor=actor, kabupaten_code=kabupaten_code)
            )
    if progress is not None:
        progress(len(paths), len(paths), "")
    return results


def merge_file(
    db: Database,
    path: Path,
    *,
    actor: str,
    programme: Programme,
    kabupaten_code: str,
    today: date | None = None,
) -> FileResult:
    """Verifies and merges one batch file in one transaction."""
    verified = _verify(path, programme, today)[1]
    with db.session() as session:
        return _merge_verified(session, path, verified, actor=actor, kabupaten_code=kabupaten_code)


def _verify(
    path: Path, programme: Programme, today: date | None, password: str | None = None
) -> tuple[Path, Verified]:
    """Verifies the file and prepares its rows (no database needed for either)."""
    try:
        parsed = verify_batch(path, password=password)
    except BatchInvalid as exc:
        return path, exc
    return path, prepare(parsed, programme, today or date.today())


def _verified_in_turn(
    paths: Sequence[Path],
    programme: Programme,
    today: date | None,
    passwords: Mapping[Path, str],
) -> Generator[tuple[Path, Verified], None, None]:
    """Each file with its verification result, in order, verified a few files ahead.

    Verifying (and preparing the rows) needs only the file, so it runs on a worker thread
    while the file before is written: SQLite lets go of the GIL while it inserts, writes its
    log and syncs it to disk, and the worker reads the next workbook meanwhile.
    (python-calamine keeps the GIL, so reading overlaps with SQLite's own work and the disk,
    not with Python code.) Files are merged strictly in order, on the caller's thread; an
    unexpected error from the verifier is raised there when its file's turn comes.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jaring-verify") as pool:
        todo = iter(paths)
        ahead: deque[Future[tuple[Path, Verified]]] = deque(
            pool.submit(_verify, path, programme, today, passwords.get(path))
            for path in itertools.islice(todo, _AHEAD)
        )
        try:
            while ahead:
                current = ahead.popleft()
                following = next(todo, None)
                if following is not None:
                    ahead.append(
                        pool.submit(_verify, following, programme, today, passwords.get(following))
                    )
                yield current.result()
        finally:
            for future in ahead:
                future.cancel()


def _merge_verified(
    session: Session,
    path: Path,
    verified: Verified,
    *,
    actor: str,
    kabupaten_code: str,
) -> FileResult:
    """Merges (or refuses) one verified file and commits; the session is free again after."""
    if isinstance(verified, BatchLocked):
        known = _merged_file(session, verified.file_sha256)
        if known is not None:
            return _already(session, path, known)
        return _refuse(
            session, path, verified.message, actor=actor, locked=True,
            file_sha256=verified.file_sha256,
        )  # fmt: skip
    if isinstance(verified, BatchInvalid):
        return _refuse(session, path, verified.message, actor=actor)
    parsed = verified.parsed
    try:
        _check_identity(parsed, kabupaten_code)
    except BatchInvalid as exc:
        return _refuse(session, path, exc.message, actor=actor)
    name = desa_name(parsed)
    earlier = _earlier_merge(session, parsed)
    if earlier is not None:
        return _again(session, path, parsed, earlier, actor=actor)
    counts, conflicts = apply_rows(session, verified)
    add_entry(session, path, parsed, actor=actor, status=MERGED)
    audit.record(
        session,
        actor,
        "kabupaten.merge",
        entity="kab_batch",
        entity_id=f"{parsed.desa_code}/{parsed.batch_no}",
        detail=(
            f"batch {parsed.batch_no} desa {parsed.desa_code} {name} dari {path.name}: "
            f"{counts[KIND_NEW]} baru, {counts[KIND_CORRECTION]} koreksi, "
            f"{counts[KIND_WITHDRAWAL]} penarikan, {counts[STALE]} lebih lama "
            f"diabaikan, {conflicts} konflik baru; sha256 {parsed.computed_sha256}"
        ),
    )
    session.commit()
    return FileResult(
        path,
        MERGED,
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "KabupatenMerge",
                "Batch {no} Desa {desa} digabung: {new} baru, {corr} koreksi, {wd} penarikan"
                "{stale}; {conflicts} konflik baru.",
            ),
            no=parsed.batch_no,
            desa=name,
            new=counts[KIND_NEW],
            corr=counts[KIND_CORRECTION],
            wd=counts[KIND_WITHDRAWAL],
            stale=msg(
                CTX,
                QT_TRANSLATE_NOOP("KabupatenMerge", ", {n} baris lebih lama diabaikan"),
                n=counts[STALE],
            )
            if counts[STALE]
            else "",
            conflicts=conflicts,
        ),
        parsed.desa_code,
        parsed.batch_no,
        len(parsed.canonical_rows),
        conflicts,
    )


def _earlier_merge(session: Session, parsed: ParsedBatch) -> KabBatch | None:
    """The ledger entry of this (desa, batch number) merged before, if any."""
    # Looked up by plain SQL on every file; the entry is loaded only in the rare case it exists.
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    row = cur.execute(
        "SELECT seq FROM kab_batch WHERE desa_code = ? AND batch_no = ? AND status = ?",
        (parsed.desa_code, parsed.batch_no, MERGED),
    ).fetchone()
    cur.close()
    return session.get(KabBatch, row[0]) if row is not None else None


def locked_to_ask(db: Database, files: Sequence[Path]) -> list[Path]:
    """The locked files whose password must be asked before merging: not the ones merged
    before (known by the file's own hash; the merge then says "already merged")."""
    import hashlib

    from enrolment.batches.verify import is_locked

    locked = [path for path in files if is_locked(path)]
    if not locked:
        return []
    with db.session() as session:
        result = []
        for path in locked:
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = ""  # the merge says what is wrong with it
            if _merged_file(session, digest) is None:
                result.append(path)
        return result


def _merged_file(session: Session, file_sha256: str) -> KabBatch | None:
    """The merged batch that was this very file (same bytes), if any."""
    if not file_sha256:
        return None
    return session.exec(
        select(KabBatch).where(KabBatch.file_sha256 == file_sha256, KabBatch.status == MERGED)
    ).first()


def _already(session: Session, path: Path, earlier: KabBatch) -> FileResult:
    """A batch merged before, handed in again: nothing changes, and the ledger says nothing."""
    already = FileResult(
        path,
        ALREADY,
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "KabupatenMerge",
                "Batch {no} Desa {desa} sudah digabung pada {when}; tidak ada yang berubah.",
            ),
            no=earlier.batch_no,
            desa=earlier.desa_name or earlier.desa_code,
            when=earlier.received_at.strftime("%d-%m-%Y %H:%M"),
        ),
        earlier.desa_code,
        earlier.batch_no,
    )
    session.rollback()  # nothing changed: end the transaction the lookup began
    return already


def _again(
    session: Session, path: Path, parsed: ParsedBatch, earlier: KabBatch, *, actor: str
) -> FileResult:
    """The same batch number again: a no-op when it is the same file, refused otherwise."""
    if earlier.sha256 == parsed.computed_sha256:
        return _already(session, path, earlier)
    return _refuse(
        session,
        path,
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "KabupatenMerge",
                "Batch {no} Desa {desa} sudah digabung dengan isi yang berbeda (checksum "
                "lain). Nomor batch tidak boleh dipakai ulang; tanyakan ke desa.",
            ),
            no=parsed.batch_no,
            desa=desa_name(parsed),
        ),
        actor=actor,
        parsed=parsed,
    )


def _check_identity(parsed: ParsedBatch, kabupaten_code: str) -> None:
    kab = parsed.manifest.get(M_KABUPATEN, "")
    if kab != kabupaten_code or not parsed.desa_code.startswith(kabupaten_code + "."):
        raise BatchInvalid(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenMerge", "Batch ini dari kabupaten {kab}, bukan {ours}."
                ),
                kab=kab or parsed.desa_code,
                ours=kabupaten_code,
            )
        )
    if regions().desa(parsed.desa_code) is None:
        raise BatchInvalid(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenMerge", "Kode desa {code} di manifest tidak ada di kabupaten ini."
                ),
                code=parsed.desa_code,
            )
        )


def _refuse(
    session: Session,
    path: Path,
    reason: Message,
    *,
    actor: str,
    parsed: ParsedBatch | None = None,
    locked: bool = False,
    file_sha256: str = "",
) -> FileResult:
    desa_code, batch_no = add_entry(
        session, path, parsed, actor=actor, status=REFUSED, reason=reason.render(),
        file_sha256=file_sha256,
    )  # fmt: skip
    audit.record(
        session,
        actor,
        "kabupaten.refuse",
        entity="kab_batch",
        entity_id=f"{desa_code}/{batch_no}" if desa_code else "",
        detail=f"{path.name}: {reason.render()}",
    )
    session.commit()
    return FileResult(
        path,
        REFUSED,
        msg(CTX, QT_TRANSLATE_NOOP("KabupatenMerge", "DITOLAK: {reason}"), reason=reason.render()),
        desa_code,
        batch_no,
        locked=locked,
    )
