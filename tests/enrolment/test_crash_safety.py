"""Killing Jaring's write path at random moments loses no acknowledged record and never
corrupts the database; a backup taken while another process writes is consistent."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from enrolment.backups import backup_to, describe_backup, make_backup
from models.database import Database, open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20
TIME_BUDGET_S = 45.0  # the loop stops early on a very slow machine; 60 s at most overall
HARD_KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGTERM is TerminateProcess on Windows


class Writers:
    """The zygote process (see crash_writer) and what its workers have acknowledged."""

    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.enrolment.crash_writer", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.lock = threading.Condition()
        self.lines: list[list[str]] = []
        self.acked: list[str] = []  # NIKs whose commit returned, over all workers
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._wait(lambda: ["zygote"] in self.lines, timeout=60)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                break  # a line cut by the kill was never a complete acknowledgement
            words = raw.decode().split()
            with self.lock:
                self.lines.append(words)
                if words[0] == "ack":
                    self.acked.append(words[2])
                self.lock.notify_all()

    def _wait(self, ready: Callable[[], bool], timeout: float) -> None:
        with self.lock:
            if not self.lock.wait_for(ready, timeout=timeout):
                raise AssertionError(f"writer did not answer; last lines: {self.lines[-3:]}")

    def start(self, day: int, count: int = 5000) -> int:
        """Starts a worker writing people born on `day`; returns its pid."""
        assert self.proc.stdin is not None
        before = len(self.lines)
        self.proc.stdin.write(f"run {day} {count}\n".encode())
        self.proc.stdin.flush()
        self._wait(lambda: any(w[0] == "pid" for w in self.lines[before:]), timeout=30)
        return int(next(w[1] for w in self.lines[before:] if w[0] == "pid"))

    def wait_ready(self, pid: int) -> None:
        self._wait(lambda: ["ready", str(pid)] in self.lines, timeout=30)

    def wait_acks(self, count: int) -> None:
        self._wait(lambda: len(self.acked) >= count, timeout=30)

    def kill(self, pid: int) -> None:
        os.kill(pid, HARD_KILL)
        self._wait(lambda: any(w[:2] == ["exit", str(pid)] for w in self.lines), timeout=30)
        refused = [w for w in self.lines if w[0] == "refused"]
        assert not refused, refused

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        self.proc.stdout.close()
        assert self.proc.returncode == 0


def test_sigkill_at_random_moments_loses_no_acknowledged_record(installed_db: Database) -> None:
    data_dir = installed_db.data_dir
    installed_db.dispose()
    rng = random.Random(int(os.environ.get("JARING_CRASH_SEED", "0")) or None)
    writers = Writers(data_dir)
    started = time.monotonic()
    rounds = 0
    try:
        for day in range(1, ROUNDS + 1):
            if time.monotonic() - started > TIME_BUDGET_S:
                break
            pid = writers.start(day)
            if rng.random() < 0.2:
                # Kill while it is still starting: opening, WAL recovery, the first write.
                time.sleep(rng.uniform(0.0, 0.2))
            else:
                writers.wait_ready(pid)
                writers.wait_acks(len(writers.acked) + rng.randint(0, 20))
                time.sleep(rng.uniform(0.0, 0.03))  # land anywhere inside the next transaction
            writers.kill(pid)
            rounds += 1
    finally:
        writers.close()
    acknowledged = list(writers.acked)

    assert rounds >= 12, f"only {rounds} rounds in the time budget"
    assert acknowledged, "no record was ever acknowledged: the test proved nothing"
    db = open_database(data_dir)  # the program's own start-up path
    db.dispose()
    conn = sqlite3.connect(data_dir / "jaring.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {nik for (nik,) in conn.execute("SELECT nik FROM enrollee")}
        missing = set(acknowledged) - stored
        assert not missing, f"acknowledged but lost: {sorted(missing)}"
        # Record and audit entry share a transaction: every record has exactly one create entry.
        orphans = conn.execute(
            """SELECT count(*) FROM enrollee e WHERE (SELECT count(*) FROM audit_log a
               WHERE a.action = 'enrollee.create' AND a.entity_id = e.id) != 1"""
        ).fetchone()[0]
        assert orphans == 0
        receipts = conn.execute(
            "SELECT count(*), count(DISTINCT receipt_seq) FROM enrollee WHERE receipt_year = 2025"
        ).fetchone()
        assert receipts[0] == receipts[1] == len(stored)
        fts = conn.execute(
            "INSERT INTO enrollee_fts (enrollee_fts) VALUES ('integrity-check')"
        ).fetchall()
        assert fts == []
    finally:
        conn.close()


def test_backup_taken_while_another_process_writes_is_consistent(
    installed_db: Database, tmp_path: Path
) -> None:
    writers = Writers(installed_db.data_dir)
    try:
        pid = writers.start(day=1)
        writers.wait_acks(3)
        copies = []
        for i in range(3):
            low = len(writers.acked)
            if i % 2:
                path = backup_to(installed_db, tmp_path, "Operator Uji")
            else:
                path = make_backup(installed_db, "manual", "Operator Uji")
            high = len(writers.acked)
            copies.append((path, low, high))
            writers.wait_acks(high + 2)  # writes carry on between backups
        writers.kill(pid)
    finally:
        writers.close()
    for path, low, high in copies:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = conn.execute("SELECT count(*) FROM enrollee").fetchone()[0]
            creates = conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'enrollee.create'"
            ).fetchone()[0]
        finally:
            conn.close()
        # Everything acknowledged before the backup is in it; at most one commit that was
        # on its way when the backup finished may be there too, never half of one.
        assert low <= count <= high + 1, (count, low, high)
        assert creates == count
        assert describe_backup(path).active_enrollees == count


def test_file_errors_are_said_in_indonesian() -> None:
    import errno

    from enrolment.messages import os_reason

    assert str(os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory"))) == (
        "berkas atau folder tidak ada"
    )
    assert "penuh" in str(os_reason(OSError(errno.ENOSPC, "No space left on device")))
    assert "tercabut" in str(os_reason(OSError(errno.EIO, "Input/output error")))
    assert str(os_reason(OSError(errno.ELOOP, "Too many levels"))) == "Too many levels"
