"""Lists under group headings in any form are read whole: numbered sub-headings ("2.1. Về
kinh tế") and headings without a colon ("* Về kinh tế") are groups, not the end of the list
nor bogus targets; unnumbered items, dash, "+", "•" and "*" bullets, lines wrapped by a PDF
and its page furniture all come back as whole items (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = (
    "NGHỊ QUYẾT\n"
    "Đại hội đại biểu Đảng bộ huyện Thanh Hà lần thứ XXV, nhiệm kỳ 2020 - 2025\n"
    "2. Các chỉ tiêu chủ yếu\n"
)


def groups_and_lows(text: str) -> list[tuple[str | None, str]]:
    plan = read_resolution(text).plan
    return [
        (t.get("group"), t["metrics"][0].get("low") or t["metrics"][0].get("high"))
        for t in plan["targets"]
    ]


def test_numbered_sub_headings_are_groups_and_do_not_end_the_list():
    text = HEAD + (
        "2.1. Về kinh tế\n"
        "- Tốc độ tăng giá trị sản xuất bình quân 10%/năm.\n"
        "- Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.\n"
        "2.2. Về văn hóa - xã hội\n"
        "- Tỷ lệ lao động qua đào tạo đạt 70%.\n"
        "2.3. Về quốc phòng - an ninh\n"
        "- Hằng năm hoàn thành 100% chỉ tiêu giao quân.\n"
        "3. Nhiệm vụ và giải pháp\n"
        "- Tập trung phát triển kinh tế 5 năm.\n"
    )
    assert groups_and_lows(text) == [
        ("economy", "10"),
        ("economy", "70"),
        ("society", "70"),
        ("defence-security", "100"),
    ]


def test_group_headings_without_a_colon_head_the_bullets_after_them():
    text = HEAD + (
        "* Về kinh tế\n"
        "+ Tốc độ tăng trưởng kinh tế bình quân 8%/năm.\n"
        "+ Tỷ lệ che phủ rừng đạt 45%.\n"
        "* Về xã hội\n"
        "• Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n"
        "• Tỷ lệ trường đạt chuẩn quốc gia 80%.\n"
    )
    plan = read_resolution(text).plan
    assert [t["text"] for t in plan["targets"]] == [
        "Tốc độ tăng trưởng kinh tế bình quân 8%/năm.",
        "Tỷ lệ che phủ rừng đạt 45%.",
        "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
        "Tỷ lệ trường đạt chuẩn quốc gia 80%.",
    ]
    assert [t["group"] for t in plan["targets"]] == ["economy", "economy", "society", "society"]
    assert all(m["kind"] != "other" for t in plan["targets"] for m in t["metrics"])


def test_unnumbered_sentences_under_group_headings_are_items():
    text = HEAD + (
        "Về kinh tế:\n"
        "Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm.\n"
        "Tổng vốn đầu tư toàn xã hội cả giai đoạn 12.000 tỷ đồng.\n"
        "Về môi trường:\n"
        "Tỷ lệ chất thải rắn được thu gom, xử lý đạt 95%.\n"
    )
    assert groups_and_lows(text) == [
        ("economy", "9"),
        ("economy", "12000"),
        ("environment", "95"),
    ]


def test_lines_wrapped_by_a_pdf_and_its_page_furniture_are_joined():
    text = HEAD + (
        "Về kinh tế:\n"
        "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng, gấp 1,6 lần so với\n"
        "năm 2020.\n"
        "- 3 -\n"
        "Tỷ lệ đô thị hóa đến năm 2025 đạt 35%.\n"
    )
    plan = read_resolution(text).plan
    assert [t["text"] for t in plan["targets"]] == [
        "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng, gấp 1,6 lần so với năm 2020.",
        "Tỷ lệ đô thị hóa đến năm 2025 đạt 35%.",
    ]


def test_a_tables_group_row_spelt_hoa_heads_its_rows():
    # "Văn hóa" (the accent on the o) as well as "Văn hoá": the rows after it are society's
    text = (
        "Các chỉ tiêu chủ yếu năm 2024:\n"
        "TT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH 2024\n"
        "A | Kinh tế | | |\n"
        "1 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | Xã | 2 | 3\n"
        "B | Văn hóa - Xã hội | | |\n"
        "1 | Tỷ lệ hộ nghèo | % | 3,12 | 2,5\n"
        "2 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 91,8 | 93,5\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t.get("group") for t in targets] == ["economy", "society", "society"]


def test_the_lists_own_numbered_title_over_its_groups_is_no_target():
    # "2. Các chỉ tiêu chủ yếu đến năm 2030" after "1. Mục tiêu tổng quát", then "* Về kinh tế"
    text = (
        "II. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030\n\n"
        "1. Mục tiêu tổng quát: Xây dựng xã phát triển nhanh, bền vững.\n\n"
        "2. Các chỉ tiêu chủ yếu đến năm 2030\n\n"
        "* Về kinh tế\n"
        "1/ Giá trị sản xuất tăng bình quân 9%/năm.\n"
        "2/ Thu nhập bình quân đầu người đạt 80 triệu đồng.\n"
        "* Về xã hội\n"
        "3/ Tỷ lệ hộ nghèo giảm bình quân 1%/năm.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t["text"][:14], t.get("group")) for t in targets] == [
        (1, "Giá trị sản xu", "economy"),
        (2, "Thu nhập bình ", "economy"),
        (3, "Tỷ lệ hộ nghèo", "society"),
    ]
