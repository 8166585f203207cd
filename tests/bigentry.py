"""Helpers for the tests of large uploads: an agency given every measure of the demo plan
for many communes, and templates of any number of rows, written with openpyxl."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date

import openpyxl
from django.urls import reverse

from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.models import Measure
from chitieu.web.units.models import AdminUnit
from tests.entryhelpers import LABOUR, PLAN, xlsx

FIRST_ROW = 7  # the template's first row of figures


def local_units(n: int, day: date = date(2024, 12, 31), until: date | None = None) -> list[str]:
    """``n`` districts and communes of the demo province in force from ``day`` to ``until``
    (or on ``day``): the 11 districts, then communes."""
    until = until or day
    rows = AdminUnit.objects.filter(AdminUnit.valid_on(day), AdminUnit.valid_on(until))
    codes = sorted(set(rows.exclude(level="province").values_list("level", "code")))
    assert len(codes) >= n, f"only {len(codes)} units"
    return [code for _level, code in codes][:n]


def measures(n: int | None = None) -> list[Measure]:
    """The first ``n`` measures of the demo plan (all when None), in the plan's order."""
    found = Measure.objects.filter(plan__slug=PLAN).order_by("target__no", "position")
    return list(found)[:n] if n is not None else list(found)


def assign(units: Iterable[str], chosen: Iterable[Measure], agency: str = LABOUR) -> None:
    """The agency reports each of these measures for each of these units."""
    who = Agency.objects.get(code=agency)
    Assignment.objects.bulk_create(
        [Assignment(measure=m, agency=who, unit_code=u) for m in chosen for u in units]
    )


def workbook(client: object, period: str, agency: str = LABOUR) -> openpyxl.Workbook:
    """The agency's template for the period, downloaded from its page, its rows emptied."""
    url = reverse("figures:template", args=[PLAN, agency, period])
    response = client.get(url)  # type: ignore[attr-defined]
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    sheet.protection.sheet = False
    sheet.delete_rows(FIRST_ROW, sheet.max_row)
    return book


def filled(
    book: openpyxl.Workbook, rows: Iterable[tuple[str, str, object]], stage: str = "official"
) -> io.BytesIO:
    """The workbook with one row per (measure key, unit code, value), as a file to upload."""
    sheet = book.worksheets[0]
    for i, (key, unit, value) in enumerate(rows):
        n = FIRST_ROW + i
        sheet.cell(n, 1, i + 1)
        sheet.cell(n, 2, key)
        sheet.cell(n, 3, unit)
        sheet.cell(n, 8, value)
        sheet.cell(n, 9, stage)
    return xlsx(book)
