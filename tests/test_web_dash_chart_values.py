"""A chart shows the engine's numbers, rounded as offices round (half-up: 6,25 → 6,3),
and a count of units the way the evaluation counts it: over the units in force on the
scope date, with that date, not every figure of 1."""

from __future__ import annotations

from datetime import date

from chitieu.evaluation.engine import arrange
from chitieu.figures.vintages import current_figures
from chitieu.web.dashboard.charts import measure_chart
from chitieu.web.figures.services import import_plan
from chitieu.web.units.models import AdminUnit
from tests.dashhelpers import chart_spec, target_url
from tests.helpers import evaluate_one, make_plan, yearly
from tests.test_web_count_of_units import COMMUNES, _figures, _plan
from tests.webhelpers import client_for


def _series(spec, name_start):  # type: ignore[no-untyped-def]
    return next(s for s in spec["option"]["series"] if s["name"].startswith(name_start))


def _values(series):  # type: ignore[no-untyped-def]
    return [None if d is None else d["value"] for d in series["data"]]


def _chart(metric, values):  # type: ignore[no-untyped-def]
    plan = make_plan(metric)
    figures = yearly(metric["id"], values)
    series = arrange(plan, current_figures(figures))[metric["id"]]
    return measure_chart(plan, evaluate_one(plan, figures), series)


def test_it_rounds_the_yearly_rates_half_up(db):
    spec = _chart(
        {
            "id": "revenue",
            "kind": "average_annual_growth",
            "input": "level",
            "comparator": ">=",
            "low": "7",
            "decimals": 1,
            "baseline": {"year": 2020, "value": "100"},
        },
        # exactly 6,25% then exactly 7,45% a year: half-even would draw 6,2 and 7,4
        {2021: "106.25", 2022: "114.165625"},
    )
    assert _values(_series(spec, "Tốc độ từng năm"))[:2] == [6.3, 7.5]


def test_it_rounds_every_value_half_up_to_the_places_it_shows(db):
    spec = _chart(
        {"id": "lv", "kind": "level_at_end", "comparator": ">=", "low": "3"},
        # 2,675 is 2,67499… in binary: Python's round() and the script's toFixed say 2,67
        {2021: "2.675", 2022: "2.665"},
    )
    assert spec["decimals"] == 2
    assert _values(_series(spec, "lv"))[:2] == [2.68, 2.67]


def test_it_charts_the_engines_count_of_units_with_the_scope_date(demo, people):
    plan = import_plan(people["kehoach"], _plan(), _figures([1, 1, 1, 0]))
    gone = AdminUnit.objects.get(code=COMMUNES[0], valid_from=None)
    gone.valid_to = date(2024, 6, 30)  # merged away before the year's end: not counted
    gone.save()
    in_force = AdminUnit.objects.filter(
        AdminUnit.valid_on(date(2024, 12, 31)), level="commune"
    ).count()
    page = client_for("kehoach").get(target_url(1, slug=plan.slug))
    spec = chart_spec(page, "chart-xa-dat-chuan")
    counts = _series(spec, "Số xã đạt chuẩn")
    assert _values(counts)[3] == 2  # three figures of 1, but one commune was no longer in force
    assert counts["data"][3]["note"] == (
        f"2/{in_force} đơn vị đạt chuẩn (theo đơn vị hành chính ngày 31/12/2024)"
    )
