"""An item counting something "với tổng …" an amount ("thu hút 20 - 25 dự án với tổng vốn
đăng ký khoảng 9.000 tỷ đồng") proposes both figures, each its own measure (issue 14,
fourth tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

YEAR_PLAN = (
    "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024\n"
    "- Thu hút 20 - 25 dự án với tổng vốn đăng ký khoảng 9.000 tỷ đồng.\n"
    "- Số doanh nghiệp thành lập mới đạt 600 doanh nghiệp với tổng vốn đăng ký 5.000 tỷ đồng.\n"
    "- Tỷ lệ hộ dân được dùng nước sạch đạt 98%.\n"
)


def test_a_count_with_its_total_amount_is_two_measures():
    targets = read_resolution(YEAR_PLAN).plan["targets"]
    got = [
        [(m["comparator"], m.get("low"), m.get("high"), m["unit"]) for m in t["metrics"]]
        for t in targets
    ]
    assert got == [
        [("range", "20", "25", "dự án"), (">=", "9000", None, "tỷ đồng")],
        [(">=", "600", None, "doanh nghiệp"), (">=", "5000", None, "tỷ đồng")],
        [(">=", "98", None, "%")],
    ]
