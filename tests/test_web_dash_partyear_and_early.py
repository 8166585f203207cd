"""The dashboard shows what the core says of a result before its period is over: the
latest six- or nine-month figure under the value (shown, not judged), and "tạm tính" with
its reason beside a result that rests on a figure reported before its period ended."""

from __future__ import annotations

from tests.dashhelpers import plan_url, target_url, text_of
from tests.webhelpers import client_for


def _row(page: str, measure: str) -> str:
    return page.split(f'data-measure="{measure}"')[1].split("</tr>")[0]


def test_the_plan_page_shows_the_nine_month_figure_under_the_value(demo):
    page = client_for(None).get(plan_url(as_of="15/10/2023")).content.decode()
    grdp = _row(page, "grdp-growth")
    assert '<div class="muted part-year">9 tháng năm 2023: 6,5% (ước)</div>' in grdp
    cells = _row(page, "party-cells-good")
    assert "6 tháng đầu năm 2023: 89,5% (ước)" in cells


def test_july_2021_shows_the_six_month_growth_and_its_forecast(demo):
    response = client_for(None).get(plan_url(as_of="15/7/2021"))
    grdp = _row(response.content.decode(), "grdp-growth")
    assert "chưa có số liệu" in grdp and "cần nỗ lực lớn" in grdp
    assert "6 tháng đầu năm 2021: 4,6% (ước)" in grdp
    target = client_for(None).get(target_url(1, as_of="15/7/2021"))
    assert text_of(target, "part-year-grdp-growth") == "6 tháng đầu năm 2021: 4,6% (ước)"


def test_december_estimates_are_marked_provisional_with_their_reason(demo):
    page = client_for(None).get(plan_url(as_of="15/12/2025")).content.decode()
    labour = _row(page, "trained-labour")
    assert "chưa đạt" in labour and "không đạt" not in labour
    assert "tạm tính: số liệu báo cáo trước khi hết kỳ" in labour
    target = client_for(None).get(target_url(13, as_of="15/12/2025"))
    assert text_of(target, "early-trained-labour") == "tạm tính: số liệu báo cáo trước khi hết kỳ"
    steps = text_of(target, "explanation-trained-labour")
    assert "Báo cáo trước khi hết kỳ — Năm 2025: 64,8% (ước, ngày 10/12/2025)" in steps
    # once the official figures are in, the same result is final
    final = client_for(None).get(plan_url()).content.decode()
    assert "không đạt" in _row(final, "trained-labour")
    assert "reported-early" not in final


def test_english_pages_say_it_in_english(demo):
    page = client_for(None, lang="en").get(plan_url(as_of="15/12/2025")).content.decode()
    assert "provisional: reported before the period ended" in _row(page, "trained-labour")
    early = client_for(None, lang="en").get(plan_url(as_of="15/10/2023")).content.decode()
    assert "nine months of 2023: 6,5% (estimate)" in _row(early, "grdp-growth")
