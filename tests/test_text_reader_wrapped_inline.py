"""An inline list wrapped like a PDF's text (its markers in the middle of lines, its items
broken across them) is read as the same list unwrapped; a heading above a list of one item
per line is not joined to it (issue 14, ninth tuning round; invented texts)."""

from __future__ import annotations

import textwrap

from chitieu.textread.pages import rejoin
from chitieu.textread.reader import read_resolution

PARAGRAPH = (
    "Về kinh tế: (1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn "
    "2026 - 2030: từ 8,0 đến 8,5%/năm. (2) GRDP bình quân đầu người đến năm 2030: từ 9.000 đến "
    "9.500 USD. (3) Tỷ trọng kinh tế số trong GRDP đạt khoảng 35%. (4) Tốc độ tăng năng suất "
    "lao động bình quân từ 7,0 đến 7,5%/năm."
)


def metrics(text: str) -> list[dict[str, object]]:
    return [m for t in read_resolution(text).plan["targets"] for m in t["metrics"]]


def test_a_wrapped_inline_list_reads_as_the_paragraph_it_was():
    head = "Các chỉ tiêu chủ yếu đến năm 2030\n\n"
    whole = metrics(head + PARAGRAPH)
    assert [m["name"] for m in whole][:2] == [
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)",
        "GRDP bình quân đầu người",
    ]
    for width in (56, 64, 72):
        assert metrics(head + "\n".join(textwrap.wrap(PARAGRAPH, width))) == whole


def test_a_heading_over_one_item_per_line_stays_apart():
    lines = [
        "Các chỉ tiêu chủ yếu về phát triển kinh tế - xã hội giai đoạn 2026 - 2030",
        "Tốc độ tăng trưởng kinh tế bình quân 8%/năm.",
        "Thu nhập bình quân đầu người đạt 90 triệu đồng.",
    ]
    assert rejoin("\n".join(lines)) == "\n".join(lines)


def test_lines_of_a_paragraph_go_on_after_a_stop_where_blank_lines_part_paragraphs():
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2030\n \n"
        "Về kinh tế: (1) Cơ cấu kinh tế năm 2030: Dịch vụ chiếm từ 60,0 đến 61,0%;\n"
        "Công nghiệp và xây dựng chiếm từ 30,0 đến 31,0%; Nông nghiệp chiếm từ 8,0\n"
        "đến 9,0%. (2) GRDP bình quân đầu người: từ 9.000 đến 9.500 USD.\n \n"
        "Về xã hội: (3) Tỷ lệ hộ nghèo dưới 1%.\n"
    )
    got = [(m["name"], m.get("low"), m.get("high")) for m in metrics(text)]
    assert got == [
        ("Dịch vụ", "60", "61"),
        ("Công nghiệp và xây dựng", "30", "31"),
        ("Nông nghiệp", "8", "9"),
        ("GRDP bình quân đầu người", "9000", "9500"),
        ("Tỷ lệ hộ nghèo", None, "1"),
    ]
