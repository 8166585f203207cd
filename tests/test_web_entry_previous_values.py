"""Beside each line of its report, an agency sees the current approved figure of the three
latest earlier periods (the most final stage, then the latest report) and the figure
already approved for the period, for its own measures and units only, however many other
units and agencies have figures (issue 13: the page read every figure of the measures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import timezone

from chitieu.web.figures.models import FigureRecord
from chitieu.web.plans.models import Measure
from tests.bigentry import assign, local_units
from tests.entryhelpers import PLAN, entry_url
from tests.webhelpers import client_for


def _approved(key: str, unit: str, period: str, value: str, stage: str, as_of: date) -> None:
    measure = Measure.objects.select_related("plan").get(plan__slug=PLAN, key=key)
    FigureRecord.objects.create(
        plan=measure.plan,
        measure=measure,
        unit_code=unit,
        period=period,
        value=Decimal(value),
        places=max(0, -Decimal(value).as_tuple().exponent),
        stage=stage,
        as_of=as_of,
        approved_at=timezone.now(),
    )


def _line(page: str, key: str, unit: str) -> str:
    return page.split(f'data-measure="{key}" data-unit="{unit}"')[1].split("</tr>")[0]


def test_it_shows_the_current_earlier_figures_of_its_own_lines_only(demo):
    units = local_units(201)
    mine, others = units[0], units[1:]
    assign([mine], Measure.objects.filter(plan__slug=PLAN, key="poverty-rate"))
    day = date(2024, 3, 31)
    history = [  # (period, value, stage, as_of)
        ("2021", "9,1", "official", date(2022, 3, 31)),
        ("2022", "8,4", "official", date(2023, 3, 31)),
        ("2023", "7,6", "preliminary", date(2024, 1, 15)),
        ("2023", "7,5", "official", date(2024, 3, 31)),  # the most final: it is shown
        ("2023", "7,9", "estimate", date(2024, 5, 2)),  # later, but less final
        ("2024-H1", "7,2", "estimate", date(2024, 6, 20)),
        ("2024-H1", "7,0", "estimate", date(2024, 7, 10)),  # a later estimate: a revision
        ("2024", "6,8", "official", date(2025, 3, 1)),  # this period: approved already
        ("2025", "6,1", "estimate", date(2025, 6, 1)),  # later: not shown
    ]
    for period, value, stage, as_of in history:
        _approved("poverty-rate", mine, period, value.replace(",", "."), stage, as_of)
    for i, unit in enumerate(others):  # 200 other units with figures of their own
        for period in ("2022", "2023", "2024-H1", "2024"):
            _approved("poverty-rate", unit, period, f"{50 + i % 7}", "official", day)
    _approved("trained-labour", mine, "2023", "71", "official", day)  # not its measure there

    page = client_for("laodong").get(entry_url(period="2024")).content.decode()

    line = _line(page, "poverty-rate", mine)
    previous = line.split('<ul class="previous">')[1].split("</ul>")[0]
    assert previous == (
        "<li>7,0 (6 tháng đầu năm 2024, ước)</li>"
        "<li>7,5 (Năm 2023, chính thức)</li>"
        "<li>8,4 (Năm 2022, chính thức)</li>"
    )
    assert "6,8 (chính thức, 1/3/2025)" in line
    assert 'data-unit="' + others[0] + '"' not in page
