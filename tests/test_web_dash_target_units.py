"""The target page of a plan reported by hundreds of communes stays small: the
province's vintages, then how many units stand at each status and the units one page at
a time, lagging ones first, found by code or name; what is searched is shown escaped."""

from __future__ import annotations

import re
from typing import Any

from tests.dashhelpers import text_of
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for


def _page(slug: str, no: int, query: str = "") -> Any:
    response = client_for("daibieu").get(f"/dashboard/{slug}/targets/{no}/{query}")
    assert response.status_code == 200
    return response


def _codes(response: Any) -> list[str]:
    return re.findall(r"X\d{4}", text_of(response, "units-list"))[::2]  # code, then name


def test_it_tallies_the_units_and_lists_the_lagging_first(demo, people):
    plan = unit_plan(people["kehoach"], synthetic(300))
    page = _page(plan.slug, 1)
    assert len(page.content) < 100_000  # 300 units, 1.200 figures: one page of 50
    # units ending in 0–4 report 60–64 % (< 65 %), 5 reports 65 %, 6–9 more
    tally = text_of(page, "units-tally")
    assert tally == "Tỷ lệ hộ dùng nước sạch : không đạt 150 · đạt 30 · vượt 120"
    assert text_of(page, "units-found") == "300/300 đơn vị, đơn vị chưa đạt trước · trang 1/6"
    assert _codes(page)[:6] == ["X0001", "X0002", "X0003", "X0004", "X0010", "X0011"]
    assert len(_codes(page)) == 50
    # the province's own vintages only, not the 600 of the units
    assert text_of(page, "vintages-nuoc-sach").count("Tỉnh Lạng Sơn") == 3


def test_it_says_which_units_meet_the_standard_of_a_count(demo, people):
    plan = unit_plan(people["kehoach"], synthetic(300))
    page = _page(plan.slug, 2)
    assert text_of(page, "units-tally") == "Số xã đạt chuẩn : chưa đạt chuẩn 150 · đạt chuẩn 150"
    assert _codes(page)[:3] == ["X0001", "X0003", "X0005"]  # the odd ones do not


def test_it_pages_through_the_units(demo, people):
    plan = unit_plan(people["kehoach"], synthetic(300))
    page = _page(plan.slug, 1, "?page=4")
    assert text_of(page, "units-found").endswith("trang 4/6")
    # 150 lagging units fill pages 1–3; page 4 starts with the others, by code
    assert _codes(page)[:3] == ["X0005", "X0006", "X0007"]
    html = page.content.decode()
    assert 'href="/dashboard/theo-xa/targets/1/?page=5#units"' in html
    assert 'href="/dashboard/theo-xa/targets/1/?page=3#units"' in html
    last = _page(plan.slug, 1, "?page=99")  # past the end: the last page
    assert text_of(last, "units-found").endswith("trang 6/6")
    assert _codes(last)[-1] == "X0299" and 'id="units-next"' not in last.content.decode()


def test_it_finds_units_by_code_and_escapes_what_was_typed(demo, people):
    plan = unit_plan(people["kehoach"], synthetic(300))
    page = _page(plan.slug, 1, "?q=x012")
    lagging = ["X0120", "X0121", "X0122", "X0123", "X0124"]  # X0012 has no "x012"
    assert _codes(page) == [*lagging, "X0125", "X0126", "X0127", "X0128", "X0129"]
    assert text_of(page, "units-found").startswith("10/300 đơn vị")
    assert 'id="units-next"' not in page.content.decode()  # one page
    typed = _page(plan.slug, 1, "?q=%3Cscript%3Ealert(1)").content.decode()
    assert "<script>alert" not in typed and 'value="&lt;script&gt;alert(1)"' in typed
    assert "0/300 đơn vị" in typed


def test_it_finds_units_by_name(demo, people):
    plan = unit_plan(people["kehoach"], ["05971", "05974", "05977"], slug="ten-xa")
    table = text_of(_page(plan.slug, 1, "?q=tam+thanh"), "units-list")
    assert "05974 Phường Tam Thanh" in table and "Hoàng Văn Thụ" not in table
