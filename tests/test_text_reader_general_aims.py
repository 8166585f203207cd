"""The general aim standing before a congress's list of targets is not a target.

Resolutions set out "1. Mục tiêu tổng quát" (a paragraph of aims without figures) before
"2. Các chỉ tiêu chủ yếu". A planner relies on the targets starting at the first target,
numbered as the text numbers them, and on the aims being left out (the labelling guide, §1),
unless the aim itself sets a figure.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN LẬP LẦN THỨ I, NHIỆM KỲ 2025 - 2030
II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030
1. Mục tiêu tổng quát
Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững.
2. Các chỉ tiêu chủ yếu
2.1. Về kinh tế
(1) Tổng giá trị sản xuất tăng bình quân 10%/năm trở lên.
(2) Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng/người/năm.
2.2. Về văn hóa - xã hội
(3) Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.
(4) Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 96%.
III. NHIỆM VỤ, GIẢI PHÁP
"""


def test_it_leaves_the_general_aim_out_of_the_targets() -> None:
    result = read_resolution(TEXT)
    targets = result.plan["targets"]
    assert [t["no"] for t in targets] == [1, 2, 3, 4]
    assert [t["metrics"][0]["name"] for t in targets] == [
        "Tổng giá trị sản xuất",
        "Thu nhập bình quân đầu người",
        "Tỷ lệ hộ nghèo",
        "Tỷ lệ người dân tham gia bảo hiểm y tế",
    ]
    assert all(t["metrics"][0]["kind"] != "other" for t in targets)
    # the aim is named on the review list as a line placed in no target, not dropped unseen
    assert any("Mục tiêu tổng quát" in line for line in result.leftovers)


def test_it_keeps_a_general_aim_that_sets_a_figure() -> None:
    text = TEXT.replace(
        "Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững.",
        "Phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 90 triệu đồng.",
    )
    first = read_resolution(text).plan["targets"][0]
    assert first["text"].startswith("Mục tiêu tổng quát Phấn đấu đến năm 2030")
    assert first["metrics"][0]["low"] == "90"


COUNCIL = """NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội năm 2024
HỘI ĐỒNG NHÂN DÂN HUYỆN TÂN SƠN
Điều 1. Mục tiêu, chỉ tiêu chủ yếu năm 2024
1. Mục tiêu tổng quát: Tiếp tục thực hiện có hiệu quả các nhiệm vụ, giải pháp.
2. Các chỉ tiêu chủ yếu
2.1. Chỉ tiêu kinh tế
- Tốc độ tăng giá trị sản xuất: 8,5%.
- Thu ngân sách nhà nước trên địa bàn: 85 tỷ đồng.
2.2. Chỉ tiêu xã hội
- Tỷ lệ hộ nghèo giảm: 3% (theo chuẩn nghèo đa chiều).
- Số xã đạt chuẩn nông thôn mới: 8 xã (tăng 2 xã).
- Số bác sĩ/vạn dân: 9 bác sĩ.
Điều 2. Tổ chức thực hiện
"""


def test_a_councils_dash_list_after_the_aim_is_numbered_from_one_and_read_by_its_labels():
    targets = read_resolution(COUNCIL).plan["targets"]
    assert [t["no"] for t in targets] == [1, 2, 3, 4, 5]
    got = [
        (m["name"], m["kind"], m["comparator"], m.get("low"), m["unit"])
        for t in targets
        for m in t["metrics"]
    ]
    assert got == [
        ("Tốc độ tăng giá trị sản xuất", "average_annual_growth", ">=", "8.5", "%"),
        ("Thu ngân sách nhà nước trên địa bàn", "level_at_end", ">=", "85", "tỷ đồng"),
        # "giảm" in the label: a year's fall of the rate (the guide, §4), the remark no name
        ("Tỷ lệ hộ nghèo", "reduction_per_year", ">=", "3", "%"),
        ("Số xã đạt chuẩn nông thôn mới", "count_of_units", ">=", "8", "xã"),
        # the name's denominator joins the unit (the guide, §7)
        ("Số bác sĩ/vạn dân", "level_at_end", ">=", "9", "bác sĩ/vạn dân"),
    ]
