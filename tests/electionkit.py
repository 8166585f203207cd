"""Election files for the tests: an ELECTION.yaml and its BALLOTS.csv written to a folder,
and ``chitieu election count`` run on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from chitieu.cli import main
from chitieu.elections import Candidate, CongressKind, Election, ListKind

HEAD = {
    "surplus": "ballot,crossed,invalid_reason",
    "no_surplus": "ballot,agree,disagree,invalid_reason",
}


def election_yaml(
    *,
    seats: int,
    names: list[str],
    convened: int,
    excluded: list[tuple[str, int]] = (),  # type: ignore[assignment]
    present: int,
    issued: int,
    kind: str = "surplus",
    congress: str = "dai_hoi_dang_vien",
    round_: int = 1,
    extra: str = "",
) -> str:
    lines = [
        "title: Đại hội Chi bộ Phòng Tổng hợp, nhiệm kỳ 2025-2030",
        f"congress: {congress}",
        "elects: Ban Chi ủy",
        f"seats: {seats}",
        f"list: {kind}",
        "candidates:",
        *[f"  - {{no: {i}, name: {name}}}" for i, name in enumerate(names, start=1)],
        f"convened: {convened}",
        "excluded:" + ("" if excluded else " []"),
        *[f"  - {{reason: {reason}, count: {n}}}" for reason, n in excluded],
        f"present: {present}",
        f"issued: {issued}",
        f"round: {round_}",
    ]
    return "\n".join(lines) + "\n" + extra


def write(
    folder: Path, election: str, rows: list[str], kind: str = "surplus", name: str = "ballots.csv"
) -> tuple[str, str]:
    """The election file and a ballots file of ``rows`` (without the header)."""
    e = folder / "election.yaml"
    e.write_text(election, encoding="utf-8")
    b = folder / name
    b.write_text("\n".join([HEAD[kind], *rows]) + "\n", encoding="utf-8")
    return str(e), str(b)


def count(*args: str, lang: str = "en") -> Result:
    return CliRunner().invoke(
        main, ["election", "count", *args, "--lang", lang], prog_name="chitieu"
    )


def counted(*args: str) -> dict[str, Any]:
    """The JSON result of a count that must succeed."""
    r = count(*args, "--format", "json")
    assert r.exit_code == 0, r.stderr
    data: dict[str, Any] = json.loads(r.stdout)
    return data


def an_election(names: str, seats: int, convened: int, **more: Any) -> Election:
    """An election in Python: candidates numbered from 1 in ballot order, none excluded,
    every convened member present and given a ballot; ``more`` changes any field."""
    values: dict[str, Any] = {
        "title": "Đại hội Đảng bộ xã Thử, nhiệm kỳ 2025-2030",
        "congress": CongressKind.DELEGATES,
        "elects": "Ban Chấp hành Đảng bộ xã",
        "seats": seats,
        "list_kind": ListKind.SURPLUS,
        "candidates": tuple(Candidate(i, n) for i, n in enumerate(names, start=1)),
        "convened": convened,
        "excluded": (),
        "present": convened,
        "issued": convened,
    }
    return Election(**{**values, **more})
