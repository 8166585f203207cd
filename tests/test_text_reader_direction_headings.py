"""A list headed "Phương hướng, mục tiêu, nhiệm vụ đến năm 2025" (no "chỉ tiêu"), its
dash items apart by blank lines under "* Về kinh tế:" headings, is read as a list with
each item a target in its group, not as prose (issue 14, fourth tuning round; invented
text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

DIRECTIONS = (
    "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2025\n"
    " \n"
    "* Về kinh tế:\n"
    "\n"
    "- Tổng giá trị sản xuất năm 2025 đạt 610 tỷ đồng, tăng 2,1 lần so với năm 2020.\n"
    "\n"
    "- Cơ cấu kinh tế: Dịch vụ 62%; công nghiệp 30%; nông nghiệp 8%.\n"
    "\n"
    " - Số doanh nghiệp trên địa bàn vào năm 2025: 35 doanh nghiệp.\n"
    "\n"
    "* Về văn hóa – xã hội:\n"
    "\n"
    "- Xây dựng phường đạt chuẩn văn minh đô thị vào năm 2023.\n"
    "\n"
    "- Tỷ lệ hộ nghèo còn dưới 1,5% đến năm 2025.\n"
)


def test_a_list_headed_by_its_directions_and_tasks_is_read_item_by_item():
    result = read_resolution(DIRECTIONS)
    assert result.layout == "list"
    assert [(t["text"], t["group"]) for t in result.plan["targets"]] == [
        (
            "Tổng giá trị sản xuất năm 2025 đạt 610 tỷ đồng, tăng 2,1 lần so với năm 2020.",
            "economy",
        ),
        ("Cơ cấu kinh tế: Dịch vụ 62%; công nghiệp 30%; nông nghiệp 8%.", "economy"),
        ("Số doanh nghiệp trên địa bàn vào năm 2025: 35 doanh nghiệp.", "economy"),
        ("Xây dựng phường đạt chuẩn văn minh đô thị vào năm 2023.", "society"),
        ("Tỷ lệ hộ nghèo còn dưới 1,5% đến năm 2025.", "society"),
    ]


def test_a_sentence_naming_tasks_to_a_year_is_no_heading():
    text = (
        "Đại hội thông qua mục tiêu, nhiệm vụ đến năm 2025 với tỷ lệ hộ nghèo còn 1,5%.\n"
        "- Thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
    )
    assert read_resolution(text).layout == "prose"
