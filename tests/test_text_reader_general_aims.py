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
