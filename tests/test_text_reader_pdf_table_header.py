"""A table a PDF gives one cell per line, whose header cells wrap ("Đơn vị" / "tính",
"Mục tiêu" / "2021 - 2025") and whose first group's row ("KINH TẾ", in capitals, no number)
stands right under the header: the header is put back with one cell per column, so the
plan's column is read and not the results' (issue 14: tables, PDFs with wrapped lines;
helper K's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

CELLS = [
    "2. Các chỉ tiêu chủ yếu:",
    "STT", "Chỉ tiêu", "Đơn vị", "tính", "Thực hiện", "2015 - 2020", "Mục tiêu", "2021 - 2025",
    "KINH TẾ",
    "1", "Thu nhập bình quân đầu người", "Triệu đồng", "45", "75",
    "2", "Tỷ lệ đô thị hóa", "%", "38", "45",
    "XÃ HỘI",
    "3", "Tỷ lệ lao động qua đào tạo", "%", "62", "72",
]  # fmt: skip


def test_a_wrapped_header_and_a_first_group_row_leave_the_plans_column_in_place():
    targets = read_resolution("\n".join(CELLS) + "\n").plan["targets"]
    got = [(t.get("group"), m["low"]) for t in targets for m in t["metrics"]]
    assert got == [("economy", "75"), ("economy", "45"), ("society", "72")]
