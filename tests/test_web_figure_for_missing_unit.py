"""A figure for a commune that did not exist on the figure's date is refused (web)."""

from __future__ import annotations

import dataclasses

import pytest

from chitieu.figures.periods import parse_period
from chitieu.problems import InputError
from chitieu.web.figures.errors import EntryError, Place
from chitieu.web.figures.services import RawEntry, approved_figures, check_entries, import_plan
from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.convert import core_plan

OLD = "05971"  # Phường Hoàng Văn Thụ, in force until 30/6/2025


def setup_commune(plan):  # type: ignore[no-untyped-def]
    agency = Agency.objects.get(code="so-ldtbxh")
    measure = plan.measures.get(key="trained-labour")
    Assignment.objects.create(measure=measure, agency=agency, unit_code=OLD)
    return agency


def row(unit: str) -> RawEntry:
    place = Place(field=f"value-trained-labour-{unit}")
    return RawEntry(place, "trained-labour", unit, "1", stage="official")


def test_it_refuses_a_figure_for_a_commune_merged_away_before_the_period_ended(demo):
    agency = setup_commune(demo)
    with pytest.raises(EntryError) as exc:
        check_entries(demo, agency, parse_period("2025"), [row(OLD)])
    assert str(exc.value) == (
        "trường “value-trained-labour-05971”: đơn vị 05971 không tồn tại vào ngày 31/12/2025, "
        "cuối kỳ 2025 (có hiệu lực …–30/6/2025)"
    )


def test_it_accepts_the_commune_while_it_existed_and_the_province_always(demo):
    agency = setup_commune(demo)
    entries = check_entries(demo, agency, parse_period("2025-H1"), [row(OLD), row("20")])
    assert [e.unit_code for e in entries] == [OLD, "20"]


def test_it_stores_nothing_from_an_import_with_such_a_figure(demo, people):
    core = core_plan(demo)
    good = approved_figures(demo)[0]
    bad = dataclasses.replace(
        good, unit_code=OLD, period=parse_period("2025"), origin="so-lieu.csv:3"
    )
    count = len(approved_figures(demo))
    with pytest.raises(InputError) as exc:
        import_plan(None, core, [good, bad], demo)
    assert str(exc.value).startswith("so-lieu.csv:3: field 'unit': unit 05971 did not exist")
    assert len(approved_figures(demo)) == count
