"""Items numbered by their cue word ("Chỉ tiêu 1: …", "Chỉ tiêu thứ 2. …") are a numbered
list, read without their cue, and none of them is taken for the list's heading (issue 14,
third tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Nghị quyết Đại hội Đảng bộ huyện Tân Sơn lần thứ IV, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu đến năm 2025:\n"
    "Chỉ tiêu 1: Tốc độ tăng trưởng giá trị sản xuất bình quân 8%/năm.\n"
    "Chỉ tiêu thứ 2. Thu nhập bình quân đầu người đạt 45 triệu đồng.\n"
    "Chỉ tiêu 3: Tỷ lệ hộ nghèo giảm bình quân 3%/năm.\n"
)


def test_items_numbered_by_their_cue_are_read_in_order():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["no"], t["text"]) for t in targets] == [
        (1, "Tốc độ tăng trưởng giá trị sản xuất bình quân 8%/năm."),
        (2, "Thu nhập bình quân đầu người đạt 45 triệu đồng."),
        (3, "Tỷ lệ hộ nghèo giảm bình quân 3%/năm."),
    ]
