"""A council's report on the year past with its plan for the next: the plan is the year it
strives for ("Năm 2015, huyện X phấn đấu …") even when the report also names the year
before's plan; the year before's figures are results, a target's "so với năm 2022" is its
base and no date; "tốc độ tăng bình quân giá trị sản xuất" is named without the kind's cue
(issue 14: the plan's years, results never proposed, names)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Tổng giá trị sản xuất ở Duy Xuyên tăng 18,4%

Theo báo cáo tại kỳ họp thứ 13, năm 2014 tình hình kinh tế - xã hội của huyện tiếp tục \
chuyển biến tích cực. Tổng giá trị sản xuất đạt 2.629 tỷ đồng, tăng 2,5% so với kế hoạch \
năm 2014. Thu nhập bình quân đầu người đạt 17,02 triệu đồng/năm, tăng 2,52 triệu đồng so \
với năm 2013.

Năm 2015, huyện Duy Xuyên phấn đấu đưa tốc độ tăng bình quân giá trị sản xuất các ngành \
kinh tế 14 - 15% so với năm 2014; giảm tỷ lệ hộ nghèo 2 - 3%.
"""


def test_the_year_striven_for_is_the_plan_and_the_year_before_is_reported():
    plan = read_resolution(TEXT).plan
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2014, 2015, 2015]
    got = [(m["name"], m["kind"]) for t in plan["targets"] for m in t["metrics"]]
    assert got == [
        ("Tốc độ tăng giá trị sản xuất các ngành kinh tế", "average_annual_growth"),
        ("Tỷ lệ hộ nghèo", "reduction_per_year"),
    ]
