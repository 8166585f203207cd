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
