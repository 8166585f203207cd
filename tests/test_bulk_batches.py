"""The bulk evaluator reads its figures in batches and folds them into one slot per (unit,
measure, period), so that its memory grows with the pairs, not the rows: what a user relies
on is that the statuses do not depend on the batches — a unit first met in a late batch,
the vintages of one point spread over several batches, two reports with the same stage and
date (the first row counts, as in the exact engine)."""

from __future__ import annotations

import random
from datetime import date

import polars as pl
import pytest

from chitieu.evaluation import bulk
from chitieu.evaluation.bulk import evaluate_frame, forecast_frame
from tests.bulkkit import PLAN, engine_results, one_figure_frame, random_figures, to_frame


def test_it_judges_as_the_engine_when_every_batch_is_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    by_unit = {f"U{k:03d}": random_figures(rng, f"U{k:03d}") for k in range(30)}
    frame = to_frame([f for figures in by_unit.values() for f in figures])
    frame = frame.sample(fraction=1.0, shuffle=True, seed=7)
    monkeypatch.setattr(bulk, "BATCH_ROWS", 97)
    assert frame.height > 40 * 97  # units and vintages spread over many batches
    for as_of in (None, date(2023, 6, 30)):
        exact = engine_results(PLAN, by_unit, as_of)
        rows = evaluate_frame(PLAN, frame, as_of).iter_rows(named=True)
        got = {(r["unit_code"], r["metric"]): (r["status"], r["value"]) for r in rows}
        assert got, as_of
        wrong = [
            (key, exact[key], have)
            for key, have in got.items()
            if have != (exact[key][0], None if exact[key][1] is None else float(exact[key][1]))
        ]
        assert not wrong, wrong[:5]
        # every unit with a current figure has a row for every measure
        assert len(got) == len({u for u, _m in got}) * len(PLAN.metrics())


def test_forecasts_do_not_depend_on_the_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    figures = [
        f
        for k in range(20)
        for f in random_figures(rng, f"U{k:03d}")
        if f.period.is_annual or f.period.is_term
    ]
    frame = to_frame(figures).sample(fraction=1.0, shuffle=True, seed=8)
    whole = forecast_frame(PLAN, frame, date(2024, 1, 1))
    monkeypatch.setattr(bulk, "BATCH_ROWS", 13)
    assert forecast_frame(PLAN, frame, date(2024, 1, 1)).equals(whole)


def test_of_two_reports_with_the_same_stage_and_date_the_first_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = date(2026, 3, 31)
    rows = [
        ("poverty", 2025, 3.4, "estimate", date(2025, 12, 10)),
        ("poverty", 2025, 2.5, "official", day),
        ("poverty", 2025, 3.2, "official", day),  # the same report again: not a revision
        ("poverty", 2025, 2.9, "preliminary", date(2026, 6, 1)),
    ]
    for batch in (1, 2, 1000):
        monkeypatch.setattr(bulk, "BATCH_ROWS", batch)
        result = evaluate_frame(PLAN, one_figure_frame(rows)).filter(pl.col("metric") == "poverty")
        assert result.select("status", "value").row(0) == ("achieved", 2.5), batch
