"""In prose, clauses led in as the list of targets ("… với các chỉ tiêu cụ thể: A; B; C")
are all targets, those without a figure as qualitative ones, as the labelling guide says;
a paragraph that opens on the term just past ("Nhiệm kỳ vừa qua, …") reports results, which
are never proposed (issue 14: prose, results never proposed)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Đảng bộ xã Hòa Ninh tổ chức Đại hội lần thứ XIV, nhiệm kỳ 2020-2025.\n\n"
    "Đại hội thông qua nghị quyết với các chỉ tiêu cụ thể: thu ngân sách tăng bình quân "
    "8-10%; giao quân hằng năm đạt 100% chỉ tiêu; hoàn thành xây dựng xã nông thôn mới "
    "kiểu mẫu; có 3/4 trường học đạt chuẩn quốc gia.\n\n"
    "Nhiệm kỳ vừa qua, Đảng bộ xã lãnh đạo hoàn thành các chỉ tiêu. Tổng giá trị sản xuất "
    "đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%; giảm 683 hộ nghèo.\n"
)


def test_listed_aims_are_targets_and_the_past_terms_figures_are_not():
    plan = read_resolution(TEXT).plan
    got = [(t["text"], [m["kind"] for m in t["metrics"]]) for t in plan["targets"]]
    assert got == [
        ("thu ngân sách tăng bình quân 8-10%", ["average_annual_growth"]),
        ("giao quân hằng năm đạt 100% chỉ tiêu", ["every_year"]),
        ("hoàn thành xây dựng xã nông thôn mới kiểu mẫu", ["other"]),
    ]
