"""A unit with its own share of a cascaded measure is judged, many units at once, as the
exact engine judges it when that share is its own target: same statuses and values, by
the measure's own kind, whichever way the measure points and whether the share is a
floor, a ceiling, a point or a range. Units without a share keep the plan's target."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from decimal import Decimal

import polars as pl
import pytest

from chitieu.evaluation.bulk import evaluate_frame
from chitieu.evaluation.shares import SHARES_SCHEMA, evaluate_shares
from chitieu.figures.model import Figure
from chitieu.problems import InputError
from tests.bulkkit import PLAN, engine_results, one_figure_frame, random_figures, to_frame
from tests.shareskit import Share, random_shares, shares_frame, unit_own_plan


def exact_results(
    by_unit: dict[str, list[Figure]], shares: dict[tuple[str, str], Share], as_of: date | None
) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    out = {}
    for unit, figures in by_unit.items():
        out.update(engine_results(unit_own_plan(unit, shares), {unit: figures}, as_of))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_it_gives_the_engine_statuses_with_each_share_as_the_target(seed: int) -> None:
    rng = random.Random(seed)
    units = [f"U{k:03d}" for k in range(40)]
    by_unit = {u: random_figures(rng, u) for u in units}
    shares = random_shares(rng, units)
    frame = to_frame([f for figures in by_unit.values() for f in figures])
    frame = frame.sample(fraction=1.0, shuffle=True, seed=seed)  # row order must not matter
    seen: Counter[str] = Counter()
    moved = 0  # pairs whose status the share changed: else the shares went unused
    for as_of in (None, date(2022, 6, 30), date(2024, 1, 1), date(2025, 9, 30)):
        exact = exact_results(by_unit, shares, as_of)
        rows = evaluate_shares(PLAN, frame, shares_frame(shares), as_of).iter_rows(named=True)
        bulk = {(r["unit_code"], r["metric"]): r for r in rows}
        plain = evaluate_frame(PLAN, frame, as_of).iter_rows(named=True)
        province = {(r["unit_code"], r["metric"]): r["status"] for r in plain}
        mismatches = []
        for key, (status, value) in exact.items():
            if key not in bulk:
                assert status in ("no_data", "manual"), key  # a unit with no current figure
                continue
            got = bulk[key]
            want = (status, None if value is None else float(value), key in shares)
            if (got["status"], got["value"], got["share"]) != want:
                mismatches.append((as_of, key, want, got))
            if key in shares:
                seen[status] += 1
            moved += province[key] != status
        assert not mismatches, mismatches[:10]
    assert set(seen) == {"exceeded", "achieved", "nearly_achieved", "not_achieved", "no_data"}
    assert sum(seen.values()) > 1000 and moved > 500, (seen, moved)


def test_a_share_is_a_floor_a_ceiling_a_point_or_a_range() -> None:
    # cover: ≥ 65 % (higher is better); poverty: < 3 % (lower is better); exact: = 50
    # (within); the unit reports 60, 2,5 and 49 in 2023
    frame = one_figure_frame(
        [
            ("cover", 2023, 60.0, "official", date(2024, 3, 31)),
            ("poverty", 2023, 2.5, "official", date(2024, 3, 31)),
            ("exact", 2023, 49.0, "official", date(2024, 3, 31)),
        ]
    )
    cases = [
        # (metric, low, high, status)
        ("cover", 60.0, None, "achieved"),  # exactly at its floor
        ("cover", 60.1, None, "nearly_achieved"),  # within the measure's 0,2 tolerance
        ("cover", 60.3, None, "not_achieved"),
        ("cover", 59.0, None, "exceeded"),
        ("cover", 55.0, 58.0, "exceeded"),  # above a range where higher is better
        ("poverty", 2.5, None, "achieved"),  # a ceiling reached exactly
        ("poverty", 2.4, None, "not_achieved"),
        ("poverty", 2.0, 3.0, "achieved"),
        ("exact", 49.0, None, "achieved"),  # a point
        ("exact", 49.4, None, "nearly_achieved"),  # 0,4 off: within 1 % of 49,4
        ("exact", 49.5, None, "not_achieved"),  # 0,5 off: more than 0,495
        ("exact", 45.0, 48.6, "nearly_achieved"),  # 0,4 past a range's end: ≤ 0,486
        ("exact", 45.0, 48.0, "not_achieved"),  # 1 past: more than 0,48
    ]
    for metric, low, high, status in cases:
        shares = pl.DataFrame([("U1", metric, low, high)], schema=SHARES_SCHEMA, orient="row")
        rows = evaluate_shares(PLAN, frame, shares).filter(pl.col("metric") == metric)
        assert rows.select("status", "share").row(0) == (status, True), (metric, low, high)


def test_pairs_without_a_share_keep_the_plans_target() -> None:
    frame = one_figure_frame([("cover", 2023, 60.0, "official", date(2024, 3, 31))])
    shares = pl.DataFrame([("U9", "cover", 50.0, None)], schema=SHARES_SCHEMA, orient="row")
    row = (
        evaluate_shares(PLAN, frame, shares).filter(pl.col("metric") == "cover").row(0, named=True)
    )
    assert (row["unit_code"], row["status"], row["share"]) == ("U1", "not_achieved", False)


def test_a_second_share_of_a_pair_is_refused_naming_its_rows() -> None:
    frame = one_figure_frame([("cover", 2023, 60.0, "official", date(2024, 3, 31))])
    rows = [("U1", "cover", 50.0, None), ("U2", "cover", 50.0, None), ("U1", "cover", 70.0, None)]
    shares = pl.DataFrame(rows, schema=SHARES_SCHEMA, orient="row")
    with pytest.raises(InputError) as refused:
        evaluate_shares(PLAN, frame, shares)
    assert [str(p) for p in refused.value.problems] == [
        "<shares>: row 3: a second share of measure “cover” for unit U1 (the first is at row 1)"
    ]
