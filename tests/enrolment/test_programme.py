from __future__ import annotations

import json
from pathlib import Path

import pytest

from enrolment.programme import ProgrammeError, default_programme, load_programme, parse_programme


def test_default_programme_is_perbup_59() -> None:
    p = default_programme()
    assert p.monthly_contribution == 16800
    assert p.programmes == ("JKK", "JKM")
    assert len(p.groups) == 8
    assert p.quota_sum == 21434
    assert p.stated_total == 21234
    assert {g.code for g in p.groups} >= {"BPD", "RT_RW", "POSYANDU", "BALAWISTA"}


def test_total_mismatch_is_said_plainly() -> None:
    text = default_programme().total_mismatch()
    assert text is not None
    rendered = text.render()
    assert "21.234" in rendered and "21.434" in rendered and "200" in rendered


def test_matching_total_has_no_message() -> None:
    raw = dict(default_programme().raw)
    raw["stated_total"] = 21434
    assert parse_programme(raw).total_mismatch() is None


def test_desa_quota_overrides() -> None:
    raw = dict(default_programme().raw)
    raw["desa_quotas"] = {"36.04.07.2011": {"BPD": 9}}
    p = parse_programme(raw)
    assert p.quota_for("BPD", "36.04.07.2011") == (9, True)
    assert p.quota_for("BPD", "36.04.07.2001") == (2428, False)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("groups"),
        lambda d: d.update(format=99),
        lambda d: d.update(groups=[]),
        lambda d: d.update(coverage={"start": "2026-13", "end": "2026-12"}),
        lambda d: d.update(coverage={"start": "2026-05", "end": "2026-01"}),
        lambda d: d["groups"].append(dict(d["groups"][0])),
    ],
)
def test_broken_programme_is_refused(mutate) -> None:  # type: ignore[no-untyped-def]
    raw = json.loads(json.dumps(default_programme().raw))
    mutate(raw)
    with pytest.raises(ProgrammeError):
        parse_programme(raw)


def test_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ProgrammeError, match="tidak dapat dibaca"):
        load_programme(bad)
