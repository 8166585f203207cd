"""Items numbered "1.1.", "1.2." under numbered group headings ("1. Các chỉ tiêu về kinh
tế") are a list, each under its group, the first group's heading being the list's own;
a "1.4." line with no figure is a section's heading and ends the list (issue 14, third
tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Nghị quyết Đại hội Đảng bộ thị xã Phú Thọ lần thứ XXII, nhiệm kỳ 2020 - 2025\n"
    "1. Các chỉ tiêu về kinh tế\n"
    "1.1. Tốc độ tăng trưởng giá trị sản xuất bình quân 10%/năm.\n"
    "1.2. Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.\n"
    "2. Các chỉ tiêu về văn hóa - xã hội\n"
    "2.1. Tỷ lệ hộ nghèo còn dưới 1%.\n"
    "2.2. Tỷ lệ lao động qua đào tạo đạt 80%.\n"
    "2.3. Nhiệm vụ và giải pháp\n"
    "Tập trung phát triển kinh tế, tăng thu ngân sách 15%.\n"
)


def test_items_numbered_with_two_numbers_are_read_under_their_groups():
    result = read_resolution(TEXT)
    assert result.layout == "list"
    assert [(t["no"], t["text"], t.get("group")) for t in result.plan["targets"]] == [
        (1, "Tốc độ tăng trưởng giá trị sản xuất bình quân 10%/năm.", "economy"),
        (2, "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.", "economy"),
        (3, "Tỷ lệ hộ nghèo còn dưới 1%.", "society"),
        (4, "Tỷ lệ lao động qua đào tạo đạt 80%.", "society"),
    ]
