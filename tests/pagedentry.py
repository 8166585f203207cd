"""Helpers for the tests of a large report's entry page: the labour department given its
two measures for 60 communes besides the province (61 units, 122 lines), and pages of
20 lines (10 units)."""

from __future__ import annotations

import re
from typing import Any

from chitieu.web.plans.models import Measure
from tests.bigentry import assign, local_units
from tests.entryhelpers import PLAN

KEYS = ("trained-labour", "poverty-rate")  # what the labour department reports
PAGE_LINES = 20


def large_report(settings: Any) -> list[str]:
    """Give the labour department 60 communes more; return their codes, in code order."""
    settings.CHITIEU_ENTRY_PAGE_LINES = PAGE_LINES
    units = local_units(60)
    assign(units, Measure.objects.filter(plan__slug=PLAN, key__in=KEYS))
    return units


def shown_units(html: str) -> list[str]:
    """The units of the lines the page shows, in its order, each once."""
    seen: dict[str, None] = {}
    for unit in re.findall(r'<tr class="line[^"]*" data-measure="[^"]+" data-unit="([^"]+)"', html):
        seen[unit] = None
    return list(seen)


def value_fields(html: str) -> list[str]:
    """The names of the value inputs of the page's form."""
    return re.findall(r'name="(value-[^"]+)"', html)
