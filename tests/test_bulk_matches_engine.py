"""The bulk (Polars) evaluation gives the exact engine's statuses and values, unit by unit,
with the same vintage rule: the most final stage known on the date, then the latest report."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import polars as pl
import pytest

from chitieu.evaluation.bulk import evaluate_frame
from chitieu.evaluation.framecheck import check_frame
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodKind
from chitieu.problems import InputError
from chitieu.targets.model import Plan
from tests.bulkkit import PLAN, engine_results, one_figure_frame, random_figures, to_frame


def stage_beats_date(by_unit: dict[str, list[Figure]], as_of: date | None) -> int:
    """Series points whose latest actual report is less final than an earlier one: the
    points where "latest wins" and "most final wins" disagree."""
    points: dict[tuple[str, str, Period], list[Figure]] = {}
    for figures in by_unit.values():
        for f in figures:
            if f.stage is not Stage.PLAN and (as_of is None or f.as_of <= as_of):
                points.setdefault(f.key, []).append(f)
    count = 0
    for vintages in points.values():
        latest = max(f.as_of for f in vintages)
        latest_rank = max(f.stage.rank for f in vintages if f.as_of == latest)
        count += any(f.stage.rank > latest_rank for f in vintages)
    return count


def bulk_results(
    plan: Plan, frame: pl.DataFrame, as_of: date | None
) -> dict[tuple[str, str], tuple[str, float | None]]:
    rows = evaluate_frame(plan, frame.lazy(), as_of).iter_rows(named=True)
    return {(r["unit_code"], r["metric"]): (r["status"], r["value"]) for r in rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bulk_statuses_and_values_equal_the_engine(seed: int) -> None:
    rng = random.Random(seed)
    by_unit = {f"U{k:03d}": random_figures(rng, f"U{k:03d}") for k in range(40)}
    frame = to_frame([f for figures in by_unit.values() for f in figures])
    frame = frame.sample(fraction=1.0, shuffle=True, seed=seed)  # row order must not matter
    seen: Counter[str] = Counter()
    for as_of in (None, date(2022, 6, 30), date(2024, 1, 1), date(2025, 9, 30)):
        # The data must hold estimates reported after a more final figure, or the rule
        # that the stage comes before the date would go untested.
        assert stage_beats_date(by_unit, as_of) > 100
        exact = engine_results(PLAN, by_unit, as_of)
        bulk = bulk_results(PLAN, frame, as_of)
        mismatches = []
        for key, (status, value) in exact.items():
            if key not in bulk:
                # Units without a single current figure are left out of the bulk result.
                assert status in ("no_data", "manual"), key
                continue
            got_status, got_value = bulk[key]
            want_value = None if value is None else float(value)
            if (got_status, got_value) != (status, want_value):
                mismatches.append((as_of, key, (status, want_value), (got_status, got_value)))
            seen[status] += 1
        assert not mismatches, mismatches[:10]
        assert set(bulk) <= set(exact)
    # The comparison is only worth something if every status came up.
    assert set(seen) == {
        "exceeded",
        "achieved",
        "nearly_achieved",
        "not_achieved",
        "no_data",
        "manual",
    }, seen
    assert sum(seen.values()) > 1000


def status_of(frame: pl.DataFrame, metric_id: str, as_of: date | None = None) -> tuple[Any, ...]:
    result = evaluate_frame(PLAN, frame, as_of).filter(pl.col("metric") == metric_id)
    if result.is_empty():
        return ()
    row = result.row(0, named=True)
    return (row["status"], row["value"], row["years_count"])


def test_as_of_picks_what_was_known_on_the_date() -> None:
    frame = one_figure_frame(
        [
            ("cover", 2024, 66.0, "official", date(2025, 3, 31)),
            ("cover", 2025, 64.5, "estimate", date(2025, 12, 10)),
            ("cover", 2025, 64.9, "preliminary", date(2026, 3, 31)),
            ("cover", 2025, 65.0, "official", date(2026, 9, 30)),
        ]
    )
    assert status_of(frame, "cover") == ("achieved", 65.0, 2)
    assert status_of(frame, "cover", date(2026, 9, 29)) == ("nearly_achieved", 64.9, 2)
    assert status_of(frame, "cover", date(2025, 12, 10)) == ("not_achieved", 64.5, 2)
    assert status_of(frame, "cover", date(2025, 12, 9)) == ("exceeded", 66.0, 1)
    # Nothing known yet: the unit has no current figure at all, so no row.
    assert status_of(frame, "cover", date(2025, 3, 30)) == ()


def test_same_date_the_more_final_stage_wins_and_plans_never_count() -> None:
    day = date(2026, 3, 31)
    rows = [
        ("poverty", 2025, 2.5, "official", day),
        ("poverty", 2025, 3.4, "preliminary", day),
        ("poverty", 2025, 3.1, "estimate", day),
        ("poverty", 2025, 1.0, "plan", date(2027, 1, 1)),  # later, but only a plan
    ]
    for order in (rows, rows[::-1], rows[1:] + rows[:1]):
        assert status_of(one_figure_frame(order), "poverty") == ("achieved", 2.5, 1)
    without_official = one_figure_frame(rows[1:])
    assert status_of(without_official, "poverty") == ("not_achieved", 3.4, 1)


def test_an_estimate_after_the_official_figure_never_replaces_it() -> None:
    rows = [
        ("poverty", 2025, 2.6, "official", date(2026, 3, 31)),
        ("poverty", 2025, 3.4, "estimate", date(2026, 5, 4)),
        ("poverty", 2025, 3.2, "preliminary", date(2026, 4, 15)),
    ]
    for order in (rows, rows[::-1]):
        assert status_of(one_figure_frame(order), "poverty") == ("achieved", 2.6, 1)


def test_a_revision_within_a_stage_replaces_the_earlier_report() -> None:
    frame = one_figure_frame(
        [
            ("poverty", 2025, 2.6, "official", date(2026, 3, 31)),
            ("poverty", 2025, 3.1, "official", date(2026, 9, 30)),
            ("poverty", 2025, 2.0, "estimate", date(2026, 10, 1)),
        ]
    )
    assert status_of(frame, "poverty") == ("not_achieved", 3.1, 1)
    assert status_of(frame, "poverty", date(2026, 9, 29)) == ("achieved", 2.6, 1)


def test_before_the_official_figure_the_estimate_counts() -> None:
    frame = one_figure_frame(
        [
            ("poverty", 2025, 3.4, "estimate", date(2025, 12, 10)),
            ("poverty", 2025, 2.6, "official", date(2026, 3, 31)),
        ]
    )
    assert status_of(frame, "poverty", date(2026, 3, 30)) == ("not_achieved", 3.4, 1)
    assert status_of(frame, "poverty", date(2026, 3, 31)) == ("achieved", 2.6, 1)


def test_a_whole_term_figure_replaces_the_computed_average() -> None:
    rates = [("grdp", y, 6.0, "official", date(y + 1, 3, 31)) for y in range(2021, 2026)]
    frame = one_figure_frame(rates)
    assert status_of(frame, "grdp") == ("not_achieved", 6.0, 5)
    term = Figure(
        "grdp", Period(2021, PeriodKind.TERM, 0, 2025), Decimal("7.2"), Stage.OFFICIAL,
        date(2026, 6, 30), "U1",
    )  # fmt: skip
    assert status_of(pl.concat([frame, to_frame([term])]), "grdp") == ("achieved", 7.2, 5)


def test_reductions_from_levels_start_from_the_plan_baseline() -> None:
    # 1000 → 950 is 5 % (achieved); 950 → 903 is 4,95 % (not achieved) and decides.
    frame = one_figure_frame(
        [
            ("accidents", 2021, 950.0, "official", date(2022, 3, 31)),
            ("accidents", 2022, 903.0, "official", date(2023, 3, 31)),
        ]
    )
    assert status_of(frame, "accidents", date(2022, 12, 31)) == ("achieved", 5.0, 1)
    assert status_of(frame, "accidents") == ("not_achieved", 4.98, 2)


def test_evaluate_frame_names_missing_columns() -> None:
    with pytest.raises(InputError, match="missing column “as_of”"):
        evaluate_frame(PLAN, one_figure_frame([]).drop("as_of"))


def test_check_frame_names_the_rows() -> None:
    rows = [
        ("cover", 2021, 60.0, "official", date(2022, 3, 31)),  # row 1
        ("cover", 2022, 61.0, "official", date(2023, 3, 31)),  # row 2
        ("cover", 2021, 60.5, "official", date(2022, 3, 31)),  # row 3: duplicate of row 1
        ("cover", 2019, 59.0, "official", date(2020, 3, 31)),  # row 4: before the baseline
        ("cover", 2021, 60.0, "preliminary", date(2022, 3, 31)),  # row 5: another stage, fine
    ]
    frame = one_figure_frame(rows)
    extra = pl.DataFrame(
        {
            "unit_code": ["U1", "U1", "U1"],
            "metric": ["no-such-metric", "cover", "cover"],
            "year": [2022, 2026, None],
            "period_kind": ["year", "year", "year"],
            "value": [1.0, 2.0, 3.0],
            "stage": ["official", "final", "official"],
            "as_of": [date(2023, 1, 1), date(2027, 1, 1), date(2024, 1, 1)],
        },
        schema=frame.schema,
    )
    problems = check_frame(PLAN, pl.concat([frame, extra]), name="figures.parquet")
    text = sorted(str(p) for p in problems)
    assert text == sorted(
        [
            "figures.parquet: row 3: field 'as_of': the same measure, period, unit, stage and "
            "date as at 1 (a revision needs a later date or another stage)",
            "figures.parquet: row 4: field 'year': year 2019 is outside 2020–2025 "
            "(the baseline year to the end of the term)",
            "figures.parquet: row 6: field 'metric': unknown measure “no-such-metric” "
            "(not in plan bulk-test)",
            "figures.parquet: row 7: field 'stage': “final” is not a stage "
            "(plan, estimate, preliminary, official)",
            "figures.parquet: row 7: field 'year': year 2026 is outside 2020–2025 "
            "(the baseline year to the end of the term)",
            "figures.parquet: row 8: field 'year': an annual figure needs a year",
        ]
    )
    assert check_frame(PLAN, frame.head(2)) == []


def test_check_frame_reports_at_most_twenty_of_a_kind() -> None:
    rows = [
        ("nope", 2021, float(k), "official", date(2022, 1, 1) + timedelta(k)) for k in range(30)
    ]
    problems = check_frame(PLAN, one_figure_frame(rows))
    assert len(problems) == 20
    assert str(problems[0]).startswith("<figures>: row 1: field 'metric': unknown measure “nope”")
    assert [p.row for p in problems] == list(range(1, 21))
