"""A count of units reported commune by commune is counted in the web app over the
communes in force at the period's end, and follows changes to the units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.targets.planfile import plan_from_data
from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.services import import_plan
from chitieu.web.units.models import AdminUnit

COMMUNES = ["05971", "05974", "05977", "05980"]  # four communes of 2024 (Thành phố Lạng Sơn)


def _plan() -> object:
    return plan_from_data(
        {
            "id": "xa-chuan",
            "title": "Kế hoạch thử: xã đạt chuẩn",
            "area": {"code": "20", "name": "Tỉnh Lạng Sơn"},
            "baseline_year": 2020,
            "start_year": 2021,
            "end_year": 2025,
            "targets": [
                {
                    "no": 1,
                    "text": "Đến năm 2025 có ít nhất 3 xã đạt chuẩn.",
                    "metrics": [
                        {
                            "id": "xa-dat-chuan",
                            "name": "Số xã đạt chuẩn",
                            "unit": "xã",
                            "kind": "count_of_units",
                            "comparator": ">=",
                            "low": "3",
                        }
                    ],
                }
            ],
        }
    )


def _figures(values: list[int]) -> list[Figure]:
    return [
        Figure(
            "xa-dat-chuan", parse_period("2024"), Decimal(v), Stage.OFFICIAL, date(2025, 2, 1), c
        )
        for c, v in zip(COMMUNES, values, strict=True)
    ]


def test_it_counts_the_communes_meeting_the_standard_over_those_in_force(demo, people):
    plan = import_plan(people["kehoach"], _plan(), _figures([1, 1, 1, 0]))
    result = evaluation(plan).metric_result("xa-dat-chuan")
    in_force = AdminUnit.objects.filter(
        AdminUnit.valid_on(date(2024, 12, 31)), level="commune"
    ).count()
    assert result.value == 3
    steps = " ".join(result.explanation.text("vi"))
    assert f"3/{in_force}" in steps, steps


def test_it_recounts_when_a_unit_changes(demo, people):
    plan = import_plan(people["kehoach"], _plan(), _figures([1, 1, 0, 0]))
    in_force = AdminUnit.objects.filter(
        AdminUnit.valid_on(date(2024, 12, 31)), level="commune"
    ).count()
    before = " ".join(evaluation(plan).metric_result("xa-dat-chuan").explanation.text("vi"))
    assert f"2/{in_force}" in before, before
    gone = AdminUnit.objects.get(code=COMMUNES[3], valid_from=None)
    gone.valid_to = date(2024, 6, 30)  # say it was merged away in mid-2024
    gone.save()
    plan.refresh_from_db()
    result = evaluation(plan).metric_result("xa-dat-chuan")
    after = " ".join(result.explanation.text("vi"))
    # one commune fewer in force at the end of 2024; the two that meet it still count
    assert f"2/{in_force - 1}" in after and f"2/{in_force}" not in after, after
    assert result.value == 2
