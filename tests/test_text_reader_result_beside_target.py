"""A past result written inside a target's item does not make the item a result: "Thu nhập
bình quân đầu người năm 2025 đạt 80 triệu đồng trở lên (năm 2020 ước đạt 52 triệu đồng)"
recalls the start in parentheses, and "Tổng giá trị sản xuất: ước thực hiện năm 2025 đạt
4.850 tỷ đồng; kế hoạch năm 2026 đạt 5.300 tỷ đồng" sets the plan after the estimate. A
planner relies on the target being proposed with the plan's figure, and on an item that only
reports ("Thu ngân sách ước đạt 1.200 tỷ đồng") staying out (issue 14, twelfth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

LIST = """NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
Các chỉ tiêu chủ yếu năm 2026:
1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 10% trở lên (ước thực hiện năm 2025 đạt 9,1%).
2. Thu nhập bình quân đầu người năm 2026 đạt 80 triệu đồng (năm 2025 ước đạt 72 triệu đồng).
3. Tổng giá trị sản xuất: ước thực hiện năm 2025 đạt 4.850 tỷ đồng; kế hoạch năm 2026 đạt \
5.300 tỷ đồng.
4. Tổng thu ngân sách trên địa bàn năm 2025 ước đạt 1.200 tỷ đồng.
5. Tỷ lệ lao động đã qua đào tạo đạt 75%.
"""


def test_a_result_beside_a_target_leaves_the_target():
    targets = read_resolution(LIST).plan["targets"]
    got = [(t["text"][:20], [m.get("low") for m in t["metrics"]]) for t in targets]
    assert got == [
        ("Tốc độ tăng trưởng k", ["10"]),
        ("Thu nhập bình quân đ", ["80"]),
        ("Tổng giá trị sản xuấ", ["5300"]),
        ("Tỷ lệ lao động đã qu", ["75"]),
    ]


def test_an_item_that_only_reports_is_a_result():
    result = read_resolution(LIST)
    assert any("ước đạt 1.200" in text for text in result.results)


YEAR_AFTER_ESTIMATE = """NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025
Các chỉ tiêu chủ yếu năm 2025:
1. Thu nhập bình quân đầu người: năm 2024 ước đạt 52 triệu đồng; năm 2025 đạt 57 triệu đồng.
2. Tổng thu ngân sách năm 2024 ước đạt 1.200 tỷ đồng, gấp 1,6 lần năm 2020.
3. Tỷ lệ lao động qua đào tạo đạt 75%.
"""


def test_a_later_years_figure_after_an_estimate_is_the_plans():
    # no plan's word after the estimate, but a later year: the plan's own figure (fourteenth
    # round); an earlier year after it ("gấp 1,6 lần năm 2020") leaves the item a result
    result = read_resolution(YEAR_AFTER_ESTIMATE)
    got = [[m.get("low") for m in t["metrics"]] for t in result.plan["targets"]]
    assert got == [["57"], ["75"]]
    assert any("1.200" in text for text in result.results)
