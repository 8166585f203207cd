"""A year's plan measures its rises against the year's estimate ("tăng từ 10,20% đến 10,71%
so với ước thực hiện năm 2017"): that estimate is the base, not a result, so the target is
proposed; the rise after its level restates it. A heading run on into its list ("… năm 2018
1. Tăng trưởng …") is the title without the list's "1." (issue 14, seventeenth round: batch
24's development half)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PLAN = (
    "Các chỉ tiêu kinh tế - xã hội năm 2018 1. Tăng trưởng kinh tế (GRDP) từ 7,5% đến 8%. "
    "2. GRDP bình quân đầu người đạt từ 80,4 triệu đồng đến 80,8 triệu đồng, tăng từ 10,20% "
    "đến 10,71% so với ước thực hiện năm 2017. 3. Kim ngạch xuất khẩu 1.790 triệu USD, tăng "
    "1,19% so ước thực hiện năm 2017."
)


def test_a_rise_against_the_years_estimate_is_a_target_and_restates_its_level():
    plan = read_resolution(PLAN).plan
    measures = [
        [(m["name"], m.get("low"), m.get("high")) for m in t["metrics"]] for t in plan["targets"]
    ]
    assert measures == [
        [("Tăng trưởng kinh tế (GRDP)", "7.5", "8")],
        [("GRDP bình quân đầu người", "80.4", "80.8")],
        [("Kim ngạch xuất khẩu", "1790", None)],
    ]
    assert plan["title"] == "Các chỉ tiêu kinh tế - xã hội năm 2018"
