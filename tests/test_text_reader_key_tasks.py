"""The key tasks and breakthroughs a resolution names besides its targets are counted as the
labelling guide counts them (§8), however they are written: "Một là, … Hai là, …" or "Thứ
nhất, … Thứ hai, …" running in a paragraph, and "3 khâu đột phá: (1) …; (2) …" or "…: A; B;
C" in one sentence (issue 14, twelfth round; from documents invented by helpers)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution

LIST = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN CẨM KHÊ LẦN THỨ XXV, NHIỆM KỲ 2020 - 2025
Các chỉ tiêu chủ yếu:
1. Tốc độ tăng trưởng kinh tế bình quân 8%/năm.
2. Tỷ lệ che phủ rừng đạt 45%.
"""


@pytest.mark.parametrize(
    ("tasks", "count"),
    [
        (
            "Đại hội xác định ba nhiệm vụ trọng tâm. Một là, xây dựng Đảng. Hai là, phát triển "
            "kinh tế. Ba là, chăm lo đời sống nhân dân.",
            3,
        ),
        (
            "Ba khâu đột phá\nThứ nhất, huy động nguồn lực đầu tư hạ tầng. Thứ hai, đẩy mạnh cải "
            "cách hành chính. Thứ ba, phát triển nguồn nhân lực.",
            3,
        ),
        ("Đại hội xác định 2 khâu đột phá: (1) phát triển hạ tầng; (2) chuyển đổi số.", 2),
        (
            "Đại hội cũng xác định 3 khâu đột phá: phát triển hạ tầng giao thông; đẩy mạnh "
            "chuyển đổi số; phát triển du lịch cộng đồng.",
            3,
        ),
        ("Đại hội kêu gọi toàn Đảng bộ thi đua thực hiện thắng lợi Nghị quyết.", 0),
        # the groups a section of tasks and solutions lists, its sub-points, wraps and page
        # lines aside, up to the next article (sixteenth round)
        (
            "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n1/ Xây dựng Đảng bộ trong sạch, vững mạnh; nâng "
            "cao chất lượng sinh hoạt\nchi bộ.\n- Đổi mới phương thức lãnh đạo.\n2/ Phát triển "
            "nông nghiệp hàng hóa.\n- 7 -\n3/ Giữ vững quốc phòng, an ninh.\nĐiều 2. Tổ chức "
            "thực hiện\n1. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết.",
            3,
        ),
        (
            "3. Nhiệm vụ, giải pháp chủ yếu:\n3.1. Đẩy mạnh cải cách hành chính.\n3.2. Quyết "
            "liệt thu ngân sách.\n\nĐại hội kêu gọi cán bộ, đảng viên và Nhân dân trong huyện "
            "thi đua thực hiện thắng lợi Nghị quyết.\n1. Giao Ban Chấp hành tổ chức thực hiện.",
            2,
        ),
        # a heading over a paragraph lists nothing
        ("III. NHIỆM VỤ, GIẢI PHÁP\nTập trung xây dựng Đảng; phát triển kinh tế.", 0),
    ],
)
def test_the_key_tasks_are_counted(tasks: str, count: int):
    assert len(read_resolution(LIST + tasks + "\n").plan.get("tasks", [])) == count


def test_breakthroughs_numbered_after_an_inline_list_end_it():
    # "4. Đại hội xác định 3 khâu đột phá: (1) …; (2) …" after "3. … (1) … (3) …": tasks
    text = (
        "3. Đại hội đề ra 3 chỉ tiêu chủ yếu: (1) Tốc độ tăng trưởng bình quân 8%/năm. (2) Thu "
        "nhập bình quân đầu người đạt 90 triệu đồng. (3) Tỷ lệ che phủ rừng đạt 60%.\n\n"
        "4. Đại hội xác định 2 khâu đột phá: (1) Chuyển đổi số trong hoạt động của chính quyền "
        "xã; (2) Huy động nguồn lực đầu tư kết cấu hạ tầng nông thôn.\n"
    )
    plan = read_resolution(text).plan
    assert [t["text"][:14] for t in plan["targets"]] == [
        "Tốc độ tăng tr",
        "Thu nhập bình ",
        "Tỷ lệ che phủ ",
    ]
    assert len(plan["tasks"]) == 2
