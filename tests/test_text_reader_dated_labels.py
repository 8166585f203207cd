"""An item that names where its figure starts under a dated label, then the figure to reach
("Thu nhập bình quân đầu người năm 2020: 41 triệu đồng; năm 2025: 60 triệu đồng"), sets one
measure: the earlier year's figure is the baseline the guide keeps out of the metrics (§3),
and the measure is named without the year (issue 14, fifteenth round; invented texts)."""

from __future__ import annotations

from chitieu.textread.clauses import split_clauses
from tests.textread_cases import grouped_bounds as bounds

LIST = (
    "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025\n"
    "1. Thu nhập bình quân đầu người năm 2020: 41 triệu đồng; năm 2025: 60 triệu đồng.\n"
    "2. Tỷ lệ hộ nghèo năm 2020: 3,5%; đến năm 2025 còn dưới 1%.\n"
    "3. Tỷ lệ che phủ rừng năm 2025: 62%.\n"
)


def test_the_earlier_years_figure_is_no_metric():
    assert bounds(LIST) == [
        (None, "Thu nhập bình quân đầu người", ">=", "60", "None"),
        (None, "Tỷ lệ hộ nghèo", "<=", "None", "1"),
        (None, "Tỷ lệ che phủ rừng", ">=", "62", "None"),
    ]


def test_a_later_or_the_same_year_keeps_both_figures():
    # "năm 2025: …; năm 2020: …" (out of turn) and two measures of one year are two metrics
    for text in (
        "Thu nhập bình quân đầu người năm 2025: 60 triệu đồng; năm 2020: 41 triệu đồng",
        "Sản lượng năm 2025: 40.000 tấn; năm 2025: 12.000 tấn thịt hơi",
    ):
        _, clauses = split_clauses(text)
        assert len(clauses) == 2, text
