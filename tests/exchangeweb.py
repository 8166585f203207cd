"""A small plan with approved figures and one draft value, for the exchange pages' tests.

Approved (imported): Tỷ lệ hộ dùng nước sạch of the province (area 20) is 61 % in 2022
(official, 31/3/2023) and 66 % in 2023 (estimate, 10/12/2023). A draft of Sở LĐ-TB&XH,
not approved, says 99 % for 2024: no download may hold it. Sở LĐ-TB&XH reports the
province's nước sạch (its one assignment in this plan).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.figures.services import import_plan
from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.models import Plan
from tests.unitplan import core_plan

DRAFT = Decimal("99")


def _fig(period: str, value: str, stage: Stage, on: date) -> Figure:
    return Figure(
        "nuoc-sach", parse_period(period), Decimal(value), stage, on, "20", source="Cục Thống kê"
    )


def exchange_plan(user: Any, slug: str = "xuat", nine_months: bool = False) -> Plan:
    figures = [
        _fig("2022", "61", Stage.OFFICIAL, date(2023, 3, 31)),
        _fig("2023", "66", Stage.ESTIMATE, date(2023, 12, 10)),
    ]
    if nine_months:
        figures.append(_fig("2023-9M", "64", Stage.ESTIMATE, date(2023, 10, 5)))
    plan = import_plan(user, core_plan(slug), figures)
    plan.is_public = True
    plan.save(update_fields=["is_public"])
    agency = Agency.objects.get(code="so-ldtbxh")
    measure = plan.measures.get(key="nuoc-sach")
    Assignment.objects.create(measure=measure, agency=agency, unit_code="20")
    sub = Submission.objects.create(plan=plan, agency=agency, period="2024", created_by=user)
    FigureRecord.objects.create(
        plan=plan,
        measure=measure,
        unit_code="20",
        period="2024",
        value=DRAFT,
        stage="estimate",
        as_of=date(2024, 12, 10),
        submission=sub,
        entered_by=user,
    )
    return plan
