"""Many values checked at once (a large Excel upload) get the same warnings, word for word,
as each would get alone: each (measure, unit) judged against its own earlier years only,
the period's own approved figures ignored, and each number written with its own digits
(20,0 is not 20) even when other warnings share its value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import translation

from chitieu.figures.model import Stage
from chitieu.figures.periods import parse_period
from chitieu.web.figures.checks import Entry
from chitieu.web.figures.errors import Place
from chitieu.web.figures.plausible import doubts
from chitieu.web.plans.models import Measure
from tests.entryhelpers import add_approved, jumping_series

JUMP_AREA = (
    "hãy kiểm tra: từ 62,5 (năm 2024) thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay đổi "
    "lớn nhất trong một năm từ trước đến nay (2,3)"
)


def jump_from_12(value: str, change: str) -> str:
    return (
        f"hãy kiểm tra: từ 12 (năm 2024) thành {value} là thay đổi {change}, lớn hơn 3 lần "
        "mức thay đổi lớn nhất trong một năm từ trước đến nay (1)"
    )


def approved(key: str, unit: str, values: dict[str, str]) -> None:
    for period, value in values.items():
        add_approved(key, period, value, "official", date(int(period) + 1, 3, 31), unit)


def test_it_gives_each_value_its_own_warnings_among_many(demo):
    jumping_series()  # unit 20, trained labour: 57, 58,5, 60,2, 62,5 in 2021–2024
    add_approved("trained-labour", "2025", "99", "estimate", date(2025, 6, 30))  # ignored
    for unit in ("06001", "06002", "06003"):
        approved("trained-labour", unit, {"2022": "10", "2023": "11", "2024": "12"})
    approved("poverty-rate", "06001", {"2022": "1", "2023": "90", "2024": "2"})  # not mixed in
    labour = Measure.objects.get(plan=demo, key="trained-labour")
    poverty = Measure.objects.get(plan=demo, key="poverty-rate")
    given = [
        (labour, "20", "70"),
        (labour, "06001", "20.0"),
        (labour, "06002", "20"),
        (labour, "06003", "12.5"),  # a usual change: no warning
        (labour, "06004", "120"),  # no earlier years: only not a percentage
        (poverty, "06001", "3"),
    ]
    entries = [
        Entry(m, u, Decimal(v), Stage.OFFICIAL, value_place=Place(cell=f"H{row}"))
        for row, (m, u, v) in enumerate(given, start=7)
    ]
    with translation.override("vi"):
        found = doubts(demo, parse_period("2025"), entries)
    assert [(d.place.cell, d.check, d.message) for d in found] == [
        ("H7", "jump", JUMP_AREA),
        ("H8", "jump", jump_from_12("20,0", "8,0")),
        ("H9", "jump", jump_from_12("20", "8")),
        (
            "H11",
            "percent",
            "hãy kiểm tra: 120 không phải là tỷ lệ phần trăm trong khoảng 0 đến 100",
        ),
    ]
