"""Numbered lists written "1/ …" or "1- …" are lists like "1. …", and a "Trong đó …" line
after a finished item is a further part of that item, not the end of the list (issue 14,
third tuning round; invented texts)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution

HEAD = (
    "Nghị quyết Đại hội Đảng bộ huyện Sìn Hồ lần thứ XVIII, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu:\n"
)
ITEMS = [
    "Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm.",
    "Thu nhập bình quân đầu người đến năm 2025 đạt 35 triệu đồng.",
    "Tỷ lệ hộ nghèo giảm bình quân 4 - 5%/năm.",
]


@pytest.mark.parametrize("mark", ["/", "-", " -"])
def test_it_reads_items_numbered_with_a_slash_or_a_dash(mark: str):
    text = HEAD + "".join(f"{n}{mark} {item}\n" for n, item in enumerate(ITEMS, 1))
    result = read_resolution(text)
    assert result.layout == "list"
    assert [(t["no"], t["text"]) for t in result.plan["targets"]] == list(enumerate(ITEMS, 1))
    poverty = result.plan["targets"][2]["metrics"][0]
    assert (poverty["comparator"], poverty["low"], poverty["high"]) == ("range", "4", "5")


def test_a_trong_do_line_after_a_finished_item_belongs_to_it():
    text = HEAD + (
        "1. Tỷ lệ lao động qua đào tạo đạt 65%.\n"
        "Trong đó có bằng cấp, chứng chỉ đạt 30%.\n"
        "2. Tỷ lệ che phủ rừng đạt 48%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tỷ lệ lao động qua đào tạo đạt 65%. Trong đó có bằng cấp, chứng chỉ đạt 30%.",
        "Tỷ lệ che phủ rừng đạt 48%.",
    ]
    assert [m["low"] for m in targets[0]["metrics"]] == ["65", "30"]


def test_slashed_items_restart_under_roman_groups_with_a_dash():
    # "II- CHỈ TIÊU XÃ HỘI" heads a group (no end of the list), and "3/ 18/18 thôn …" is item
    # 3 counting 18 villages: after "/" a space, not a fraction's second number
    text = (
        "Nghị quyết Đại hội Đảng bộ xã Yên Lạc nhiệm kỳ 2025 - 2030\n"
        "Các chỉ tiêu chủ yếu:\n"
        "I- CHỈ TIÊU KINH TẾ\n"
        "1/ Tốc độ tăng trưởng giá trị sản xuất bình quân 5 năm đạt 10 - 11%/năm.\n"
        "2/ Thu nhập bình quân đầu người đến năm 2030 đạt 95 - 100 triệu đồng.\n"
        "II- CHỈ TIÊU XÃ HỘI\n"
        "1/ Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 0,5 – 1%/năm.\n"
        "2/ Có 5/7 trường đạt chuẩn quốc gia mức độ 2.\n"
        "3/ 18/18 thôn có nhà văn hóa đạt chuẩn.\n"
        "4/ Tỷ lệ sinh con thứ ba trở lên khoảng 8%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"][:12], t.get("group")) for t in targets] == [
        ("Tốc độ tăng ", "economy"),
        ("Thu nhập bìn", "economy"),
        ("Tỷ lệ hộ ngh", "society"),
        ("Có 5/7 trườn", "society"),
        ("18/18 thôn c", "society"),
        ("Tỷ lệ sinh c", "society"),
    ]


def test_the_next_number_before_a_share_is_an_item_after_an_unfinished_one():
    # items with no stop at their end ("… không quá 1%"), then "9- 100% thôn …": item 9, not
    # the rest of item 8 (a broken line's "- 3.000 ha" has no number before its dash)
    text = (
        "Nghị quyết Đại hội Đảng bộ xã Yên Phú nhiệm kỳ 2025 - 2030\n"
        "Các chỉ tiêu chủ yếu đến năm 2030:\n"
        "7- Tỷ lệ dân số tham gia bảo hiểm y tế trên 95%\n"
        "8- Tỷ lệ tăng dân số tự nhiên không quá 1%\n"
        "9- 100% thôn đạt danh hiệu thôn văn hóa\n"
        "10- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 90%\n"
    )
    texts = [t["text"] for t in read_resolution(text).plan["targets"]]
    assert texts[1:3] == [
        "Tỷ lệ tăng dân số tự nhiên không quá 1%",
        "100% thôn đạt danh hiệu thôn văn hóa",
    ]
