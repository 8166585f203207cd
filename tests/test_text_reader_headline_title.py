"""A text that names no resolution on a line of its own takes its headline as its title,
before any list heading inside it; a headline that names a body's resolution gives that
resolution's name (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

LIST = (
    "2- Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)\n"
    "(1) Thu nhập bình quân đầu người: 45 triệu đồng.\n"
    "(2) Tỷ lệ che phủ rừng: 50%.\n"
)


def test_the_headline_is_the_title_before_a_list_heading():
    text = "ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2021-2025\n1- Mục tiêu tổng quát\n" + LIST
    assert read_resolution(text).plan["title"] == "ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2021-2025"


def test_a_headline_naming_a_resolution_gives_its_name():
    text = (
        "Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, "
        "nhiệm kỳ 2025-2030\n"
        "Nghị quyết đề ra 20 chỉ tiêu, trong đó thu nhập bình quân đầu người đến năm 2030 đạt "
        "80 triệu đồng."
    )
    plan = read_resolution(text).plan
    assert plan["title"] == (
        "Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025-2030"
    )
    assert plan["area"]["name"] == "Xã Tân Lập"


def test_a_leads_first_sentence_may_end_on_a_number_and_a_marker_is_no_sentence():
    text = (
        "Ngày 20/12, UBND huyện Bắc Sơn giao chỉ tiêu kế hoạch năm 2020. Qua đó, năm 2020 phấn "
        "đấu thu ngân sách đạt 153,56 tỷ đồng; tỷ lệ hộ dân được sử dụng điện đạt 91,5%."
    )
    plan = read_resolution(text).plan
    assert plan["title"] == "Ngày 20/12, UBND huyện Bắc Sơn giao chỉ tiêu kế hoạch năm 2020."
    assert len(plan["targets"]) == 2
    marked = "1. Ông Nguyễn Văn A được bầu làm Bí thư. Đảng bộ xã phấn đấu thu ngân sách đạt 9 tỷ."
    assert read_resolution(marked).plan["title"] == "1. Ông Nguyễn Văn A được bầu làm Bí thư."


def test_a_headlines_date_and_time_in_parentheses_are_no_title():
    text = (
        "Đại hội Đại biểu Đảng bộ xã Liên Châu, huyện Yên Lạc nhiệm kỳ 2020-2025 (28/05/2020 "
        "18:56)\nĐảng bộ xã phấn đấu thu nhập bình quân đầu người đạt 70 triệu đồng."
    )
    title = read_resolution(text).plan["title"]
    assert title == "Đại hội Đại biểu Đảng bộ xã Liên Châu, huyện Yên Lạc nhiệm kỳ 2020-2025"


def test_a_sentence_about_the_resolution_is_no_title():
    text = (
        "Đồng Tháp đặt ra nhiều mục tiêu phấn đấu 01/10/2025 18:05\n"
        "Chiều 1-10, Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ I, nhiệm kỳ 2025 – 2030 đã "
        "bế mạc.\n"
        "Nghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó thu nhập bình quân đầu người năm 2030 đạt "
        "115 – 120 triệu đồng; tỷ lệ hộ nghèo dưới 1% (nhiệm kỳ 2025 – 2030).\n"
    )
    assert read_resolution(text).plan["title"] == "Đồng Tháp đặt ra nhiều mục tiêu phấn đấu"


def test_a_pages_breadcrumb_and_stamp_are_no_headline():
    text = (
        "Trang chủ › Thời sự › Chính trị\n"
        "Cập nhật lúc 14:32, Thứ Hai, 03/08/2020 (GMT+7)\n"
        "Tuyên Quang đặt mục tiêu thu nhập bình quân đầu người 70 triệu đồng vào năm 2025\n"
        "Chia sẻ | In bài\n\n"
        "Đại hội đề ra 20 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng kinh tế bình quân đạt "
        "8,5%/năm trở lên; thu nhập bình quân đầu người đạt 70 triệu đồng."
    )
    read = read_resolution(text)
    assert read.plan["title"] == (
        "Tuyên Quang đặt mục tiêu thu nhập bình quân đầu người 70 triệu đồng vào năm 2025"
    )
    # the headline's figure is read where the text states it, once
    assert [t["text"][:20] for t in read.plan["targets"]] == [
        "tốc độ tăng trưởng k",
        "thu nhập bình quân đ",
    ]


def test_the_sites_own_name_is_no_headline():
    # "CỔNG THÔNG TIN ĐIỆN TỬ …", "Báo Phú Thọ điện tử" above the menu (sixteenth round)
    for site in (
        "CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ KỲ ANH",
        "Báo Phú Thọ điện tử",
        "HUYỆN LỤC NGẠN - CỔNG THÔNG TIN ĐIỆN TỬ",
        "Sóc Trăng Online",
        "Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân",
        "[Cỡ chữ: Nhỏ | Vừa | Lớn]",
        "Thứ Năm, 23/12/2021 - 16:30 (GMT+7)",
        "Số lượt xem: 412",
    ):
        text = (
            f"{site}\nTrang chủ › Tin tức\n"
            "Kỳ Anh đề ra 12 chỉ tiêu phát triển kinh tế - xã hội 5 năm tới\n\n"
            "Đại hội đề ra các chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng kinh tế bình quân "
            "đạt 8,5%/năm trở lên; thu nhập bình quân đầu người đạt 70 triệu đồng."
        )
        title = read_resolution(text).plan["title"]
        assert title == "Kỳ Anh đề ra 12 chỉ tiêu phát triển kinh tế - xã hội 5 năm tới", site
