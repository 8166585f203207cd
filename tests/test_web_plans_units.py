"""The units page: Lạng Sơn's units in force on a day, counted per level, and a unit's
lineage. Any logged-in user may read it."""

from __future__ import annotations

import re
from datetime import date

from chitieu.web.units.models import AdminUnit, ChangeKind, UnitChange
from tests.webhelpers import client_for


def units_page(query: str, user: str = "daibieu") -> str:
    r = client_for(user).get(f"/units/{query}")
    assert r.status_code == 200
    return r.content.decode()


def count(page: str, level: str) -> int:
    m = re.search(rf'id="count-{level}">\s*<div class="big">([\d.]+)</div>', page)
    assert m, level
    return int(m.group(1).replace(".", ""))


def rows(page: str, level: str) -> int:
    return page.count(f'data-level="{level}"')


def test_it_lists_the_eleven_districts_and_194_communes_on_25_9_2020(demo):
    page = units_page("?area=20&on=25/9/2020")
    assert (count(page, "province"), count(page, "district"), count(page, "commune")) == (
        1,
        11,
        194,
    )
    assert (rows(page, "district"), rows(page, "commune")) == (11, 194)
    assert "Thành phố Lạng Sơn" in page and "Phường Hoàng Văn Thụ" in page
    assert "Các đơn vị có hiệu lực ngày 25/9/2020:" in page
    assert "30/6/2025" in page  # the day the old units ended, written the Vietnamese way


def test_it_lists_the_65_communes_of_the_two_level_government_on_1_8_2025(demo):
    page = units_page("?area=20&on=1/8/2025")
    assert (count(page, "district"), count(page, "commune")) == (0, 65)
    assert rows(page, "commune") == 65
    assert "Thành phố Lạng Sơn" not in page and "Xã Thất Khê" in page
    assert "1/7/2025" in page


def test_it_reads_iso_dates_and_names_a_wrong_one(demo):
    assert count(units_page("?area=20&on=2020-09-25"), "commune") == 194
    page = units_page("?area=20&on=31/2/2020")
    assert "“31/2/2020” không phải là ngày" in page


def test_it_shows_a_units_predecessors_and_successors(demo):
    old = AdminUnit.objects.get(code="05971", valid_from=None)  # Phường Hoàng Văn Thụ
    new = AdminUnit.objects.filter(valid_from=date(2025, 7, 1)).order_by("code").first()
    UnitChange.objects.create(
        predecessor=old, successor=new, kind=ChangeKind.MERGE, effective=date(2025, 7, 1)
    )
    page = client_for("laodong").get(f"/units/{new.pk}/").content.decode()
    assert 'id="predecessors"' in page and "Phường Hoàng Văn Thụ" in page and "nhập" in page
    page = client_for("laodong").get(f"/units/{old.pk}/").content.decode()
    assert 'id="successors"' in page and new.name in page
    assert "Thành phố Lạng Sơn" in page  # what it was part of


def test_anonymous_visitors_are_sent_to_log_in(demo):
    r = client_for(None).get("/units/")
    assert r.status_code == 302 and r["Location"].startswith("/login/")
