"""A district's list whose heading is in capitals and whose items run inline in one
paragraph is read item by item, under its group headings, and the area is found in
capitals; a name is never cut at a small letter taken for a capital (issue 14)."""

from __future__ import annotations

from chitieu.textread.frame import read_frame
from chitieu.textread.reader import read_resolution

INLINE = (
    "ĐẢNG BỘ TỈNH THANH HÓA\n"
    "ĐẢNG BỘ HUYỆN NHƯ XUÂN\n"
    "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025 I. Về kinh tế (3 chỉ tiêu) 1. Giá trị sản xuất "
    "tăng bình quân 12%/năm. 2. Thu nhập bình quân đầu người đến năm 2025: 45 triệu "
    "đồng/năm. 3. Kim ngạch xuất khẩu trên 900 triệu USD. II. Về văn hóa - xã hội (2 chỉ "
    "tiêu) 4. Tỷ lệ hộ nghèo đến năm 2025: còn 1,5 - 2%. 5. Có 10 bác sĩ/vạn dân.\n"
)


def test_it_reads_every_inline_item_under_its_group():
    plan = read_resolution(INLINE).plan
    assert [(t["no"], t.get("group")) for t in plan["targets"]] == [
        (1, "economy"),
        (2, "economy"),
        (3, "economy"),
        (4, "society"),
        (5, "society"),
    ]
    assert plan["targets"][1]["text"] == (
        "Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm."
    )
    income = plan["targets"][1]["metrics"][0]
    assert (income["name"], income["low"], income["unit"]) == (
        "Thu nhập bình quân đầu người",
        "45",
        "triệu đồng/năm",
    )
    assert (plan["baseline_year"], plan["start_year"], plan["end_year"]) == (2020, 2021, 2025)


def test_it_finds_the_area_written_in_capitals():
    plan = read_resolution(INLINE).plan
    assert plan["area"]["name"] == "Huyện Như Xuân"


def test_a_small_letter_is_not_taken_for_a_capital():
    # "xã đạt": the old class [A-ZĐÀ-Ỹ] held "đ", so the area came out as "Xã đạt"
    text = "Phấn đấu có thêm 5 xã đạt chuẩn nông thôn mới; xã Hưng Thịnh đạt chuẩn nâng cao."
    frame = read_frame(text, {})
    assert frame.area_name == "Xã Hưng Thịnh"
