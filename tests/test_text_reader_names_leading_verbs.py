"""A measure's name is its indicator phrase, without the verb that opens a list item
("Ổn định", "Đảm bảo cho", "Bảo đảm", "Giảm tỷ lệ …") and without a time cue after it
("cuối nhiệm kỳ") (issue 14, third tuning round; invented items)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Tỷ lệ hộ nghèo cuối nhiệm kỳ còn dưới 1%.", "Tỷ lệ hộ nghèo"),
        ("Ổn định tỷ lệ che phủ rừng: 67%.", "Tỷ lệ che phủ rừng"),
        (
            "Đảm bảo cho 100% dân cư nông thôn được dùng nước hợp vệ sinh.",
            "Dân cư nông thôn được dùng nước hợp vệ sinh",
        ),
        ("Bảo đảm 100% trường học có nhà vệ sinh.", "Trường học có nhà vệ sinh"),
        ("Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.", "Tỷ lệ hộ nghèo"),
        # without a figure, what is to be held keeps its verb (the guide, §6) …
        (
            "Giữ vững ổn định chính trị, trật tự an toàn xã hội.",
            "Giữ vững ổn định chính trị, trật tự an toàn xã hội",
        ),
        # … but a unit held at a standard is named by the unit
        ("Giữ vững xã đạt chuẩn nông thôn mới nâng cao.", "Xã đạt chuẩn nông thôn mới nâng cao"),
        # a share set aside: the verb and what it is set aside for (seventeenth round)
        (
            "Dành 20% ngân sách cho hoạt động văn hóa xã hội.",
            "Dành ngân sách cho hoạt động văn hóa xã hội",
        ),
    ],
)
def test_the_name_is_the_indicator_phrase(item: str, name: str):
    text = f"Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:\n1. {item}\n2. Thu nhập đạt 50 triệu.\n"
    assert read_resolution(text).plan["targets"][0]["metrics"][0]["name"] == name
