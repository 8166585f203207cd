"""The vectorised forecasts (``bulk.forecast_frame``) give, for every unit and measure at
once, the exact engine's forecast: the same class, method, projection, required pace,
progress ratio and remaining years, on random figures with revisions and figures reported
before their period ended, and on the worked examples of docs/forecast.md."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from datetime import date

import polars as pl
import pytest

from chitieu.evaluation.bulk import forecast_frame
from chitieu.evaluation.engine import evaluate_plan
from chitieu.figures.model import Figure
from chitieu.targets.model import Area
from chitieu.targets.planfile import plan_from_data
from tests.bulkkit import (
    PLAN,
    PLAN_DATA,
    ForecastRow,
    assert_every_forecast,
    bulk_forecast,
    exact_forecast,
    metric,
    one_figure_frame,
    random_figures,
    same_forecast,
    to_frame,
)


def bulk_forecasts(frame: pl.DataFrame, as_of: date | None) -> dict[tuple[str, str], ForecastRow]:
    rows = forecast_frame(PLAN, frame, as_of).iter_rows(named=True)
    return {(r["unit_code"], r["metric"]): f for r in rows if (f := bulk_forecast(r)) is not None}


@pytest.mark.parametrize("seed", [4, 5])
def test_it_forecasts_every_unit_as_the_engine_does(seed: int) -> None:
    rng = random.Random(seed)
    by_unit: dict[str, list[Figure]] = {}
    for k in range(40):
        unit = f"U{k:03d}"
        # Part-year figures are the exact engine's only (method part_year).
        by_unit[unit] = [
            f for f in random_figures(rng, unit) if f.period.is_annual or f.period.is_term
        ]
    frame = to_frame([f for figures in by_unit.values() for f in figures])
    methods: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for as_of in (None, date(2022, 6, 30), date(2023, 3, 1), date(2024, 1, 1), date(2025, 9, 30)):
        bulk = bulk_forecasts(frame, as_of)
        wrong = []
        for unit, figures in by_unit.items():
            plan = dataclasses.replace(PLAN, area=Area(code=unit, name=unit))
            for target in evaluate_plan(plan, figures, as_of).targets:
                for r in target.metrics:
                    f = r.forecast
                    if f is not None:
                        methods[f.method] += 1
                        classes[f.cls.value] += 1
                    want = exact_forecast(f)
                    have = bulk.pop((unit, r.metric.id), None)
                    if not same_forecast(want, have):
                        wrong.append((as_of, unit, r.metric.id, want, have))
        assert not wrong, wrong[:5]
        assert not bulk  # no forecast the engine does not make
    assert_every_forecast(methods, classes)


EXAMPLES = plan_from_data(
    {
        **PLAN_DATA,  # the same years: baseline 2020, term 2021–2025
        "id": "forecast-examples",
        "targets": [
            {
                "no": 1,
                "text": "Ví dụ của docs/forecast.md",
                "metrics": [
                    metric("grdp", "average_annual_growth", input="rate", comparator="range",
                           low="7", high="7.5", direction="higher_is_better"),
                    metric("invest", "cumulative_over_term", unit="nghìn tỷ",
                           comparator="range", low="166", high="168",
                           direction="higher_is_better"),
                    metric("communes", "level_at_end", unit="xã", comparator=">=", low="115",
                           decimals=0),
                    metric("per-head", "level_at_end", unit="USD", comparator="range",
                           low="2900", high="3000", direction="higher_is_better",
                           trend="compound", decimals=0),
                ],
            }
        ],
    }
)  # fmt: skip


def test_the_worked_examples_of_the_docs() -> None:
    rows = [
        ("grdp", 2021, 6.71), ("grdp", 2022, 7.45),
        ("invest", 2021, 28.5), ("invest", 2022, 31.2),
        ("communes", 2020, 65.0), ("communes", 2021, 74.0), ("communes", 2022, 84.0),
        ("per-head", 2020, 1937.0), ("per-head", 2021, 2150.0), ("per-head", 2022, 2380.0),
    ]  # fmt: skip
    frame = one_figure_frame([(m, y, v, "official", date(y + 1, 3, 31)) for m, y, v in rows])
    got = {
        r["metric"]: r
        for r in forecast_frame(EXAMPLES, frame, date(2023, 10, 15)).iter_rows(named=True)
    }

    def rounded(m: str) -> ForecastRow:
        r = got[m]
        return (
            r["forecast"],
            r["method"],
            round(r["projected"], 4),
            None if r["required"] is None else round(r["required"], 4),
            None if r["progress_ratio"] is None else round(r["progress_ratio"], 4),
            r["remaining_years"],
        )

    assert rounded("grdp") == ("on_track", "compound_required_rate", 7.0794, 6.9471, 1.019, 3)
    assert rounded("invest") == ("at_risk", "cumulative_pace", 149.25, 35.4333, 0.8424, 3)
    assert rounded("communes") == ("at_risk", "trend_linear", 112.3333, 10.3333, 0.9467, 3)
    # 2.380 × (2.380 / 1.937)^(3/2) = 3.241,51, above the range: the projection meets the
    # target; ratio (3.241,51 − 1.937) / (2.900 − 1.937).
    assert rounded("per-head") == ("on_track", "trend_compound", 3241.5144, 173.3333, 1.3546, 3)


def test_a_final_result_on_an_early_figure_is_forecast_not_judged() -> None:
    # The 2023 figure of a measure ending in 2023 was sent on 10/12/2023, before the year
    # ended: the result is provisional, and short of the target it is at risk.
    frame = one_figure_frame(
        [
            ("early", 2021, 81.0, "official", date(2022, 3, 31)),
            ("early", 2023, 79.5, "estimate", date(2023, 12, 10)),
        ]
    )
    row = forecast_frame(PLAN, frame).filter(pl.col("metric") == "early").row(0, named=True)
    assert (row["status"], row["forecast"], row["method"], row["projected"]) == (
        "not_achieved", "at_risk", "early_figure", 79.5,
    )  # fmt: skip
    assert row["remaining_years"] == 0 and row["required"] is None
