"""Lineage records in the web app: a cycle or overlapping dates is refused, nothing saved.

The units created here have made-up codes (T…); they are synthetic, not real data.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from chitieu.web.units.models import AdminUnit, ChangeKind, UnitChange, UnitLevel
from tests.unitplan import stored_commune as unit
from tests.webhelpers import client_for

DAY = date(2020, 1, 1)


def test_it_saves_a_merger_whose_dates_fit(demo):
    a, m = unit("T1", end=date(2019, 12, 31)), unit("T9", start=DAY)
    UnitChange.objects.create(predecessor=a, successor=m, kind=ChangeKind.MERGE, effective=DAY)
    assert UnitChange.objects.filter(successor=m).count() == 1


def test_it_refuses_a_merger_whose_predecessor_is_still_in_force(demo):
    a, m = unit("T1"), unit("T9", start=DAY)
    with pytest.raises(ValidationError, match="tiền thân T1 vẫn còn hiệu lực vào ngày 1/1/2020"):
        UnitChange.objects.create(predecessor=a, successor=m, kind=ChangeKind.MERGE, effective=DAY)
    assert not UnitChange.objects.filter(successor=m).exists()


def test_it_refuses_a_cycle(demo):
    a, b = unit("T1", end=date(2019, 12, 31)), unit("T2", start=DAY)
    UnitChange.objects.create(predecessor=a, successor=b, kind=ChangeKind.RENAME, effective=DAY)
    with pytest.raises(ValidationError, match="vòng lặp: T2 → T1 → T2"):
        UnitChange.objects.create(
            predecessor=b, successor=a, kind=ChangeKind.RENAME, effective=date(2021, 1, 1)
        )
    assert UnitChange.objects.filter(predecessor=b).count() == 0


def test_it_shows_the_error_in_vietnamese_in_the_admin_and_saves_nothing(demo, people):
    a, m = unit("T1", end=date(2020, 6, 30)), unit("T9", start=DAY)
    c = client_for("quantri")
    before = UnitChange.objects.count()  # the demo's reform lineage
    assert c.get("/admin/units/unitchange/add/").status_code == 200
    r = c.post(
        "/admin/units/unitchange/add/",
        {
            "predecessor": a.pk,
            "successor": m.pk,
            "kind": "merge",
            "effective": "01/01/2020",
            "act": "NQ thử",
        },
    )
    assert r.status_code == 200
    page = r.content.decode()
    assert "ngày chồng lấn" in page and "T1" in page
    assert UnitChange.objects.count() == before


def test_it_refuses_a_unit_edited_so_that_a_saved_merger_overlaps(demo):
    a, m = unit("T1", end=date(2019, 12, 31)), unit("T9", start=DAY)
    UnitChange.objects.create(predecessor=a, successor=m, kind=ChangeKind.MERGE, effective=DAY)
    a.valid_to = date(2020, 6, 30)
    with pytest.raises(ValidationError, match="tiền thân T1 vẫn còn hiệu lực"):
        a.full_clean()
    a.valid_to = date(2019, 1, 1)
    a.valid_from = date(2019, 6, 1)
    with pytest.raises(ValidationError, match="không thể kết thúc trước khi bắt đầu"):
        a.full_clean()
    twin = AdminUnit(code="T9", name="Xã T9", level=UnitLevel.COMMUNE, valid_from=date(2021, 1, 1))
    with pytest.raises(ValidationError, match="khoảng hiệu lực chồng lấn"):
        twin.full_clean()
