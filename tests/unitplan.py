"""A plan reported commune by commune, of any size, stored through the import path.

Target 1 is a share in % (≥ 65 %) that the province and every unit report, with an
estimate revised by the official figure; target 2 counts the units meeting a standard
(at least 2), each unit reporting 0 or 1. Values follow from the unit's number, so a
test can say by hand what each unit's status is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.targets.planfile import plan_from_data
from chitieu.web.figures.services import import_plan
from chitieu.web.plans.models import Plan

AREA = "20"


def core_plan(slug: str) -> Any:
    return plan_from_data(
        {
            "id": slug,
            "title": "Kế hoạch thử theo xã",
            "area": {"code": AREA, "name": "Tỉnh Lạng Sơn"},
            "baseline_year": 2020,
            "start_year": 2021,
            "end_year": 2025,
            "targets": [
                {
                    "no": 1,
                    "text": "Tỷ lệ hộ dùng nước sạch đạt 65%.",
                    "metrics": [
                        {
                            "id": "nuoc-sach",
                            "name": "Tỷ lệ hộ dùng nước sạch",
                            "unit": "%",
                            "kind": "level_at_end",
                            "comparator": ">=",
                            "low": "65",
                        }
                    ],
                },
                {
                    "no": 2,
                    "text": "Có ít nhất 2 xã đạt chuẩn.",
                    "metrics": [
                        {
                            "id": "xa-dat-chuan",
                            "name": "Số xã đạt chuẩn",
                            "unit": "xã",
                            "kind": "count_of_units",
                            "comparator": ">=",
                            "low": "2",
                        }
                    ],
                },
            ],
        }
    )


def synthetic(units: int) -> list[str]:
    """Codes no registry knows: X0001, X0002, …"""
    return [f"X{i:04d}" for i in range(1, units + 1)]


def _fig(metric: str, year: int, value: str, stage: Stage, on: date, unit: str) -> Figure:
    return Figure(metric, parse_period(str(year)), Decimal(value), stage, on, unit, source="thử")


def unit_figures(i: int, unit: str) -> list[Figure]:
    """Unit i: its share is 60 + i mod 10 (official; the estimate before it said 70), so
    units ending in 0–4 lag (60–64 %); it meets the standard when i is even."""
    share = str(60 + i % 10)
    return [
        _fig("nuoc-sach", 2023, "70", Stage.ESTIMATE, date(2023, 12, 10), unit),
        _fig("nuoc-sach", 2023, share, Stage.OFFICIAL, date(2024, 3, 31), unit),
        _fig("xa-dat-chuan", 2023, "0", Stage.ESTIMATE, date(2023, 12, 10), unit),
        _fig("xa-dat-chuan", 2023, str(1 - i % 2), Stage.OFFICIAL, date(2024, 3, 31), unit),
    ]


def area_figures() -> list[Figure]:
    return [
        _fig("nuoc-sach", 2022, "61", Stage.OFFICIAL, date(2023, 3, 31), AREA),
        _fig("nuoc-sach", 2023, "66", Stage.ESTIMATE, date(2023, 12, 10), AREA),
        _fig("nuoc-sach", 2023, "64.5", Stage.OFFICIAL, date(2024, 3, 31), AREA),
    ]


def unit_plan(user: Any, codes: list[str], slug: str = "theo-xa") -> Plan:
    """The plan reported by the units of ``codes`` (numbered from 1), stored and approved."""
    figures = area_figures()
    for i, unit in enumerate(codes, start=1):
        figures += unit_figures(i, unit)
    return import_plan(user, core_plan(slug), figures)


def stored_commune(code: str, start: date | None = None, end: date | None = None) -> Any:
    """A commune of the demo's province in the units registry, in force from ``start``
    to ``end`` (its last day), named "Xã <code>"."""
    from chitieu.web.units.models import AdminUnit, UnitLevel

    return AdminUnit.objects.create(
        code=code,
        name=f"Xã {code}",
        level=UnitLevel.COMMUNE,
        division_type="xã",
        parent=AdminUnit.objects.get(code="20"),
        valid_from=start,
        valid_to=end,
    )
