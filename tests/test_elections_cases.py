"""The hand-computed election cases (tests/data/elections, written from the Party's rules by
another engineer, without this code: RULES-NOTES.md) come out of ``chitieu election count``
exactly as their expected.json says, and each bad case is refused naming what its
expected-error.md asks for, with nothing counted or written."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.electionkit import count

CASES = Path(__file__).resolve().parent / "data" / "elections"
GOOD = [
    "ban-kiem-phieu-tuyen-khong-hop-le",
    "chi-bo-11-dang-vien",
    "dai-hoi-dai-bieu-vang-khong-du-khuyet",
    "doan-dai-bieu-18",
    "doan-dai-bieu-du-khuyet",
    "hoa-phieu-ghe-cuoi",
    "khong-so-du-dong-y",
    "lam-tron-nua-len",
    "phieu-de-qua-so-ghe",
    "qua-nguong-nhieu-hon-so-ghe",
    "vong-1-thieu-ghe",
    "vong-2-bau-bo-sung",
]
# What each expected-error.md says the refusal must name (file:line, field, the numbers).
BAD = {
    "loai-tru-lon-hon-trieu-tap": ["election.yaml:", "field 'excluded'", "12", "11 convened"],
    "phieu-nhap-hai-lan": ["ballots.csv:7:", "field 'ballot'", "ballot 4", "line 5"],
    "phieu-thu-ve-nhieu-hon-phat-ra": [
        "election.yaml:",
        "field 'issued'",
        "11 ballots",
        "10 issued",
    ],
    "so-ghe-am": ["election.yaml:", "field 'seats'", "at least 1", "-2"],
    "so-ghe-bang-khong": ["election.yaml:", "field 'seats'", "at least 1", "not 0"],
    "so-ghe-nhieu-hon-ung-vien": ["election.yaml:", "field 'seats'", "5 seats", "4 candidates"],
    "ung-vien-ngoai-danh-sach": ["ballots.csv:6:", "field 'crossed'", "“7”"],
    "ung-vien-ngoai-danh-sach-khong-so-du": ["ballots.csv:10:", "field 'disagree'", "“4”"],
}


def test_every_case_folder_is_run() -> None:
    folders = {p.name for p in CASES.iterdir() if p.is_dir() and p.name != "bad"}
    assert folders == set(GOOD)
    assert {p.name for p in (CASES / "bad").iterdir() if p.is_dir()} == set(BAD)


def numbers_as_decimals(data: dict[str, Any]) -> dict[str, Any]:
    """percent_of_base compared as a number: 90.00 in a case is "90.00" in chitieu's JSON."""
    data = json.loads(json.dumps(data))
    for c in data["candidates"]:
        c["percent_of_base"] = Decimal(str(c["percent_of_base"]))
    return data


@pytest.mark.parametrize("case", GOOD)
def test_the_case_counts_as_computed_by_hand(case: str) -> None:
    folder = CASES / case
    r = count(str(folder / "election.yaml"), str(folder / "ballots.csv"), "--format", "json")
    assert r.exit_code == 0, r.stderr
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert numbers_as_decimals(json.loads(r.stdout)) == numbers_as_decimals(expected)


@pytest.mark.parametrize("case", sorted(BAD))
def test_the_bad_case_is_refused_naming_its_place(case: str, tmp_path: Path) -> None:
    folder = CASES / "bad" / case
    out = tmp_path / "bien-ban.pdf"
    args = [str(folder / "election.yaml"), str(folder / "ballots.csv"), "-o", str(out)]
    r = count(*args)
    assert (r.exit_code, r.stdout, out.exists()) == (2, "", False)
    (line,) = r.stderr.splitlines()
    line = line.replace(f"{folder}/", "")
    assert all(said in line for said in BAD[case]), line
    vi = count(*args, lang="vi")  # the same place, in Vietnamese
    assert vi.exit_code == 2 and vi.stderr.startswith(r.stderr.split(" field ")[0])
    assert "trường '" in vi.stderr
