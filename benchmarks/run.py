"""Runs every benchmarks/bench_*.py and prints one table of results against the targets.

Each module defines `run(report)`; it calls `report(name, value, unit, target, ok)` once per
measurement. Targets are goals, not tests: a miss prints "TIDAK" and the exit code stays 0 so
`make bench` always shows the whole table. `make bench ONLY=search` runs matching modules.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

Row = tuple[str, str, str, str, str]


def main() -> int:
    only = os.environ.get("ONLY", "")
    rows: list[Row] = []

    def report(name: str, value: float, unit: str, target: str, ok: bool) -> None:
        rows.append(
            (
                name,
                f"{value:,.3f}" if isinstance(value, float) else f"{value:,}",
                unit,
                target,
                "ya" if ok else "TIDAK",
            )
        )
        print(f"  {name}: {value} {unit} (target {target})", flush=True)

    for path in sorted(HERE.glob("bench_*.py")):
        if only and only not in path.stem:
            continue
        print(f"[{path.stem}]", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        started = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            module.run(report)
        except Exception:
            traceback.print_exc()
            rows.append((path.stem, "gagal", "", "", "TIDAK"))
        print(f"  ({time.perf_counter() - started:.1f} s)", flush=True)

    headers = ("pengukuran", "hasil", "satuan", "target", "tercapai")
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print()
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
