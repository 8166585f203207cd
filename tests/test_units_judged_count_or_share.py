"""Which rule judges a unit on a measure, once for the target page and the re-evaluation
of every unit (``shares.judge_units``): a unit holding a share of a measure against its
share; any other unit against the plan's target as if it were the plan's area; but on a
count of units ("115 communes"), a unit without a share meets the standard (its latest
year's figure is 1 or more) or not. One row per unit and measure, never two."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import polars as pl

from chitieu.evaluation.shares import SHARES_SCHEMA, judge_units, judged_by_kind
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodKind
from chitieu.targets.planfile import plan_from_data
from tests.bulkkit import PLAN_DATA, metric, to_frame

PLAN = plan_from_data(
    {
        **PLAN_DATA,
        "targets": [
            {
                "no": 1,
                "text": "Xã và độ phủ",
                "metrics": [
                    metric("communes", "count_of_units", unit="xã", comparator=">=",
                           low="115", decimals=0),
                    metric("cover", "level_at_end", comparator=">=", low="65"),
                ],
            }
        ],
    }
)  # fmt: skip


def figure(metric_id: str, year: int, value: str, unit: str) -> Figure:
    period = Period(year, PeriodKind.YEAR)
    return Figure(metric_id, period, Decimal(value), Stage.OFFICIAL, date(year + 1, 3, 31), unit)


# U1 holds a share of 3 communes of the count and reports 4; U2 holds a share of 55 of
# the cover and reports 60; U3 holds none.
SHARES = pl.DataFrame(
    [("U1", "communes", 3.0, None), ("U2", "cover", 55.0, None)],
    schema=SHARES_SCHEMA,
    orient="row",
)
FIGURES = [
    figure("communes", 2023, "4", "U1"),
    figure("cover", 2023, "60", "U1"),
    figure("cover", 2023, "60", "U2"),
    figure("cover", 2023, "70", "U3"),
]
# Each unit's current figure of the count, as the web reads them for the standard.
COUNTED = [
    figure("communes", 2023, "4", "U1"),
    figure("communes", 2022, "0", "U2"),
    figure("communes", 2023, "1", "U2"),
    figure("communes", 2023, "0", "U3"),
]


def test_it_judges_each_unit_by_its_share_the_plan_or_the_standard() -> None:
    rows = judge_units(PLAN, to_frame(FIGURES), SHARES, COUNTED, date(2024, 6, 30))
    assert rows.rows() == [
        ("U1", "communes", 4.0, "exceeded", True),  # 4 against its share of 3
        ("U1", "cover", 60.0, "not_achieved", False),  # 60 against the plan's 65
        ("U2", "communes", 1.0, "achieved", False),  # meets the standard in 2023
        ("U2", "cover", 60.0, "exceeded", True),  # 60 against its share of 55
        ("U3", "communes", 0.0, "not_achieved", False),  # does not meet it
        ("U3", "cover", 70.0, "exceeded", False),
    ]


def test_a_count_nobody_holds_a_share_of_is_not_read_for_the_kinds() -> None:
    only_cover = SHARES.filter(pl.col("metric") == "cover")
    assert [m.id for m in judged_by_kind(PLAN, only_cover).metrics()] == ["cover"]
    assert [m.id for m in judged_by_kind(PLAN, SHARES).metrics()] == ["communes", "cover"]
    figures = to_frame([f for f in FIGURES if f.metric == "cover"])
    rows = judge_units(PLAN, figures, only_cover, COUNTED, date(2024, 6, 30))
    communes = rows.filter(pl.col("metric") == "communes")
    assert communes.select("unit_code", "status", "share").rows() == [
        ("U1", "achieved", False),  # 4 communes: its figure meets the standard
        ("U2", "achieved", False),
        ("U3", "not_achieved", False),
    ]


def test_with_forecasts_the_standard_has_none() -> None:
    rows = judge_units(PLAN, to_frame(FIGURES), SHARES, COUNTED, date(2024, 6, 30), True)
    forecasts = {(r["unit_code"], r["metric"]): r["forecast"] for r in rows.iter_rows(named=True)}
    assert forecasts[("U2", "communes")] is None and forecasts[("U3", "communes")] is None
    # one figure that meets its share, a year before the end: already met
    assert rows.filter(unit_code="U2", metric="cover").row(0, named=True)["method"] == (
        "already_met"
    )
