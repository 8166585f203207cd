"""An item that sets a level and then says how far it lies from a base year ("đạt 610 tỷ
đồng, tăng 2,1 lần so với năm 2020") proposes the level alone: the change restates it. A
change against a base year standing alone is still read (issue 14, fourth tuning round;
invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

LIST = (
    "Các chỉ tiêu chủ yếu đến năm 2025:\n"
    "- Tổng giá trị sản xuất năm 2025 đạt 610 tỷ đồng, tăng 2,1 lần so với năm 2020, "
    "tốc độ tăng trưởng hàng năm 12%.\n"
    "- Tỷ lệ hộ nghèo còn dưới 1,5% đến năm 2025, giảm 2,5% so với năm 2020.\n"
    "- Số doanh nghiệp tăng gấp 2 lần so với năm 2020.\n"
)


def _metrics(text: str) -> list[tuple[str, str | None, str | None, str]]:
    targets = read_resolution(text).plan["targets"]
    return [
        (m["comparator"], m.get("low"), m.get("high"), m["unit"])
        for t in targets
        for m in t["metrics"]
    ]


def test_a_change_against_a_base_year_after_a_level_proposes_no_measure_of_its_own():
    assert _metrics(LIST) == [
        (">=", "610", None, "tỷ đồng"),
        (">=", "12", None, "%"),
        ("<=", None, "1.5", "%"),
        (">=", "2", None, "lần"),
    ]


def test_a_change_against_last_years_result_or_estimate_restates_the_level_too():
    year_plan = (
        "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024\n"
        "- Kim ngạch xuất khẩu đạt 950 triệu USD, tăng 8% so với thực hiện 2023.\n"
        "- Thu ngân sách 7.200 tỷ đồng, tăng 15,5% so với dự toán địa phương năm 2023.\n"
    )
    assert _metrics(year_plan) == [
        (">=", "950", None, "triệu USD"),
        (">=", "7200", None, "tỷ đồng"),
    ]


def test_how_far_a_level_moves_in_its_own_unit_restates_it():
    text = (
        "Đại hội Đảng bộ huyện Yên Minh nhiệm kỳ 2020 – 2025 thống nhất các mục tiêu; trong đó "
        "có nhiều chỉ tiêu phấn đấu đạt cao, như: Tổng mức đầu tư toàn xã hội 5.020 tỷ đồng, "
        "tăng gần 1.500 tỷ đồng; thu nhập bình quân đạt 40 triệu đồng/người/năm, tăng 20 triệu "
        "đồng; tỷ lệ trường đạt chuẩn Quốc gia 59%, tăng trên 20%; số xã đạt chuẩn nông thôn mới "
        "5 xã, tăng 3 xã; tổng sản lượng lương thực đạt 40.000 tấn, tăng 8%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [len(t["metrics"]) for t in targets] == [1, 1, 1, 1, 1]
    assert targets[0]["text"] == "Tổng mức đầu tư toàn xã hội 5.020 tỷ đồng, tăng gần 1.500 tỷ đồng"
    assert targets[0]["metrics"][0]["low"] == "5020"
