"""A heading of targets on its own line with no colon ("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 -
2025"), over sentences without markers, one a line, each setting a figure: every line is a
target, as under a group's heading. A commune's portal reprints its resolution so; a planner
relies on all its targets being proposed, not the decision's numbered paragraphs around them
(issue 14, fourteenth round). A page's headline naming "chỉ tiêu" over a date line and a
paragraph is no such heading."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PLAIN = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ AN HÒA NHIỆM KỲ 2020 - 2025

QUYẾT NGHỊ

1. Nhất trí với đánh giá kết quả nhiệm kỳ 2015 - 2020; thu nhập bình quân năm 2020 đạt 42 \
triệu đồng.

2. Đại hội thông qua các chỉ tiêu chủ yếu.

CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025
Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 12%.
Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.
Tỷ lệ hộ nghèo còn dưới 1%.
Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên.
Phấn đấu đến năm 2025 xã đạt chuẩn nông thôn mới kiểu mẫu.

3. Giao Ban Chấp hành Đảng bộ xã xây dựng chương trình hành động thực hiện Nghị quyết.
"""

HEADLINE = """Các chỉ tiêu chủ yếu của xã An Hòa đến năm 2025

Thứ Năm, 15-10-2020, 21:49

Đại hội đề ra các chỉ tiêu: thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng; tỷ \
lệ hộ nghèo còn dưới 1%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên; 100% thôn \
đạt chuẩn văn hóa.
"""


def test_unmarked_lines_under_a_heading_are_its_targets():
    targets = read_resolution(PLAIN).plan["targets"]
    assert [t["text"][:24] for t in targets] == [
        "Tốc độ tăng trưởng giá t",
        "Thu nhập bình quân đầu n",
        "Tỷ lệ hộ nghèo còn dưới ",
        "Tỷ lệ người dân tham gia",
        "Phấn đấu đến năm 2025 xã",
    ]
    assert [m.get("low") or m.get("high") for t in targets[:4] for m in t["metrics"]] == [
        "12",
        "60",
        "1",
        "95",
    ]


def test_a_headline_over_a_paragraph_leaves_the_paragraph_to_prose():
    result = read_resolution(HEADLINE)
    assert [
        m.get("low") or m.get("high") for t in result.plan["targets"] for m in t["metrics"]
    ] == [
        "60",
        "1",
        "95",
        "100",
    ]
