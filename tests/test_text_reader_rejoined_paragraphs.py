"""A text hard-wrapped at a width (a PDF's text layer) has each paragraph's lines joined
before it is read, so that a sentence, and a target, cut by a line's end is whole again; a
text with a paragraph per line (a web page) is read as it is, and an item's marker, a group's
heading or a page's number never goes on the line before (issue 14, ninth tuning round;
invented texts)."""

from __future__ import annotations

import textwrap

from chitieu.textread.pages import rejoin
from chitieu.textread.reader import read_resolution

ARTICLE = (
    "Đại hội Đảng bộ xã Tân Phú lần thứ XV thành công tốt đẹp\n\n"
    "Sáng 12/8, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2025 - 2030.\n\n"
    "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: tốc độ tăng tổng giá trị sản "
    "xuất bình quân đạt 10,5%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu "
    "đồng; tỷ lệ hộ nghèo đến năm 2030 còn dưới 1%; tỷ lệ che phủ rừng đạt 62%.\n"
)


def measures(text: str) -> list[tuple[object, ...]]:
    plan = read_resolution(text).plan
    return [(m["name"], m.get("low"), m.get("high")) for t in plan["targets"] for m in t["metrics"]]


def test_a_wrapped_article_reads_as_the_article():
    whole = measures(ARTICLE)
    assert len(whole) == 4
    for width in (60, 72, 90):
        wrapped = "\n".join(
            w for ln in ARTICLE.splitlines() for w in textwrap.wrap(ln, width) or [""]
        )
        assert measures(wrapped) == whole, width


def test_a_paragraph_per_line_is_left_as_it_is():
    assert rejoin(ARTICLE) == ARTICLE


def test_markers_headings_and_page_numbers_start_their_own_lines():
    text = "\n".join(
        [
            "Các chỉ tiêu chủ yếu của huyện đến năm 2030 được Đại hội thông qua gồm các chỉ",
            "tiêu về kinh tế, xã hội và môi trường như sau, theo từng lĩnh vực cụ thể sau",
            "Về kinh tế",
            "1. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11%/năm giai đoạn 2026 -",
            "2030, trong đó nông nghiệp tăng 4%/năm và công nghiệp tăng 14%/năm trong kỳ",
            "12",
            "- Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng mỗi người một năm",
        ]
    )
    assert rejoin(text).splitlines() == [
        "Các chỉ tiêu chủ yếu của huyện đến năm 2030 được Đại hội thông qua gồm các chỉ "
        "tiêu về kinh tế, xã hội và môi trường như sau, theo từng lĩnh vực cụ thể sau",
        "Về kinh tế",
        "1. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11%/năm giai đoạn 2026 - "
        "2030, trong đó nông nghiệp tăng 4%/năm và công nghiệp tăng 14%/năm trong kỳ",
        "12",
        "- Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng mỗi người một năm",
    ]


def test_a_title_in_capitals_and_a_rule_under_it_are_never_joined_to_the_text():
    # a PDF's head: the title in capitals, "-----", then the preamble in sentence case
    body = textwrap.fill(
        "Đại hội đại biểu Đảng bộ huyện Hải Hậu lần thứ XXVII, nhiệm kỳ 2020 - 2025 họp từ "
        "ngày 10 đến ngày 12/8/2020, với 300 đại biểu đại diện cho hơn 12.000 đảng viên trong "
        "toàn Đảng bộ, sau khi thảo luận các văn kiện của Ban Chấp hành Đảng bộ huyện khóa "
        "XXVI, đã nhất trí thông qua Nghị quyết Đại hội với các nội dung sau đây.",
        76,
    )
    text = (
        "NGHỊ QUYẾT\n"
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HẢI HẬU LẦN THỨ XXVII, NHIỆM KỲ 2020 - 2025 VÀ\n"
        "-----\n" + body + "\n"
    )
    lines = rejoin(text).splitlines()
    assert lines[1].endswith("2025 VÀ")
    assert lines[2] == "-----"
    assert lines[3].startswith("Đại hội đại biểu")
