"""A plan whose fields each hold "a) Mục tiêu" (its targets) and then "b) Nhiệm vụ" (its
tasks): every target of every field is read, and no task, even one holding "100%", is
proposed as a target; the fields' own headings are no targets either (issue 14: layouts,
numbered and unnumbered sub-headings taken as groups)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
KẾ HOẠCH
Chuyển đổi số giai đoạn 2026 - 2030 của tỉnh Bắc Kạn
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm sự thống nhất trong chỉ đạo, điều hành.
II. CHỈ TIÊU, NHIỆM VỤ
1. Hạ tầng số
a) Mục tiêu
- 100% xã có mạng cáp quang đến thôn, bản.
- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 90%.
b) Nhiệm vụ, giải pháp
- Sở Khoa học và Công nghệ hướng dẫn 100% xã rà soát hạ tầng.
- Phối hợp các doanh nghiệp viễn thông phát triển mạng 5G.
2. Dịch vụ công trực tuyến
a) Mục tiêu
- Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.
b) Nhiệm vụ
- Rà soát 100% thủ tục hành chính đủ điều kiện.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, địa phương triển khai thực hiện Kế hoạch này.
"""


def test_each_fields_targets_are_read_and_its_tasks_are_not():
    targets = read_resolution(PLAN).plan["targets"]
    assert [t["text"] for t in targets] == [
        "100% xã có mạng cáp quang đến thôn, bản.",
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 90%.",
        "Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.",
    ]
    assert [t["no"] for t in targets] == [1, 2, 3]
    assert [m["low"] for t in targets for m in t["metrics"]] == ["100", "90", "80"]


def test_a_field_of_targets_without_tasks_is_read_whole():
    alone = PLAN.split("b) Nhiệm vụ, giải pháp")[0] + "III. TỔ CHỨC THỰC HIỆN\n"
    targets = read_resolution(alone).plan["targets"]
    assert len(targets) == 2


def test_the_key_tasks_numbered_after_the_list_still_end_it():
    # "3. Nhiệm vụ trọng tâm" is no field's "b) Nhiệm vụ": nothing after it is a target
    text = (
        "Nghị quyết Đại hội Đảng bộ huyện Bảo Lâm lần thứ XX, nhiệm kỳ 2025 - 2030\n"
        "2. Các chỉ tiêu chủ yếu\n"
        "(1) Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.\n"
        "(2) Tỷ lệ che phủ rừng đạt 65%.\n"
        "3. Nhiệm vụ trọng tâm\n"
        "- Hoàn thành 100% chương trình chuyển đổi số.\n"
        "4. Khâu đột phá\n"
        "- Phát triển hạ tầng giao thông với 5 tuyến đường.\n"
    )
    assert [t["no"] for t in read_resolution(text).plan["targets"]] == [1, 2]
