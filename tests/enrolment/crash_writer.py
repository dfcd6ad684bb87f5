"""Writer processes for the crash-safety tests (not a test module).

    python -m tests.enrolment.crash_writer DATA_DIR

starts a "zygote" that imports Jaring's write path once, prints "zygote", then for each line
"run DAY COUNT" on stdin starts a worker and prints "pid <pid>"; when the worker has ended
(killed by the test) it prints "exit <pid> <status>". Forking the zygote makes a worker start
in milliseconds instead of the seconds a fresh interpreter needs to import SQLAlchemy, so many
kills fit in the time budget. Where there is no fork (Windows) the worker is a new process.

A worker opens the database the way the program does (`open_database`: WAL recovery after the
previous kill included) and saves people through the real register (`save_enrollee` in a
`Database.session()`), printing "ready <pid>" once open and "ack <pid> <nik>" after each commit
returned: those records are acknowledged. Every line is one write() on the shared pipe, so
lines of the zygote and the worker never mix.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from enrolment.programme import default_programme
from enrolment.register import save_enrollee
from models.database import open_database
from tests.enrolment.people import CONFIRM, TODAY, person


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def worker(data_dir: Path, day: int, count: int) -> int:
    me = os.getpid()
    db = open_database(data_dir)
    programme = default_programme()
    say(f"ready {me}")
    for n in range(1, count + 1):
        data = person(n, day)
        with db.session() as session:
            out = save_enrollee(
                session, data, actor="Penulis Uji", programme=programme, today=TODAY,
                confirmed=CONFIRM,
            )  # fmt: skip
        if not out.saved:
            say(f"refused {me} {n} {out.errors} {out.unconfirmed}")
            return 3
        say(f"ack {me} {data.nik}")
    db.dispose()
    return 0


def zygote(data_dir: Path) -> int:
    say("zygote")
    for line in sys.stdin:
        command, day, count = line.split()
        assert command == "run"
        if hasattr(os, "fork"):
            pid = os.fork()
            if pid == 0:  # the worker: never returns into this loop
                code = 1
                try:
                    code = worker(data_dir, int(day), int(count))
                finally:
                    os._exit(code)
            say(f"pid {pid}")
            _, status = os.waitpid(pid, 0)
        else:
            args = [sys.executable, "-m", "tests.enrolment.crash_writer", "worker"]
            proc = subprocess.Popen([*args, str(data_dir), day, count])
            pid = proc.pid
            say(f"pid {pid}")
            status = proc.wait()
        say(f"exit {pid} {status}")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "worker":
        sys.exit(worker(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
    sys.exit(zygote(Path(sys.argv[1])))
