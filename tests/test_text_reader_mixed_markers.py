"""A list under "I." and "1." headings whose groups are lettered ("a) Về kinh tế") and
whose items are dashes, bullets and "+" sub-items is read in order from 1, and a
"+ Trong đó …" sub-item is a further measure of the item above it, noted so that the office
decides whether it counts toward the target (issue 14, third tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN LẬP NHIỆM KỲ 2020 - 2025\n"
    "I. MỤC TIÊU, CHỈ TIÊU\n"
    "1. Các chỉ tiêu chủ yếu\n"
    "a) Về kinh tế\n"
    "- Giá trị sản xuất tăng bình quân 8%/năm.\n"
    "+ Trong đó nông nghiệp tăng 4%/năm.\n"
    "- Thu nhập bình quân đầu người năm 2025 đạt 55 triệu đồng.\n"
    "b) Về xã hội\n"
    "• Tỷ lệ hộ nghèo còn dưới 3%.\n"
    "• Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
)


def test_it_numbers_the_items_from_one_under_their_groups():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["no"], t.get("group")) for t in targets] == [
        (1, "economy"),
        (2, "economy"),
        (3, "society"),
        (4, "society"),
    ]


def test_a_trong_do_sub_item_is_a_further_measure_of_the_item_above():
    result = read_resolution(TEXT)
    first = result.plan["targets"][0]
    assert first["text"] == "Giá trị sản xuất tăng bình quân 8%/năm."
    assert [(m["name"], m["low"]) for m in first["metrics"]] == [
        ("Giá trị sản xuất", "8"),
        ("Nông nghiệp", "4"),
    ]
    part = result.proposals[1]
    assert (part.target, [n.code for n in part.notes]) == (1, ["doubt.of_which"])
