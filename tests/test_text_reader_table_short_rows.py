"""A table published one cell per line whose empty cells were lost on the way (an annex of a
district's five-year plan: "Thực hiện 2005 | Tốc độ … 2000 – 2005 | Dự kiến 2010 | Tốc độ …
2005 – 2010 | Ghi chú", the "Ghi chú" of most rows empty and gone). Every row is read, each
from its "Dự kiến 2010" cell: a row short of its last cells lines up from the left; "-" is an
empty cell, not a "- Trong đó" row; "9." after "8" is the next row; a past period's rate
beside the result's year is no plan column (issue 14, seventeenth round: batch 24's
development half)."""

from __future__ import annotations

from tests.textread_cases import grouped_bounds

CELLS = [
    "Biểu tổng hợp dự kiến các chỉ tiêu phát triển kinh tế - xã hội 5 năm (2005 – 2010)",
    "Số TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2005",
    "Tốc độ phát triển bình quân (%) 2000 – 2005", "Dự kiến 2010",
    "Tốc độ phát triển bình quân (%) 2005 – 2010", "Ghi chú",
    "1", "Tổng giá trị sản xuất", "tỷ đồng", "2.482", "41,06", "5.114", "21,45",
    "2", "Tỷ lệ hộ khá", "%", "-", "-", "20", "-", "năm 2008",
    "3", "Tỷ lệ lao động đã qua đào tạo", "%", "11,5", "-", "35", "-",
    "4.", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "95", "-", "98", "-",
]  # fmt: skip


def test_each_row_is_read_from_its_plan_cell():
    text = "\n\n".join(CELLS)
    assert [(name, low) for _, name, _, low, _ in grouped_bounds(text)] == [
        ("Tổng giá trị sản xuất", "5114"),
        ("Tỷ lệ hộ khá", "20"),
        ("Tỷ lệ lao động đã qua đào tạo", "35"),
        ("Tỷ lệ hộ dân sử dụng nước sạch", "98"),
    ]
