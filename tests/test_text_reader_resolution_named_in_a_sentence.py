"""A portal page that names the resolution inside a paragraph ("… đã thành công tốt đẹp.
Nghị quyết Đại hội đại biểu Đảng bộ xã … nhiệm kỳ 2025 – 2030 xác định các chỉ tiêu …") is
titled by that name, as the labelling guide has it (§8: the first phrase opening "Nghị
quyết" that names the body and its area, up to the term), and its years are that term's,
not those of the term the page looks back on ("Nhiệm kỳ 2020 – 2025, Đảng bộ xã … đạt và vượt
17/19 chỉ tiêu") (issue 14, fifteenth round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PAGE = (
    "Trang chủ > Giới thiệu\n\nGIỚI THIỆU XÃ HÒA LẠC\n\n"
    "Nhiệm kỳ 2020 – 2025, Đảng bộ xã lãnh đạo thực hiện đạt và vượt 15/18 chỉ tiêu Nghị quyết.\n\n"
    "Ngày 12/8/2025, Đại hội đại biểu Đảng bộ xã Hòa Lạc lần thứ XX, nhiệm kỳ 2025 – 2030 đã "
    "thành công tốt đẹp. Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Lạc lần thứ XX, nhiệm kỳ "
    "2025 – 2030 xác định các chỉ tiêu chủ yếu sau:\n\n"
    "(1) Giá trị sản xuất tăng bình quân 9%/năm.\n"
    "(2) Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.\n"
)


def test_the_resolution_named_in_a_sentence_is_the_title_and_its_term_the_years():
    plan = read_resolution(PAGE).plan
    assert plan["title"] == (
        "Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Lạc lần thứ XX, nhiệm kỳ 2025 – 2030"
    )
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2025, 2026, 2030]
    assert plan["area"]["name"] == "Xã Hòa Lạc"


def test_a_sentence_about_a_resolution_without_its_area_is_no_title():
    # "Nghị quyết Đại hội nhiệm kỳ 2025 – 2030 đề ra …" names no area: the headline stays
    page = PAGE.replace(
        "Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Lạc lần thứ XX, nhiệm kỳ 2025 – 2030 xác",
        "Nghị quyết Đại hội nhiệm kỳ 2025 – 2030 xác",
    )
    assert page != PAGE
    assert read_resolution(page).plan["title"] == "GIỚI THIỆU XÃ HÒA LẠC"
