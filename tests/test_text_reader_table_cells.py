"""A Word table saved one cell per line numbers its rows "1", "2" … bare, so a cell holding
"1" (one commune to reach a standard, "1" then "2" for last year and this) must not start a
row: only a group's first row counts from 1 again. A planner relies on every row being read
whole, with its figures (issue 14, twelfth round; from a document invented by a helper)."""

from __future__ import annotations

from tests.textread_cases import grouped_bounds

CELLS = [
    "STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2021", "Kế hoạch năm 2022",
    "I", "CÁC CHỈ TIÊU KINH TẾ",
    "1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "410,5", "425",
    "2", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "1", "2",
    "II", "CÁC CHỈ TIÊU XÃ HỘI",
    "1", "Tỷ lệ lao động qua đào tạo", "%", "68", "70",
    "2", "Số trường đạt chuẩn quốc gia", "Trường", "52", "55",
]  # fmt: skip
TEXT = "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2022\n" + "\n".join(CELLS) + "\n"


def test_a_cell_holding_one_is_no_row():
    got = [(group, low) for group, _, _, low, _ in grouped_bounds(TEXT)]
    assert got == [("economy", "425"), ("economy", "2"), ("society", "70"), ("society", "55")]
