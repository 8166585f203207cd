"""Words that are cues elsewhere stay in a name when they belong to the indicator.

A planner relies on "Giá trị sản phẩm thu hoạch bình quân/ha đất trồng cây hàng năm" keeping
its annual crops (and being no every-year target for them), on "Tỷ lệ hộ dân được sử dụng
điện từ các nguồn" keeping its sources, and on "giảm so với năm trước" ending the name, as
"giảm" before a figure does.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2020
Các chỉ tiêu chủ yếu:
1. Giá trị sản phẩm thu hoạch bình quân/ha đất trồng cây hàng năm đạt 50,59 triệu đồng.
2. Tỷ lệ hộ dân được sử dụng điện từ các nguồn đạt 91,5%.
3. Tỷ lệ hộ nghèo giảm so với năm trước trên 4,01%.
4. Tỷ lệ lao động qua đào tạo từ 65% trở lên.
5. Thu ngân sách hằng năm tăng 10%.
"""


def measures() -> list[tuple[str, str, str]]:
    plan = read_resolution(TEXT).plan
    return [(m["name"], m["kind"], m["comparator"]) for t in plan["targets"] for m in t["metrics"]]


def test_it_keeps_annual_crops_and_sources_in_the_name() -> None:
    got = measures()
    assert got[0] == (
        "Giá trị sản phẩm thu hoạch bình quân/ha đất trồng cây hàng năm",
        "level_at_end",
        ">=",
    )
    assert got[1] == ("Tỷ lệ hộ dân được sử dụng điện từ các nguồn", "level_at_end", ">=")


def test_it_still_ends_a_name_at_the_cues_it_holds() -> None:
    got = measures()
    assert got[2] == ("Tỷ lệ hộ nghèo", "reduction_per_year", ">=")
    assert got[3] == ("Tỷ lệ lao động qua đào tạo", "level_at_end", ">=")
    assert got[4] == ("Thu ngân sách", "every_year", ">=")


def test_having_a_degree_is_what_a_part_counts() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025\n"
        "1. Tỷ lệ lao động qua đào tạo đạt 65%, trong đó có bằng cấp, chứng chỉ đạt 25%.\n"
        "2. Có 11,5 bác sĩ/vạn dân.\n"
    )
    plan = read_resolution(text).plan
    names = [m["name"] for t in plan["targets"] for m in t["metrics"]]
    # the guide's own example (§6); "có" before a count stays a filler
    assert names == [
        "Tỷ lệ lao động qua đào tạo",
        "Có bằng cấp, chứng chỉ",
        "Số bác sĩ trên 1 vạn dân",
    ]


def test_a_rise_names_what_rises() -> None:
    text = (
        "Đại hội đã đề ra 12 chỉ tiêu chủ yếu: Tăng thu ngân sách; Tăng cường quản lý đất đai; "
        "tăng tổng giá trị sản phẩm trên địa bàn đạt 10.000 tỷ đồng; Tăng trưởng kinh tế bình "
        "quân 8%/năm."
    )
    plan = read_resolution(text).plan
    names = [m["name"] for t in plan["targets"] for m in t["metrics"]]
    assert names == [
        "Thu ngân sách",
        "Tăng cường quản lý đất đai",
        "Tổng giá trị sản phẩm trên địa bàn",
        "Tăng trưởng kinh tế",
    ]
