"""A press paragraph dated after commas by a year before the plan's ("Theo báo cáo tại kỳ
họp …, năm 2024 tình hình …") reports results in its sentences after: their figures are
never proposed; the sentence that looks ahead is (issue 14, ninth tuning round: no proposed
measure from a past result; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution


def names(text: str) -> list[str]:
    return [m["name"] for t in read_resolution(text).plan["targets"] for m in t["metrics"]]


def test_a_paragraph_dated_by_the_year_before_reports_results():
    text = (
        "Theo báo cáo tại kỳ họp thứ 9, HĐND huyện Quế Sơn vừa tổ chức, năm 2024 tình hình kinh "
        "tế - xã hội của huyện tiếp tục chuyển biến. Tổng giá trị sản xuất đạt 3.120 tỷ đồng. "
        "Thu nhập bình quân đầu người đạt 48,5 triệu đồng/năm, tăng 3,1 triệu đồng so với năm "
        "2023. Năm 2025, huyện phấn đấu tốc độ tăng giá trị sản xuất bình quân 12%; tỷ lệ lao "
        "động qua đào tạo đạt 70%.\n"
    )
    assert names(text) == ["Tốc độ tăng giá trị sản xuất", "Tỷ lệ lao động qua đào tạo"]
