"""A unit holding a share of a cascaded measure is forecast, many units at once, as the
exact engine forecasts it when that share is its own target: the same class, method,
projection, required pace, progress ratio and remaining years as the re-evaluation of
every unit writes them (``forecast_shares``), on random figures and random shares (a
floor, a ceiling, a point or a range). Units without a share keep the plan's forecast."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from datetime import date

import pytest

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.shares import forecast_shares
from chitieu.targets.model import Area
from tests.bulkkit import (
    PLAN,
    assert_every_forecast,
    bulk_forecast,
    exact_forecast,
    random_figures,
    same_forecast,
    to_frame,
)
from tests.shareskit import random_shares, shares_frame, unit_own_plan


@pytest.mark.parametrize("seed", [1, 2])
def test_it_gives_the_engine_forecasts_with_each_share_as_the_target(seed: int) -> None:
    rng = random.Random(seed)
    units = [f"U{k:03d}" for k in range(40)]
    # Part-year figures are the exact engine's only (method part_year).
    by_unit = {
        u: [f for f in random_figures(rng, u) if f.period.is_annual or f.period.is_term]
        for u in units
    }
    shares = random_shares(rng, units)
    frame = to_frame([f for figures in by_unit.values() for f in figures])
    frame = frame.sample(fraction=1.0, shuffle=True, seed=seed)  # row order must not matter
    methods: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for as_of in (None, date(2022, 6, 30), date(2024, 1, 1), date(2025, 9, 30)):
        rows = forecast_shares(PLAN, frame, shares_frame(shares), as_of).iter_rows(named=True)
        bulk = {(r["unit_code"], r["metric"]): r for r in rows}
        wrong = []
        for unit, figures in by_unit.items():
            plan = dataclasses.replace(unit_own_plan(unit, shares), area=Area(unit, unit))
            for target in evaluate_plan(plan, figures, as_of).targets:
                for r in target.metrics:
                    key = (unit, r.metric.id)
                    row = bulk.pop(key, None)
                    if row is None:  # a unit with no current figure
                        assert r.status.value in ("no_data", "manual"), key
                        continue
                    want = (exact_forecast(r.forecast), r.status.value, key in shares)
                    have = (bulk_forecast(row), row["status"], row["share"])
                    if not (same_forecast(want[0], have[0]) and want[1:] == have[1:]):
                        wrong.append((as_of, key, want, have))
                    if key in shares and r.forecast is not None:
                        methods[r.forecast.method] += 1
                        classes[r.forecast.cls.value] += 1
        assert not wrong, wrong[:5]
        assert not bulk  # no pair the engine does not judge
    assert_every_forecast(methods, classes)
