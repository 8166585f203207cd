"""A formal document's title is its type on a line of its own ("NGHỊ QUYẾT", "KẾ HOẠCH",
"CHƯƠNG TRÌNH HÀNH ĐỘNG") joined to the subject line under it, in the text's case, as the
labelling guide reads it; the issuing body's heading above it is never the title (issue
14: the title found from the text)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution

LIST = """Các chỉ tiêu chủ yếu:
1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.
2. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%.
"""


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\n"
            "Cải cách hành chính giai đoạn 2026 - 2030 của tỉnh Bắc Kạn\n",
            "KẾ HOẠCH Cải cách hành chính giai đoạn 2026 - 2030 của tỉnh Bắc Kạn",
        ),
        (
            "HỘI ĐỒNG NHÂN DÂN HUYỆN CHỢ MỚI\nNGHỊ QUYẾT\n"
            "Về Kế hoạch phát triển kinh tế - xã hội năm 2026\n",
            "NGHỊ QUYẾT Về Kế hoạch phát triển kinh tế - xã hội năm 2026",
        ),
        (
            "BAN CHẤP HÀNH ĐẢNG BỘ XÃ TÂN LẬP\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
            "Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030\n",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030",
        ),
    ],
)
def test_the_documents_type_and_subject_are_its_title(head: str, title: str):
    result = read_resolution(head + LIST)
    assert result.plan["title"] == title
    assert "doubt.title_capitals" in [d.code for d in result.review]


def test_the_closing_formula_is_no_title():
    """ "Nghị quyết này đã được Hội đồng nhân dân … kỳ họp thứ tư thông qua" names a council's
    session, but it closes the resolution; the type and subject above are still its title
    (twelfth round, from documents invented by helpers)."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN XÃ HẢI LĂNG\nNGHỊ QUYẾT\n"
        "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
        + LIST
        + "Nghị quyết này đã được Hội đồng nhân dân xã Hải Lăng khóa I, kỳ họp thứ tư "
        "thông qua ngày 18 tháng 12 năm 2025.\n"
    )
    title = read_resolution(text).plan["title"]
    assert title == "NGHỊ QUYẾT Về nhiệm vụ phát triển kinh tế - xã hội năm 2026"


def test_a_term_on_the_line_under_the_subject_ends_the_title_and_sets_the_years():
    text = (
        "ĐẢNG BỘ XÃ TAM HƯNG\n\nNGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ TAM HƯNG LẦN THỨ XXV\n"
        "NHIỆM KỲ 2020 - 2025\n\n"
        "2. Thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:\n\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2020\tMục tiêu đến năm 2025\n"
        "1\tThu nhập bình quân đầu người\tTriệu đồng\t52\t80\n"
        "2\tTỷ lệ lao động qua đào tạo\t%\t65\t75\n"
    )
    plan = read_resolution(text).plan
    assert plan["title"] == (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TAM HƯNG LẦN THỨ XXV NHIỆM KỲ 2020 - 2025"
    )
    # the header's "Thực hiện năm 2020" is the results' column, no year plan's
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2020, 2021, 2025]


def test_a_running_header_amid_the_list_gives_way_to_the_formal_title():
    # a PDF's page header "Nghị quyết Đại hội … nhiệm kỳ 2025 - 2030" between items 10 and 11
    text = (
        "NGHỊ QUYẾT\n"
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH TUYÊN QUANG LẦN THỨ XVIII, NHIỆM KỲ 2025 - 2030\n"
        "QUYẾT NGHỊ:\n"
        "2. Về mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030\n"
        "1. Tốc độ tăng trưởng kinh tế bình quân đạt từ 10%/năm trở lên.\n"
        "2. Tỷ lệ đô thị hóa đến năm 2030 đạt 30%.\n"
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII, nhiệm kỳ 2025 - 2030\n"
        "3. Tỷ lệ hộ nghèo giảm bình quân từ 3%/năm trở lên.\n"
    )
    title = read_resolution(text).plan["title"]
    assert title == (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH TUYÊN QUANG LẦN THỨ XVIII, NHIỆM KỲ 2025 - 2030"
    )
